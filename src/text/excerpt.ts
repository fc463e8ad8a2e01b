import { createHtmlReader, type HtmlMarker } from '../_internal/htmlReader.js'
import { graphemeCount } from '../_internal/segmenter.js'
import { toWellFormed } from '../_internal/wellFormed.js'
import { charCut, sentenceCut, wordCut } from './_cut.js'
import { assertString, booleanOption, formatOption, intOption, optionsObject, stringOption } from './_options.js'

/** Options of {@link excerpt}. With no limit at all, `maxWords: 50` applies. */
export interface ExcerptOptions {
  /** `'html'` (tags removed as by {@link htmlToText}) or `'text'` (plain text, whitespace collapsed). @defaultValue `'html'` */
  format?: 'html' | 'text' | undefined
  /** Longest result in graphemes (user-perceived characters), the ellipsis included. */
  maxChars?: number | undefined
  /** Most words kept (whitespace-separated words; CJK/Thai words from `Intl.Segmenter`). */
  maxWords?: number | undefined
  /** Most sentences kept ("Mr.", "Dr.", "U.S." and initials do not end a sentence). */
  maxSentences?: number | undefined
  /** Appended when the text was cut. @defaultValue `'…'` */
  ellipsis?: string | undefined
  /** BCP 47 locale for word, sentence and grapheme segmentation. @defaultValue the runtime's default */
  locale?: string | undefined
  /** End the excerpt at a `<!--more-->` marker (html format). @defaultValue `true` */
  stopAtMore?: boolean | undefined
}

/** The result of {@link excerpt}. */
export interface ExcerptResult {
  /** The excerpt, plain text. */
  text: string
  /** `true` when text was cut by a limit (the ellipsis was appended unless the cut fell after a full stop). */
  truncated: boolean
  /** The marker that ended the input early: `'more'` or `'members-only'` (gated text is never read). */
  stoppedAt?: HtmlMarker | undefined
}

/** Trailing characters removed before the ellipsis: spaces and `, ; : – — ( [ { “ ‘ « -`. */
const TRAILING = new Set([' ', '\n', '\t', ',', ';', ':', '–', '—', '(', '[', '{', '“', '‘', '«', '-', '\u00a0'])
const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।'])

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Cuts a teaser-sized excerpt from HTML or text, correctly for every script.
 *
 * Rules: cuts only at a word boundary (a single word longer than `maxChars` is cut at a grapheme
 * boundary); never splits a grapheme — ZWJ emoji, flags, combining marks, Hangul, Devanagari,
 * Thai; words and sentences of CJK/Thai come from `Intl.Segmenter`; sentence mode does not stop
 * after "Mr.", "Dr.", "U.S." or initials; trailing `, ; : – — (` and spaces are removed before the
 * ellipsis; no ellipsis when nothing was cut, nor after a cut that ends a sentence; a
 * `<!--more-->` marker ends the excerpt and a `<!--members-only-->` marker always does. When several
 * limits are given the tightest wins. It stops reading the HTML once it has enough text, so the
 * cost does not grow with the article. The result is well-formed UTF-16 without tag or entity
 * fragments.
 *
 * @param input - HTML (default) or plain text.
 * @param options - See {@link ExcerptOptions}.
 * @returns `{ text, truncated, stoppedAt? }`; `{ text: '', truncated: false }` for empty input.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `input` is not a string, `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * excerpt('<p>From chalk cliffs to the harbor, the storm left its mark.</p>', { maxChars: 24 })
 * // { text: 'From chalk cliffs to…', truncated: true }
 * excerpt('<p>Mr. Ali met Dr. Chen in the U.S. capital. Then they left.</p>', { maxSentences: 1 })
 * // { text: 'Mr. Ali met Dr. Chen in the U.S. capital.', truncated: true }
 * excerpt('<p>Short intro.</p><!--more--><p>The rest.</p>')
 * // { text: 'Short intro.', truncated: false, stoppedAt: 'more' }
 * ```
 */
export function excerpt(input: string, options?: ExcerptOptions): ExcerptResult {
  const fn = 'excerpt'
  assertString(fn, input)
  const o = optionsObject<ExcerptOptions>(fn, options)
  const format = formatOption(fn, o.format)
  let maxChars = intOption(fn, 'maxChars', o.maxChars, 1)
  let maxWords = intOption(fn, 'maxWords', o.maxWords, 1)
  const maxSentences = intOption(fn, 'maxSentences', o.maxSentences, 1)
  const ellipsis = stringOption(fn, 'ellipsis', o.ellipsis) ?? '…'
  const locale = stringOption(fn, 'locale', o.locale)
  const stopAtMore = booleanOption(fn, 'stopAtMore', o.stopAtMore) ?? true
  if (maxChars === undefined && maxWords === undefined && maxSentences === undefined) maxWords = 50
  const ellipsisLength = graphemeCount(ellipsis, locale)
  if (maxChars !== undefined && maxChars <= ellipsisLength) maxChars = ellipsisLength + 1

  const reader = format === 'html' ? createHtmlReader(input, { stopAtMore, stopAtMembersOnly: true }) : undefined
  let need = Math.min(
    maxChars !== undefined ? maxChars * 4 + 32 : Number.POSITIVE_INFINITY,
    maxWords !== undefined ? maxWords * 16 + 64 : Number.POSITIVE_INFINITY,
    maxSentences !== undefined ? maxSentences * 400 + 64 : Number.POSITIVE_INFINITY,
  )
  for (;;) {
    let text: string
    let complete: boolean
    if (reader !== undefined) {
      complete = reader.read(need)
      text = toWellFormed(reader.text())
    } else {
      text = toWellFormed(collapse(input))
      complete = true
    }
    if (complete) text = text.trimEnd()
    const cuts = [
      maxWords !== undefined ? wordCut(text, maxWords, locale, complete) : Number.POSITIVE_INFINITY,
      maxSentences !== undefined ? sentenceCut(text, maxSentences, locale, complete) : Number.POSITIVE_INFINITY,
      maxChars !== undefined ? charCut(text, maxChars, maxChars - ellipsisLength, locale, complete) : Number.POSITIVE_INFINITY,
    ]
    const known = cuts.filter((c): c is number => c !== undefined)
    const cut = Math.min(...known)
    // Enough text when every limit has answered, or when the smallest known cut lies well inside the text.
    if (known.length < cuts.length && !(cut < text.length - 1 && cuts.every((c) => c === undefined || c <= cut))) {
      if (!complete) {
        need *= 2
        continue
      }
    }
    const stoppedAt = reader?.marker()
    if (cut >= text.length) return stoppedAt === undefined ? { text, truncated: false } : { text, truncated: false, stoppedAt }
    let end = cut
    while (end > 0 && TRAILING.has(text[end - 1] as string)) end--
    let kept = text.slice(0, end)
    if (!SENTENCE_END.has(kept[kept.length - 1] ?? '') && kept.length > 0) kept += ellipsis
    return stoppedAt === undefined ? { text: kept, truncated: true } : { text: kept, truncated: true, stoppedAt }
  }
}
