/**
 * Posts in, structured data out. `fromGhostPost` and `fromWordPressPost` turn Ghost (Content or
 * Admin API) and WordPress (REST API `wp/v2/posts?_embed`) posts into validated articles;
 * `toJsonLd` / `toJsonLdScript` build schema.org `NewsArticle` JSON-LD, `toJsonFeed` and
 * `toRssFeed` build JSON Feed 1.1 and RSS 2.0, and `toMetaTags` the Open Graph and Twitter tags.
 * Gated articles (members-only, paid) contribute only their free part to every output.
 *
 * @example
 * ```ts
 * import { fromGhostPost, toJsonLdScript } from 'copydesk/formats'
 * const article = fromGhostPost(response.posts[0], { language: 'en' })
 * const script = toJsonLdScript(article, { publisher: { name: 'The Harbor Ledger' } })
 * // '<script type="application/ld+json">{"@context":"https://schema.org",…}</script>'
 * ```
 *
 * @module copydesk/formats
 */
export { fromGhostPost, type FromGhostPostOptions } from './fromGhostPost.js'
export { fromWordPressPost, type FromWordPressPostOptions } from './fromWordPressPost.js'
export {
  toJsonLd,
  type ToJsonLdOptions,
  type JsonLdPublisherInput,
  type NewsArticleJsonLd,
  type JsonLdImage,
  type JsonLdPerson,
  type JsonLdOrganization,
  type JsonLdPaywalledPart,
  type JsonLdLogoInput,
  type JsonLdWebPage,
} from './toJsonLd.js'
export { toJsonLdScript, type ToJsonLdScriptOptions } from './toJsonLdScript.js'
export {
  toJsonFeed,
  type ToJsonFeedOptions,
  type JsonFeed,
  type JsonFeedItem,
  type JsonFeedAuthor,
} from './toJsonFeed.js'
export { toRssFeed, type ToRssFeedOptions } from './toRssFeed.js'
export {
  toMetaTags,
  type ToMetaTagsOptions,
  type MetaTag,
  type MetaNameTag,
  type MetaPropertyTag,
  type CanonicalLinkTag,
} from './toMetaTags.js'
export type { FeedInfo, FeedOptions, FeedAuthor } from './_feed.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
