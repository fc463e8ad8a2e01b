// What toJsonFeed and toRssFeed share: the feed description, its checks, and which articles go in.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { ArticleInput, ArticleStatus } from '../schema/types.js'
import { isRecord } from './_import.js'
import { HTTP_URL_RE } from '../_internal/patterns.js'
import { assertArticle, checkIntOption, checkOptionsObject, checkStringOption } from './_output.js'

/** An author of the whole feed. */
export interface FeedAuthor {
  /** Display name. */
  name: string
  /** The author's page. */
  url?: string | undefined
  /** Absolute URL of an avatar image. */
  avatar?: string | undefined
}

/** The feed itself (channel): its title and where it lives. */
export interface FeedInfo {
  /** Name of the feed, e.g. `'The Harbor Ledger'`. Required by JSON Feed and RSS. */
  title: string
  /**
   * Absolute URL of the site. Article URLs without `canonicalUrl` are built from it and the
   * `permalink` option. Required by {@link toRssFeed} (RSS's `<link>`).
   */
  homePageUrl?: string | undefined
  /** Absolute URL of the feed itself (JSON Feed `feed_url`, RSS `atom:link rel="self"`). */
  feedUrl?: string | undefined
  /** One or two sentences about the feed. */
  description?: string | undefined
  /** BCP 47 language of the feed. */
  language?: string | undefined
  /** Absolute URL of a square icon (JSON Feed `icon`, RSS `<image>`). */
  icon?: string | undefined
  /** Absolute URL of a small favicon (JSON Feed only). */
  favicon?: string | undefined
  /** Authors of the whole feed (JSON Feed only). */
  authors?: FeedAuthor[] | undefined
}

/** Options both feed functions take. */
export interface FeedOptions {
  /** Path pattern for article URLs under `homePageUrl`, as copydesk/teaser's `articleUrl`: starts with `/`, holds `:slug` or `:id`; tokens `:slug`, `:id`, `:year`, `:month`, `:day` (UTC), `:section`, `:primary_tag`. @defaultValue `'/:slug/'` */
  permalink?: string | undefined
  /** Path pattern of an author page under `homePageUrl` (`:slug`). @defaultValue `'/author/:slug/'` */
  authorPermalink?: string | undefined
  /**
   * Which articles go in. Drafts, scheduled and archived articles are left out by default so a
   * feed never announces a story before (or after) it is live.
   * @defaultValue `['published']`
   */
  statuses?: readonly ArticleStatus[] | undefined
  /** At most this many items, newest first. @defaultValue no limit */
  limit?: number | undefined
  /** Longest item summary / description in graphemes, ellipsis included; an integer ≥ 2 (0.1: `summaryMaxChars`). @defaultValue `300` */
  maxSummaryChars?: number | undefined
}

const STATUSES = ['draft', 'scheduled', 'published', 'archived']

/** Checks the feed description and the options; INVALID_INPUT / INVALID_OPTIONS. */
export function checkFeed(fn: string, feed: unknown, options: unknown, requireHome: boolean): asserts feed is FeedInfo {
  if (!isRecord(feed)) {
    throw new CopydeskError('INVALID_INPUT', `${fn}: feed must be an object with a title, received ${describe(feed)}`)
  }
  if (typeof feed['title'] !== 'string' || feed['title'].trim() === '') {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: feed.title must be a non-empty string, received ${describe(feed['title'])}`,
    )
  }
  if (requireHome && feed['homePageUrl'] === undefined) {
    throw new CopydeskError('INVALID_INPUT', `${fn}: feed.homePageUrl is required (RSS needs the channel <link>)`)
  }
  for (const key of ['homePageUrl', 'feedUrl', 'icon', 'favicon']) {
    const value = feed[key]
    if (value !== undefined && (typeof value !== 'string' || !HTTP_URL_RE.test(value))) {
      throw new CopydeskError(
        'INVALID_INPUT',
        `${fn}: feed.${key} must be an absolute http(s) URL, received ${describe(value)}`,
      )
    }
  }
  for (const key of ['description', 'language']) {
    if (feed[key] !== undefined && typeof feed[key] !== 'string') {
      throw new CopydeskError('INVALID_INPUT', `${fn}: feed.${key} must be a string, received ${describe(feed[key])}`)
    }
  }
  const authors = feed['authors']
  if (
    authors !== undefined &&
    (!Array.isArray(authors) || !authors.every((a) => isRecord(a) && typeof a['name'] === 'string'))
  ) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: feed.authors must be an array of { name, url?, avatar? }, received ${describe(authors)}`,
    )
  }
  checkOptionsObject(fn, options, { summaryMaxChars: 'maxSummaryChars' })
  const o = options as Record<string, unknown>
  checkStringOption(fn, 'options.permalink', o['permalink'])
  checkStringOption(fn, 'options.authorPermalink', o['authorPermalink'])
  checkIntOption(fn, 'options.limit', o['limit'], 0)
  checkIntOption(fn, 'options.maxSummaryChars', o['maxSummaryChars'], 2)
  const statuses = o['statuses']
  if (statuses !== undefined && (!Array.isArray(statuses) || !statuses.every((s) => STATUSES.includes(s as string)))) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.statuses must be an array of 'draft', 'scheduled', 'published', 'archived', received ${describe(statuses)}`,
    )
  }
}

function timeOf(article: ArticleInput): number {
  const time = article.publishedAt === undefined ? Number.NaN : Date.parse(article.publishedAt)
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time
}

/**
 * The articles that go in the feed: checked (INVALID_INPUT names `articles[i]`), filtered by
 * status (an article without `status` is a draft, as the schema's default), newest first by
 * `publishedAt` (ties keep input order; undated last), cut to `limit`.
 */
export function selectArticles(fn: string, articles: unknown, options: FeedOptions): ArticleInput[] {
  if (!Array.isArray(articles)) {
    throw new CopydeskError('INVALID_INPUT', `${fn}: articles must be an array, received ${describe(articles)}`)
  }
  const statuses = options.statuses ?? ['published']
  const picked: ArticleInput[] = []
  articles.forEach((article: unknown, index) => {
    assertArticle(fn, article, `articles[${index}]`)
    if (statuses.includes(article.status ?? 'draft')) picked.push(article)
  })
  const sorted = picked
    .map((article, index) => ({ article, index, time: timeOf(article) }))
    .sort((a, b) => (b.time === a.time ? a.index - b.index : b.time > a.time ? 1 : -1))
    .map((entry) => entry.article)
  return options.limit === undefined ? sorted : sorted.slice(0, options.limit)
}
