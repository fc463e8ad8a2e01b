// How copydesk builds an article's URL (articleUrl, toTeaser, shareLinks and every output of
// copydesk/formats): `fn` is the public function the user called, so every refusal names it.
import { checkOptions, checkRecord, refuse } from '../_internal/check.js'
import { HTTP_URL_RE } from '../_internal/patterns.js'
import type { ArticleUrlOptions, ArticleUrlSource } from './types.js'
import { encode } from './_encode.js'

const TOKEN_RE = /:([a-z_]+)/g
const TOKEN_TEST_RE = /:(?:slug|id)\b/
const TOKENS: readonly string[] = ['slug', 'id', 'year', 'month', 'day', 'section', 'primary_tag']
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}/

function trimSlashes(url: string): string {
  let end = url.length
  while (end > 0 && url.charCodeAt(end - 1) === 47) end--
  return url.slice(0, end)
}

function datePart(fn: string, article: ArticleUrlSource, token: string): string {
  const published = article.publishedAt
  const date = typeof published === 'string' ? new Date(published) : undefined
  if (date === undefined || Number.isNaN(date.getTime()) || !ISO_DATE_RE.test(published as string)) {
    throw refuse(
      fn,
      'INVALID_INPUT',
      'article.publishedAt',
      `an ISO 8601 date (options.permalink uses :${token})`,
      published,
    )
  }
  if (token === 'year') return String(date.getUTCFullYear()).padStart(4, '0')
  if (token === 'month') return String(date.getUTCMonth() + 1).padStart(2, '0')
  return String(date.getUTCDate()).padStart(2, '0')
}

function tokenValue(fn: string, article: ArticleUrlSource, token: string): string {
  switch (token) {
    case 'slug':
      return article.slug
    case 'id':
      if (typeof article.id !== 'string' || article.id === '')
        throw refuse(fn, 'INVALID_INPUT', 'article.id', 'a non-empty string (options.permalink uses :id)', article.id)
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
      return datePart(fn, article, token)
  }
}

/** `articleUrl` with refusals that start with `fn`. */
export function buildArticleUrl(fn: string, article: ArticleUrlSource, options: unknown): string | undefined {
  checkRecord(fn, article, 'article')
  if (typeof article.slug !== 'string' || article.slug === '') {
    throw refuse(fn, 'INVALID_INPUT', 'article.slug', 'a non-empty string', article.slug)
  }
  const o = checkOptions<ArticleUrlOptions>(fn, options)
  const baseUrl = o.baseUrl
  const permalink = o.permalink ?? '/:slug/'
  if (baseUrl !== undefined && (typeof baseUrl !== 'string' || !HTTP_URL_RE.test(baseUrl) || /[?#]/.test(baseUrl))) {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.baseUrl', 'an absolute http(s) URL without query or fragment', baseUrl)
  }
  if (
    typeof permalink !== 'string' ||
    !permalink.startsWith('/') ||
    /[\s?#]/.test(permalink) ||
    !TOKEN_TEST_RE.test(permalink)
  ) {
    throw refuse(
      fn,
      'INVALID_OPTIONS',
      'options.permalink',
      'a path starting with "/" that contains :slug or :id',
      permalink,
    )
  }
  for (const [, token] of permalink.matchAll(TOKEN_RE)) {
    if (!TOKENS.includes(token!))
      throw refuse(
        fn,
        'INVALID_OPTIONS',
        'options.permalink',
        `a pattern of known tokens (${TOKENS.map((t) => `:${t}`).join(' ')}), not :${token}`,
        permalink,
      )
  }

  const { canonicalUrl, url } = article
  if (canonicalUrl !== undefined && canonicalUrl !== '') {
    if (typeof canonicalUrl !== 'string' || !HTTP_URL_RE.test(canonicalUrl))
      throw refuse(fn, 'INVALID_INPUT', 'article.canonicalUrl', 'an absolute http(s) URL', canonicalUrl)
    return canonicalUrl
  }
  if (baseUrl !== undefined) {
    const path = permalink.replace(TOKEN_RE, (_, token: string) => encode(tokenValue(fn, article, token)))
    return trimSlashes(baseUrl) + path
  }
  if (url !== undefined && url !== '') {
    if (typeof url !== 'string' || !HTTP_URL_RE.test(url))
      throw refuse(fn, 'INVALID_INPUT', 'article.url', 'an absolute http(s) URL', url)
    return url
  }
  return undefined
}
