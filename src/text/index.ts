/**
 * Text that is correct in every script: HTML to plain text without glued words or leaked
 * scripts ({@link htmlToText}), teaser excerpts that never split a word, a grapheme or an entity
 * and stop reading as soon as they have enough ({@link excerpt}), and word counts and reading
 * time per script run, with `Intl.Segmenter` for Chinese, Japanese and Thai ({@link countWords},
 * {@link readingTime}).
 *
 * @example
 * ```ts
 * import { countWords, excerpt, htmlToText, readingTime } from 'copydesk/text'
 * htmlToText('<p>Billie Eilish</a></p><p>are back</p>')     // 'Billie Eilish are back'
 * excerpt('<p>One two three four</p>', { maxWords: 2 })     // { text: 'One two…', truncated: true }
 * countWords('東京は晴れです', { locale: 'ja' })              // 4
 * readingTime('<p>' + 'word '.repeat(950) + '</p>').iso8601 // 'PT4M'
 * ```
 *
 * @module copydesk/text
 */
export { htmlToText, type HtmlToTextOptions } from './htmlToText.js'
export { excerpt, type ExcerptOptions, type ExcerptResult } from './excerpt.js'
export { countWords, type CountWordsOptions } from './countWords.js'
export { readingTime, type ReadingTimeOptions, type ReadingTimeResult } from './readingTime.js'
export type { TextFormat, TextMarker } from './types.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
