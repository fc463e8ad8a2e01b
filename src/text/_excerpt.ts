// The excerpt algorithm behind `excerpt` (and toTeaser, JSON-LD, feeds and meta tags): `fn` is the
// public function the user called, so every refusal names it.
import { refuse } from '../_internal/check.js'
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
import type { ExcerptResult } from './types.js'

/** The `maxChars` that applies when none is given (or 40 per word, 400 per sentence if more). */
const SAFETY_CHARS = 1000

/** The options `cutExcerpt` reads (see `ExcerptOptions` for their meaning). */
interface ExcerptFields {
  format: unknown
  maxChars: unknown
  maxWords: unknown
  maxSentences: unknown
  ellipsis: unknown
  locale: unknown
  stopAtMore: unknown
  skip: unknown
}

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

/** {@link ExcerptOptions} checked and applied; refusals start with `fn`. */
export function cutExcerpt(fn: string, input: unknown, options: unknown): ExcerptResult {
  assertString(fn, input)
  const o = optionsObject<ExcerptFields>(fn, options)
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
    throw refuse(
      fn,
      'INVALID_OPTIONS',
      'options.maxChars',
      `an integer greater than the ellipsis length in graphemes (${ell})`,
      maxChars,
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
