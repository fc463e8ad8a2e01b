/**
 * Text that is correct in every script: HTML to plain text without glued words or leaked
 * scripts, excerpts that never split a grapheme or a word, word counts and reading time per
 * script run (`Intl.Segmenter` for CJK and Thai).
 *
 * @example
 * ```ts
 * import { excerpt, htmlToText, readingTime } from 'copydesk/text'
 * htmlToText('<p>Billie Eilish</a></p><p>are back</p>') // 'Billie Eilish are back'
 * ```
 *
 * @module copydesk/text
 */
export { htmlToText, type HtmlToTextOptions } from './htmlToText.js'
export { excerpt, type ExcerptOptions, type ExcerptResult } from './excerpt.js'
export { countWords, type CountWordsOptions } from './countWords.js'
export { readingTime, type ReadingTimeOptions, type ReadingTimeResult } from './readingTime.js'
export { CopydeskError, isCopydeskError } from '../errors.js'
export type { CopydeskErrorCode } from '../errors.js'
