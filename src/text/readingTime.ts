import { STOP_MEMBERS } from '../_internal/htmlWalker.js'
import { countHtmlWords, WordTally } from '../_internal/words.js'
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import {
  assertString,
  booleanOption,
  formatOption,
  localeOption,
  optionsObject,
  positiveOption,
  skipOption,
} from './_options.js'
import type { TextFormat } from './types.js'

/** Options of {@link readingTime}. */
export interface ReadingTimeOptions {
  /**
   * `'html'`: text as {@link htmlToText} reads it, and `<img>` elements counted; `'text'`: plain text.
   * @defaultValue `'html'`
   */
  format?: TextFormat | undefined
  /**
   * Reading speed for spaced scripts and Thai/Lao/Khmer/Myanmar, in words per minute (238:
   * Brysbaert 2019; Medium uses 265, Ghost 275).
   * @defaultValue `238`
   */
  wordsPerMinute?: number | undefined
  /**
   * Reading speed for Chinese and Japanese, in Han/Kana characters per minute (Medium, Hugo).
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
   * A non-negative integer.
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

/** The result of {@link readingTime}. */
export interface ReadingTimeResult {
  /** Whole minutes, rounded to nearest; at least 1 whenever there is a word (or a timed image), 0 otherwise. */
  minutes: number
  /** Words, counted as {@link countWords} counts them. */
  words: number
  /** Images counted: `<img>` elements outside dropped content (0 in text format), plus `extraImages`. */
  images: number
  /** The minutes as an ISO 8601 duration for schema.org `timeRequired`, e.g. `'PT4M'`. */
  iso8601: string
}

/** Seconds for `count` images: 12 + 11 + … + 4, then 3 s each (Medium's rule, used by Ghost). */
function imageSeconds(count: number): number {
  const first = Math.min(count, 9)
  return first * 12 - (first * (first - 1)) / 2 + Math.max(0, count - 9) * 3
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
 * when an option has the wrong type or value.
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
  const fn = 'readingTime'
  assertString(fn, input)
  const o = optionsObject<ReadingTimeOptions>(fn, options)
  const html = formatOption(fn, o.format) === 'html'
  const wpm = positiveOption(fn, 'wordsPerMinute', o.wordsPerMinute) ?? 238
  const cpm = positiveOption(fn, 'charactersPerMinute', o.charactersPerMinute) ?? 500
  const imageTime = booleanOption(fn, 'imageTime', o.imageTime) ?? true
  const extra = o.extraImages ?? 0
  if (typeof extra !== 'number' || !Number.isInteger(extra) || extra < 0) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.extraImages must be an integer ≥ 0, received ${describe(extra)}`,
    )
  }
  const stops = (booleanOption(fn, 'freePartOnly', o.freePartOnly) ?? false) ? STOP_MEMBERS : 0
  const skip = skipOption(fn, o.skip)
  const locale = localeOption(fn, o.locale)
  let tally: WordTally
  let images = extra
  if (html) {
    const counted = countHtmlWords(input, stops, skip, locale)
    tally = counted.tally
    images += counted.images
  } else {
    tally = new WordTally(locale)
    tally.feed(input, 0, input.length)
    tally.end()
  }
  const words = tally.words + tally.cjkWords
  const seconds = (tally.words * 60) / wpm + (tally.cjkChars * 60) / cpm + (imageTime ? imageSeconds(images) : 0)
  const minutes = words === 0 && (images === 0 || !imageTime) ? 0 : Math.max(1, Math.round(seconds / 60))
  return { minutes, words, images, iso8601: `PT${minutes}M` }
}
