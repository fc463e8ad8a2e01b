// Shared pieces of the output functions (JSON-LD, feeds, meta tags): input checks, URLs, dates,
// public tags and the one "short text" every output uses. Nothing here reads gated text: bodies
// go through readableHtml first.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { HTTP_URL_RE } from '../_internal/patterns.js'
import type { ArticleInput, AuthorInput, TagInput } from '../schema/types.js'
import { isRecord } from './_import.js'
import { readableHtml } from './_readable.js'
import { cutHtml, cutText } from './_text.js'

/**
 * Throws INVALID_INPUT unless `value` looks like an article: an object whose `id`, `slug`, `title`
 * and `html` are strings and whose `authors` (and `tags`, when present) are arrays of objects.
 * `where` names the argument in messages (`article`, `articles[3]`).
 */
export function assertArticle(fnName: string, value: unknown, where: string): asserts value is ArticleInput {
  if (!isRecord(value)) {
    throw new CopydeskError('INVALID_INPUT', `${fnName}: ${where} must be an article object, received ${describe(value)}`)
  }
  for (const key of ['id', 'slug', 'title', 'html'] as const) {
    if (typeof value[key] !== 'string') {
      throw new CopydeskError('INVALID_INPUT', `${fnName}: ${where}.${key} must be a string, received ${describe(value[key])}`)
    }
  }
  for (const key of ['authors', 'tags'] as const) {
    const list = value[key]
    if (key === 'tags' && list === undefined) continue
    if (!Array.isArray(list) || !list.every(isRecord)) {
      throw new CopydeskError('INVALID_INPUT', `${fnName}: ${where}.${key} must be an array of objects, received ${describe(list)}`)
    }
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or an absolute http(s) URL. */
export function checkUrlOption(fnName: string, name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !HTTP_URL_RE.test(value))) {
    throw new CopydeskError('INVALID_OPTIONS', `${fnName}: ${name} must be an absolute http(s) URL, received ${describe(value)}`)
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or an integer ≥ `min`. */
export function checkIntOption(fnName: string, name: string, value: unknown, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min)) {
    throw new CopydeskError('INVALID_OPTIONS', `${fnName}: ${name} must be an integer ≥ ${min}, received ${describe(value)}`)
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

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/**
 * Fills a permalink pattern: `:slug`, `:id` (URL-encoded), `:year`, `:month`, `:day` (from
 * `publishedAt`, UTC). Unknown `:words` stay as they are.
 */
export function fillPermalink(pattern: string, article: ArticleInput): string {
  const time = article.publishedAt === undefined ? Number.NaN : Date.parse(article.publishedAt)
  const date = Number.isNaN(time) ? undefined : new Date(time)
  const values: Record<string, string | undefined> = {
    slug: encodeURIComponent(article.slug),
    id: encodeURIComponent(article.id),
    year: date === undefined ? undefined : String(date.getUTCFullYear()),
    month: date === undefined ? undefined : pad(date.getUTCMonth() + 1),
    day: date === undefined ? undefined : pad(date.getUTCDate()),
  }
  return pattern.replace(/:(slug|id|year|month|day)\b/g, (whole, key: string) => values[key] ?? whole)
}

function joinUrl(base: string, path: string): string {
  return `${base.endsWith('/') ? base.slice(0, -1) : base}${path.startsWith('/') ? path : `/${path}`}`
}

/** The article's URL: `canonicalUrl`, else `baseUrl` + permalink, else `undefined`. */
export function articleUrl(article: ArticleInput, baseUrl: string | undefined, permalink: string): string | undefined {
  if (typeof article.canonicalUrl === 'string' && article.canonicalUrl !== '') return article.canonicalUrl
  return baseUrl === undefined ? undefined : joinUrl(baseUrl, fillPermalink(permalink, article))
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
 * The short plain text about an article, the same in every output: `customExcerpt`, else the
 * readable part up to `<!--more-->`; cut to `maxChars` graphemes at a word boundary with `…`.
 * Never gated text: the body is read through {@link readableHtml}.
 */
export function summaryText(article: ArticleInput, maxChars: number): string {
  const custom = typeof article.customExcerpt === 'string' ? article.customExcerpt.trim() : ''
  if (custom !== '') return cutText(custom, maxChars, article.language).text
  return cutHtml(readableHtml(article), maxChars, article.language)
}

/** The headline: the title as it is when it fits, else cut to `maxChars` at a word boundary with an ellipsis. */
export function headlineText(article: ArticleInput, maxChars: number): string {
  if (article.title.length <= maxChars) return article.title
  return cutText(article.title, maxChars, article.language).text
}
