// Word counting and word boundaries. Spaced scripts (Latin, Cyrillic, Greek, Arabic, Hebrew,
// Devanagari, Hangul, …) are split on whitespace, which is linear and fast; runs of scripts written
// without spaces (CJK, Thai, Lao, Khmer, Myanmar) go through Intl.Segmenter word segmentation.
import { CJK_CHAR_RE, LETTER_OR_NUMBER_RE, NO_SPACE_SCRIPT_RE, segmenter } from './segmenter.js'

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function hasLetterOrNumber(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    if (isAsciiAlnum(c)) return true
    if (c >= 0x80) return LETTER_OR_NUMBER_RE.test(token)
  }
  return false
}

/**
 * Calls `onWord(start, end, cjkChars)` for each word of `text` in order (indexes into `text`; `end`
 * is exclusive and excludes trailing punctuation only in segmented runs). Returns early when
 * `onWord` returns `false`. `cjkChars` is the number of Han/Kana characters in the word.
 */
export function forEachWord(
  text: string,
  locale: string | undefined,
  onWord: (start: number, end: number, cjkChars: number) => boolean | void,
): void {
  const n = text.length
  let i = 0
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++
    if (i >= n) return
    const start = i
    let simple = true
    while (i < n && !isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) >= 0x0e00) simple = false
      i++
    }
    const token = text.slice(start, i)
    if (!simple && NO_SPACE_SCRIPT_RE.test(token)) {
      for (const seg of segmenter('word', locale).segment(token)) {
        if (seg.isWordLike !== true) continue
        const cjk = seg.segment.match(CJK_CHAR_RE)?.length ?? 0
        if (onWord(start + seg.index, start + seg.index + seg.segment.length, cjk) === false) return
      }
    } else if (hasLetterOrNumber(token)) {
      if (onWord(start, i, 0) === false) return
    }
  }
}

/**
 * Counts words: whitespace-separated tokens with a letter or digit, plus segmenter words in CJK/Thai
 * runs. `words` excludes Han/Kana words, which are reported as `cjkWords` and `cjkChars`.
 */
export function countWordsIn(text: string, locale: string | undefined): { words: number; cjkWords: number; cjkChars: number } {
  let words = 0
  let cjkWords = 0
  let cjkChars = 0
  forEachWord(text, locale, (_s, _e, cjk) => {
    if (cjk > 0) {
      cjkWords++
      cjkChars += cjk
    } else words++
  })
  return { words, cjkWords, cjkChars }
}
