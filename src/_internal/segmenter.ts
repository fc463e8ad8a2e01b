// Cached Intl.Segmenter instances (constructing one costs far more than using it).
const cache = new Map<string, Intl.Segmenter>()

/** A shared segmenter for a locale and granularity. Invalid locales fall back to the default. */
export function segmenter(granularity: 'grapheme' | 'word' | 'sentence', locale: string | undefined): Intl.Segmenter {
  const key = `${granularity}|${locale ?? ''}`
  let found = cache.get(key)
  if (found === undefined) {
    try {
      found = new Intl.Segmenter(locale, { granularity })
    } catch {
      found = new Intl.Segmenter(undefined, { granularity })
    }
    if (cache.size < 64) cache.set(key, found)
  }
  return found
}

/** Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Kana, Han (incl. supplementary planes). */
export const NO_SPACE_SCRIPT_RE: RegExp =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD87F][\uDC00-\uDFFF]/

/** Han and Kana, read character by character (reading speed in characters per minute). */
export const CJK_CHAR_RE: RegExp = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD87F][\uDC00-\uDFFF]/g

/** A letter or number of any script. */
export const LETTER_OR_NUMBER_RE: RegExp = /[\p{L}\p{N}]/u

/** `true` when every code unit is below U+0300, so each code unit is one grapheme (no marks, no surrogates). */
export function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x300 || (c < 32 && c !== 10 && c !== 9)) return false
  }
  return true
}

/** Number of graphemes in `text`. */
export function graphemeCount(text: string, locale?: string): number {
  if (isSimpleText(text)) return text.length
  let count = 0
  for (const _ of segmenter('grapheme', locale).segment(text)) count++
  return count
}
