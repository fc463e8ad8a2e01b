// The walker's tokens (_walk.ts): runs of letters, digits and leet symbols in the normalized
// text, with the rules that say when leetspeak may be read in one and when short tokens may be
// joined ("f u c k", never "pen is").
import { pure } from '../_internal/pure.js'
import type { CompiledList } from './_compile.js'
import { LEET } from './_leet.js'
import { ASCII_INFO, charInfo, codePointAt, infoAt, infoBefore, LETTER, MARK, NUMBER } from './_unicode.js'

/** Separator characters a walk may cross between two tokens. */
export const MAX_SEPARATOR = 3
const LEAD_OK = '@$|'
/** Two-letter English words: "Co. on", "sh it" are two words, not a split one. */
const COMMON_PAIRS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () => new Set('am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya ye'.split(' ')),
)
const TRAIL_OK = '$'
const URLISH_BEFORE = '/.=?&#:@%~\\'

/** A letter or a combining mark. */
export function isWordInfo(info: number): boolean {
  return (info & (LETTER | MARK)) !== 0
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

/** Whether `text[i]` can be part of a token. */
export function isTokenChar(text: string, i: number): boolean {
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

/** One token: `[a, b)` and what it is made of. */
export interface Token {
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
export class Tokens {
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
export function leetAllowed(text: string, tokens: Tokens, t: number): boolean {
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

/**
 * Whether a walk from this token can find anything the automaton has not: a token with digits or
 * symbols, a doubled letter, one that can start a join (short itself, or followed by a single
 * letter), or the first word of a listed phrase. A common two-letter word ("to", "of") followed
 * by a space and a longer word starts nothing: joinWindowOk refuses that join anyway.
 */
export function needsWalk(text: string, list: CompiledList, tokens: Tokens, ti: number): boolean {
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
export function joinWindowOk(text: string, tokens: Tokens, ti: number, lens: number[], key: string): boolean {
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
