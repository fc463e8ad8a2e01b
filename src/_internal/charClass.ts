// Per-UTF-16-code-unit character classes for the text scanners (copydesk/text's excerpt, word
// counts, reading time). Each unit's flags are computed from Unicode property regexes the first
// time the unit is seen and cached in a 64 KB table, so the hot loops pay one array load per
// character and the module costs nothing at import time.

/** Grapheme class: starts a cluster and never joins its neighbours (letters, digits, punctuation). */
export const G_PLAIN = 1
/** Grapheme class: always joins the previous character (GB9/GB9a: Extend, SpacingMark, ZWNJ). */
export const G_EXTEND = 2
/**
 * Grapheme class: needs the full UAX #29 rules (surrogates, ZWJ, controls, Prepend, Hangul jamo,
 * Indic virama linkers, the Myanmar/Tai Tham spacing marks that are not SpacingMark). Any cluster
 * that contains one is measured with `Intl.Segmenter`.
 */
export const G_COMPLEX = 3
/** Mask of the grapheme class bits. */
export const G_MASK = 3
/** A letter or digit (`\p{L}`, `\p{N}`): a whitespace-separated token with one is a word. */
export const WORD = 4
/** A letter of a script written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar). */
export const SPACELESS = 8
/** A Han, Hiragana or Katakana letter: read per character, not per word. */
export const CJK = 16
/** Whitespace (Unicode White_Space): separates words. */
export const SPACE = 32

const MARK = /\p{M}/u
// Unassigned code points count too: the default-ignorable ones (U+2065, U+FFF0…) are Control.
const FORMAT_OR_SEPARATOR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cn}]/u
const SPACING_MARK = /\p{Mc}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u
const SPACELESS_SCRIPT = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmr}\p{scx=Mymr}]/u
const CJK_SCRIPT = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]/u
const WHITE_SPACE = /\s/u

function graphemeClass(c: number, s: string): number {
  if (c >= 0xd800 && c <= 0xdfff) return G_COMPLEX
  if (c === 0x200d) return G_COMPLEX
  if (c === 0x200c || c === 0x0e33 || c === 0x0eb3 || c === 0xff9e || c === 0xff9f) return G_EXTEND
  // Virama linkers (Indic conjuncts, GB9c), Hangul conjoining jamo, Malayalam dot reph (Prepend).
  if (c === 0x094d || c === 0x09cd || c === 0x0acd || c === 0x0b4d || c === 0x0c4d || c === 0x0d4d || c === 0x0d4e) {
    return G_COMPLEX
  }
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff)) return G_COMPLEX
  // Cc, Cf (incl. the prepended concatenation marks), Zl, Zp, Cn: Control or Prepend.
  if (FORMAT_OR_SEPARATOR.test(s)) return G_COMPLEX
  if (MARK.test(s)) {
    // Spacing marks that UAX #29 excludes from SpacingMark (a cluster may break before them).
    if (
      SPACING_MARK.test(s) &&
      ((c >= 0x1000 && c <= 0x109f) || (c >= 0x1a61 && c <= 0x1a64) || (c >= 0xaa7b && c <= 0xaa7d))
    ) {
      return G_COMPLEX
    }
    return G_EXTEND
  }
  return G_PLAIN
}

function compute(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    // High surrogates of planes 2 and 3 (U+20000–U+3FFFF) lead CJK ideographs.
    return c >= 0xd840 && c <= 0xd8bf ? G_COMPLEX | WORD | SPACELESS | CJK : G_COMPLEX
  }
  const s = String.fromCharCode(c)
  let flags = graphemeClass(c, s)
  if (LETTER_OR_DIGIT.test(s)) flags |= WORD
  if (WHITE_SPACE.test(s)) flags |= SPACE
  if (LETTER.test(s) && SPACELESS_SCRIPT.test(s)) {
    flags |= SPACELESS
    if (CJK_SCRIPT.test(s) && (flags & WORD) !== 0) flags |= CJK
  }
  return flags
}

let table: Uint8Array | undefined

/**
 * The flags of one UTF-16 code unit: a grapheme class ({@link G_MASK}) and the WORD, SPACELESS,
 * CJK and SPACE bits.
 */
export function charFlags(c: number): number {
  const t = table ?? (table = new Uint8Array(0x10000))
  const cached = t[c] as number
  if (cached !== 0) return cached
  const flags = compute(c)
  t[c] = flags
  return flags
}

let astral: Map<number, number> | undefined

/** WORD/SPACELESS/CJK flags of a supplementary-plane code point (emoji are none of these). */
export function astralFlags(cp: number): number {
  const cache = astral ?? (astral = new Map())
  let flags = cache.get(cp)
  if (flags === undefined) {
    const s = String.fromCodePoint(cp)
    flags = LETTER_OR_DIGIT.test(s) ? WORD : 0
    if (flags !== 0 && SPACELESS_SCRIPT.test(s)) flags |= SPACELESS | (CJK_SCRIPT.test(s) ? CJK : 0)
    cache.set(cp, flags)
  }
  return flags
}

/** Whether a code unit is whitespace (ASCII fast path, then Unicode White_Space). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return (charFlags(c) & SPACE) !== 0
}
