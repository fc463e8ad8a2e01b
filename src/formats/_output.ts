// Shared pieces of the output functions (JSON-LD, feeds, meta tags): input checks, URLs, dates,
// public tags and the one "short text" every output uses. Nothing here reads gated text: bodies
// go through readableHtml first.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { HTTP_URL_RE } from '../_internal/patterns.js'
import type { ArticleInput, AuthorInput, TagInput } from '../schema/types.js'
import { isRecord } from './_import.js'
import { readableHtml } from '../readable/readable.js'
import { cutText, localeOf } from './_text.js'
import { articleUrl as teaserArticleUrl, toTeaser, type ArticleUrlSource } from '../teaser/index.js'

/**
 * Throws INVALID_INPUT unless `value` looks like an article: an object whose `id`, `slug`, `title`
 * and `html` are strings and whose `authors` (and `tags`, when present) are arrays of objects.
 * `where` names the argument in messages (`article`, `articles[3]`).
 */
export function assertArticle(fnName: string, value: unknown, where: string): asserts value is ArticleInput {
  if (!isRecord(value)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fnName}: ${where} must be an article object, received ${describe(value)}`,
    )
  }
  for (const key of ['id', 'slug', 'title', 'html'] as const) {
    if (typeof value[key] !== 'string') {
      throw new CopydeskError(
        'INVALID_INPUT',
        `${fnName}: ${where}.${key} must be a string, received ${describe(value[key])}`,
      )
    }
  }
  for (const key of ['authors', 'tags'] as const) {
    const list = value[key]
    if (key === 'tags' && list === undefined) continue
    if (!Array.isArray(list) || !list.every(isRecord)) {
      throw new CopydeskError(
        'INVALID_INPUT',
        `${fnName}: ${where}.${key} must be an array of objects, received ${describe(list)}`,
      )
    }
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or an absolute http(s) URL. */
export function checkUrlOption(fnName: string, name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !HTTP_URL_RE.test(value))) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fnName}: ${name} must be an absolute http(s) URL, received ${describe(value)}`,
    )
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or an integer ≥ `min`. */
export function checkIntOption(fnName: string, name: string, value: unknown, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min)) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fnName}: ${name} must be an integer ≥ ${min}, received ${describe(value)}`,
    )
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or a string. */
export function checkStringOption(fnName: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') {
    throw new CopydeskError('INVALID_OPTIONS', `${fnName}: ${name} must be a string, received ${describe(value)}`)
  }
}

/** Throws INVALID_OPTIONS unless `options` is an object. */
export function checkOptionsObject(fnName: string, options: unknown, name: string = 'options'): void {
  if (!isRecord(options)) {
    throw new CopydeskError('INVALID_OPTIONS', `${fnName}: ${name} must be an object, received ${describe(options)}`)
  }
}

/**
 * The article's URL by copydesk/teaser's {@link articleUrl} rules (`canonicalUrl` wins, else
 * `baseUrl` + permalink with `:slug`, `:id`, `:year`, `:month`, `:day`, `:section`,
 * `:primary_tag`), so feeds, JSON-LD, meta tags, teasers and share links agree. A `null` or
 * non-string `canonicalUrl` counts as absent; errors are re-labelled with the calling function.
 */
export function articleUrl(
  fnName: string,
  article: ArticleInput,
  baseUrl: string | undefined,
  permalink: string,
): string | undefined {
  const source: ArticleUrlSource = { slug: article.slug, id: article.id }
  if (typeof article.canonicalUrl === 'string') source.canonicalUrl = article.canonicalUrl
  if (typeof article.publishedAt === 'string') source.publishedAt = article.publishedAt
  if (typeof article.section === 'string') source.section = article.section
  if (Array.isArray(article.tags)) source.tags = article.tags.filter((tag) => typeof tag.slug === 'string')
  try {
    return teaserArticleUrl(source, baseUrl === undefined ? { permalink } : { baseUrl, permalink })
  } catch (error) {
    if (!(error instanceof CopydeskError)) throw error
    throw new CopydeskError(error.code, `${fnName}: ${error.message.replace(/^articleUrl: /, '')}`, { cause: error })
  }
}

function joinUrl(base: string, path: string): string {
  return `${base.endsWith('/') ? base.slice(0, -1) : base}${path.startsWith('/') ? path : `/${path}`}`
}

/** An author's URL: their own `url`, else `baseUrl` + the author permalink (`:slug`). */
export function authorUrl(author: AuthorInput, baseUrl: string | undefined, pattern: string): string | undefined {
  if (typeof author.url === 'string' && author.url !== '') return author.url
  if (baseUrl === undefined || typeof author.slug !== 'string') return undefined
  return joinUrl(baseUrl, pattern.replace(/:slug\b/g, encodeURIComponent(author.slug)))
}

/** A typed optional object (image, seo) that is really an object at runtime. */
export function objectOrUndefined<T extends object>(value: T | undefined): T | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined
}

/** Tags a reader may see: not `internal`, and not named `#…` (Ghost's convention for internal tags). */
export function publicTags(article: ArticleInput): TagInput[] {
  return (article.tags ?? []).filter(
    (tag) => tag.visibility !== 'internal' && typeof tag.name === 'string' && !tag.name.startsWith('#'),
  )
}

/** A date in UTC `…Z` (RFC 3339), or `undefined` when missing or unparseable. */
export function utc(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/**
 * The short plain text about an article, the same in every output: copydesk/teaser's
 * {@link toTeaser} excerpt (`customExcerpt`, else the text before `<!--more-->`, else an automatic
 * excerpt) cut to `maxChars` graphemes. The teaser is given only the readable part (see
 * {@link readableHtml}, which also drops Ghost's gated blocks), so gated text cannot reach it.
 */
export function summaryText(article: ArticleInput, maxChars: number): string {
  const readable: ArticleInput = {
    id: article.id,
    slug: article.slug,
    title: article.title,
    html: readableHtml(article),
    authors: [],
  }
  if (typeof article.customExcerpt === 'string') readable.customExcerpt = article.customExcerpt
  const locale = localeOf(article.language)
  if (locale !== undefined) readable.language = locale
  return toTeaser(readable, { maxChars }).excerpt
}

/** The headline: the title as it is when it fits, else cut to `maxChars` at a word boundary with an ellipsis. */
export function headlineText(article: ArticleInput, maxChars: number): string {
  if (article.title.length <= maxChars) return article.title
  return cutText(article.title, maxChars, article.language).text
}
