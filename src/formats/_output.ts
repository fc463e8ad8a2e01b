// Shared pieces of the output functions (JSON-LD, feeds, meta tags): input checks, URLs, dates,
// public tags and the one "short text" every output uses. Nothing here reads gated text: bodies
// go through readableHtml first.
import { checkOptions, isRecord, refuse } from '../_internal/check.js'
import { HTTP_URL_RE } from '../_internal/patterns.js'
import type { ArticleInput, AuthorInput, TagInput } from '../schema/types.js'
import { readableHtml } from '../readable/readable.js'
import { cutExcerpt } from '../text/_excerpt.js'
import { cutText, localeOf } from './_text.js'
import type { ArticleUrlSource } from '../teaser/index.js'
import { buildArticleUrl } from '../teaser/_url.js'

const STRING_FIELDS = [
  'subtitle',
  'customExcerpt',
  'freeHtml',
  'section',
  'language',
  'status',
  'access',
  'publishedAt',
  'updatedAt',
  'canonicalUrl',
] as const

function checkStrings(fn: string, record: Record<string, unknown>, where: string, keys: readonly string[]): void {
  for (const key of keys) {
    const value = record[key]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw refuse(fn, 'INVALID_INPUT', `${where}.${key}`, 'a string, null or absent', value)
    }
  }
}

function checkList(
  fn: string,
  value: unknown,
  where: string,
  each: (item: Record<string, unknown>, at: string) => void,
): void {
  if (!Array.isArray(value)) throw refuse(fn, 'INVALID_INPUT', where, 'an array of objects', value)
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (!isRecord(item)) throw refuse(fn, 'INVALID_INPUT', `${where}[${i}]`, 'an object', item)
    each(item, `${where}[${i}]`)
  }
}

/**
 * Throws INVALID_INPUT unless `value` looks like an article in every field the outputs read:
 * `id`, `slug`, `title` and `html` strings; `authors` an array of objects each with a string (or
 * finite number) `name` and string `slug`, `url`, `avatarUrl` when present; `tags`, when present,
 * an array of objects (a tag without a string name is not shown); `featureImage` and `seo`
 * objects when present; every other text field a string when present. `null` counts as absent
 * in optional fields. `where` names the argument in messages (`article`, `articles[3]`), so a value that
 * cannot become a string is refused with its place instead of throwing a foreign error.
 */
export function assertArticle(fnName: string, value: unknown, where: string): asserts value is ArticleInput {
  if (!isRecord(value)) throw refuse(fnName, 'INVALID_INPUT', where, 'an article object', value)
  for (const key of ['id', 'slug', 'title', 'html'] as const) {
    if (typeof value[key] !== 'string') throw refuse(fnName, 'INVALID_INPUT', `${where}.${key}`, 'a string', value[key])
  }
  checkStrings(fnName, value, where, STRING_FIELDS)
  checkList(fnName, value['authors'], `${where}.authors`, (author, at) => {
    const name = author['name']
    if (typeof name !== 'string' && !(typeof name === 'number' && Number.isFinite(name))) {
      throw refuse(fnName, 'INVALID_INPUT', `${at}.name`, 'a string', name)
    }
    checkStrings(fnName, author, at, ['slug', 'url', 'avatarUrl'])
  })
  if (value['tags'] !== undefined) {
    checkList(fnName, value['tags'], `${where}.tags`, (tag, at) =>
      checkStrings(fnName, tag, at, ['slug', 'visibility']),
    )
  }
  for (const key of ['featureImage', 'seo'] as const) {
    const field = value[key]
    if (field === undefined || field === null) continue
    if (!isRecord(field)) throw refuse(fnName, 'INVALID_INPUT', `${where}.${key}`, 'an object when present', field)
    checkStrings(
      fnName,
      field,
      `${where}.${key}`,
      key === 'seo' ? ['metaTitle', 'metaDescription', 'ogImage'] : ['url', 'alt', 'caption'],
    )
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or an absolute http(s) URL. */
export function checkUrlOption(fnName: string, name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !HTTP_URL_RE.test(value))) {
    throw refuse(fnName, 'INVALID_OPTIONS', name, 'an absolute http(s) URL', value)
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or an integer ≥ `min`. */
export function checkIntOption(fnName: string, name: string, value: unknown, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min)) {
    throw refuse(fnName, 'INVALID_OPTIONS', name, `an integer ≥ ${min}`, value)
  }
}

/** Throws INVALID_OPTIONS unless `value` is undefined or a string. */
export function checkStringOption(fnName: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') {
    throw refuse(fnName, 'INVALID_OPTIONS', name, 'a string', value)
  }
}

/**
 * The options object (INVALID_OPTIONS for an array, `null` or a non-object), refusing the 0.1
 * names of renamed options with their new name: `renamed` maps old → new.
 */
export function checkOptionsObject(
  fnName: string,
  options: unknown,
  renamed: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  const o = checkOptions<Record<string, unknown>>(fnName, options) as Record<string, unknown>
  for (const old of Object.keys(renamed)) {
    if (o[old] !== undefined) {
      throw refuse(fnName, 'INVALID_OPTIONS', `options.${old}`, `absent: it is now options.${renamed[old]}`, o[old])
    }
  }
  return o
}

/**
 * The article's URL by copydesk/teaser's {@link articleUrl} rules (`canonicalUrl` wins, else
 * `baseUrl` + permalink with `:slug`, `:id`, `:year`, `:month`, `:day`, `:section`,
 * `:primary_tag`), so feeds, JSON-LD, meta tags, teasers and share links agree; refusals name
 * the calling function.
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
  return buildArticleUrl(fnName, source, { baseUrl, permalink })
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
 * The short plain text about an article, the same in every output and the same as
 * copydesk/teaser's `toTeaser` excerpt: `customExcerpt` when not blank, else the readable part
 * (see {@link readableHtml}, which also drops Ghost's gated blocks) up to `<!--more-->`, cut to
 * `maxChars` graphemes. Only the readable part is read, so gated text cannot reach it.
 */
export function summaryText(fn: string, article: ArticleInput, maxChars: number): string {
  const locale = localeOf(article.language) ?? 'en'
  if (typeof article.customExcerpt === 'string' && article.customExcerpt.trim() !== '') {
    return cutExcerpt(fn, article.customExcerpt, { format: 'text', maxChars, locale }).text
  }
  return cutExcerpt(fn, readableHtml(article), { maxChars, locale }).text
}

/** The headline: the title as it is when it fits, else cut to `maxChars` at a word boundary with an ellipsis. */
export function headlineText(article: ArticleInput, maxChars: number): string {
  if (article.title.length <= maxChars) return article.title
  return cutText(article.title, maxChars, article.language).text
}
