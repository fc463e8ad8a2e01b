import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { CompiledEntry } from './_compile.js'
import { findMatches, LEET, REPORTED } from './_match.js'
import { buildBase } from './_normalize.js'
import { compiledOf } from './_registry.js'
import type { TermList } from './createTermList.js'
import { defaultTermList } from './defaultTermList.js'

/** Options for {@link normalizeForMatching}. */
export interface NormalizeForMatchingOptions {
  /**
   * The term list that directs the last three stages: leetspeak, repeated letters and spaced-out
   * letters are rewritten only where the result is one of its terms. `null` skips those stages.
   * @defaultValue {@link defaultTermList}
   */
  terms?: TermList | null | undefined
}

/** What {@link normalizeForMatching} returns. */
export interface NormalizedText {
  /** The normalized text (lower case). */
  text: string
  /**
   * `map[i]` is the offset in the input where the character that produced `text[i]` starts;
   * `map[text.length]` is the input's length. The input range of `text.slice(s, e)` is
   * `[min(map[s..e)), max(mapEnd[s..e)))` (inside a right-to-left override the order is reversed).
   */
  map: number[]
  /** `mapEnd[i]` is the offset in the input where the source of `text[i]` ends. */
  mapEnd: number[]
}

function aligned(unit: string, wanted: string): boolean {
  return unit === wanted || unit === '*' || (LEET[unit]?.includes(wanted) ?? false)
}

/**
 * Normalizes text the way copydesk's term matching sees it, with a map from every normalized
 * position back to the input, so a match can be highlighted in the original.
 *
 * Stages, in order: NFKC (full-width, mathematical, circled and other compatibility forms become
 * plain letters); default-ignorable characters (zero-width space and joiners, soft hyphen,
 * variation selectors, tag characters), control characters and bidi controls are removed, and
 * text under a right-to-left override is put in display order; combining marks are stripped from
 * alphabetic scripts (Zalgo, accents); Latin look-alikes become ASCII (small capitals, dotless
 * i) and, in words that mix scripts or in look-alike-only words inside Latin text, Cyrillic and
 * Greek look-alikes become Latin (UTS #39 confusables); letters are lower-cased and white space
 * collapsed. Then, directed by the term list: leetspeak (`0→o, 1→i/l, 3→e, 4→a, 5→s, 7→t, @→a,
 * $→s, !→i`), `*` masks, repeated letters and letters split by spaces or punctuation are rewritten
 * only where the result is a listed term — so `1337` and `$5` stay as they are.
 *
 * @param text - Any text (plain text, not HTML: use {@link sanitizeCommentHtml} first).
 * @param options - The directing term list.
 * @returns The normalized text and its position maps.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `text` is not a string; `INVALID_OPTIONS`
 *   when `terms` is not a list made by {@link createTermList}.
 *
 * @example
 * ```ts
 * normalizeForMatching('Ｆ.u.c.k that, ѕh1t').text // 'fuck that, shit'
 * normalizeForMatching('f\u200Buck').map // [0, 2, 3, 4, 5]
 * normalizeForMatching('Call 555-0100 for $5', { terms: null }).text // 'call 555-0100 for $5'
 * ```
 */
export function normalizeForMatching(text: string, options: NormalizeForMatchingOptions = {}): NormalizedText {
  if (typeof text !== 'string') {
    throw new CopydeskError('INVALID_INPUT', `normalizeForMatching: text must be a string, received ${describe(text)}`)
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `normalizeForMatching: options must be an object, received ${describe(options)}`,
    )
  }
  const terms = options.terms === undefined ? defaultTermList() : options.terms
  const compiled = terms === null ? undefined : compiledOf(terms)
  if (terms !== null && compiled === undefined) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `normalizeForMatching: options.terms must come from createTermList, received ${describe(terms)}`,
    )
  }
  const base = buildBase(text)
  const rewrites =
    compiled === undefined ? [] : findMatches(base, compiled, text).matches.filter((m) => (m.walk & REPORTED) !== 0)
  if (rewrites.length === 0) {
    const map = Array.from(base.starts)
    map.push(text.length)
    return { text: base.text, map, mapEnd: Array.from(base.ends) }
  }
  let out = ''
  const map: number[] = []
  const mapEnd: number[] = []
  let at = 0
  const copy = (s: number, e: number): void => {
    out += base.text.slice(s, e)
    for (let k = s; k < e; k++) {
      map.push(base.starts[k] as number)
      mapEnd.push(base.ends[k] as number)
    }
  }
  if (compiled !== undefined) {
    for (const m of rewrites) {
      if (m.s < at) continue
      copy(at, m.s)
      const key = (compiled.entries[m.id] as CompiledEntry).key
      let u = m.s
      for (let k = 0; k < key.length; k++) {
        const wanted = key[k] as string
        let v = u
        while (v < m.e && !aligned(base.text[v] as string, wanted)) v++
        if (v < m.e) u = v
        out += wanted
        map.push(base.starts[u] as number)
        mapEnd.push(k === key.length - 1 ? (base.ends[m.e - 1] as number) : (base.ends[u] as number))
        if (v < m.e) u = Math.min(u + 1, m.e - 1)
      }
      at = m.e
    }
  }
  copy(at, base.text.length)
  map.push(text.length)
  return { text: out, map, mapEnd }
}
