/**
 * How copydesk/text reads its input: `'html'` (tags dropped, entities decoded, blocks spaced) or
 * `'text'` (plain text, every character taken literally).
 *
 * @example
 * ```ts
 * const format: TextFormat = 'text'
 * excerpt('Fish & chips <3', { format }) // { text: 'Fish & chips <3', truncated: false }
 * ```
 */
export type TextFormat = 'html' | 'text'

/**
 * A comment marker that ends the readable part of an article: `'more'` for `<!--more-->`
 * (WordPress, Ghost; `<!--more Read on-->` too) and `'members-only'` for Ghost's paywall marker
 * `<!--members-only-->`.
 *
 * @example
 * ```ts
 * const marker: TextMarker | undefined = excerpt('<p>Lead.</p><!--more--><p>Body.</p>').stoppedAt // 'more'
 * ```
 */
export type TextMarker = 'more' | 'members-only'
