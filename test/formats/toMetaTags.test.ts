import { describe, expect, it } from 'vitest'
import { CopydeskError, toMetaTags, type MetaTag } from '../../src/formats/index.js'
import { parseArticle } from '../../src/schema/index.js'
import { ARTICLES, BASE, article } from './_fixtures.js'

const SITE = 'https://harborledger.example'
const OPTIONS = { baseUrl: SITE, siteName: 'The Harbor Ledger', twitterSite: '@harborledger' }

const named = (tags: MetaTag[], key: string): string[] =>
  tags.flatMap((t) =>
    'name' in t && t.name === key ? [t.content] : 'property' in t && t.property === key ? [t.content] : [],
  )

describe('toMetaTags', () => {
  it('matches its @example', () => {
    expect(
      toMetaTags(
        {
          id: 'a1',
          slug: 'king-tide',
          title: 'King tide floods the harbor road',
          html: '<p>Water rose.</p>',
          authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
          status: 'published',
          publishedAt: '2026-11-24T06:00:00Z',
          featureImage: { url: 'https://img.example/tide.jpg', alt: 'Flooded road' },
        },
        { baseUrl: 'https://ledger.example', siteName: 'The Harbor Ledger' },
      ).slice(0, 8),
    ).toEqual([
      { name: 'description', content: 'Water rose.' },
      { rel: 'canonical', href: 'https://ledger.example/king-tide/' },
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: 'King tide floods the harbor road' },
      { property: 'og:description', content: 'Water rose.' },
      { property: 'og:url', content: 'https://ledger.example/king-tide/' },
      { property: 'og:site_name', content: 'The Harbor Ledger' },
      { property: 'og:locale', content: 'en' },
    ])
  })

  it('gives the full tag list of an article with an SEO override (art-003)', () => {
    const tags = toMetaTags(article('art-003'), OPTIONS)
    const description =
      'Seawalls, road repairs and a new reserve fund lead the city’s draft budget. Route 9 is left out. Public hearings on Oct 20 and 27.'
    const url = 'https://harborledger.example/council-budget-roads-seawalls-rainy-day-fund/'
    const a = parseArticle(article('art-003'))
    expect(tags).toEqual([
      { name: 'description', content: description },
      { rel: 'canonical', href: url },
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: 'Port Alder budget 2027: what’s in the $412M draft' },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:site_name', content: 'The Harbor Ledger' },
      { property: 'og:locale', content: 'en' },
      {
        property: 'og:image',
        content: 'https://images.example.com/og/council-budget-roads-seawalls-rainy-day-fund.jpg',
      },
      { property: 'article:published_time', content: a.publishedAt },
      { property: 'article:modified_time', content: a.updatedAt ?? a.publishedAt },
      { property: 'article:section', content: 'news' },
      ...a.authors.map((x) => ({ property: 'article:author', content: x.url ?? `${SITE}/author/${x.slug}/` })),
      ...a.tags.filter((t) => t.visibility === 'public').map((t) => ({ property: 'article:tag', content: t.name })),
      { property: 'article:content_tier', content: 'free' },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: 'Port Alder budget 2027: what’s in the $412M draft' },
      { name: 'twitter:description', content: description },
      {
        name: 'twitter:image',
        content: 'https://images.example.com/og/council-budget-roads-seawalls-rainy-day-fund.jpg',
      },
      { name: 'twitter:site', content: '@harborledger' },
    ])
  })

  it.each(ARTICLES.map((a) => [a.id, a] as const))('builds complete tags for %s', (_id, input) => {
    const a = parseArticle(input)
    const tags = toMetaTags(input, OPTIONS)
    for (const tag of tags) {
      const value = 'href' in tag ? tag.href : tag.content
      expect(typeof value).toBe('string')
      expect(value.trim()).not.toBe('')
    }
    expect(named(tags, 'og:title')).toEqual([a.seo?.metaTitle ?? a.title])
    expect(named(tags, 'og:url')).toEqual([a.canonicalUrl ?? `${SITE}/${a.slug}/`])
    expect(named(tags, 'og:locale')).toEqual([a.language.replace(/-/g, '_')])
    expect(named(tags, 'article:tag')).toEqual(a.tags.filter((t) => t.visibility === 'public').map((t) => t.name))
    expect(named(tags, 'article:tag').some((t) => t.startsWith('#'))).toBe(false)
    expect(named(tags, 'article:content_tier')).toEqual([a.access === 'public' ? 'free' : 'locked'])
    const image = a.seo?.ogImage ?? a.featureImage?.url
    expect(named(tags, 'og:image')).toEqual(image === undefined ? [] : [image])
    expect(named(tags, 'twitter:card')).toEqual([image === undefined ? 'summary' : 'summary_large_image'])
    if (a.seo?.ogImage === undefined && a.featureImage?.alt !== undefined && a.featureImage.alt !== '') {
      expect(named(tags, 'og:image:alt')).toEqual([a.featureImage.alt])
      expect(named(tags, 'twitter:image:alt')).toEqual([a.featureImage.alt])
    }
    const description = named(tags, 'description')[0]
    if (a.seo?.metaDescription !== undefined) expect(description).toBe(a.seo.metaDescription)
    else if (description !== undefined)
      expect(
        [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(description)].length,
      ).toBeLessThanOrEqual(160)
    expect(named(tags, 'og:description')).toEqual(description === undefined ? [] : [description])
  })

  it('gives og:image alt, width and height for a feature image, none for an Open Graph override', () => {
    const withImage = {
      ...BASE,
      featureImage: { url: 'https://img.example/a.jpg', alt: 'Flooded road', width: 1600, height: 900 },
    }
    const tags = toMetaTags(withImage)
    expect(named(tags, 'og:image:alt')).toEqual(['Flooded road'])
    expect(named(tags, 'og:image:width')).toEqual(['1600'])
    expect(named(tags, 'og:image:height')).toEqual(['900'])
    const overridden = toMetaTags({ ...withImage, seo: { ogImage: 'https://img.example/og.jpg' } })
    expect(named(overridden, 'og:image')).toEqual(['https://img.example/og.jpg'])
    expect(named(overridden, 'og:image:alt')).toEqual([])
  })

  it('marks gated articles locked and describes them from the free part only', () => {
    const tags = toMetaTags(article('art-007'), OPTIONS)
    expect(named(tags, 'article:content_tier')).toEqual(['locked'])
    expect(named(tags, 'description')[0]?.startsWith('Smoke from the Alder Ridge wildfire')).toBe(true)
    expect(JSON.stringify(tags)).not.toContain('SECRET-GATED-PARAGRAPH')
    expect(named(toMetaTags(article('art-017'), OPTIONS), 'description')).toEqual([])
  })

  it('leaves out the canonical link and og:url without a URL, and uses maxDescriptionChars', () => {
    const tags = toMetaTags({ ...BASE, html: `<p>${'word '.repeat(100)}</p>` }, { maxDescriptionChars: 40 })
    expect(tags.some((t) => 'rel' in t)).toBe(false)
    expect(named(tags, 'og:url')).toEqual([])
    expect(named(tags, 'description')[0]!.length).toBeLessThanOrEqual(40)
    expect(named(tags, 'description')[0]!.endsWith('…')).toBe(true)
  })

  it('returns raw values (the caller escapes them when writing HTML)', () => {
    const tags = toMetaTags({ ...BASE, title: '"Quotes" & <tags>' })
    expect(named(tags, 'og:title')).toEqual(['"Quotes" & <tags>'])
  })

  it.each([
    ['null', null],
    ['an article without authors', { ...BASE, authors: undefined }],
  ])('throws INVALID_INPUT for %s', (_name, input) => {
    let code: string | undefined
    try {
      toMetaTags(input as never)
    } catch (error) {
      code = (error as CopydeskError).code
    }
    expect(code).toBe('INVALID_INPUT')
  })

  it.each([
    ['a numeric siteName', { siteName: 1 }],
    ['a bad baseUrl', { baseUrl: 'ledger.example' }],
    ['maxDescriptionChars 0', { maxDescriptionChars: 0 }],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    expect(() => toMetaTags(BASE, options as never)).toThrow(CopydeskError)
  })
})
