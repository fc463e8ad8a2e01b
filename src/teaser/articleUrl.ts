import { buildArticleUrl } from './_url.js'
import type { ArticleUrlOptions, ArticleUrlSource } from './types.js'

export type { ArticleUrlOptions, ArticleUrlSource } from './types.js'

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
  return buildArticleUrl('articleUrl', article, options)
}
