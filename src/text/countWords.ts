import { countWordsIn } from '../_internal/words.js'
import { assertString, optionsObject, stringOption } from './_options.js'

/** Options of {@link countWords}. */
export interface CountWordsOptions {
  /** BCP 47 locale for `Intl.Segmenter` in CJK/Thai runs. @defaultValue the runtime's default */
  locale?: string | undefined
}

/**
 * Counts the words of plain text, per script run.
 *
 * A word is a whitespace-separated token that holds at least one letter or digit (so "—" and
 * "…" are not words, "don't", "well-known" and "3.5%" are one each). Runs of scripts written
 * without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split by `Intl.Segmenter`
 * and each word-like segment counts once. Use {@link htmlToText} first for HTML.
 *
 * @param text - Plain text.
 * @param options - See {@link CountWordsOptions}.
 * @returns The number of words; `0` for empty or punctuation-only text.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `text` is not a string, `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * countWords('The storm — a well-known menace — is back.') // 7
 * countWords('東京で雨が降った', { locale: 'ja' })          // 5
 * ```
 */
export function countWords(text: string, options?: CountWordsOptions): number {
  const fn = 'countWords'
  assertString(fn, text, 'text')
  const o = optionsObject<CountWordsOptions>(fn, options)
  const { words, cjkWords } = countWordsIn(text, stringOption(fn, 'locale', o.locale))
  return words + cjkWords
}
