import { describe, expect, it } from 'vitest'
import { CopydeskError, toJsonLd, type NewsArticleJsonLd } from '../../src/formats/index.js'
import { parseArticle } from '../../src/schema/index.js'
import type { Article, ArticleInput } from '../../src/schema/types.js'
import { toTeaser } from '../../src/teaser/index.js'
import { ARTICLES, BASE, article } from './_fixtures.js'

const SITE = 'https://harborledger.example'
const PUBLISHER = { name: 'The Harbor Ledger', url: SITE, logo: { url: `${SITE}/logo.png`, width: 600, height: 60 } }
const graphemes = (s: string): number => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length

/** Every field of the JSON-LD of `input`, checked against the parsed article. */
function checkJsonLd(input: ArticleInput, ld: NewsArticleJsonLd): void {
  const a: Article = parseArticle(input)
  expect(ld['@context']).toBe('https://schema.org')
  expect(ld['@type']).toBe('NewsArticle')

  // headline: the title when it fits, else a word-boundary cut ending in an ellipsis.
  expect(graphemes(ld.headline)).toBeLessThanOrEqual(110)
  if (graphemes(a.title) <= 110) expect(ld.headline).toBe(a.title)
  else {
    expect(ld.headline.endsWith('…')).toBe(true)
    expect(a.title.startsWith(ld.headline.slice(0, -1).trimEnd())).toBe(true)
  }

  // description: the teaser text, never empty when present, at most 300 characters.
  if (ld.description !== undefined) {
    expect(ld.description.trim()).not.toBe('')
    expect(graphemes(ld.description)).toBeLessThanOrEqual(300)
    expect(ld.description).not.toMatch(/<[a-z/!]/i)
    if (a.customExcerpt !== undefined) expect(a.customExcerpt.startsWith(ld.description.replace(/…$/, ''))).toBe(true)
  }

  expect(ld.datePublished).toBe(a.publishedAt)
  expect(ld.dateModified).toBe(a.updatedAt ?? a.publishedAt)
  expect(ld.author).toEqual(
    a.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: author.url ?? `${SITE}/author/${author.slug}/`,
    })),
  )
  expect(ld.publisher).toEqual({
    '@type': 'Organization',
    name: 'The Harbor Ledger',
    url: SITE,
    logo: { '@type': 'ImageObject', url: `${SITE}/logo.png`, width: 600, height: 60 },
  })

  const images = ld.image ?? []
  if (a.featureImage !== undefined) {
    expect(images[0]?.url).toBe(a.featureImage.url)
    expect(images[0]?.width).toBe(a.featureImage.width)
    expect(images[0]?.height).toBe(a.featureImage.height)
  }
  if (a.seo?.ogImage !== undefined) expect(images.map((i) => i.url)).toContain(a.seo.ogImage)
  if (a.featureImage === undefined && a.seo?.ogImage === undefined) expect(ld.image).toBeUndefined()
  expect(new Set(images.map((i) => i.url)).size).toBe(images.length)

  expect(ld.articleSection).toBe(a.section)
  const publicTags = a.tags.filter((t) => t.visibility === 'public').map((t) => t.name)
  expect(ld.keywords).toEqual(publicTags.length === 0 ? undefined : publicTags)
  expect(ld.keywords?.some((k) => k.startsWith('#')) ?? false).toBe(false)

  if (ld.wordCount !== undefined) {
    expect(Number.isInteger(ld.wordCount) && ld.wordCount > 0).toBe(true)
    expect(ld.timeRequired).toMatch(/^PT[1-9]\d*M$/)
  } else expect(ld.timeRequired).toBeUndefined()

  expect(ld.inLanguage).toBe(a.language)
  expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': a.canonicalUrl ?? `${SITE}/${a.slug}/` })
  if (a.access === 'public') {
    expect(ld.isAccessibleForFree).toBeUndefined()
    expect(ld.hasPart).toBeUndefined()
    expect(ld.wordCount).toBeGreaterThan(0)
  } else {
    expect(ld.isAccessibleForFree).toBe(false)
    expect(ld.hasPart).toEqual({ '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' })
  }
  // Plain JSON: round-trips exactly, no undefined values.
  expect(JSON.parse(JSON.stringify(ld))).toEqual(ld)
  expect(Object.values(ld)).not.toContain(undefined)
}

describe('toJsonLd', () => {
  it('matches its @example', () => {
    const jsonLd = toJsonLd(
      {
        id: 'a1',
        slug: 'king-tide',
        title: 'King tide floods the harbor road',
        html: '<p>Water rose 40 cm over the forecast.</p>',
        authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
        tags: [{ name: 'Tides', slug: 'tides' }],
        status: 'published',
        publishedAt: '2026-11-24T06:00:00.000Z',
        language: 'en',
      },
      {
        baseUrl: 'https://ledger.example',
        publisher: { name: 'The Harbor Ledger', logo: 'https://ledger.example/logo.png' },
      },
    )
    expect(jsonLd.headline).toBe('King tide floods the harbor road')
    expect(jsonLd.description).toBe('Water rose 40 cm over the forecast.')
    expect(jsonLd.author).toEqual([
      { '@type': 'Person', name: 'Omar Ali', url: 'https://ledger.example/author/omar-ali/' },
    ])
    expect(jsonLd.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': 'https://ledger.example/king-tide/' })
    expect(jsonLd.keywords).toEqual(['Tides'])
    expect(jsonLd.wordCount).toBe(7)
    expect(jsonLd.timeRequired).toBe('PT1M')
  })

  it.each(ARTICLES.map((a) => [a.id, a] as const))(
    'builds valid NewsArticle JSON-LD for %s, field by field',
    (_id, input) => {
      checkJsonLd(input, toJsonLd(input, { baseUrl: SITE, publisher: PUBLISHER }))
    },
  )

  it.each(ARTICLES.map((a) => [a.id, a] as const))(
    'takes the description of %s from its teaser text (toTeaser, 300 characters)',
    (_id, input) => {
      expect(toJsonLd(input).description).toBe(toTeaser(input, { maxChars: 300 }).excerpt || undefined)
    },
  )

  it('gives the exact JSON-LD of a members-only article (art-007), free part only', () => {
    const ld = toJsonLd(article('art-007'), {
      baseUrl: SITE,
      publisher: { name: 'The Harbor Ledger' },
      paywallSelector: '.gh-post-upgrade-cta ~ *',
    })
    expect(ld).toMatchObject({
      headline: 'Smoke from the Alder Ridge fire: how to protect your lungs',
      datePublished: '2026-10-05T07:00:00.000Z',
      articleSection: 'climate',
      keywords: ['Wildfire', 'Air Quality'],
      inLanguage: 'en',
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.gh-post-upgrade-cta ~ *' },
    })
    expect(
      ld.description?.startsWith('Smoke from the Alder Ridge wildfire settled over much of Port Alder on Sunday'),
    ).toBe(true)
    // 121 words before <!--members-only-->, not the ~300 of the whole body.
    expect(ld.wordCount).toBeLessThan(130)
    expect(JSON.stringify(ld)).not.toContain('SECRET-GATED-PARAGRAPH')
    expect(JSON.stringify(ld)).not.toContain('N95')
  })

  it('describes a paid article (art-013) from freeHtml only', () => {
    const ld = toJsonLd(article('art-013'), { baseUrl: SITE })
    expect(ld.description).toBe(
      'Jazz on the Piers had its best-attended weekend ever this month, and it still lost money. Documents shared with the Ledger show how a volunteer-run festival balances artist fees, insurance and a storm-damaged waterfront — and why organisers are now asking the city for help.',
    )
    expect(JSON.stringify(ld)).not.toContain('Wilhelmina Osei')
    expect(ld.isAccessibleForFree).toBe(false)
  })

  it('leaves description, wordCount and timeRequired out of a members article without a marker (art-017)', () => {
    const ld = toJsonLd(article('art-017'), { baseUrl: SITE })
    expect(ld.description).toBeUndefined()
    expect(ld.wordCount).toBeUndefined()
    expect(ld.timeRequired).toBeUndefined()
    expect(ld.isAccessibleForFree).toBe(false)
    expect(JSON.stringify(ld)).not.toContain('skirting board')
  })

  it('prefers customExcerpt for description and the text before <!--more--> otherwise', () => {
    expect(toJsonLd({ ...BASE, customExcerpt: 'Hand-written.' }).description).toBe('Hand-written.')
    expect(toJsonLd({ ...BASE, html: '<p>Lede.</p><!--more--><p>Rest.</p>' }).description).toBe('Lede.')
  })

  it('cuts a long headline to 110 characters at a word boundary with an ellipsis', () => {
    const title =
      'Council votes to rebuild the seawall between Piers 2 and 6 after the October storm surge flooded the lower harbor again'
    const ld = toJsonLd({ ...BASE, title })
    expect(title.length).toBeGreaterThan(110)
    expect(ld.headline.length).toBeLessThanOrEqual(110)
    expect(ld.headline.endsWith('…')).toBe(true)
    expect(title.startsWith(ld.headline.slice(0, -1))).toBe(true)
    expect(ld.headline.slice(0, -1).endsWith(' ')).toBe(false)
    expect(title[ld.headline.length - 1]).toBe(' ')
    expect(toJsonLd({ ...BASE, title }, { maxHeadlineChars: 30 }).headline.length).toBeLessThanOrEqual(30)
  })

  it('leaves out what it does not know: no baseUrl → no mainEntityOfPage and no author url; no publisher', () => {
    const ld = toJsonLd(BASE)
    expect(ld.mainEntityOfPage).toBeUndefined()
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Omar Ali' }])
    expect(ld.publisher).toBeUndefined()
    expect(Object.keys(ld)).toEqual([
      '@context',
      '@type',
      'headline',
      'description',
      'datePublished',
      'dateModified',
      'author',
      'keywords',
      'wordCount',
      'timeRequired',
      'inLanguage',
    ])
  })

  it('uses canonicalUrl over baseUrl + permalink, and fills permalink tokens', () => {
    expect(
      toJsonLd({ ...BASE, canonicalUrl: 'https://wire.example/x' }, { baseUrl: SITE }).mainEntityOfPage?.['@id'],
    ).toBe('https://wire.example/x')
    expect(
      toJsonLd(BASE, { baseUrl: `${SITE}/`, permalink: '/:year/:month/:day/:slug/' }).mainEntityOfPage?.['@id'],
    ).toBe(`${SITE}/2026/11/24/king-tide/`)
    expect(toJsonLd({ ...BASE, slug: '潮見' }, { baseUrl: SITE }).mainEntityOfPage?.['@id']).toBe(
      `${SITE}/%E6%BD%AE%E8%A6%8B/`,
    )
    // The same permalink rules as copydesk/teaser's articleUrl (:section, :primary_tag).
    expect(
      toJsonLd({ ...BASE, section: 'news' }, { baseUrl: SITE, permalink: '/:section/:primary_tag/:slug' })
        .mainEntityOfPage?.['@id'],
    ).toBe(`${SITE}/news/tides/king-tide`)
  })

  it.each([
    ['a permalink without :slug or :id', { baseUrl: SITE, permalink: '/:year/' }, 'INVALID_OPTIONS'],
    ['an unknown permalink token', { baseUrl: SITE, permalink: '/:category/:slug/' }, 'INVALID_OPTIONS'],
    ['a date permalink for an undated article', { baseUrl: SITE, permalink: '/:year/:slug/' }, 'INVALID_INPUT'],
  ] as const)('reports %s as %s, named after toJsonLd', (_name, options, code) => {
    const { publishedAt: _p, status: _s, ...undated } = BASE
    let error: CopydeskError | undefined
    try {
      toJsonLd(undated, options)
    } catch (caught) {
      error = caught as CopydeskError
    }
    expect(error?.code).toBe(code)
    expect(error?.message).toMatch(/^toJsonLd: /)
  })

  it('reports a relative canonicalUrl as INVALID_INPUT', () => {
    expect(() => toJsonLd({ ...BASE, canonicalUrl: '/king-tide/' })).toThrow(
      'toJsonLd: article.canonicalUrl must be an absolute http(s) URL',
    )
  })

  it('adds the Open Graph image after the feature image, once, and captions as plain text', () => {
    const ld = toJsonLd({
      ...BASE,
      featureImage: {
        url: 'https://img.example/a.jpg',
        caption: 'Photo by <a href="https://u.example">Ana</a> &amp; co',
        width: 1200,
        height: 800,
      },
      seo: { ogImage: 'https://img.example/og.jpg' },
    })
    expect(ld.image).toEqual([
      {
        '@type': 'ImageObject',
        url: 'https://img.example/a.jpg',
        width: 1200,
        height: 800,
        caption: 'Photo by Ana & co',
      },
      { '@type': 'ImageObject', url: 'https://img.example/og.jpg' },
    ])
    expect(
      toJsonLd({
        ...BASE,
        featureImage: { url: 'https://img.example/a.jpg' },
        seo: { ogImage: 'https://img.example/a.jpg' },
      }).image,
    ).toHaveLength(1)
  })

  it('accepts an unparsed ArticleInput with defaults: public, en, no tags', () => {
    const { tags: _tags, language: _language, ...bare } = BASE
    const ld = toJsonLd(bare)
    expect(ld.inLanguage).toBe('en')
    expect(ld.keywords).toBeUndefined()
    expect(ld.isAccessibleForFree).toBeUndefined()
  })

  it('treats an unknown access value as gated (fails closed)', () => {
    const ld = toJsonLd({ ...BASE, access: 'vip' as never, html: '<p>Secret body.</p>' })
    expect(ld.isAccessibleForFree).toBe(false)
    expect(JSON.stringify(ld)).not.toContain('Secret body')
  })

  it('leaves unparseable dates out rather than throwing', () => {
    const ld = toJsonLd({ ...BASE, publishedAt: 'soon', updatedAt: undefined })
    expect(ld.datePublished).toBeUndefined()
    expect(ld.dateModified).toBeUndefined()
  })

  it.each([
    ['null', null, 'toJsonLd: article must be an article object, received null'],
    ['a string', 'art-001', 'toJsonLd: article must be an article object, received string "art-001"'],
    ['an array', [BASE], 'toJsonLd: article must be an article object, received array (length 1)'],
    ['a number title', { ...BASE, title: 1 }, 'toJsonLd: article.title must be a string, received number 1'],
    ['missing html', { ...BASE, html: undefined }, 'toJsonLd: article.html must be a string, received undefined'],
    [
      'authors as a string',
      { ...BASE, authors: 'Omar' },
      'toJsonLd: article.authors must be an array of objects, received string "Omar"',
    ],
    ['tags of strings', { ...BASE, tags: ['x'] }, 'toJsonLd: article.tags[0] must be an object, received string "x"'],
  ])('throws INVALID_INPUT for %s', (_name, input, message) => {
    expect(() => toJsonLd(input as never)).toThrow(new CopydeskError('INVALID_INPUT', message))
    try {
      toJsonLd(input as never)
    } catch (error) {
      expect((error as CopydeskError).code).toBe('INVALID_INPUT')
    }
  })

  it.each([
    ['options not an object', 'x'],
    ['a relative baseUrl', { baseUrl: '/site' }],
    ['a javascript: baseUrl', { baseUrl: 'javascript:alert(1)' }],
    ['maxHeadlineChars 0', { maxHeadlineChars: 0 }],
    ['a publisher without a name', { publisher: { url: SITE } }],
    ['a publisher logo that is not a URL', { publisher: { name: 'X', logo: 'logo.png' } }],
    ['a numeric paywallSelector', { paywallSelector: 1 }],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    let code: string | undefined
    try {
      toJsonLd(BASE, options as never)
    } catch (error) {
      code = (error as CopydeskError).code
    }
    expect(code).toBe('INVALID_OPTIONS')
  })

  it('does not mutate the article', () => {
    const input = structuredClone(article('art-003'))
    const before = JSON.stringify(input)
    toJsonLd(input, { baseUrl: SITE, publisher: PUBLISHER })
    expect(JSON.stringify(input)).toBe(before)
  })
})
