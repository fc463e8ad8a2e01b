import { describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import { CopydeskError, parseArticle, parseTeaser, type Article, type ArticleInput } from '../../src/schema/index.js'
import { toTeaser } from '../../src/teaser/index.js'

const base: ArticleInput = {
  id: 'a1',
  slug: 'king-tide',
  title: 'King tide floods the harbor road',
  html: '<p>Water rose over the seawall at dawn.</p><!--more--><p>Officials said…</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
  tags: [
    { name: '#wire', slug: 'hash-wire', visibility: 'internal' },
    { name: 'Tides', slug: 'tides', visibility: 'public' },
  ],
}
const parsed: Article[] = (articles as unknown[]).map((a) => parseArticle(a))
const SENTINEL = 'SECRET-GATED-PARAGRAPH'

describe('toTeaser', () => {
  it('builds the card from the text before <!--more--> (mirrors @example)', () => {
    expect(toTeaser(base, { baseUrl: 'https://harborledger.example' })).toEqual({
      id: 'a1',
      slug: 'king-tide',
      url: 'https://harborledger.example/king-tide/',
      title: 'King tide floods the harbor road',
      excerpt: 'Water rose over the seawall at dawn.',
      excerptSource: 'more',
      truncated: true,
      primaryTag: { name: 'Tides', slug: 'tides' },
      authors: [{ name: 'Omar Ali', slug: 'omar-ali' }],
      readingMinutes: 1,
      access: 'public',
    })
  })

  it('prefers a non-blank customExcerpt, then <!--more-->, then an automatic excerpt', () => {
    expect(toTeaser({ ...base, customExcerpt: 'Hand-written.' })).toMatchObject({
      excerpt: 'Hand-written.',
      excerptSource: 'custom',
    })
    expect(toTeaser({ ...base, customExcerpt: '   ' }).excerptSource).toBe('more')
    expect(toTeaser({ ...base, html: '<p>No marker here.</p>' })).toMatchObject({
      excerpt: 'No marker here.',
      excerptSource: 'auto',
      truncated: false,
    })
  })

  it('cuts long excerpts at a word boundary within maxChars, ellipsis included', () => {
    const teaser = toTeaser(
      { ...base, html: `<p>${'Harbor storms return each winter to the quay. '.repeat(20)}</p>` },
      { maxChars: 60 },
    )
    expect(teaser.truncated).toBe(true)
    expect([...teaser.excerpt].length).toBeLessThanOrEqual(60)
    expect(teaser.excerpt).toMatch(/\p{L}…$/u)
  })

  it('leaves url out without baseUrl or canonicalUrl, and lets canonicalUrl win', () => {
    expect(toTeaser(base)).not.toHaveProperty('url')
    expect(
      toTeaser({ ...base, canonicalUrl: 'https://wire.example/story' }, { baseUrl: 'https://harborledger.example' })
        .url,
    ).toBe('https://wire.example/story')
  })

  it('never puts gated text in any field of any sample article', () => {
    for (const article of parsed) {
      const teaser = toTeaser(article)
      expect(JSON.stringify(teaser), article.id).not.toContain(SENTINEL)
      if (
        article.access !== 'public' &&
        article.customExcerpt === undefined &&
        article.freeHtml === undefined &&
        !article.html.includes('<!--members-only-->')
      ) {
        expect(teaser.excerpt, article.id).toBe('')
        expect(teaser.readingMinutes, article.id).toBe(0)
      }
    }
  })

  it('reads only the free part of a members article for excerpt and reading time', () => {
    const gated = {
      ...base,
      access: 'members' as const,
      html: `<p>Free intro.</p><!--members-only--><p>${SENTINEL} ${'word '.repeat(2000)}</p>`,
    }
    const teaser = toTeaser(gated)
    expect(teaser).toMatchObject({ excerpt: 'Free intro.', readingMinutes: 1, access: 'members' })
    expect(toTeaser({ ...gated, freeHtml: '<p>Preview text.</p>' }).excerpt).toBe('Preview text.')
  })

  it('produces teasers that validate against TeaserSchema for every sample article', () => {
    for (const article of parsed)
      expect(
        () => parseTeaser(toTeaser(article, { baseUrl: 'https://harborledger.example' })),
        article.id,
      ).not.toThrow()
  })

  it('takes the first public tag as primaryTag and omits it when there is none', () => {
    expect(toTeaser({ ...base, tags: [{ name: '#x', slug: 'hash-x', visibility: 'internal' }] })).not.toHaveProperty(
      'primaryTag',
    )
  })

  it('normalizes publishedAt to UTC and copies the image with its alt text', () => {
    const teaser = toTeaser({
      ...base,
      publishedAt: '2026-11-24T08:00:00+02:00',
      featureImage: { url: 'https://img.example/a.jpg', alt: 'Sea', caption: 'c' },
    })
    expect(teaser.publishedAt).toBe('2026-11-24T06:00:00.000Z')
    expect(teaser.image).toEqual({ url: 'https://img.example/a.jpg', alt: 'Sea' })
  })

  it.each([
    ['null', null],
    ['a string', 'article'],
    ['no authors', { ...base, authors: undefined }],
    ['a numeric title', { ...base, title: 42 }],
  ])('throws INVALID_INPUT for %s', (_name, input) => {
    expect(() => toTeaser(input as never)).toThrow(CopydeskError)
    try {
      toTeaser(input as never)
    } catch (error) {
      expect((error as CopydeskError).code).toBe('INVALID_INPUT')
      expect((error as CopydeskError).message).toMatch(/^toTeaser: /)
    }
  })

  it('does not mutate the article', () => {
    const copy = structuredClone(base)
    toTeaser(base)
    expect(base).toEqual(copy)
  })
})

describe('toTeaser and Ghost members-only content blocks', () => {
  it('drops a kg-gated-block hidden from non-members even in a public article', () => {
    const html = `<p>Open intro.</p><!--kg-gated-block:begin nonMember:false memberSegment:"status:free,status:-free"--><p>${SENTINEL}</p><!--kg-gated-block:end--><p>Open outro.</p>`
    const teaser = toTeaser({ ...base, html }, { maxChars: 500 })
    expect(teaser.excerpt).toBe('Open intro. Open outro.')
    expect(JSON.stringify(teaser)).not.toContain(SENTINEL)
  })
})

describe('toTeaser excerptSource', () => {
  it("reports 'more' when the lead before <!--more--> is itself cut by maxChars", () => {
    const teaser = toTeaser(
      { ...base, html: `<p>${'A long lead sentence about the harbor. '.repeat(10)}</p><!--more--><p>Rest.</p>` },
      { maxChars: 60 },
    )
    expect(teaser).toMatchObject({ excerptSource: 'more', truncated: true })
  })
})
