// The reading-time estimate behind `readingTime` (and toTeaser, JSON-LD): `fn` is the public
// function the user called, so every refusal names it. Options have ranges that keep every
// result finite: speeds from 1 to 100,000 per minute, at most 10,000 extra images.
import { STOP_MEMBERS } from '../_internal/htmlWalker.js'
import { countHtmlWords, WordTally } from '../_internal/words.js'
import {
  assertString,
  booleanOption,
  formatOption,
  intOption,
  localeOption,
  optionsObject,
  rangeOption,
  skipOption,
} from './_options.js'
import type { ReadingTimeResult } from './types.js'

/** Range of `wordsPerMinute` and `charactersPerMinute`. */
export const SPEED = { min: 1, max: 100_000 }
/** Largest `extraImages`. */
export const MAX_EXTRA_IMAGES = 10_000

/** The options `estimateReadingTime` reads (see `ReadingTimeOptions` for their meaning). */
interface ReadingTimeFields {
  format: unknown
  wordsPerMinute: unknown
  charactersPerMinute: unknown
  imageTime: unknown
  extraImages: unknown
  freePartOnly: unknown
  skip: unknown
  locale: unknown
}

/** Seconds for `count` images: 12 + 11 + … + 4, then 3 s each (Medium's rule, used by Ghost). */
function imageSeconds(count: number): number {
  const first = Math.min(count, 9)
  return first * 12 - (first * (first - 1)) / 2 + Math.max(0, count - 9) * 3
}

/** {@link ReadingTimeOptions} checked and applied; refusals start with `fn`. */
export function estimateReadingTime(fn: string, input: unknown, options: unknown): ReadingTimeResult {
  assertString(fn, input)
  const o = optionsObject<ReadingTimeFields>(fn, options)
  const html = formatOption(fn, o.format) === 'html'
  const wpm = rangeOption(fn, 'wordsPerMinute', o.wordsPerMinute, SPEED) ?? 238
  const cpm = rangeOption(fn, 'charactersPerMinute', o.charactersPerMinute, SPEED) ?? 500
  const imageTime = booleanOption(fn, 'imageTime', o.imageTime) ?? true
  const extra = intOption(fn, 'extraImages', o.extraImages, 0, MAX_EXTRA_IMAGES) ?? 0
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
