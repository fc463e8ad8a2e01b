import { estimateReadingTime } from './_readingTime.js'
import type { ReadingTimeResult, TextFormat } from './types.js'

export type { ReadingTimeResult } from './types.js'

/** Options of {@link readingTime}. */
export interface ReadingTimeOptions {
  /**
   * `'html'`: text as {@link htmlToText} reads it, and `<img>` elements counted; `'text'`: plain text.
   * @defaultValue `'html'`
   */
  format?: TextFormat | undefined
  /**
   * Reading speed for spaced scripts and Thai/Lao/Khmer/Myanmar, in words per minute (238:
   * Brysbaert 2019; Medium uses 265, Ghost 275). A finite number from 1 to 100,000.
   * @defaultValue `238`
   */
  wordsPerMinute?: number | undefined
  /**
   * Reading speed for Chinese and Japanese, in Han/Kana characters per minute (Medium, Hugo).
   * A finite number from 1 to 100,000.
   * @defaultValue `500`
   */
  charactersPerMinute?: number | undefined
  /**
   * Add image time as Medium and Ghost do: 12 s for the first image, 11 s for the second, … and
   * 3 s for the tenth and every one after.
   * @defaultValue `true`
   */
  imageTime?: boolean | undefined
  /**
   * Images shown outside the body, counted before the body's (Ghost counts the feature image).
   * An integer from 0 to 10,000.
   * @defaultValue `0`
   */
  extraImages?: number | undefined
  /**
   * Read only up to `<!--members-only-->`: the free part of a gated article.
   * @defaultValue `false`
   */
  freePartOnly?: boolean | undefined
  /**
   * Extra elements whose content is not read (html format), e.g. `['figcaption', 'aside']`.
   * @defaultValue `[]`
   */
  skip?: readonly string[] | undefined
  /**
   * BCP 47 language of the text, for `Intl.Segmenter` in scripts written without spaces.
   * @defaultValue `'en'`
   */
  locale?: string | undefined
}

/**
 * Estimates the reading time of an article, per script run: words of spaced scripts (and of
 * Thai, Lao, Khmer, Myanmar) at `wordsPerMinute`, Han and Kana characters at
 * `charactersPerMinute`, plus image time. HTML is read in one pass, as {@link htmlToText} reads it
 * (scripts, styles and other dropped elements do not count), without building the text.
 *
 * @param input - HTML (default) or plain text.
 * @param options - Speeds, image time, free part, language; see {@link ReadingTimeOptions}.
 * @returns `{ minutes, words, images, iso8601 }`; `{ minutes: 0, words: 0, images: 0, iso8601: 'PT0M' }` for empty input.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `input` is not a string; `INVALID_OPTIONS`
 * when an option has the wrong type or is out of its range (so the result is always finite).
 *
 * @example
 * ```ts
 * readingTime('<p>' + 'word '.repeat(950) + '</p><img src="a.jpg">')
 * // { minutes: 4, words: 950, images: 1, iso8601: 'PT4M' }
 * readingTime('<p>我们今天去北京。</p>', { locale: 'zh' })
 * // { minutes: 1, words: 4, images: 0, iso8601: 'PT1M' }
 * readingTime('')
 * // { minutes: 0, words: 0, images: 0, iso8601: 'PT0M' }
 * ```
 */
export function readingTime(input: string, options?: ReadingTimeOptions): ReadingTimeResult {
  return estimateReadingTime('readingTime', input, options)
}
