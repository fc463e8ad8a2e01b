/**
 * What a story looks like outside its own page: datelines and share links, and the URL rules
 * they share. {@link formatDateline} shows "3 hours ago" while a story is fresh and the date after
 * (date-fns, any locale, any time zone); {@link shareLinks} builds the "Share this story" row for
 * X, Facebook, LinkedIn, Bluesky, Threads, Reddit, WhatsApp, Telegram, email and Mastodon;
 * {@link articleUrl} applies the canonical-URL rules (`canonicalUrl` wins over `baseUrl` +
 * permalink).
 *
 * @example
 * ```ts
 * import { articleUrl, formatDateline, shareLinks } from 'copydesk/teaser'
 * formatDateline('2026-11-24T06:00:00Z', { now: '2026-11-24T09:30:00Z' }) // '3 hours ago'
 * articleUrl({ slug: 'king-tide' }, { baseUrl: 'https://harborledger.example' })
 * // 'https://harborledger.example/king-tide/'
 * ```
 *
 * @module copydesk/teaser
 */
export { toTeaser, type ToTeaserOptions } from './toTeaser.js'
export { articleUrl, type ArticleUrlOptions, type ArticleUrlSource } from './articleUrl.js'
export { formatDateline, type DatelineLocale, type FormatDatelineOptions } from './formatDateline.js'
export {
  shareLinks,
  type ShareableArticle,
  type ShareLink,
  type ShareLinksOptions,
  type ShareNetwork,
  type ShareUtm,
} from './shareLinks.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
