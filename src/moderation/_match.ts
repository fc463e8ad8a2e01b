// Finds listed terms in a normalized text (see _normalize.ts):
//
//   1. plain occurrences: one Aho–Corasick pass over the whole text, then a boundary check per
//      occurrence (Unicode letters, or Intl.Segmenter word boundaries for Chinese, Japanese, Thai…);
//   2. evasions: from each token start, a bounded walk down the same trie that may read a leet
//      symbol as a letter (only in tokens with at least two letters and no more digits than
//      letters, never in URL parts), a `*` as one letter or none, a repeated letter as one, and may
//      continue into the next token across ≤ 3 separator characters when the tokens are short
//      ("f u c k", "fu.ck"). A walk holds at most MAX_STATES trie states and stops when they all
//      die, so the work per token is bounded by the longest term;
//   3. allowlist phrases found in the same text suppress the matches they contain; entries marked
//      `spareProperNouns` skip capitalized names.
import { scan } from './_automaton.js'
import type { CompiledEntry, CompiledList } from './_compile.js'
import { countBits, REPORTED, W_LEET, W_REPEAT, W_SPACING, W_WILDCARD } from './_leet.js'
import { F_BIDI, F_CONFUSABLE, F_INVISIBLE, F_MARKS, F_WIDTH, originalRange, type Base } from './_normalize.js'
import { isWordInfo, needsWalk, Tokens, type Token } from './_tokens.js'
import { charInfo, codePointAt, infoAt, infoBefore, SPACELESS, UPPER } from './_unicode.js'
import { MAX_MATCHES, walkFrom, type RawMatch } from './_walk.js'
import type { Evasion } from './types.js'

export { LEET, REPORTED } from './_leet.js'

const MAX_WALK_TOKEN = 64

/** A suppressed match in normalized coordinates. */
export interface RawSuppressed {
  id: number
  s: number
  e: number
  by: string
}

let wordSegmenter: Intl.Segmenter | undefined

function segmentBoundary(text: string, pos: number): boolean {
  let lo = pos
  let hi = pos
  while (lo > 0 && pos - lo < 64 && text.charCodeAt(lo - 1) !== 32) lo--
  while (hi < text.length && hi - pos < 64 && text.charCodeAt(hi) !== 32) hi++
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  for (const part of wordSegmenter.segment(text.slice(lo, hi))) {
    const at = lo + part.index
    if (at === pos) return true
    if (at > pos) return false
  }
  return pos === hi
}

function startOk(text: string, s: number, c: CompiledEntry): boolean {
  if (c.boundary === 'end' || c.boundary === 'none') return true
  const before = infoBefore(text, s)
  if (!isWordInfo(before)) return true
  const spacelessBefore = (before & SPACELESS) !== 0
  if (c.startSpaceless) return spacelessBefore ? segmentBoundary(text, s) : true
  return spacelessBefore
}

function endOk(text: string, e: number, c: CompiledEntry): boolean {
  if (c.boundary === 'start' || c.boundary === 'none') return true
  const after = infoAt(text, e)
  if (!isWordInfo(after)) return true
  const spacelessAfter = (after & SPACELESS) !== 0
  if (c.endSpaceless) return spacelessAfter ? segmentBoundary(text, e) : true
  return spacelessAfter
}

/** Every match (plain and evasive) of `list` in `base`, allowlisted ones separated out. */
export function findMatches(
  base: Base,
  list: CompiledList,
  original: string,
): { matches: RawMatch[]; suppressed: RawSuppressed[] } {
  const text = base.text
  const raw: RawMatch[] = []
  scan(list.automaton, text, (end, node) => {
    if (raw.length >= MAX_MATCHES) return
    const id = list.automaton.out[node] as number
    const c = list.entries[id] as CompiledEntry
    const s = end - (list.automaton.depth[node] as number)
    if (startOk(text, s, c) && endOk(text, end, c)) raw.push({ id, s, e: end, walk: 0 })
  })
  const tokens = new Tokens(text)
  for (let ti = 0; tokens.get(ti) !== undefined && raw.length < MAX_MATCHES; ti++) {
    const token = tokens.get(ti) as Token
    if (needsWalk(text, list, tokens, ti)) walkFrom(text, list, tokens, ti, token.a, true, raw)
    if (list.hasInner && token.b - token.a <= MAX_WALK_TOKEN) {
      for (let p = token.a + 1; p < token.b - 1; p++) walkFrom(text, list, tokens, ti, p, false, raw)
    }
  }
  if (raw.length === 0) return { matches: [], suppressed: [] }
  const coveredBy = allowlistCover(text, list, raw)
  const kept: RawMatch[] = []
  const suppressed: RawSuppressed[] = []
  for (const m of raw) {
    const allowId = coveredBy(m.s, m.e)
    if (allowId !== -1) {
      suppressed.push({ id: m.id, s: m.s, e: m.e, by: list.allowPhrases[allowId] as string })
      continue
    }
    const c = list.entries[m.id] as CompiledEntry
    if (c.spare && properNoun(base, original, m.s, m.e)) {
      suppressed.push({ id: m.id, s: m.s, e: m.e, by: 'proper noun' })
      continue
    }
    // A term matched as a word start or end is highlighted as the whole word ("motherfucker").
    if (c.boundary === 'start') while (m.e < text.length && isWordInfo(infoAt(text, m.e))) m.e++
    if (c.boundary === 'end') while (m.s > 0 && isWordInfo(infoBefore(text, m.s))) m.s--
    kept.push(m)
  }
  return { matches: dedupe(kept, list), suppressed: dedupeSuppressed(suppressed) }
}

/**
 * Stage 3: finds the allowlist phrases near the matches and returns a lookup from a match's range
 * to the id of a phrase that covers it (-1 for none).
 */
function allowlistCover(text: string, list: CompiledList, raw: RawMatch[]): (s: number, e: number) => number {
  // Allowlist: intervals sorted by start with a running maximum of their ends.
  const allowStarts: number[] = []
  const allowEnds: number[] = []
  const allowIds: number[] = []
  const onAllow = (end: number, node: number): void => {
    const s = end - (list.allow.depth[node] as number)
    const beforeOk = !isWordInfo(infoBefore(text, s))
    const afterOk = !isWordInfo(infoAt(text, end))
    if (beforeOk && afterOk) {
      allowStarts.push(s)
      allowEnds.push(end)
      allowIds.push(list.allow.out[node] as number)
    }
  }
  // An allowlist phrase that covers a match lies within maxAllowLength of it: scan only those
  // windows (merged), not the whole text.
  const reach = list.maxAllowLength
  const byStart = [...raw].sort((x, y) => x.s - y.s)
  let windowStart = -1
  let windowEnd = -1
  for (const m of byStart) {
    const from = Math.max(0, m.s - reach)
    const to = Math.min(text.length, m.e + reach)
    if (from > windowEnd) {
      if (windowEnd > windowStart) scan(list.allow, text, onAllow, windowStart, windowEnd)
      windowStart = from
    }
    windowEnd = Math.max(windowEnd, to)
  }
  if (windowEnd > windowStart) scan(list.allow, text, onAllow, windowStart, windowEnd)
  const order = allowStarts.map((_, i) => i).sort((x, y) => (allowStarts[x] as number) - (allowStarts[y] as number))
  const sortedStarts = order.map((i) => allowStarts[i] as number)
  const maxEnd: number[] = []
  const maxId: number[] = []
  order.forEach((i, k) => {
    const e = allowEnds[i] as number
    if (k === 0 || e > (maxEnd[k - 1] as number)) {
      maxEnd.push(e)
      maxId.push(allowIds[i] as number)
    } else {
      maxEnd.push(maxEnd[k - 1] as number)
      maxId.push(maxId[k - 1] as number)
    }
  })
  return (s: number, e: number): number => {
    let lo = 0
    let hi = sortedStarts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((sortedStarts[mid] as number) <= s) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found !== -1 && (maxEnd[found] as number) >= e ? (maxId[found] as number) : -1
  }
}

function upperAt(base: Base, original: string, unit: number): boolean {
  const cp = codePointAt(original, base.starts[unit] as number)
  return cp >= 0 && (charInfo(cp) & UPPER) !== 0
}

/** The match starts with a capital and the word before or after it is capitalized too. */
function properNoun(base: Base, original: string, s: number, e: number): boolean {
  const text = base.text
  if (!upperAt(base, original, s)) return false
  let p = s - 1
  while (p >= 0 && s - p <= 2 && (text[p] === ' ' || text[p] === ',')) p--
  if (p >= 0 && isWordInfo(infoAt(text, p))) {
    while (p > 0 && isWordInfo(infoBefore(text, p))) p--
    if (upperAt(base, original, p)) return true
  }
  let q = e
  while (q < text.length && q - e < 2 && (text[q] === ' ' || text[q] === ',')) q++
  return q < text.length && isWordInfo(infoAt(text, q)) && upperAt(base, original, q)
}

function dedupe(matches: RawMatch[], list: CompiledList): RawMatch[] {
  const keyLength = (m: RawMatch): number => (list.entries[m.id] as CompiledEntry).key.length
  matches.sort(
    (x, y) =>
      x.s - y.s ||
      y.e - x.e ||
      countBits(x.walk & REPORTED) - countBits(y.walk & REPORTED) ||
      keyLength(y) - keyLength(x) ||
      x.id - y.id,
  )
  const out: RawMatch[] = []
  let coverEnd = -1
  for (const m of matches) {
    if (m.e <= coverEnd) continue
    // Overlapping but not contained (e.g. two phrases sharing a word): keep both.
    out.push(m)
    coverEnd = Math.max(coverEnd, m.e)
  }
  return out
}

function dedupeSuppressed(list: RawSuppressed[]): RawSuppressed[] {
  const seen = new Set<string>()
  list.sort((x, y) => x.s - y.s || x.e - y.e || x.id - y.id)
  return list.filter((m) => {
    const key = `${m.id}:${m.s}:${m.e}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The evasions undone for a match: walk flags plus the flags of its normalized units. */
export function evasionsOf(base: Base, m: { s: number; e: number; walk: number }): Evasion[] {
  let unit = 0
  let invisible = false
  for (let k = m.s; k < m.e; k++) {
    const f = base.flags[k] as number
    unit |= f
    if (k > m.s && (f & F_INVISIBLE) !== 0) invisible = true
  }
  const out: Evasion[] = []
  if (invisible) out.push('invisible')
  if ((unit & F_BIDI) !== 0) out.push('bidi')
  if ((unit & F_MARKS) !== 0) out.push('marks')
  if ((unit & F_WIDTH) !== 0) out.push('width')
  if ((unit & F_CONFUSABLE) !== 0) out.push('confusable')
  if ((m.walk & W_LEET) !== 0) out.push('leet')
  if ((m.walk & W_WILDCARD) !== 0) out.push('wildcard')
  if ((m.walk & W_REPEAT) !== 0) out.push('repeat')
  if ((m.walk & W_SPACING) !== 0) out.push('spacing')
  return out
}

/** The input span of a normalized match. */
export function spanOf(base: Base, m: { s: number; e: number }): [number, number] {
  return originalRange(base, m.s, m.e)
}
