// Letter → ASCII tables for ascii-mode slugs, built from the `slugify` package's own tables.
//
// The package keeps its tables private and transliterates one string at a time. Instead of calling
// it per headline, the first ascii-mode slug in a language runs every candidate letter through the
// package once, joined by U+0001, and keeps what it romanized: a Map from code point to lowercase
// ASCII. The candidates are the letters and digits of the blocks where all of the package's letters
// live (Latin, IPA, Greek, Cyrillic, Armenian, Arabic, Georgian; about 1,500 characters, a few
// milliseconds once); a language's own package table (de, da, nb, vi) only changes Latin letters.
// copydesk's tables (Greek, Russian, Ukrainian, …) are laid over it. The tables are built lazily
// (importing this module does no work) and are constants once built, so results never depend on
// call order.
import slugifyPkg from 'slugify'
import { GREEK, LETTERS, PACKAGE_LOCALES } from './_tables.js'
import { hangulSyllable } from './_hangul.js'

// A pattern that never occurs in the candidate letters (two U+FFFF noncharacters): the package's
// `remove` option then keeps every character.
const KEEP_ALL = /\uFFFF\uFFFF/g
const JOIN = '\u0001'

// Latin-1, Latin Extended-A/B and IPA; Latin Extended Additional.
const LATIN: readonly (readonly [number, number])[] = [
  [0xa0, 0x2af],
  [0x1e00, 0x1eff],
]
// The same plus Greek, Cyrillic, Armenian; Arabic; Georgian.
const ALL: readonly (readonly [number, number])[] = [
  [0xa0, 0x2af],
  [0x1e00, 0x1eff],
  [0x370, 0x58f],
  [0x600, 0x6ff],
  [0x10a0, 0x10ff],
]

const packageTables = new Map<string, Map<number, string>>()
const languageTables = new Map<string, Map<number, string>>()

function candidateLetters(ranges: readonly (readonly [number, number])[]): string[] {
  const letter = /[\p{L}\p{Nd}]/u
  const found: string[] = []
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp)
      if (letter.test(ch)) found.push(ch)
    }
  }
  return found
}

function packageTable(locale: string): Map<number, string> {
  const cached = packageTables.get(locale)
  if (cached !== undefined) return cached
  const letters = candidateLetters(locale === '' ? ALL : LATIN)
  const options = {
    lower: true,
    remove: KEEP_ALL,
    replacement: '\u0002',
    trim: false,
    ...(locale === '' ? {} : { locale }),
  }
  const out = slugifyPkg(letters.join(JOIN), options).split(JOIN)
  const table = new Map<number, string>()
  for (let i = 0; i < letters.length; i++) {
    const value = out[i]
    // Unmapped letters come back as themselves (non-ASCII); those are left to the fallbacks.
    if (value === undefined || !/^[\x00-\x7f]*$/.test(value)) continue
    table.set(letters[i]!.charCodeAt(0), value.replace(/[^a-z0-9]+/g, ''))
  }
  packageTables.set(locale, table)
  return table
}

function addLetters(table: Map<number, string>, letters: Readonly<Record<string, string>>): void {
  for (const [lower, value] of Object.entries(letters)) {
    table.set(lower.codePointAt(0)!, value)
    const upper = lower.toUpperCase()
    if (upper.length === 1 && upper !== lower) table.set(upper.charCodeAt(0), value)
  }
}

/** The letter table for a language: the package's (with its locale, if it has one) plus ours. */
export function tableFor(lang: string): Map<number, string> {
  const key = Object.hasOwn(LETTERS, lang) || PACKAGE_LOCALES.includes(lang) ? lang : ''
  const cached = languageTables.get(key)
  if (cached !== undefined) return cached
  const table = new Map(packageTable(''))
  if (PACKAGE_LOCALES.includes(key)) for (const [cp, value] of packageTable(key)) table.set(cp, value)
  addLetters(table, GREEK)
  const own = Object.hasOwn(LETTERS, key) ? LETTERS[key] : undefined
  if (own !== undefined) addLetters(table, own)
  languageTables.set(key, table)
  return table
}

const LETTER_RE = /\p{L}/u

function isLetter(cp: number): boolean {
  return cp >= 0 && (cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : LETTER_RE.test(String.fromCodePoint(cp)))
}

function isApostrophe(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x02bc
}

// Ukrainian letters with a word-initial spelling: є ї й ю я (and capitals).
const UK_INITIAL: Readonly<Record<number, string>> = {
  0x454: 'ye',
  0x457: 'yi',
  0x439: 'y',
  0x44e: 'yu',
  0x44f: 'ya',
  0x404: 'ye',
  0x407: 'yi',
  0x419: 'y',
  0x42e: 'yu',
  0x42f: 'ya',
}

/**
 * Spellings that depend on the neighbouring letters, or `undefined` when the table applies:
 * Greek ου → ou, αυ/ευ → av/ev, γ before γ κ ξ χ → n; Ukrainian word-initial є ї й ю я and зг →
 * zgh; Bulgarian word-final ия → ia; Korean Hangul syllables (Revised Romanization, with the
 * final consonant carried over to a following vowel).
 */
export function contextual(lang: string, cp: number, prev: number, next: number): string | undefined {
  if (cp >= 0x386 && cp <= 0x3ce) {
    const p = prev | 0x20 // Greek capitals are 0x20 below their small letters (tonos forms aside)
    if (cp === 0x3c5 || cp === 0x3a5 || cp === 0x3cd || cp === 0x38e) {
      if (p === 0x3bf || prev === 0x3cc || prev === 0x38c) return 'u' // ο ό + υ
      if (p === 0x3b1 || p === 0x3b5 || prev === 0x3ac || prev === 0x3ad || prev === 0x386 || prev === 0x388) return 'v'
    }
    if (cp === 0x3b3 || cp === 0x393) {
      const n = next | 0x20
      if (n === 0x3b3 || n === 0x3ba || n === 0x3be || n === 0x3c7) return 'n' // γγ γκ γξ γχ
    }
    return undefined
  }
  if (cp >= 0x400 && cp <= 0x4ff) {
    if (lang === 'uk') {
      const initial = UK_INITIAL[cp]
      if (initial !== undefined && !isLetter(prev) && !isApostrophe(prev)) return initial
      if ((cp === 0x433 || cp === 0x413) && (prev === 0x437 || prev === 0x417)) return 'gh'
    } else if (lang === 'bg') {
      if ((cp === 0x44f || cp === 0x42f) && (prev === 0x438 || prev === 0x418) && !isLetter(next)) return 'a'
    }
    return undefined
  }
  if (cp >= 0xac00 && cp <= 0xd7a3) return hangulSyllable(cp, prev, next)
  return undefined
}
