import { CopydeskError } from '../errors.js'
import { advanceGraphemes, graphemeLength } from '../_internal/graphemes.js'
import { TextReader } from '../_internal/htmlReader.js'
import { STOP_MEMBERS, STOP_MORE } from '../_internal/htmlWalker.js'
import { backOff, finishCut, sentenceCut, wordCut } from './_cut.js'
import {
  assertString,
  booleanOption,
  ellipsisOption,
  formatOption,
  intOption,
  localeOption,
  optionsObject,
  skipOption,
} from './_options.js'
import type { TextFormat, TextMarker } from './types.js'

/** The `maxChars` that applies when none is given (or 40 per word, 400 per sentence if more). */
const SAFETY_CHARS = 1000

/**
 * Whether readable text follows the `<!--more-->` that stopped `reader`: the story goes on (text
 * after `<!--members-only-->` is not readable, so it does not count). Reads up to the first
 * character of text, linear in the markup before it.
 */
function textAfter(reader: TextReader, input: string, skip: ReadonlySet<string> | undefined): boolean {
  const rest = new TextReader(input, { html: true, lines: false, stops: STOP_MEMBERS, skip })
  rest.pos = reader.pos
  if (rest.pos >= input.length) return false
  rest.read(1)
  return rest.text.length > 0
}

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

/** The result of {@link excerpt}. */
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
  const fn = 'excerpt'
  assertString(fn, input)
  const o = optionsObject<ExcerptOptions>(fn, options)
  const html = formatOption(fn, o.format) === 'html'
  const maxChars = intOption(fn, 'maxChars', o.maxChars, 1)
  let maxWords = intOption(fn, 'maxWords', o.maxWords, 1)
  const maxSentences = intOption(fn, 'maxSentences', o.maxSentences, 1)
  const ellipsis = ellipsisOption(fn, o.ellipsis)
  const locale = localeOption(fn, o.locale)
  const stops = (booleanOption(fn, 'stopAtMore', o.stopAtMore) ?? true) ? STOP_MORE | STOP_MEMBERS : STOP_MEMBERS
  const skip = skipOption(fn, o.skip)
  if (maxChars === undefined && maxWords === undefined && maxSentences === undefined) maxWords = 50
  const ell = graphemeLength(ellipsis)
  if (maxChars !== undefined && maxChars <= ell) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.maxChars (${maxChars}) must be greater than the ellipsis length in graphemes (${ell})`,
    )
  }
  // Without maxChars, a safety cap that ordinary text never reaches: a 1 MB "word" or run-on
  // "sentence" is cut like any over-long text instead of coming back whole.
  const chars = maxChars ?? Math.max(SAFETY_CHARS, (maxWords ?? 0) * 40, (maxSentences ?? 0) * 400)

  const reader = new TextReader(input, { html, lines: false, stops, skip })
  let target = Math.min(
    maxChars === undefined ? Number.POSITIVE_INFINITY : maxChars + 64,
    maxWords === undefined ? Number.POSITIVE_INFINITY : maxWords * 8 + 64,
    maxSentences === undefined ? Number.POSITIVE_INFINITY : maxSentences * 250 + 64,
  )
  for (; ; target *= 2) {
    const complete = reader.read(target)
    const s = reader.text
    // Where the text must end for the ellipsis to fit, if the text is longer than `chars`.
    let budget = Number.POSITIVE_INFINITY
    let charsOpen = false
    const over = advanceGraphemes(s, 0, chars)
    if (over >= 0 && over < s.length) budget = advanceGraphemes(s, 0, chars - ell)
    else charsOpen = !complete
    const words = maxWords === undefined ? Number.POSITIVE_INFINITY : wordCut(s, maxWords, locale, complete, budget)
    if (words === undefined) continue
    const sentences =
      maxSentences === undefined
        ? Number.POSITIVE_INFINITY
        : sentenceCut(s, reader.blocks, maxSentences, locale, complete, Math.min(budget, words))
    if (sentences === undefined) continue
    let cut = Math.min(words, sentences)
    if (cut === Number.POSITIVE_INFINITY) {
      if (budget !== Number.POSITIVE_INFINITY) cut = backOff(s, budget, locale)
      else if (charsOpen) continue
      else if (reader.marker === undefined) return { text: s, truncated: false }
      else
        return {
          text: s,
          truncated: reader.marker === 'more' && textAfter(reader, input, skip),
          stoppedAt: reader.marker,
        }
    } else {
      // A word or sentence cut still has to leave room for the ellipsis.
      const room = budget !== Number.POSITIVE_INFINITY ? budget : advanceGraphemes(s, 0, chars - ell)
      if (room >= 0 && room < cut) cut = backOff(s, room, locale)
    }
    return { text: finishCut(s, cut, ellipsis), truncated: true }
  }
}
