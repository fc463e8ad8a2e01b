import { cutExcerpt } from './_excerpt.js'
import type { ExcerptResult, TextFormat } from './types.js'

export type { ExcerptResult } from './types.js'

/** Options of {@link excerpt}. With no limit at all, `maxWords: 50` applies. */
export interface ExcerptOptions {
  /**
   * `'html'`: the input is HTML, read as {@link htmlToText} reads it. `'text'`: plain text, taken
   * literally (no entities, `<` is a character); a blank line is a paragraph boundary.
   * @defaultValue `'html'`
   */
  format?: TextFormat | undefined
  /**
   * Longest result in grapheme clusters (user-perceived characters: `👩‍👩‍👧`, `🇯🇵`, `é`, `नि`
   * count one each), the ellipsis included. An integer greater than the ellipsis' length. When
   * it is not given, a safety cap applies that ordinary text never reaches — the largest of
   * 1,000, 40 × `maxWords` and 400 × `maxSentences` — so a 1 MB "word" or run-on "sentence" is
   * cut like any over-long text instead of coming back whole.
   * @defaultValue the safety cap
   */
  maxChars?: number | undefined
  /**
   * Most words kept: whitespace-separated tokens with a letter or digit; in Chinese, Japanese,
   * Thai, Lao, Khmer and Myanmar the words of `Intl.Segmenter`. A positive integer.
   * @defaultValue `50` when no limit is given, else no limit
   */
  maxWords?: number | undefined
  /**
   * Most sentences kept (`Intl.Segmenter` sentences; a block boundary always ends one; "Mr.",
   * "Dr.", "U.S.", initials and similar abbreviations never do). A positive integer. Given
   * @defaultValue no limit
   */
  maxSentences?: number | undefined
  /**
   * Appended when the text was cut (not when the cut text already ends a sentence). Must be
   * well-formed UTF-16.
   * @defaultValue `'…'`
   */
  ellipsis?: string | undefined
  /**
   * BCP 47 language of the text, for `Intl.Segmenter` words and sentences.
   * @defaultValue `'en'`
   */
  locale?: string | undefined
  /**
   * End the excerpt at a `<!--more-->` comment (html format). `<!--members-only-->` always ends
   * it, so gated text can never leak into an excerpt.
   * @defaultValue `true`
   */
  stopAtMore?: boolean | undefined
  /**
   * Extra elements whose content is dropped (html format), e.g. `['figcaption', 'aside']`.
   * @defaultValue `[]`
   */
  skip?: readonly string[] | undefined
}

/**
 * Cuts a teaser-sized excerpt from HTML or plain text, correctly in every script.
 *
 * The text is read as by {@link htmlToText} (one line: `<br>` and `<pre>` become spaces) and cut
 * by the tightest of `maxChars`, `maxWords` and `maxSentences`: at a word boundary (the last
 * space before the end of a `maxChars` budget however far back, or an `Intl.Segmenter` word
 * boundary in CJK and Thai; inside a word only when the first word alone is longer than the
 * budget), never inside a grapheme cluster
 * (ZWJ emoji, flags, combining marks, Hangul, Devanagari, Thai). Trailing spaces and
 * `, ; : – — (` are stripped before the ellipsis; there is no ellipsis when nothing was cut, nor
 * after a cut that ends a sentence. Reading stops as soon as the limits are decided, so the cost
 * does not grow with the article. See `docs/text.md` for every rule.
 *
 * @param input - HTML (default) or plain text.
 * @param options - Limits, ellipsis, language, markers; see {@link ExcerptOptions}.
 * @returns `{ text, truncated }`, plus `stoppedAt` when a marker ended the text;
 * `{ text: '', truncated: false }` for empty input.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `input` is not a string; `INVALID_OPTIONS`
 * when an option has the wrong type or value (e.g. `maxChars` not above the ellipsis length).
 *
 * @example
 * ```ts
 * excerpt('<p>From chalk cliffs to the harbor, the storm left its mark.</p>', { maxChars: 24 })
 * // { text: 'From chalk cliffs to…', truncated: true }
 * excerpt('<p>Mr. Ali met Dr. Chen in the U.S. capital. Then they left.</p>', { maxSentences: 1 })
 * // { text: 'Mr. Ali met Dr. Chen in the U.S. capital.', truncated: true }
 * excerpt('From charity to chaos in one week', { format: 'text', maxChars: 12 })
 * // { text: 'From…', truncated: true }
 * excerpt('<p>Short intro.</p><!--more--><p>The rest.</p>')
 * // { text: 'Short intro.', truncated: true, stoppedAt: 'more' }
 * excerpt('<p>Billie Eilish</a></p><p>are back</p>', { maxWords: 2 })
 * // { text: 'Billie Eilish…', truncated: true }
 * ```
 */
export function excerpt(input: string, options?: ExcerptOptions): ExcerptResult {
  return cutExcerpt('excerpt', input, options)
}
