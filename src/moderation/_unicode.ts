// Character classes for the moderation scanners, one bit set per code point, cached. ASCII is a
// precomputed table; other code points are classified once with Unicode property regexes and
// remembered, so a 1 MB comment costs one Map lookup per character, not one regex test.
import { pure } from '../_internal/pure.js'

/** A letter (\p{L}). */
export const LETTER = 1
/** A combining mark (\p{M}). */
export const MARK = 2
/** A number (\p{N}). */
export const NUMBER = 4
/** A default-ignorable code point (zero-width, soft hyphen, variation selectors, tags, …). */
export const IGNORABLE = 8
/** White space. */
export const SPACE = 16
/** An upper-case or title-case letter. */
export const UPPER = 32
/** A symbol (\p{S}) or an emoji (Extended_Pictographic). */
export const SYMBOL = 64
/** Punctuation (\p{P}). */
export const PUNCT = 128
/** A bidirectional formatting character (embeddings, overrides, isolates, marks). */
export const BIDI = 256
/** A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
export const SPACELESS = 512
/** A right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko). */
export const RTL = 1024
/** A Latin letter. */
export const LATIN = 2048
/** A letter of a script that imitates Latin: Greek, Cyrillic, Armenian, Cherokee, Coptic, Lisu. */
export const LOOKALIKE_SCRIPT = 4096
/** An emoji (Extended_Pictographic). */
export const EMOJI = 8192
/** A lower-case letter (\p{Ll}). */
export const LOWER = 16384

/** Letters, marks and numbers: what counts as "inside a word" for boundaries. */
export const WORD: number = LETTER | MARK | NUMBER

const RE_LETTER = /\p{L}/u
const RE_MARK = /\p{M}/u
const RE_NUMBER = /\p{N}/u
const RE_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u
const RE_SPACE = /\s/u
const RE_UPPER = /[\p{Lu}\p{Lt}]/u
const RE_LOWER = /\p{Ll}/u
const RE_SYMBOL = /[\p{S}\p{Extended_Pictographic}]/u
const RE_EMOJI = /\p{Extended_Pictographic}/u
const RE_PUNCT = /\p{P}/u
const RE_SPACELESS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const RE_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const RE_LATIN = /\p{Script=Latin}/u
const RE_LOOKALIKE =
  /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}]/u

function isBidiControl(cp: number): boolean {
  return (
    cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
  )
}

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp)
  let f = 0
  if (RE_LETTER.test(ch)) {
    f |= LETTER
    if (RE_UPPER.test(ch)) f |= UPPER
    else if (RE_LOWER.test(ch)) f |= LOWER
    if (RE_LATIN.test(ch)) f |= LATIN
    else if (RE_LOOKALIKE.test(ch)) f |= LOOKALIKE_SCRIPT
    else if (RE_SPACELESS.test(ch)) f |= SPACELESS
    else if (RE_RTL.test(ch)) f |= RTL
  } else if (RE_MARK.test(ch)) {
    f |= MARK
    // Thai and Lao vowel signs are marks that belong to the spaceless word.
    if (RE_SPACELESS.test(ch)) f |= SPACELESS
  } else if (RE_NUMBER.test(ch)) {
    f |= NUMBER
  } else if (RE_SPACE.test(ch)) {
    f |= SPACE
  } else if (RE_PUNCT.test(ch)) {
    f |= PUNCT
  } else if (RE_SYMBOL.test(ch)) {
    f |= SYMBOL
    if (RE_EMOJI.test(ch)) f |= EMOJI
  }
  if (isBidiControl(cp)) f |= BIDI | IGNORABLE
  else if (RE_IGNORABLE.test(ch)) f |= IGNORABLE
  // Extended_Pictographic also covers ©, ®, ‼ (symbols/punctuation): flag them as emoji-ish.
  if ((f & (LETTER | NUMBER)) === 0 && cp > 0x7f && RE_EMOJI.test(ch)) f |= SYMBOL | EMOJI
  return f
}

/** Class bits of the ASCII code points. */
export const ASCII_INFO: Uint16Array = /*@__PURE__*/ pure(() => {
  const table = new Uint16Array(128)
  for (let cp = 0; cp < 128; cp++) table[cp] = compute(cp)
  return table
})

const cache: Map<number, number> = /*@__PURE__*/ new Map()

/** The class bits of a code point (see the constants above). */
export function charInfo(cp: number): number {
  if (cp < 128) return ASCII_INFO[cp] as number
  let f = cache.get(cp)
  if (f === undefined) {
    f = compute(cp)
    if (cache.size < 65536) cache.set(cp, f)
  }
  return f
}

/** The code point at `i`, or -1 for a lone surrogate (and past the end). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (Number.isNaN(c)) return -1
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
    return -1
  }
  if (c >= 0xdc00 && c <= 0xdfff) return -1
  return c
}

/** The code point that ends just before `i` (-1 for none or a lone surrogate). */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1
  const d = text.charCodeAt(i - 1)
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2)
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
    return -1
  }
  if (d >= 0xd800 && d <= 0xdfff) return -1
  return d
}

/** Class bits of the code point before `i` (0 at the start). */
export function infoBefore(text: string, i: number): number {
  const cp = codePointBefore(text, i)
  return cp < 0 ? 0 : charInfo(cp)
}

/** Class bits of the code point at `i` (0 at the end). */
export function infoAt(text: string, i: number): number {
  const cp = codePointAt(text, i)
  return cp < 0 ? 0 : charInfo(cp)
}
