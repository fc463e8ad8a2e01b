// Spam signals that real comment spam uses, each with a span: self-promotion, contact invitations,
// money / crypto / adult / phishing bait (phrases in ./_spamPhrases.ts) and disguised links
// (`hxxp`, `you[tube]`, `watch?v=` without a site, spaced-out `w w w`). Linear: one pass to read
// the words, one hash lookup per word, a bounded look-ahead per candidate phrase, and a fixed
// number of `indexOf` scans; texts longer than SPAM_SCAN_LIMIT are read up to it.
import { pure } from '../_internal/pure.js'
import { ASCII_INFO, charInfo, codePointAt, WORD } from './_unicode.js'
import { SPAM_PHRASES, type SpamSignalKind } from './_spamPhrases.js'

/** Characters of a text that the spam signals and the spam model read (the rest is ignored). */
export const SPAM_SCAN_LIMIT = 50_000

/** A word of the text: lower case, Latin accents removed, with its span in the text. */
export interface Word {
  w: string
  s: number
  e: number
}

/** A found signal: its kind, the phrase or pattern, where, and its strength (1, or 0.5 for a weak cue). */
export interface SpamHit {
  kind: SpamSignalKind | 'disguised-link'
  what: string
  span: [number, number]
  strength: number
}

const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/
const MARKS_G = /\p{M}/gu
const NO_SPACES = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/

/** Lower case; Latin letters lose their accents (`suscríbete` → `suscribete`). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  return LATIN_ACCENTED.test(lower) ? lower.normalize('NFD').replace(MARKS_G, '') : lower
}

/**
 * The words of `text` (runs of letters, marks and digits, as `[\p{L}\p{M}\p{N}]+` reads them), at
 * most SPAM_SCAN_LIMIT characters read. ASCII is classified from a table; other characters once
 * each through the moderation character cache.
 */
export function wordsOf(input: string): Word[] {
  const text = input.length > SPAM_SCAN_LIMIT ? input.slice(0, SPAM_SCAN_LIMIT) : input
  const n = text.length
  const out: Word[] = []
  let i = 0
  while (i < n) {
    let start = -1
    let upper = false
    let ascii = true
    while (i < n) {
      const c = text.charCodeAt(i)
      let width = 1
      let word: boolean
      if (c < 0x80) {
        word = ((ASCII_INFO[c] as number) & WORD) !== 0
        if (c >= 65 && c <= 90) upper = true
      } else {
        const cp = codePointAt(text, i)
        if (cp > 0xffff) width = 2
        word = cp >= 0 && (charInfo(cp) & WORD) !== 0
        if (word) ascii = false
      }
      if (!word) break
      if (start === -1) start = i
      i += width
    }
    if (start === -1) {
      // Not a word character: step over it (both halves of a surrogate pair, one lone half).
      i += codePointAt(text, i) > 0xffff ? 2 : 1
      continue
    }
    const raw = text.slice(start, i)
    out.push({ w: ascii ? (upper ? raw.toLowerCase() : raw) : foldWord(raw), s: start, e: i })
  }
  return out
}

interface Phrase {
  kind: SpamSignalKind
  words: string[]
  text: string
  strength: number
}

interface PhraseIndex {
  byFirst: Map<string, Phrase[]>
  substrings: Phrase[]
}

const INDEX: PhraseIndex = /*@__PURE__*/ pure(() => {
  const byFirst = new Map<string, Phrase[]>()
  const substrings: Phrase[] = []
  for (const [kind, list] of Object.entries(SPAM_PHRASES) as [SpamSignalKind, string][]) {
    for (const raw of list.split('|')) {
      const weak = raw.endsWith('+')
      const text = foldWord(weak ? raw.slice(0, -1) : raw)
      const phrase: Phrase = { kind, words: text.split(' '), text, strength: weak ? 0.5 : 1 }
      if (NO_SPACES.test(text)) substrings.push(phrase)
      else {
        const first = phrase.words[0] as string
        const bucket = byFirst.get(first)
        if (bucket === undefined) byFirst.set(first, [phrase])
        else bucket.push(phrase)
      }
    }
  }
  // Longest phrases first, so "check out my" wins over "check out".
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length)
  return { byFirst, substrings }
})

function phraseHits(text: string, words: readonly Word[], out: SpamHit[]): void {
  let skipUntil = 0
  for (let i = 0; i < words.length; i++) {
    const candidates = INDEX.byFirst.get((words[i] as Word).w)
    if (candidates === undefined || i < skipUntil) continue
    for (const p of candidates) {
      const n = p.words.length
      if (i + n > words.length) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = (words[i + k] as Word).w === p.words[k]
      if (!ok) continue
      const span: [number, number] = [(words[i] as Word).s, (words[i + n - 1] as Word).e]
      out.push({ kind: p.kind, what: text.slice(span[0], span[1]), span, strength: p.strength })
      skipUntil = i + n
      break
    }
  }
  if (INDEX.substrings.length > 0 && NO_SPACES.test(text)) {
    const lower = text.length > SPAM_SCAN_LIMIT ? text.slice(0, SPAM_SCAN_LIMIT) : text
    for (const p of INDEX.substrings) {
      const at = lower.indexOf(p.text)
      if (at !== -1) out.push({ kind: p.kind, what: p.text, span: [at, at + p.text.length], strength: p.strength })
    }
  }
}

// `you[tube]`, `goo[.]gl`-style brackets inside a word; `hxxp(s)`; `watch?v=` with no site before it;
// spaced-out `w w w` and `c o m`. Each pattern is a fixed-length or single bounded class run.
const BRACKET_G = /[a-z]{1,12}\[[a-z]{2,12}\]/g
const DISGUISES: readonly (readonly [string, string])[] = [
  ['hxxp', 'a link written as hxxp'],
  ['h**p', 'a link written as h**p'],
  ['w w w', 'a spaced-out www'],
  ['c o m', 'a spaced-out .com'],
  ['youtu be', 'a spaced-out youtu.be'],
  ['you tube com', 'a spaced-out youtube.com'],
]

function disguiseHits(text: string, out: SpamHit[]): void {
  const lower = (text.length > SPAM_SCAN_LIMIT ? text.slice(0, SPAM_SCAN_LIMIT) : text).toLowerCase()
  for (const [needle, what] of DISGUISES) {
    const at = lower.indexOf(needle)
    if (at !== -1) out.push({ kind: 'disguised-link', what, span: [at, at + needle.length], strength: 1 })
  }
  const watch = lower.indexOf('watch?v=')
  if (watch !== -1) {
    const before = lower.slice(Math.max(0, watch - 40), watch)
    const slash = before.lastIndexOf('/')
    const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'))
    if (slash === -1 || slash < space)
      out.push({
        kind: 'disguised-link',
        what: 'a video address without its site',
        span: [watch, watch + 8],
        strength: 1,
      })
  }
  if (lower.includes('[')) {
    BRACKET_G.lastIndex = 0
    const m = BRACKET_G.exec(lower)
    if (m !== null)
      out.push({
        kind: 'disguised-link',
        what: `a bracketed site name (${m[0]})`,
        span: [m.index, m.index + m[0].length],
        strength: 1,
      })
  }
}

/** Every spam signal of `text`, given its words (from {@link wordsOf}). */
export function spamHits(text: string, words: readonly Word[]): SpamHit[] {
  const out: SpamHit[] = []
  phraseHits(text, words, out)
  disguiseHits(text, out)
  return out
}
