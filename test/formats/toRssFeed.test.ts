import fc from 'fast-check'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { CopydeskError, toRssFeed } from '../../src/formats/index.js'
import { parseArticle } from '../../src/schema/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { ARTICLES, BASE, article } from './_fixtures.js'
import { children, parseXml, text, type XmlElement } from './_xml.js'

const SITE = 'https://harborledger.example'
const FEED = {
  title: 'The Harbor Ledger',
  homePageUrl: SITE,
  feedUrl: `${SITE}/rss.xml`,
  description: 'News from Port Alder.',
  language: 'en',
  icon: `${SITE}/icon.png`,
}

function channelOf(xml: string): XmlElement {
  const root = parseXml(xml)
  expect(root.name).toBe('rss')
  expect(root.attributes['version']).toBe('2.0')
  const [channel] = children(root, 'channel')
  expect(channel).toBeDefined()
  return channel!
}

/** Reverses the HTML escaping of <description> (readers render it as HTML). */
const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

describe('toRssFeed', () => {
  it('matches its @example', () => {
    const xml = toRssFeed(
      [
        {
          id: 'a1',
          slug: 'q-and-a',
          title: 'Q&A: tides ]]> surges',
          html: '<p>Text ]]> here.</p>',
          authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
          status: 'published',
          publishedAt: '2026-11-24T06:00:00Z',
        },
      ],
      { title: 'The Harbor Ledger', homePageUrl: 'https://ledger.example', feedUrl: 'https://ledger.example/rss.xml' },
    )
    expect(xml.includes('<title>Q&amp;A: tides ]]&gt; surges</title>')).toBe(true)
    expect(xml.includes('<pubDate>Tue, 24 Nov 2026 06:00:00 GMT</pubDate>')).toBe(true)
    expect(xml.includes('<content:encoded><![CDATA[<p>Text ]]]]><![CDATA[> here.</p>]]>')).toBe(true)
    const item = children(channelOf(xml), 'item')[0]!
    expect(text(children(item, 'content:encoded')[0])).toBe('<p>Text ]]> here.</p>')
  })

  it('writes well-formed RSS 2.0 for the newsroom with the channel elements', () => {
    const xml = toRssFeed(ARTICLES, FEED)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true)
    const channel = channelOf(xml)
    expect(text(children(channel, 'title')[0])).toBe('The Harbor Ledger')
    expect(text(children(channel, 'link')[0])).toBe(SITE)
    expect(text(children(channel, 'description')[0])).toBe('News from Port Alder.')
    expect(text(children(channel, 'language')[0])).toBe('en')
    expect(children(channel, 'atom:link')[0]?.attributes).toEqual({
      href: `${SITE}/rss.xml`,
      rel: 'self',
      type: 'application/rss+xml',
    })
    expect(text(children(children(channel, 'image')[0]!, 'url')[0])).toBe(`${SITE}/icon.png`)
    const items = children(channel, 'item')
    expect(items).toHaveLength(ARTICLES.filter((a) => a.status === 'published').length)
    // lastBuildDate is the newest update among the items (no clock read).
    const newest = Math.max(
      ...ARTICLES.filter((a) => a.status === 'published')
        .flatMap((a) => [a.publishedAt, a.updatedAt])
        .filter((d): d is string => d !== undefined)
        .map((d) => Date.parse(d)),
    )
    expect(text(children(channel, 'lastBuildDate')[0])).toBe(new Date(newest).toUTCString())
  })

  it.each(ARTICLES.filter((a) => a.status === 'published').map((a) => [a.id, a] as const))(
    'maps %s field by field',
    (id, input) => {
      const a = parseArticle(input)
      const item = children(channelOf(toRssFeed(ARTICLES, FEED)), 'item').find(
        (i) => text(children(i, 'guid')[0]) === id,
      )!
      expect(children(item, 'guid')[0]?.attributes).toEqual({ isPermaLink: 'false' })
      expect(text(children(item, 'title')[0])).toBe(a.title)
      expect(text(children(item, 'link')[0])).toBe(a.canonicalUrl ?? `${SITE}/${a.slug}/`)
      expect(text(children(item, 'pubDate')[0])).toBe(new Date(a.publishedAt!).toUTCString())
      expect(children(item, 'dc:creator').map((c) => text(c))).toEqual(a.authors.map((x) => x.name))
      expect(children(item, 'category').map((c) => text(c))).toEqual(
        a.tags.filter((t) => t.visibility === 'public').map((t) => t.name),
      )
      const description = children(item, 'description')[0]
      if (description !== undefined) expect(unescapeHtml(text(description))).not.toMatch(/<[a-z/!]/i)
      const content = text(children(item, 'content:encoded')[0])
      if (a.access === 'public') expect(content).toBe(a.html)
      const image = a.featureImage?.url ?? a.seo?.ogImage
      expect(children(item, 'media:content')[0]?.attributes).toEqual(
        image === undefined ? undefined : { url: image, medium: 'image' },
      )
    },
  )

  it('agrees with htmlparser2 (xmlMode) on every item title and link', () => {
    const xml = toRssFeed(ARTICLES, FEED)
    const document = parseDocument(xml, { xmlMode: true, decodeEntities: true })
    const titles: string[] = []
    const walk = (
      node: { type?: string; name?: string; children?: unknown[]; data?: string },
      inItem: boolean,
    ): void => {
      if (node.name === 'title' && inItem)
        titles.push((node.children ?? []).map((c) => (c as { data?: string }).data ?? '').join(''))
      for (const child of node.children ?? []) walk(child as typeof node, inItem || node.name === 'item')
    }
    walk(document as never, false)
    expect(titles).toEqual(children(channelOf(xml), 'item').map((i) => text(children(i, 'title')[0])))
    expect(titles).toContain('Council’s $412M budget: roads, seawalls & a "rainy-day" fund')
  })

  it.each([
    ['markup', '<b>bold</b> & <script>alert(1)</script>'],
    ['CDATA terminators', ']]> and ]]]]> and <![CDATA[x]]>'],
    ['control characters', 'bell\u0007 null\u0000 escape\u001b vertical\u000b'],
    ['lone surrogates', 'high \uD800 low \uDC00 end'],
    ['non-characters', 'fffe \uFFFE ffff \uFFFF'],
    ['emoji and CJK', '😀🇯🇵👨‍👩‍👧 潮見市'],
  ])('stays well-formed with %s in every field', (_name, evil) => {
    const input: ArticleInput = {
      ...BASE,
      title: `Title ${evil}`,
      html: `<p>Body ${evil}</p>`,
      customExcerpt: `Excerpt ${evil}`,
      authors: [{ id: 'u', name: `Name ${evil}`, slug: 'u' }],
      tags: [{ name: `Tag ${evil}`, slug: 't' }],
      featureImage: { url: 'https://img.example/a.jpg?a=1&b="2"' },
    }
    const xml = toRssFeed([input], { ...FEED, title: `Feed ${evil}`, description: evil })
    const item = children(channelOf(xml), 'item')[0]!
    const clean = (s: string): string =>
      s
        .replace(/[\u0000-\u0008\v\f\u000e-\u001f\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    expect(text(children(item, 'title')[0])).toBe(clean(`Title ${evil}`))
    expect(text(children(item, 'content:encoded')[0])).toBe(clean(`<p>Body ${evil}</p>`))
    const squash = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ').trim()
    expect(squash(unescapeHtml(text(children(item, 'description')[0])))).toBe(squash(clean(`Excerpt ${evil}`)))
    expect(children(item, 'media:content')[0]?.attributes['url']).toBe('https://img.example/a.jpg?a=1&b="2"')
  })

  it('HTML-escapes the description so readers show markup in a summary as text', () => {
    const xml = toRssFeed([{ ...BASE, customExcerpt: 'Use <b> & </b>' }], FEED)
    expect(xml).toContain('<description>Use &amp;lt;b&amp;gt; &amp;amp; &amp;lt;/b&amp;gt;</description>')
  })

  it('is well-formed for any text in any field (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        (title, html, name) => {
          const xml = toRssFeed([{ ...BASE, title, html, authors: [{ id: 'u', name, slug: 'u' }] }], FEED)
          parseXml(xml)
          return true
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)

  it('puts only the free part of gated articles in content:encoded', () => {
    const items = children(channelOf(toRssFeed(ARTICLES, FEED)), 'item')
    const content = (id: string): string =>
      text(
        children(
          items.find((i) => text(children(i, 'guid')[0]) === id)!,
          'content:encoded',
        )[0],
      )
    const html7 = article('art-007').html
    expect(content('art-007')).toBe(html7.slice(0, html7.indexOf('<!--members-only-->')))
    expect(content('art-013')).toBe(article('art-013').freeHtml)
    expect(content('art-017')).toBe('')
  })

  it('honours statuses and limit, and writes an empty channel for no articles', () => {
    expect(children(channelOf(toRssFeed(ARTICLES, FEED, { limit: 2 })), 'item')).toHaveLength(2)
    expect(
      children(channelOf(toRssFeed(ARTICLES, FEED, { statuses: ['scheduled'] })), 'item').map((i) =>
        text(children(i, 'guid')[0]),
      ),
    ).toEqual(['art-019'])
    const empty = channelOf(toRssFeed([], { title: 'T', homePageUrl: SITE }))
    expect(children(empty, 'item')).toEqual([])
    expect(children(empty, 'lastBuildDate')).toEqual([])
    expect(text(children(empty, 'description')[0])).toBe('T')
  })

  it.each([
    ['articles not an array', {}, FEED, 'toRssFeed: articles must be an array, received object'],
    [
      'a feed without homePageUrl',
      [BASE],
      { title: 'T' },
      'toRssFeed: feed.homePageUrl is required (RSS needs the channel <link>)',
    ],
    [
      'a javascript: homePageUrl',
      [BASE],
      { title: 'T', homePageUrl: 'javascript:alert(1)' },
      'toRssFeed: feed.homePageUrl must be an absolute http(s) URL, received string "javascript:alert(1)"',
    ],
    [
      'a blank title',
      [BASE],
      { title: '  ', homePageUrl: SITE },
      'toRssFeed: feed.title must be a non-empty string, received string "  "',
    ],
  ])('throws INVALID_INPUT for %s', (_name, articles, feed, message) => {
    expect(() => toRssFeed(articles as never, feed as never)).toThrow(new CopydeskError('INVALID_INPUT', message))
  })
})
