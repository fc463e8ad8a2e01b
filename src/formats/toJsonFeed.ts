import type { ArticleInput } from '../schema/types.js'
import { checkFeed, selectArticles, type FeedInfo, type FeedOptions } from './_feed.js'
import { articleUrl, objectOrUndefined, authorUrl, publicTags, summaryText, utc } from './_output.js'
import { readableHtml } from '../readable/readable.js'

/** Options for {@link toJsonFeed}. */
export type ToJsonFeedOptions = FeedOptions

/** An author in a JSON Feed (`authors[]`). */
export interface JsonFeedAuthor {
  /** Display name. */
  name: string
  /** The author's page. */
  url?: string
  /** Absolute URL of an avatar image. */
  avatar?: string
}

/** One JSON Feed 1.1 item. */
export interface JsonFeedItem {
  /** The article's `id` (stable across edits and slug changes, as JSON Feed asks). */
  id: string
  /** The article's URL, when known. */
  url?: string
  /** Title, plain text. */
  title: string
  /** The teaser text: plain text, never gated. */
  summary?: string
  /** The readable part as HTML: the whole body of a public article, the free part of a gated one. */
  content_html: string
  /** Feature image, else the Open Graph image. */
  image?: string
  /** First publication, RFC 3339 (UTC). */
  date_published?: string
  /** Last update, RFC 3339 (UTC). */
  date_modified?: string
  /** Bylines. */
  authors: JsonFeedAuthor[]
  /** Public tag names. */
  tags?: string[]
  /** BCP 47 language. */
  language?: string
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  /** Always `'https://jsonfeed.org/version/1.1'`. */
  version: 'https://jsonfeed.org/version/1.1'
  /** Name of the feed. */
  title: string
  /** The site. */
  home_page_url?: string
  /** The feed itself. */
  feed_url?: string
  /** About the feed. */
  description?: string
  /** Square icon. */
  icon?: string
  /** Small favicon. */
  favicon?: string
  /** Feed authors. */
  authors?: JsonFeedAuthor[]
  /** Language of the feed. */
  language?: string
  /** The items, newest first. */
  items: JsonFeedItem[]
}

/**
 * Builds a JSON Feed 1.1 document (serve it as `application/feed+json`).
 *
 * Only `published` articles go in by default (option `statuses`), newest first. Each item's
 * `content_html` is the readable part only: the whole body of a public article, the free part of a
 * members-only or paid one (`freeHtml`, or the HTML before `<!--members-only-->`, or `''`), so
 * gated text never reaches a feed reader. `summary` is the same teaser text as the JSON-LD
 * `description`; `tags` are public tags only; dates are RFC 3339 in UTC.
 *
 * @param articles - Parsed articles (or valid `ArticleInput`s), in any order.
 * @param feed - The feed's title and URLs; see {@link FeedInfo}.
 * @param options - See {@link FeedOptions}.
 * @returns The JSON Feed object; `JSON.stringify` it.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `articles` is not an array of article-shaped
 *   objects or `feed` lacks a title; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * const feed = toJsonFeed(
 *   [{ id: 'a1', slug: 'king-tide', title: 'King tide floods the harbor road', html: '<p>Water rose.</p>',
 *      authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }], status: 'published',
 *      publishedAt: '2026-11-24T08:00:00+02:00' }],
 *   { title: 'The Harbor Ledger', homePageUrl: 'https://ledger.example', feedUrl: 'https://ledger.example/feed.json' },
 * )
 * feed.version                   // 'https://jsonfeed.org/version/1.1'
 * feed.items[0]?.url             // 'https://ledger.example/king-tide/'
 * feed.items[0]?.summary         // 'Water rose.'
 * feed.items[0]?.date_published  // '2026-11-24T06:00:00.000Z'
 * feed.items[0]?.authors         // [{ name: 'Omar Ali', url: 'https://ledger.example/author/omar-ali/' }]
 * ```
 */
export function toJsonFeed(
  articles: readonly ArticleInput[],
  feed: FeedInfo,
  options: ToJsonFeedOptions = {},
): JsonFeed {
  const fn = 'toJsonFeed'
  checkFeed(fn, feed, options, false)
  const selected = selectArticles(fn, articles, options)
  const { permalink = '/:slug/', authorPermalink = '/author/:slug/', maxSummaryChars = 300 } = options
  const home = feed.homePageUrl

  const out: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1', title: feed.title }
  if (home !== undefined) out['home_page_url'] = home
  if (feed.feedUrl !== undefined) out['feed_url'] = feed.feedUrl
  if (feed.description !== undefined) out['description'] = feed.description
  if (feed.icon !== undefined) out['icon'] = feed.icon
  if (feed.favicon !== undefined) out['favicon'] = feed.favicon
  if (feed.authors !== undefined && feed.authors.length > 0) {
    out['authors'] = feed.authors.map((author) => {
      const entry: JsonFeedAuthor = { name: String(author.name) }
      if (author.url !== undefined) entry.url = author.url
      if (author.avatar !== undefined) entry.avatar = author.avatar
      return entry
    })
  }
  if (feed.language !== undefined) out['language'] = feed.language

  out['items'] = selected.map((article): JsonFeedItem => {
    const item: Record<string, unknown> = { id: article.id }
    const url = articleUrl(fn, article, home, permalink)
    if (url !== undefined) item['url'] = url
    item['title'] = article.title
    const summary = summaryText(fn, article, maxSummaryChars)
    if (summary !== '') item['summary'] = summary
    item['content_html'] = readableHtml(article)
    const feature = objectOrUndefined(article.featureImage)
    const image =
      feature !== undefined && typeof feature.url === 'string' ? feature.url : objectOrUndefined(article.seo)?.ogImage
    if (typeof image === 'string') item['image'] = image
    const published = utc(article.publishedAt)
    if (published !== undefined) item['date_published'] = published
    const modified = utc(article.updatedAt)
    if (modified !== undefined) item['date_modified'] = modified
    item['authors'] = article.authors.map((author) => {
      const entry: JsonFeedAuthor = { name: String(author.name) }
      const authorPage = authorUrl(author, home, authorPermalink)
      if (authorPage !== undefined) entry.url = authorPage
      if (typeof author.avatarUrl === 'string') entry.avatar = author.avatarUrl
      return entry
    })
    const tags = publicTags(article).map((tag) => tag.name)
    if (tags.length > 0) item['tags'] = tags
    item['language'] = typeof article.language === 'string' && article.language !== '' ? article.language : 'en'
    return item as unknown as JsonFeedItem
  })
  return out as unknown as JsonFeed
}
