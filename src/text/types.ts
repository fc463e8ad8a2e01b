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

/**
 * The result of `excerpt`.
 *
 * @example
 * ```ts
 * const result: ExcerptResult = excerpt('<p>Lead.</p><!--more--><p>Body.</p>')
 * // { text: 'Lead.', truncated: true, stoppedAt: 'more' }
 * ```
 */
export interface ExcerptResult {
  /** The excerpt: plain text on one line, well-formed UTF-16, without tags or entities. */
  text: string
  /**
   * `true` whenever readable text is left out: a limit cut the text (the ellipsis is then
   * appended, unless a sentence ended), or `<!--more-->` ended it and text follows the marker.
   * Text after `<!--members-only-->` is not readable, so it never makes an excerpt truncated.
   */
  truncated: boolean
  /**
   * Present when the text ended at a marker comment before any limit was reached, so `text` is
   * the whole part before it: `'more'` for `<!--more-->`, `'members-only'` for the paywall.
   */
  stoppedAt?: TextMarker | undefined
}

/**
 * The result of `readingTime`.
 *
 * @example
 * ```ts
 * const result: ReadingTimeResult = readingTime('<p>' + 'word '.repeat(950) + '</p><img src="a.jpg">')
 * // { minutes: 4, words: 950, images: 1, iso8601: 'PT4M' }
 * ```
 */
export interface ReadingTimeResult {
  /** Whole minutes, rounded to nearest; at least 1 whenever there is a word (or a timed image), 0 otherwise. */
  minutes: number
  /** Words, counted as `countWords` counts them. */
  words: number
  /** Images counted: `<img>` elements outside dropped content (0 in text format), plus `extraImages`. */
  images: number
  /** The minutes as an ISO 8601 duration for schema.org `timeRequired`, e.g. `'PT4M'`. */
  iso8601: string
}
