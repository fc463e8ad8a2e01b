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
import { pure } from '../_internal/pure.js'
import { child, eachChild, scan } from './_automaton.js'
import type { CompiledEntry, CompiledList } from './_compile.js'
import { F_BIDI, F_CONFUSABLE, F_INVISIBLE, F_MARKS, F_WIDTH, originalRange, type Base } from './_normalize.js'
import {
  ASCII_INFO,
  charInfo,
  codePointAt,
  infoAt,
  infoBefore,
  LETTER,
  MARK,
  NUMBER,
  SPACELESS,
  UPPER,
} from './_unicode.js'
import type { Evasion } from './types.js'

const W_LEET = 1
const W_WILDCARD = 2
const W_REPEAT = 4
const W_SPACING = 8
const W_PHRASE = 16
const W_PHRASE_PUNCT = 32
/** Walk flags that mean an evasion was undone (or phrase words were joined by punctuation). */
export const REPORTED: number = W_LEET | W_WILDCARD | W_REPEAT | W_SPACING | W_PHRASE_PUNCT

const MAX_STATES = 48
const MAX_TOKENS = 16
const MAX_SEPARATOR = 3
const MAX_WALK_TOKEN = 64
/** Matches beyond this many are not collected (a 1 MB wall of one word still returns quickly). */
export const MAX_MATCHES = 2000

/** Leetspeak symbol → the letters it may stand for. */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'il',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'il',
  '+': 't',
  '€': 'e',
  '¡': 'i',
  '(': 'c',
}
/** Digits that stand for a vowel may stand for any vowel ("f4ck"): read only where that makes a term. */
const VOWEL_DIGITS: Record<string, string> = { '0': 'aeiu', '1': 'aeou', '3': 'aiou', '4': 'eiou' }
/** Multi-character leet: `|_|` u, `()` o, `|<` k, `|)` d, `|3` b. */
const MULTI_LEET: readonly (readonly [string, string])[] = [
  ['|_|', 'u'],
  ['()', 'o'],
  ['|<', 'k'],
  ['|)', 'd'],
  ['|3', 'b'],
]
const LEAD_OK = '@$|'
/** Two-letter English words: "Co. on", "sh it" are two words, not a split one. */
const COMMON_PAIRS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () => new Set('am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya ye'.split(' ')),
)
const TRAIL_OK = '$'
const URLISH_BEFORE = '/.=?&#:@%~\\'

/** A match in normalized coordinates. */
export interface RawMatch {
  id: number
  s: number
  e: number
  walk: number
}

/** A suppressed match in normalized coordinates. */
export interface RawSuppressed {
  id: number
  s: number
  e: number
  by: string
}

function isWordInfo(info: number): boolean {
  return (info & (LETTER | MARK)) !== 0
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

/** ASCII characters that can be part of a walker token: letters, digits, leet symbols, `*`. */
const TOKEN_ASCII: Uint8Array = /*@__PURE__*/ pure(() => {
  const table = new Uint8Array(128)
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c)
    if (/[A-Z0-9*]/i.test(ch) || LEET[ch] !== undefined) table[c] = 1
  }
  return table
})

function isTokenChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) {
    if (TOKEN_ASCII[code] === 1) return true
    // The inner or closing character of a multi-character leet sequence.
    if (code === 95) return text.charCodeAt(i - 1) === 124 && text.charCodeAt(i + 1) === 124
    if (code === 41) return text.charCodeAt(i - 1) === 40 || text.charCodeAt(i - 1) === 124
    if (code === 60) return text.charCodeAt(i - 1) === 124
    return false
  }
  if (LEET[text[i] as string] !== undefined) return true
  const cp = codePointAt(text, i)
  return cp >= 0 && (charInfo(cp) & (LETTER | MARK | NUMBER)) !== 0
}

interface Token {
  a: number
  b: number
  letters: number
  digits: number
  symbols: number
  /** Longest run of digits. */
  digitRun: number
}

/**
 * The walker's tokens, cut lazily: a walk looks at most MAX_TOKENS ahead, and the walks stop at
 * MAX_MATCHES, so a 1 MB wall of evasions is not tokenized past the point where matching stops.
 */
class Tokens {
  private readonly list: Token[] = []
  private pos = 0
  constructor(private readonly text: string) {}

  /** Token `k`, or `undefined` past the end. */
  get(k: number): Token | undefined {
    while (this.list.length <= k && this.pos < this.text.length) this.next()
    return this.list[k]
  }

  private next(): void {
    const text = this.text
    const n = text.length
    let i = this.pos
    while (i < n) {
      const code = text.charCodeAt(i)
      if (code < 128 ? TOKEN_ASCII[code] === 1 || (code !== 32 && isTokenChar(text, i)) : isTokenChar(text, i)) break
      i++
    }
    if (i >= n) {
      this.pos = n
      return
    }
    // One pass over the token: its end, and its letters, digits and symbols.
    let j = i
    let letters = 0
    let digits = 0
    let symbols = 0
    let run = 0
    let digitRun = 0
    while (j < n) {
      const code = text.charCodeAt(j)
      if (code >= 97 && code <= 122) {
        letters++
        run = 0
      } else if (code >= 48 && code <= 57) {
        digits++
        run++
        if (run > digitRun) digitRun = run
      } else if (
        code < 128 ? TOKEN_ASCII[code] !== 1 && (code === 32 || !isTokenChar(text, j)) : !isTokenChar(text, j)
      ) {
        break
      } else {
        run = 0
        if (isWordInfo(code < 128 ? (ASCII_INFO[code] as number) : infoAt(text, j))) letters++
        else symbols++
      }
      j++
    }
    this.pos = j
    let a = i
    let b = j
    // Trim leading and trailing symbols (except the leet ones that start or end words: @ $ |);
    // what is trimmed is never a letter or a digit, so only the symbol count changes.
    const keep = (k: number, lead: boolean): boolean => {
      const c = text.charCodeAt(k)
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true
      if (c < 128) return (lead ? LEAD_OK : TRAIL_OK).includes(text[k] as string)
      return isWordInfo(lead ? infoAt(text, k) : infoBefore(text, k + 1))
    }
    while (a < b && !keep(a, true)) a++
    while (b > a && !keep(b - 1, false)) b--
    if (b <= a) return
    symbols -= a - i + (j - b)
    this.list.push({ a, b, letters, digits, symbols, digitRun })
  }
}

/**
 * Whether leetspeak may be read in a token: at least two letters (or one letter and symbols like
 * `$`/`@`), digits at most twice the letters and symbols, no run of three digits (a number), not
 * part of a URL. A lone symbol or digit may be read when a neighbouring token is a single letter
 * ("S H 1 T").
 */
function leetAllowed(text: string, tokens: Tokens, t: number): boolean {
  const token = tokens.get(t) as Token
  if (urlish(text, token)) return false
  if (token.b - token.a === 1 && token.letters === 0) {
    const single = (k: number): boolean => {
      const o = tokens.get(k)
      return o !== undefined && o.b - o.a === 1 && o.letters === 1
    }
    const near = (k: number, l: number): boolean => {
      const x = tokens.get(k)
      const y = tokens.get(l)
      return x !== undefined && y !== undefined && y.a - x.b <= MAX_SEPARATOR
    }
    return (single(t - 1) && near(t - 1, t)) || (single(t + 1) && near(t, t + 1))
  }
  const soft = token.letters + token.symbols
  return (
    token.letters >= 1 &&
    soft >= 2 &&
    soft * 2 >= token.digits &&
    (token.letters >= token.digits || token.digits <= 3) &&
    token.digitRun < 3
  )
}

function urlish(text: string, t: Token): boolean {
  const before = text[t.a - 1]
  if (before !== undefined && URLISH_BEFORE.includes(before)) return true
  const after = text[t.b]
  if ((after === '.' || after === '/' || after === ':' || after === '@') && isTokenChar(text, t.b + 1)) return true
  return false
}

/** Trie states of a walk as flat [node, flags, node, flags, …] pairs (cheaper than a Map here). */
type States = number[]

function add(states: States, node: number, flags: number): void {
  for (let k = 0; k < states.length; k += 2) {
    if (states[k] !== node) continue
    const old = states[k + 1] as number
    if ((flags & REPORTED) !== 0 && (old & REPORTED) !== 0 && countBits(flags) < countBits(old)) states[k + 1] = flags
    return
  }
  if (states.length < MAX_STATES * 2) states.push(node, flags)
}

function countBits(x: number): number {
  let c = 0
  for (let v = x; v !== 0; v &= v - 1) c++
  return c
}

function walkFrom(
  text: string,
  list: CompiledList,
  tokens: Tokens,
  ti: number,
  start: number,
  anchored: boolean,
  out: RawMatch[],
): void {
  const a = list.automaton
  let states: States = [0, 0]
  const lens: number[] = []
  let pending: Map<number, States> | undefined
  for (let t = ti; tokens.get(t) !== undefined && t - ti < MAX_TOKENS; t++) {
    const token = tokens.get(t) as Token
    const from = t === ti ? start : token.a
    // Leetspeak can only matter in a token with a digit or a symbol.
    const leetOk = token.digits + token.symbols > 0 && leetAllowed(text, tokens, t)
    lens.push(token.b - token.a)
    for (let p = from; p < token.b; p++) {
      const code = text.charCodeAt(p)
      // Lower-case ASCII letters (most of the text) have no alternatives: no leet, mask or multi-leet.
      const plain = code >= 97 && code <= 122
      const ch = plain ? '' : (text[p] as string)
      const next: States = []
      const repeat = p > from && text.charCodeAt(p - 1) === code
      const interior = p > token.a && p < token.b - 1
      const later = pending?.get(p)
      if (later !== undefined) {
        for (let k = 0; k < later.length; k += 2) add(states, later[k] as number, later[k + 1] as number)
        pending?.delete(p)
      }
      for (let si = 0; si < states.length; si += 2) {
        const node = states[si] as number
        const flags = states[si + 1] as number
        const lit = child(a, node, code)
        if (lit !== -1) add(next, lit, flags)
        if (repeat && node !== 0 && (flags & W_SPACING) === 0) add(next, node, flags | W_REPEAT)
        if (plain) continue
        const alts = leetOk ? LEET[ch] : undefined
        if (alts !== undefined) {
          for (const alt of alts) {
            const to = child(a, node, alt.charCodeAt(0))
            if (to !== -1) add(next, to, flags | W_LEET)
          }
        }
        const vowels = leetOk && interior ? VOWEL_DIGITS[ch] : undefined
        if (vowels !== undefined) {
          for (const alt of vowels) {
            const to = child(a, node, alt.charCodeAt(0))
            if (to !== -1) add(next, to, flags | W_LEET)
          }
        }
        if (leetOk && (ch === '|' || ch === '(')) {
          for (const [seq, letter] of MULTI_LEET) {
            if (!text.startsWith(seq, p) || p + seq.length > token.b) continue
            const to = child(a, node, letter.charCodeAt(0))
            if (to === -1) continue
            pending ??= new Map()
            let at = pending.get(p + seq.length)
            if (at === undefined) {
              at = []
              pending.set(p + seq.length, at)
            }
            add(at, to, flags | W_LEET)
          }
        }
        if (ch === '*' && interior && node !== 0) {
          eachChild(a, node, (code, to) => {
            if (code !== 32) add(next, to, flags | W_WILDCARD)
          })
          add(next, node, flags | W_WILDCARD)
        }
      }
      states = next
      const arriving = pending?.get(p + 1)
      if (arriving !== undefined && p + 1 === token.b) {
        for (let k = 0; k < arriving.length; k += 2) add(states, arriving[k] as number, arriving[k + 1] as number)
        pending?.delete(p + 1)
      }
      if (states.length === 0 && (pending === undefined || pending.size === 0)) return
      // Entries that need no boundary at their end may end inside the token.
      if (p + 1 < token.b) {
        for (let si = 0; si < states.length; si += 2) {
          const node = states[si] as number
          const flags = states[si + 1] as number
          const id = a.out[node] as number
          if (id === -1 || (flags & REPORTED) === 0) continue
          const c = list.entries[id] as CompiledEntry
          if (c.boundary !== 'start' && c.boundary !== 'none') continue
          if (!anchored && c.boundary === 'start') continue
          // After a join, a word start only counts inside a short token ("f u c kin", not "… jackass Short").
          if ((flags & W_SPACING) !== 0 && token.b - token.a > 2) continue
          if (out.length < MAX_MATCHES) out.push({ id, s: start, e: p + 1, walk: flags })
        }
      }
    }
    // At the token's end.
    for (let si = 0; si < states.length; si += 2) {
      const node = states[si] as number
      const flags = states[si + 1] as number
      const id = a.out[node] as number
      if (id === -1 || (flags & REPORTED) === 0) continue
      const c = list.entries[id] as CompiledEntry
      if (!anchored && c.boundary !== 'end' && c.boundary !== 'none') continue
      if ((flags & W_SPACING) !== 0 && !joinWindowOk(text, tokens, ti, lens, c.key)) continue
      if (out.length < MAX_MATCHES) out.push({ id, s: start, e: token.b, walk: flags })
    }
    const nextToken = tokens.get(t + 1)
    if (nextToken === undefined || nextToken.a - token.b > MAX_SEPARATOR) return
    const sep = text.slice(token.b, nextToken.a)
    const crossed: States = []
    const len = token.b - token.a
    for (let si = 0; si < states.length; si += 2) {
      const node = states[si] as number
      const flags = states[si + 1] as number
      if (node === 0) continue
      if ((flags & W_SPACING) === 0) {
        const phrase = child(a, node, 32)
        if (phrase !== -1) add(crossed, phrase, flags | W_PHRASE | (sep === ' ' ? 0 : W_PHRASE_PUNCT))
      }
      if ((flags & W_PHRASE) === 0 && (t === ti || len <= 2) && anchored && !sep.includes("'"))
        add(crossed, node, flags | W_SPACING)
    }
    if (crossed.length === 0) return
    states = crossed
  }
}

/**
 * Whether a walk from this token can find anything the automaton has not: a token with digits or
 * symbols, a doubled letter, one that can start a join (short itself, or followed by a single
 * letter), or the first word of a listed phrase. A common two-letter word ("to", "of") followed
 * by a space and a longer word starts nothing: joinWindowOk refuses that join anyway.
 */
function needsWalk(text: string, list: CompiledList, tokens: Tokens, ti: number): boolean {
  const token = tokens.get(ti) as Token
  const len = token.b - token.a
  const next = tokens.get(ti + 1)
  const near = next !== undefined && next.a - token.b <= MAX_SEPARATOR
  if (token.letters !== len) return true
  if (list.firstWords.size > 0 && len <= 24 && list.firstWords.has(text.slice(token.a, token.b))) return true
  if (len <= 2) {
    if (!near) return len === 2 || token.digits + token.symbols > 0
    const nextLen = (next as Token).b - (next as Token).a
    const spaced = text.slice(token.b, (next as Token).a).includes(' ')
    const word = text.slice(token.a, token.b)
    return !(spaced && nextLen > 1 && (len === 2 ? COMMON_PAIRS.has(word) : word === 'a' || word === 'i'))
  }
  for (let k = token.a + 1; k < token.b; k++) if (text.charCodeAt(k) === text.charCodeAt(k - 1)) return true
  return near && (next as Token).b - (next as Token).a === 1
}

/**
 * Token lengths of a joined window: short enough that the join is an evasion, not two words.
 * Two tokens join only when one is a single character or both are at most two ("f uck", "fu ck",
 * never "pen is"), and a single character that belongs to an initialism ("U.S. hit") never joins.
 */
function joinWindowOk(text: string, tokens: Tokens, ti: number, lens: number[], key: string): boolean {
  if (lens.length < 2) return true
  if (lens.length > 2) return key.length >= 3 && lens.slice(1, -1).every((n) => n === 1)
  const [x, y] = lens as [number, number]
  if (key.length < 4) return false
  if (!(x === 1 || y === 1 || (x <= 2 && y <= 2))) return false
  const first = tokens.get(ti) as Token
  const second = tokens.get(ti + 1) as Token
  // A single letter after an apostrophe is a suffix ("Barnard's hit", "couldn't watch").
  if (x === 1 && text[first.a - 1] === "'") return false
  const spaced = text.slice(first.b, second.a).includes(' ')
  if (
    spaced &&
    ((x === 2 && COMMON_PAIRS.has(text.slice(first.a, first.b))) ||
      (y === 2 && COMMON_PAIRS.has(text.slice(second.a, second.b))))
  )
    return false
  const single = (k: number): boolean => {
    const t = tokens.get(k)
    return t !== undefined && t.b - t.a === 1
  }
  const near = (k: number, l: number): boolean => {
    const left = tokens.get(k)
    const right = tokens.get(l)
    return left !== undefined && right !== undefined && right.a - left.b <= MAX_SEPARATOR
  }
  if (x === 1 && single(ti - 1) && near(ti - 1, ti)) return false
  if (y === 1 && single(ti + 2) && near(ti + 1, ti + 2)) return false
  return true
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
  const coveredBy = (s: number, e: number): number => {
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
