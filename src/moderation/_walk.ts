// Stage 2 of matching (see _match.ts): the bounded walk down the term trie from a token start that
// undoes leetspeak, masks, repeated letters and spacing.
import { child, eachChild } from './_automaton.js'
import type { CompiledEntry, CompiledList } from './_compile.js'
import {
  countBits,
  LEET,
  MULTI_LEET,
  REPORTED,
  VOWEL_DIGITS,
  W_LEET,
  W_PHRASE,
  W_PHRASE_PUNCT,
  W_REPEAT,
  W_SPACING,
  W_WILDCARD,
} from './_leet.js'
import { joinWindowOk, leetAllowed, MAX_SEPARATOR, type Token, type Tokens } from './_tokens.js'

const MAX_STATES = 48
const MAX_TOKENS = 16
/** Matches beyond this many are not collected (a 1 MB wall of one word still returns quickly). */
export const MAX_MATCHES = 2000

/** A match in normalized coordinates. */
export interface RawMatch {
  id: number
  s: number
  e: number
  walk: number
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

/** Walks from `start` in token `ti`, pushing the terms it reaches into `out`. */
export function walkFrom(
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
      if (p + 1 < token.b) innerEnds(list, states, token, start, p + 1, anchored, out)
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
    const joinable = (t === ti || token.b - token.a <= 2) && anchored
    const crossed = cross(list, states, text.slice(token.b, nextToken.a), joinable)
    if (crossed.length === 0) return
    states = crossed
  }
}

/** Terms with no end boundary that end inside the token, at `e`. */
function innerEnds(
  list: CompiledList,
  states: States,
  token: Token,
  start: number,
  e: number,
  anchored: boolean,
  out: RawMatch[],
): void {
  for (let si = 0; si < states.length; si += 2) {
    const node = states[si] as number
    const flags = states[si + 1] as number
    const id = list.automaton.out[node] as number
    if (id === -1 || (flags & REPORTED) === 0) continue
    const c = list.entries[id] as CompiledEntry
    if (c.boundary !== 'start' && c.boundary !== 'none') continue
    if (!anchored && c.boundary === 'start') continue
    // After a join, a word start only counts inside a short token ("f u c kin", not "… jackass Short").
    if ((flags & W_SPACING) !== 0 && token.b - token.a > 2) continue
    if (out.length < MAX_MATCHES) out.push({ id, s: start, e, walk: flags })
  }
}

/**
 * The states that continue into the next token across separator `sep`: to the next word of a
 * listed phrase, or (when `joinable`) into the same term as a spacing evasion.
 */
function cross(list: CompiledList, states: States, sep: string, joinable: boolean): States {
  const crossed: States = []
  for (let si = 0; si < states.length; si += 2) {
    const node = states[si] as number
    const flags = states[si + 1] as number
    if (node === 0) continue
    if ((flags & W_SPACING) === 0) {
      const phrase = child(list.automaton, node, 32)
      if (phrase !== -1) add(crossed, phrase, flags | W_PHRASE | (sep === ' ' ? 0 : W_PHRASE_PUNCT))
    }
    if ((flags & W_PHRASE) === 0 && joinable && !sep.includes("'")) add(crossed, node, flags | W_SPACING)
  }
  return crossed
}
