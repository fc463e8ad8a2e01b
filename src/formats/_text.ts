// The text operations copydesk/formats needs, on top of copydesk/text: one place that decides
// how the outputs call htmlToText, excerpt and readingTime.
import { excerpt, htmlToText, readingTime } from '../text/index.js'

// Created on first use, so importing this module builds nothing at load time.
let validLocales: Map<string, string | undefined> | undefined

/** The language as a locale copydesk/text accepts, or `undefined` (runtime default) when it is not one. */
export function localeOf(language: string | undefined): string | undefined {
  if (typeof language !== 'string' || language === '') return undefined
  const cache = (validLocales ??= new Map())
  const known = cache.get(language)
  if (known !== undefined || cache.has(language)) return known
  let locale: string | undefined
  try {
    locale = Intl.getCanonicalLocales(language)[0]
  } catch {
    locale = undefined
  }
  if (cache.size < 256) cache.set(language, locale)
  return locale
}

/** HTML → plain text (copydesk/text's `htmlToText`): entities decoded once, block boundaries spaced. */
export function plainText(html: string): string {
  return htmlToText(html).trim()
}

/** Plain text cut to `maxChars` graphemes at a word boundary with an ellipsis. */
export function cutText(text: string, maxChars: number, language?: string): { text: string; truncated: boolean } {
  const locale = localeOf(language)
  const result = excerpt(
    text,
    locale === undefined ? { format: 'text', maxChars } : { format: 'text', maxChars, locale },
  )
  return { text: result.text, truncated: result.truncated }
}

/** Words and ISO 8601 reading time of an HTML body (images add Medium/Ghost-style seconds). */
export function readingStats(html: string, language: string): { words: number; minutes: number; iso8601: string } {
  const locale = localeOf(language)
  const { words, minutes, iso8601 } = readingTime(html, locale === undefined ? {} : { locale })
  return { words, minutes, iso8601 }
}
