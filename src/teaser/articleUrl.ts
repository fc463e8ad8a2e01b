import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { HTTP_URL_RE } from '../_internal/patterns.js'
import { encode } from './_encode.js'

/**
 * The fields an article URL can be built from: a schema `Article` or `Teaser` fits, and so does
 * any object with a `slug`.
 */
export interface ArticleUrlSource {
  /** URL slug; fills `:slug`. */
  slug: string
  /** Stable identifier; fills `:id`. */
  id?: string | undefined
  /** Absolute canonical URL: when present it is the answer, whatever the options say. */
  canonicalUrl?: string | undefined
  /** An absolute URL already built (a `Teaser`'s `url`): used when there is no `baseUrl`. */
  url?: string | undefined
  /** First publication, ISO 8601; fills `:year`, `:month` and `:day` (in UTC). */
  publishedAt?: string | undefined
  /** Section slug or name; fills `:section`. */
  section?: string | undefined
  /** Tags in order; the first public one fills `:primary_tag`. */
  tags?:
    | readonly {
        /** Tag slug. */
        slug: string
        /** `'internal'` tags are skipped. */
        visibility?: string | undefined
      }[]
    | undefined
}

/** Options for {@link articleUrl}. */
export interface ArticleUrlOptions {
  /**
   * The site's absolute http(s) root, with or without a path (`https://example.com/news`) and
   * with or without a trailing slash; no query or fragment.
   * @defaultValue `undefined` (only `canonicalUrl` or `url` can give a URL)
   */
  baseUrl?: string | undefined
  /**
   * Path pattern after `baseUrl`, starting with `/` and holding `:slug` or `:id`. Tokens:
   * `:slug`, `:id`, `:year`, `:month`, `:day` (UTC, zero-padded, from `publishedAt`), `:section`
   * and `:primary_tag` (the first public tag's slug; both `all` when missing, as Ghost does).
   * Values are percent-encoded, so Unicode slugs give valid URLs.
   * @defaultValue `'/:slug/'` (Ghost's default)
   */
  permalink?: string | undefined
}

const TOKEN_RE = /:([a-z_]+)/g
const TOKENS: readonly string[] = ['slug', 'id', 'year', 'month', 'day', 'section', 'primary_tag']
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/

function fail(code: 'INVALID_INPUT' | 'INVALID_OPTIONS', what: string, value: unknown): never {
  throw new CopydeskError(code, `articleUrl: ${what}, received ${describe(value)}`)
}

function datePart(article: ArticleUrlSource, token: string): string {
  const published = article.publishedAt
  const date = typeof published === 'string' ? new Date(published) : undefined
  if (date === undefined || Number.isNaN(date.getTime()) || !ISO_DATE_RE.test(published as string)) {
    fail('INVALID_INPUT', `permalink uses :${token} but article.publishedAt is not an ISO 8601 date`, published)
  }
  if (token === 'year') return String(date.getUTCFullYear()).padStart(4, '0')
  if (token === 'month') return String(date.getUTCMonth() + 1).padStart(2, '0')
  return String(date.getUTCDate()).padStart(2, '0')
}

function tokenValue(article: ArticleUrlSource, token: string): string {
  switch (token) {
    case 'slug':
      return article.slug
    case 'id':
      if (typeof article.id !== 'string' || article.id === '')
        fail('INVALID_INPUT', 'permalink uses :id but article.id is missing', article.id)
      return article.id
    case 'section':
      return typeof article.section === 'string' && article.section !== '' ? article.section : 'all'
    case 'primary_tag': {
      const tag = Array.isArray(article.tags)
        ? article.tags.find((t) => t?.visibility !== 'internal' && typeof t?.slug === 'string')
        : undefined
      return tag?.slug ?? 'all'
    }
    default:
      return datePart(article, token)
  }
}

/**
 * The public URL of an article, by the canonical-URL rules: `article.canonicalUrl` wins; else
 * `baseUrl` joined with the `permalink` pattern (default `/:slug/`); else a ready `article.url`
 * (a `Teaser`'s); else `undefined`. {@link shareLinks} uses it, and so does the teaser
 * builder of this entry.
 *
 * @param article - A schema `Article` or `Teaser`, or any object with a `slug`.
 * @param options - `baseUrl` and `permalink`; see {@link ArticleUrlOptions}.
 * @returns The absolute URL, or `undefined` when there is neither a canonical URL, a `baseUrl`
 * nor a ready `url`.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `article` has no string `slug`, its
 * `canonicalUrl` or `url` is not an absolute http(s) URL, or the permalink needs a field it lacks
 * (`:year` without `publishedAt`); `INVALID_OPTIONS` for a bad `baseUrl` or `permalink`.
 *
 * @example
 * ```ts
 * articleUrl({ slug: 'king-tide' }, { baseUrl: 'https://harborledger.example' })
 * // 'https://harborledger.example/king-tide/'
 * articleUrl({ slug: 'king-tide', publishedAt: '2026-11-24T06:00:00Z' },
 *   { baseUrl: 'https://harborledger.example/news/', permalink: '/:year/:month/:slug/' })
 * // 'https://harborledger.example/news/2026/11/king-tide/'
 * articleUrl({ slug: 'king-tide', canonicalUrl: 'https://wire.example/king-tide' },
 *   { baseUrl: 'https://harborledger.example' })
 * // 'https://wire.example/king-tide'
 * articleUrl({ slug: '東京の天気' }, { baseUrl: 'https://example.com' })
 * // 'https://example.com/%E6%9D%B1%E4%BA%AC%E3%81%AE%E5%A4%A9%E6%B0%97/'
 * articleUrl({ slug: 'king-tide' }) // undefined
 * ```
 */
export function articleUrl(article: ArticleUrlSource, options?: ArticleUrlOptions): string | undefined {
  if (typeof article !== 'object' || article === null || typeof article.slug !== 'string' || article.slug === '') {
    fail('INVALID_INPUT', 'article must be an object with a non-empty string slug', article)
  }
  if (options !== undefined && (typeof options !== 'object' || options === null))
    fail('INVALID_OPTIONS', 'options must be an object', options)
  const { baseUrl, permalink = '/:slug/' } = options ?? {}
  if (baseUrl !== undefined && (typeof baseUrl !== 'string' || !HTTP_URL_RE.test(baseUrl) || /[?#]/.test(baseUrl))) {
    fail('INVALID_OPTIONS', 'options.baseUrl must be an absolute http(s) URL without query or fragment', baseUrl)
  }
  if (
    typeof permalink !== 'string' ||
    !permalink.startsWith('/') ||
    /[\s?#]/.test(permalink) ||
    !/:(slug|id)\b/.test(permalink)
  ) {
    fail('INVALID_OPTIONS', 'options.permalink must be a path starting with "/" that contains :slug or :id', permalink)
  }
  for (const [, token] of permalink.matchAll(TOKEN_RE)) {
    if (!TOKENS.includes(token!))
      fail(
        'INVALID_OPTIONS',
        `options.permalink has an unknown token :${token} (known: ${TOKENS.map((t) => `:${t}`).join(' ')})`,
        permalink,
      )
  }

  const { canonicalUrl, url } = article
  if (canonicalUrl !== undefined && canonicalUrl !== '') {
    if (typeof canonicalUrl !== 'string' || !HTTP_URL_RE.test(canonicalUrl))
      fail('INVALID_INPUT', 'article.canonicalUrl must be an absolute http(s) URL', canonicalUrl)
    return canonicalUrl
  }
  if (baseUrl !== undefined) {
    const path = permalink.replace(TOKEN_RE, (_, token: string) => encode(tokenValue(article, token)))
    return baseUrl.replace(/\/+$/, '') + path
  }
  if (url !== undefined && url !== '') {
    if (typeof url !== 'string' || !HTTP_URL_RE.test(url))
      fail('INVALID_INPUT', 'article.url must be an absolute http(s) URL', url)
    return url
  }
  return undefined
}
