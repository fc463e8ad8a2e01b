import { readAllText } from '../_internal/htmlReader.js'
import { countWordsIn } from '../_internal/words.js'
import { assertString, booleanOption, formatOption, optionsObject, positiveOption, stringOption } from './_options.js'

/** Options of {@link readingTime}. */
export interface ReadingTimeOptions {
  /** `'html'` (text as by {@link htmlToText}, `<img>` counted) or `'text'`. @defaultValue `'html'` */
  format?: 'html' | 'text' | undefined
  /** Reading speed for spaced scripts, in words per minute. @defaultValue `238` */
  wordsPerMinute?: number | undefined
  /** Reading speed for Chinese and Japanese, in characters per minute. @defaultValue `500` */
  charactersPerMinute?: number | undefined
  /** Add time for images as Medium and Ghost do: 12 s for the first, 11 s for the second, … down to 3 s each from the tenth on. @defaultValue `true` */
  imageTime?: boolean | undefined
  /** Only read up to `<!--members-only-->` (the free part of a gated article). @defaultValue `false` */
  freePartOnly?: boolean | undefined
  /** BCP 47 locale for `Intl.Segmenter` in CJK/Thai runs. @defaultValue the runtime's default */
  locale?: string | undefined
}

/** The result of {@link readingTime}. */
export interface ReadingTimeResult {
  /** Whole minutes, rounded; at least 1 whenever there is any text or image, 0 for none. */
  minutes: number
  /** Words read: spaced-script words plus Chinese/Japanese characters (each counts as one). */
  words: number
  /** Images counted (`<img>` tags), 0 in text format. */
  images: number
  /** ISO 8601 duration for schema.org `timeRequired`, e.g. `PT4M`. */
  iso8601: string
}

/** Seconds for `count` images: 12 + 11 + … + 3, then 3 s each (Medium's rule, used by Ghost). */
function imageSeconds(count: number): number {
  let total = 0
  for (let i = 0; i < count; i++) total += Math.max(3, 12 - i)
  return total
}

/**
 * Estimates reading time per script run: spaced scripts at `wordsPerMinute`, Chinese and
 * Japanese at `charactersPerMinute`, plus image time.
 *
 * @param input - HTML (default) or plain text.
 * @param options - See {@link ReadingTimeOptions}.
 * @returns `{ minutes, words, images, iso8601 }`; `{ minutes: 0, words: 0, images: 0, iso8601: 'PT0M' }` for empty input.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `input` is not a string, `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * readingTime('<p>' + 'word '.repeat(950) + '</p><img src="a.jpg">')
 * // { minutes: 4, words: 950, images: 1, iso8601: 'PT4M' }
 * readingTime('東京で雨が降った。', { format: 'text' })
 * // { minutes: 1, words: 8, images: 0, iso8601: 'PT1M' }
 * ```
 */
export function readingTime(input: string, options?: ReadingTimeOptions): ReadingTimeResult {
  const fn = 'readingTime'
  assertString(fn, input)
  const o = optionsObject<ReadingTimeOptions>(fn, options)
  const format = formatOption(fn, o.format)
  const wpm = positiveOption(fn, 'wordsPerMinute', o.wordsPerMinute) ?? 238
  const cpm = positiveOption(fn, 'charactersPerMinute', o.charactersPerMinute) ?? 500
  const withImages = booleanOption(fn, 'imageTime', o.imageTime) ?? true
  const freeOnly = booleanOption(fn, 'freePartOnly', o.freePartOnly) ?? false
  const locale = stringOption(fn, 'locale', o.locale)
  let text = input
  let images = 0
  if (format === 'html') {
    const read = readAllText(input, { stopAtMembersOnly: freeOnly })
    text = read.text
    images = read.images
  }
  const { words, cjkChars } = countWordsIn(text, locale)
  const seconds = (words / wpm) * 60 + (cjkChars / cpm) * 60 + (withImages ? imageSeconds(images) : 0)
  const minutes = words + cjkChars + images === 0 ? 0 : Math.max(1, Math.round(seconds / 60))
  return { minutes, words: words + cjkChars, images, iso8601: `PT${minutes}M` }
}
