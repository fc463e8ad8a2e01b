import { describe, expect, it } from 'vitest'
import { CopydeskError, toJsonFeed, type JsonFeed } from '../../src/formats/index.js'
import { parseArticle } from '../../src/schema/index.js'
import { ARTICLES, BASE, article } from './_fixtures.js'

const SITE = 'https://harborledger.example'
const FEED = {
  title: 'The Harbor Ledger',
  homePageUrl: SITE,
  feedUrl: `${SITE}/feed.json`,
  description: 'News from Port Alder.',
  language: 'en',
  icon: `${SITE}/icon-512.png`,
  favicon: `${SITE}/favicon-64.png`,
  authors: [{ name: 'The Harbor Ledger newsroom', url: SITE }],
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** The JSON Feed 1.1 rules (https://jsonfeed.org/version/1.1) that a validator checks. */
function checkJsonFeed(feed: JsonFeed): void {
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(typeof feed.title).toBe('string')
  expect(feed.title.length).toBeGreaterThan(0)
  expect(Array.isArray(feed.items)).toBe(true)
  for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon'] as const) {
    if (feed[key] !== undefined) expect(feed[key]).toMatch(/^https?:\/\//)
  }
  const ids = new Set<string>()
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string')
    expect(ids.has(item.id)).toBe(false)
    ids.add(item.id)
    expect(
      typeof item.content_html === 'string' || typeof (item as { content_text?: unknown }).content_text === 'string',
    ).toBe(true)
    if (item.url !== undefined) expect(item.url).toMatch(/^https?:\/\//)
    if (item.summary !== undefined) expect(item.summary).not.toMatch(/<[a-z/!]/i)
    if (item.date_published !== undefined) expect(item.date_published).toMatch(RFC3339)
    if (item.date_modified !== undefined) expect(item.date_modified).toMatch(RFC3339)
    expect(item.authors.length).toBeGreaterThan(0)
    for (const author of item.authors) expect(typeof author.name).toBe('string')
    if (item.tags !== undefined) for (const tag of item.tags) expect(typeof tag).toBe('string')
    expect(Object.keys(item).every((key) => /^[a-z_]+$/.test(key))).toBe(true)
  }
  expect(JSON.parse(JSON.stringify(feed))).toEqual(feed)
}

describe('toJsonFeed', () => {
  it('matches its @example', () => {
    const feed = toJsonFeed(
      [
        {
          id: 'a1',
          slug: 'king-tide',
          title: 'King tide floods the harbor road',
          html: '<p>Water rose.</p>',
          authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
          status: 'published',
          publishedAt: '2026-11-24T08:00:00+02:00',
        },
      ],
      {
        title: 'The Harbor Ledger',
        homePageUrl: 'https://ledger.example',
        feedUrl: 'https://ledger.example/feed.json',
      },
    )
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items[0]?.url).toBe('https://ledger.example/king-tide/')
    expect(feed.items[0]?.summary).toBe('Water rose.')
    expect(feed.items[0]?.date_published).toBe('2026-11-24T06:00:00.000Z')
    expect(feed.items[0]?.authors).toEqual([{ name: 'Omar Ali', url: 'https://ledger.example/author/omar-ali/' }])
  })

  it('builds a valid JSON Feed 1.1 of the newsroom: published articles only, newest first', () => {
    const feed = toJsonFeed(ARTICLES, FEED)
    checkJsonFeed(feed)
    const published = ARTICLES.filter((a) => a.status === 'published')
    expect(feed.items).toHaveLength(published.length)
    expect(feed.items.map((i) => i.id)).not.toContain('art-014') // draft
    expect(feed.items.map((i) => i.id)).not.toContain('art-019') // scheduled
    expect(feed.items.map((i) => i.id)).not.toContain('art-020') // archived
    const times = feed.items.map((i) => Date.parse(i.date_published!))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(feed).toMatchObject({
      title: 'The Harbor Ledger',
      home_page_url: SITE,
      feed_url: `${SITE}/feed.json`,
      language: 'en',
    })
  })

  it.each(ARTICLES.filter((a) => a.status === 'published').map((a) => [a.id, a] as const))(
    'maps %s field by field',
    (id, input) => {
      const a = parseArticle(input)
      const item = toJsonFeed(ARTICLES, FEED).items.find((i) => i.id === id)!
      expect(item.url).toBe(a.canonicalUrl ?? `${SITE}/${a.slug}/`)
      expect(item.title).toBe(a.title)
      expect(item.date_published).toBe(a.publishedAt)
      expect(item.date_modified).toBe(a.updatedAt)
      expect(item.language).toBe(a.language)
      expect(item.image).toBe(a.featureImage?.url ?? a.seo?.ogImage)
      expect(item.tags).toEqual(
        a.tags.some((t) => t.visibility === 'public')
          ? a.tags.filter((t) => t.visibility === 'public').map((t) => t.name)
          : undefined,
      )
      expect(item.authors.map((x) => x.name)).toEqual(a.authors.map((x) => x.name))
      expect(item.authors.map((x) => x.avatar)).toEqual(a.authors.map((x) => x.avatarUrl))
      if (a.access === 'public') expect(item.content_html).toBe(a.html)
      else expect(item.content_html.length).toBeLessThan(a.html.length)
    },
  )

  it('puts only the free part of gated articles in content_html', () => {
    const items = toJsonFeed(ARTICLES, FEED).items
    const html7 = article('art-007').html
    expect(items.find((i) => i.id === 'art-007')?.content_html).toBe(
      html7.slice(0, html7.indexOf('<!--members-only-->')),
    )
    expect(items.find((i) => i.id === 'art-013')?.content_html).toBe(article('art-013').freeHtml)
    expect(items.find((i) => i.id === 'art-017')?.content_html).toBe('')
  })

  it('honours statuses, limit and permalink', () => {
    const all = toJsonFeed(ARTICLES, FEED, { statuses: ['published', 'scheduled', 'draft', 'archived'] })
    expect(all.items).toHaveLength(ARTICLES.length)
    expect(all.items.at(-1)?.id).toBe('art-014') // undated draft last
    expect(toJsonFeed(ARTICLES, FEED, { limit: 3 }).items).toHaveLength(3)
    expect(toJsonFeed(ARTICLES, FEED, { limit: 0 }).items).toEqual([])
    expect(toJsonFeed([BASE], FEED, { permalink: '/news/:id-:slug' }).items[0]?.url).toBe(`${SITE}/news/a1-king-tide`)
  })

  it('keeps input order for equal dates and leaves out what it does not know', () => {
    const a = { ...BASE, id: 'x1' }
    const b = { ...BASE, id: 'x2' }
    expect(toJsonFeed([a, b], { title: 'T' }).items.map((i) => i.id)).toEqual(['x1', 'x2'])
    const bare = toJsonFeed([a], { title: 'T' })
    expect(Object.keys(bare)).toEqual(['version', 'title', 'items'])
    expect(bare.items[0]?.url).toBeUndefined()
    expect(bare.items[0]?.authors).toEqual([{ name: 'Omar Ali' }])
  })

  it('treats an article without status as a draft (the schema default) and leaves it out', () => {
    const { status: _status, ...draftish } = BASE
    expect(toJsonFeed([draftish], FEED).items).toEqual([])
  })

  it('returns an empty item list for no articles', () => {
    const feed = toJsonFeed([], FEED)
    checkJsonFeed(feed)
    expect(feed.items).toEqual([])
  })

  it('does not mutate its arguments', () => {
    const input = structuredClone(ARTICLES)
    const feed = structuredClone(FEED)
    toJsonFeed(input, feed, { limit: 5 })
    expect(input).toEqual(ARTICLES)
    expect(feed).toEqual(FEED)
  })

  it.each([
    ['articles not an array', 'x', FEED, 'toJsonFeed: articles must be an array, received string "x"'],
    ['a null article', [BASE, null], FEED, 'toJsonFeed: articles[1] must be an article object, received null'],
    [
      'an article without id',
      [{ ...BASE, id: 3 }],
      FEED,
      'toJsonFeed: articles[0].id must be a string, received number 3',
    ],
    ['no feed', [BASE], undefined, 'toJsonFeed: feed must be an object with a title, received undefined'],
    [
      'a feed without title',
      [BASE],
      { homePageUrl: SITE },
      'toJsonFeed: feed.title must be a non-empty string, received undefined',
    ],
    [
      'a relative feed_url',
      [BASE],
      { title: 'T', feedUrl: '/feed.json' },
      'toJsonFeed: feed.feedUrl must be an absolute http(s) URL, received string "/feed.json"',
    ],
    [
      'bad feed authors',
      [BASE],
      { title: 'T', authors: ['Omar'] },
      'toJsonFeed: feed.authors must be an array of { name, url?, avatar? }, received array (length 1)',
    ],
  ])('throws INVALID_INPUT for %s', (_name, articles, feed, message) => {
    expect(() => toJsonFeed(articles as never, feed as never)).toThrow(new CopydeskError('INVALID_INPUT', message))
  })

  it.each([
    ['a negative limit', { limit: -1 }],
    ['an unknown status', { statuses: ['live'] }],
    ['a numeric permalink', { permalink: 1 }],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    let code: string | undefined
    try {
      toJsonFeed([BASE], FEED, options as never)
    } catch (error) {
      code = (error as CopydeskError).code
    }
    expect(code).toBe('INVALID_OPTIONS')
  })
})
