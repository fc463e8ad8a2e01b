import type { ArticleInput } from '../schema/types.js'
import { checkFeed, selectArticles, type FeedInfo, type FeedOptions } from './_feed.js'
import { articleUrl, objectOrUndefined, publicTags, summaryText } from './_output.js'
import { readableHtml } from '../readable/readable.js'
import { cdata, element, htmlEscape, xmlEscape } from './_xml.js'

/** Options for {@link toRssFeed}. */
export type ToRssFeedOptions = FeedOptions

const NAMESPACES =
  ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' +
  ' xmlns:atom="http://www.w3.org/2005/Atom"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
  ' xmlns:media="http://search.yahoo.com/mrss/"'

/** RFC 822 date (`Tue, 24 Nov 2026 06:00:00 GMT`), or undefined. */
function rfc822(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toUTCString()
}

function item(article: ArticleInput, home: string, permalink: string, maxSummaryChars: number): string {
  const parts: string[] = ['<item>', element('title', article.title)]
  const url = articleUrl('toRssFeed', article, home, permalink)
  if (url !== undefined) parts.push(element('link', url))
  parts.push(element('guid', article.id, ' isPermaLink="false"'))
  for (const author of article.authors) parts.push(element('dc:creator', String(author.name)))
  parts.push(element('pubDate', rfc822(article.publishedAt)))
  for (const tag of publicTags(article)) parts.push(element('category', tag.name))
  const summary = summaryText('toRssFeed', article, maxSummaryChars)
  // <description> is rendered as HTML by readers: the plain text is HTML-escaped, then XML-escaped.
  if (summary !== '') parts.push(element('description', htmlEscape(summary)))
  parts.push(`<content:encoded>${cdata(readableHtml(article))}</content:encoded>`)
  const feature = objectOrUndefined(article.featureImage)
  const image =
    feature !== undefined && typeof feature.url === 'string' ? feature.url : objectOrUndefined(article.seo)?.ogImage
  if (typeof image === 'string') parts.push(`<media:content url="${xmlEscape(image)}" medium="image"/>`)
  parts.push('</item>')
  return parts.join('')
}

/**
 * Builds an RSS 2.0 feed as a string of well-formed XML (UTF-8), with `content:encoded` for the
 * HTML, `dc:creator` for bylines, `media:content` for the image and an `atom:link rel="self"`.
 *
 * Only `published` articles go in by default (option `statuses`), newest first. Text goes through
 * XML escaping; characters XML 1.0 cannot carry (control characters, lone surrogates) are removed
 * or replaced with U+FFFD; `content:encoded` is a CDATA section in which `]]>` is split safely.
 * `<description>` holds the teaser text HTML-escaped (readers render it as HTML). As in
 * {@link toJsonFeed}, gated articles contribute only their free part. `lastBuildDate` is the
 * newest item's update time, so the output depends only on the input.
 *
 * @param articles - Parsed articles (or valid `ArticleInput`s), in any order.
 * @param feed - The channel; `title` and `homePageUrl` are required. See {@link FeedInfo}.
 * @param options - See {@link FeedOptions}.
 * @returns The RSS document.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `articles` is not an array of article-shaped
 *   objects or `feed` lacks `title` or `homePageUrl`; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * const xml = toRssFeed(
 *   [{ id: 'a1', slug: 'q-and-a', title: 'Q&A: tides ]]> surges', html: '<p>Text ]]> here.</p>',
 *      authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }], status: 'published',
 *      publishedAt: '2026-11-24T06:00:00Z' }],
 *   { title: 'The Harbor Ledger', homePageUrl: 'https://ledger.example', feedUrl: 'https://ledger.example/rss.xml' },
 * )
 * xml.includes('<title>Q&amp;A: tides ]]&gt; surges</title>')                    // true
 * xml.includes('<pubDate>Tue, 24 Nov 2026 06:00:00 GMT</pubDate>')               // true
 * xml.includes('<content:encoded><![CDATA[<p>Text ]]]]><![CDATA[> here.</p>]]>') // true
 * ```
 */
export function toRssFeed(articles: readonly ArticleInput[], feed: FeedInfo, options: ToRssFeedOptions = {}): string {
  const fn = 'toRssFeed'
  checkFeed(fn, feed, options, true)
  const selected = selectArticles(fn, articles, options)
  const { permalink = '/:slug/', maxSummaryChars = 300 } = options
  const home = feed.homePageUrl as string

  let newest: number | undefined
  for (const article of selected) {
    for (const value of [article.updatedAt, article.publishedAt]) {
      const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
      if (!Number.isNaN(time) && (newest === undefined || time > newest)) newest = time
    }
  }

  const channel: string[] = [
    element('title', feed.title),
    element('link', home),
    element('description', feed.description ?? feed.title),
  ]
  if (feed.language !== undefined) channel.push(element('language', feed.language))
  if (newest !== undefined) channel.push(element('lastBuildDate', new Date(newest).toUTCString()))
  if (feed.feedUrl !== undefined) {
    channel.push(`<atom:link href="${xmlEscape(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`)
  }
  if (feed.icon !== undefined) {
    channel.push(`<image>${element('url', feed.icon)}${element('title', feed.title)}${element('link', home)}</image>`)
  }
  for (const article of selected) channel.push(item(article, home, permalink, maxSummaryChars))
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<rss version="2.0"${NAMESPACES}>\n<channel>\n${channel.join('\n')}\n</channel>\n</rss>\n`
  )
}
