import { WordTally } from '../_internal/words.js'
import { assertString, localeOption, optionsObject } from './_options.js'

/** Options of {@link countWords}. */
export interface CountWordsOptions {
  /**
   * BCP 47 language of the text, for `Intl.Segmenter` in scripts written without spaces.
   * @defaultValue `'en'`
   */
  locale?: string | undefined
}

/**
 * Counts the words of plain text, per script run.
 *
 * In spaced scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, …) a word is a
 * whitespace-separated token with at least one letter or digit, so "—", "&" and "🎉" are not
 * words while "don't", "well-known", "U.S." and "3.5%" are one each. Runs of scripts written
 * without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split by `Intl.Segmenter`
 * and every word-like segment counts once. For HTML, use {@link readingTime}'s `words`, which
 * counts the same way without building the text.
 *
 * @param text - Plain text.
 * @param options - The language; see {@link CountWordsOptions}.
 * @returns The number of words; `0` for empty, blank or punctuation-only text.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `text` is not a string; `INVALID_OPTIONS`
 * when `locale` is not a language tag.
 *
 * @example
 * ```ts
 * countWords('The storm — a well-known menace — is back.') // 7
 * countWords('東京は晴れです', { locale: 'ja' })            // 4
 * countWords('สวัสดีครับ วันนี้อากาศดี', { locale: 'th' })   // 6
 * ```
 */
export function countWords(text: string, options?: CountWordsOptions): number {
  const fn = 'countWords'
  assertString(fn, text, 'text')
  const o = optionsObject<CountWordsOptions>(fn, options)
  const tally = new WordTally(localeOption(fn, o.locale))
  tally.feed(text, 0, text.length)
  tally.end()
  return tally.words + tally.cjkWords
}
