// Where to cut an excerpt: after the Nth word, after the Nth sentence, or at the last word
// boundary that leaves room for the ellipsis within N graphemes. Each function answers
// `Infinity` when the text is within its limit, or `undefined` when it needs more text.
import { graphemeCount, isSimpleText, segmenter } from '../_internal/segmenter.js'
import { forEachWord } from '../_internal/words.js'
import { pure } from '../_internal/pure.js'

/** Abbreviations after which a period does not end a sentence (lowercase, without the final dot). */
export const ABBREVIATIONS: ReadonlySet<string> = /*@__PURE__*/ pure(() => new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al',
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'lt', 'col', 'capt',
  'cmdr', 'sgt', 'maj', 'adm', 'no', 'nos', 'vol', 'pp', 'p', 'fig', 'approx', 'dept', 'est', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'ph.d', 'b.a', 'm.a', 'd.c',
]))

/** Code-unit index just after the `max`-th word when a further word exists; `Infinity` when there are at most `max` words; `undefined` when more text is needed to know. */
export function wordCut(text: string, max: number, locale: string | undefined, complete: boolean): number | undefined {
  let count = 0
  let cut = 0
  let more = false
  forEachWord(text, locale, (_start, end) => {
    count++
    if (count === max + 1) {
      more = true
      return false
    }
    cut = end
    return true
  })
  if (more) return cut
  if (!complete) return undefined
  return Number.POSITIVE_INFINITY
}

function endsWithAbbreviation(sentence: string): boolean {
  const trimmed = sentence.trimEnd()
  if (!trimmed.endsWith('.')) return false
  const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('('))
  const word = trimmed.slice(space + 1, -1).toLowerCase()
  if (ABBREVIATIONS.has(word)) return true
  // A single letter initial ("J." in "J. R. R. Tolkien") or a dotted acronym ("U.S.A").
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 7
}

/** Index just after the `max`-th sentence (trailing spaces excluded); abbreviations do not end sentences. */
export function sentenceCut(text: string, max: number, locale: string | undefined, complete: boolean): number | undefined {
  let count = 0
  for (const seg of segmenter('sentence', locale).segment(text)) {
    const end = seg.index + seg.segment.length
    const isLast = end >= text.length
    if (isLast) return complete ? Number.POSITIVE_INFINITY : undefined
    if (endsWithAbbreviation(seg.segment)) continue
    count++
    if (count === max) return seg.index + seg.segment.trimEnd().length
  }
  return complete ? Number.POSITIVE_INFINITY : undefined
}

/**
 * The last word boundary at or before `budget` graphemes; a hard grapheme cut when the first word
 * alone is longer. `Infinity` when the whole text fits in `limit` graphemes.
 */
export function charCut(text: string, limit: number, budget: number, locale: string | undefined, complete: boolean): number | undefined {
  const simple = isSimpleText(text)
  const total = simple ? text.length : graphemeCount(text, locale)
  if (total <= limit) return complete ? Number.POSITIVE_INFINITY : undefined
  // Code-unit index after `budget` graphemes.
  let limitIndex = 0
  if (simple) limitIndex = Math.min(budget, text.length)
  else {
    let g = 0
    for (const seg of segmenter('grapheme', locale).segment(text)) {
      if (g === budget) break
      g++
      limitIndex = seg.index + seg.segment.length
    }
  }
  if (limitIndex >= text.length) return complete ? Number.POSITIVE_INFINITY : undefined
  // The last word end ≤ limitIndex, provided the cut does not fall inside that word.
  let best = -1
  forEachWord(text, locale, (_start, end) => {
    if (end > limitIndex) return false
    best = end
    return true
  })
  return best > 0 ? best : limitIndex
}
