// The per-word rules of initials(): a word's first initial grapheme, email local parts, "Last, First".
import { graphemes, isInitial } from './_name.js'
import { SUFFIXES } from './_nameWords.js'

/** Graphemes examined per word: enough for any real word, bounded for hostile input. */
export const WORD_LIMIT = 64
/** Words read from each end of the name. */
export const END_WORDS = 32
/** Longest grapheme kept whole (the longest emoji ZWJ sequences are about 20 code units). */
const GRAPHEME_UNITS = 32
const MARKS = /^.\p{M}{0,2}/su
/** What can extend a preceding character into one grapheme: marks, joiners, variation selectors,
 * emoji modifiers and tags, Thai/Lao SARA AM, Hangul vowel and final jamo. */
// eslint-disable-next-line no-misleading-character-class -- a class of lone joiners and modifiers on purpose (u flag: one code point each)
const EXTENDS = /^[\p{Grapheme_Extend}\p{Mc}\u200D\u0E33\u0EB3\u1160-\u11FF\uD7B0-\uD7FF\u{1F3FB}-\u{1F3FF}]/u
export const NO_INITIAL = ''

/** A grapheme, or for an absurdly long one (zalgo text) its first character and up to 2 marks. */
export function bounded(g: string): string {
  return g.length <= GRAPHEME_UNITS ? g : MARKS.exec(g)![0]
}

/**
 * The first grapheme of a word that can be an initial, or ''. Fast path: a first code point from
 * a script without prepended or conjoining characters (below U+0900, kana, CJK ideographs, Hangul
 * syllables), not followed by anything that extends a grapheme, is a grapheme by itself.
 */
export function wordInitial(word: string): string {
  const cp = word.codePointAt(0)
  if (cp === undefined) return NO_INITIAL
  if (
    cp < 0x900 ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7a3)
  ) {
    const first = String.fromCodePoint(cp)
    if (!EXTENDS.test(word.slice(first.length, first.length + 2))) return isInitial(first) ? first : slowInitial(word)
  }
  return slowInitial(word)
}

function slowInitial(word: string): string {
  for (const g of graphemes(word, WORD_LIMIT)) if (isInitial(g)) return bounded(g)
  return NO_INITIAL
}

export const bare = (word: string): string => word.toLowerCase().replace(/\./g, '')

/** "jane.doe@example.com" reads as "jane doe"; anything with a space or no local part is kept. */
export function emailName(text: string): string {
  const at = text.indexOf('@')
  return at > 0 && !/\s/.test(text) ? text.slice(0, at).replace(/[._+-]+/g, ' ') : text
}

/** Reorders "Álvarez, José" to "José Álvarez" and drops ", Jr." / ", PhD" style tails. */
export function commaOrder(text: string, particles: ReadonlySet<string>): string {
  if (!/[,，]/.test(text)) return text
  const parts = text
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  while (parts.length > 1 && parts[parts.length - 1]!.split(/\s+/).every((w) => SUFFIXES.has(bare(w)))) parts.pop()
  if (parts.length !== 2) return parts.join(' ')
  const family = parts[0]!.split(/\s+/).filter((w) => !particles.has(w))
  return family.length === 1 ? `${parts[1]} ${parts[0]}` : parts[0]!
}
