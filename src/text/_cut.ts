// Where an excerpt ends. Each limit answers a code-unit index into the normalized text (cut
// there: more text follows), `Infinity` (this limit does not cut before `stopAt`), or `undefined`
// (the text read so far is not enough to know; read more). An answer never depends on how much
// text happened to be read: a cut whose segmentation could change with more text is deferred.
import { astralFlags, charFlags, isSpace, SPACE, SPACELESS, WORD } from '../_internal/charClass.js'
import { graphemeFloor } from '../_internal/graphemes.js'
import { isRefChar } from '../_internal/htmlReader.js'
import { eachSegment } from '../_internal/segmenter.js'
import { endsWithAbbreviation } from './_sentences.js'

/** Code units after a cut that an incomplete buffer must hold before segmenter answers are trusted. */
const MARGIN = 64

const OPENING = /[\p{Ps}\p{Pi}]/u

function isAsciiAlnum(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10
}

/** Index after the `max`-th word when another word follows. */
export function wordCut(s: string, max: number, locale: string, complete: boolean, stopAt: number): number | undefined {
  const n = s.length
  let count = 0
  let cut = -1
  let i = 0
  while (i < n) {
    let c = s.charCodeAt(i)
    if (c === 32 || isSpace(c)) {
      i++
      continue
    }
    // A token is one word if it has a letter or digit before its first letter of a script
    // written without spaces (as WordTally counts); from that letter on, Intl.Segmenter words.
    let word = false
    let first = -1
    while (i < n) {
      c = s.charCodeAt(i)
      if (c < 0x80) {
        if (c === 32 || (c >= 9 && c <= 13)) break
        if (!word && first < 0 && isAsciiAlnum(c)) word = true
        i++
        continue
      }
      let flags: number
      let width = 1
      if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        flags = astralFlags(s.codePointAt(i) as number)
        width = 2
      } else flags = charFlags(c)
      if ((flags & SPACE) !== 0) break
      if ((flags & SPACELESS) !== 0) {
        if (first < 0) first = i
      } else if (first < 0 && (flags & WORD) !== 0) word = true
      i += width
    }
    const end = i
    if (word) {
      if (count === max) return cut
      count++
      if (count === max) cut = first < 0 ? end : first
    }
    if (first >= 0) {
      let result: number | undefined = -1
      let extending = count === max && cut === first
      eachSegment(s, first, end, 'word', locale, (from, to, wordLike) => {
        if (wordLike) {
          if (count === max) {
            result = !complete && end === n && n - cut < MARGIN ? undefined : graphemeFloor(s, cut)
            return false
          }
          count++
          extending = count === max
          if (extending) cut = to
        } else if (extending) {
          // Closing punctuation stays with the word ("東京。"), an opening bracket does not.
          if (OPENING.test(s.slice(from, to))) extending = false
          else cut = to
        }
        return true
      })
      if (result !== -1) return result
    }
    if (count < max ? end >= stopAt : cut >= stopAt) return Number.POSITIVE_INFINITY
  }
  return complete ? Number.POSITIVE_INFINITY : undefined
}

/**
 * Index after the `max`-th sentence (trailing spaces excluded) when another sentence follows.
 * Sentences come from `Intl.Segmenter`, never span a block boundary (`blocks`), and do not end
 * after an abbreviation such as "Dr." or "U.S." (see `_sentences.ts`).
 */
export function sentenceCut(
  s: string,
  blocks: readonly number[],
  max: number,
  locale: string,
  complete: boolean,
  stopAt: number,
): number | undefined {
  const n = s.length
  let count = 0
  let cut = -1
  let result: number | undefined = -1
  for (let b = 0; b <= blocks.length && result === -1; b++) {
    const from = b === 0 ? 0 : (blocks[b - 1] as number)
    const to = b < blocks.length ? (blocks[b] as number) - 1 : n
    if (count < max && from >= stopAt) return Number.POSITIVE_INFINITY
    eachSegment(s, from, to, 'sentence', locale, (start, end) => {
      let last = end
      while (last > start && isSpace(s.charCodeAt(last - 1))) last--
      if (last === start) return true
      if (count === max) {
        result = !complete && n - cut < MARGIN ? undefined : cut
        return false
      }
      if (last >= stopAt) {
        // The max-th sentence would end even later: another limit cuts first.
        result = Number.POSITIVE_INFINITY
        return false
      }
      if (end < to && endsWithAbbreviation(s.slice(start, last), s.charCodeAt(end))) return true
      count++
      if (count === max) cut = last
      return true
    })
  }
  if (result !== -1) return result
  return complete ? Number.POSITIVE_INFINITY : undefined
}

/**
 * Where to cut for a grapheme budget that ends at `budget`: there when a word ends there; else,
 * in a script without spaces, at the last `Intl.Segmenter` word boundary after the last space
 * (looking back at most 256 code units); else at the last space before the budget, however far
 * back; else at `budget` (inside the first word, which alone is longer than the budget).
 */
export function backOff(s: string, budget: number, locale: string): number {
  if (budget >= s.length || isSpace(s.charCodeAt(budget))) return budget
  let space = budget - 1
  while (space > 0 && !isSpace(s.charCodeAt(space))) space--
  const before = s.charCodeAt(budget - 1)
  if (
    before >= 0x0e00 &&
    ((charFlags(before) & SPACELESS) !== 0 || (charFlags(s.charCodeAt(budget)) & SPACELESS) !== 0)
  ) {
    let best = -1
    // The window's own start is not a boundary the segmenter found: only later starts count.
    const from = Math.max(space > 0 ? space + 1 : 0, budget - 256)
    eachSegment(s, from, Math.min(s.length, budget + 16), 'word', locale, (start) => {
      if (start > budget) return false
      if (start > from) best = start
      return true
    })
    if (best > 0) return graphemeFloor(s, best)
  }
  return space > 0 ? graphemeFloor(s, space) : budget
}

// Stripped before the ellipsis: spaces and , ; : – — ( plus their full-width forms 、，；：（.
const TRAILING = ',;:\u2013\u2014(\u3001\uff0c\uff1b\uff1a\uff08'
// The text already ends a sentence (possibly inside closing quotes or brackets): no ellipsis.
const SENTENCE_END = /[\p{Sentence_Terminal}\u2026][\p{Pe}\p{Pf}"']*$/u

/** Whether s[.., end) ends with `&` and a reference name (`&lt`, `&#8217`). */
function endsWithReferenceName(s: string, end: number): boolean {
  let i = end
  while (i > 0 && end - i < 40) {
    const c = s.charCodeAt(i - 1)
    if (c === 38) return i < end
    if (!(((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10 || c === 35)) return false
    i--
  }
  return false
}

/** The excerpt for a cut at `cut`: trailing separators stripped, then the ellipsis unless a sentence ended. */
export function finishCut(s: string, cut: number, ellipsis: string): string {
  let end = cut
  // Never end inside reference-like literal text ("&lt;" written out): "&l…" reads as a cut entity.
  const next = s.charCodeAt(end)
  if (isRefChar(next) || next === 59) {
    let k = end
    while (k > 0 && end - k < 40 && isRefChar(s.charCodeAt(k - 1))) k--
    if (k > 0 && s.charCodeAt(k - 1) === 38) end = k - 1
  }
  while (end > 0) {
    const c = s.charCodeAt(end - 1)
    // A `;` that ends literal reference-like text ("&lt;" written out) stays: "&lt…" would
    // look like a cut entity.
    if (c === 59 && endsWithReferenceName(s, end - 1)) break
    if (isSpace(c) || TRAILING.includes(s[end - 1] as string)) end--
    else break
  }
  end = graphemeFloor(s, end)
  const kept = s.slice(0, end)
  return SENTENCE_END.test(kept.slice(-16)) ? kept : kept + ellipsis
}
