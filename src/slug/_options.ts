// Option checking and defaults for slugify, uniqueSlug and isSlug, applied in one place.
import { checkOptions, localeOption, own, refuse } from '../_internal/check.js'
import { CONJUNCTIONS, ELISION_LANGUAGES, LANGUAGE_ALIASES, UNICODE_LANGUAGES } from './_tables.js'

/** How {@link slugify} treats letters outside ASCII. */
export type SlugMode = 'ascii' | 'unicode'

/** The characters a slug's words may be joined with (all URL-unreserved, none needs escaping). */
export type SlugSeparator = '-' | '_' | '.' | '~'

/** The default length budget: Ghost's 185, which leaves room for a counter under the schema's 191. */
export const DEFAULT_MAX_LENGTH = 185
/** The smallest `maxCodeUnits` accepted: the fallback slug (`n-` and 8 characters) must fit. */
export const MIN_MAX_LENGTH = 10

/** Options after checking, with every default applied. */
export interface ResolvedSlugOptions {
  /** Primary language subtag, lower case ('de', 'nb', …); 'en' by default. */
  lang: string
  mode: SlugMode
  maxLength: number
  separator: SlugSeparator
  /** The word `&` becomes, already in slug form ('' when the language has none in our table). */
  conjunction: string
  /** Whether an apostrophe separates words (French "l'homme" → "l-homme") instead of vanishing. */
  apostropheSeparates: boolean
}

const SEPARATORS: readonly string[] = ['-', '_', '.', '~']

function resolve(lang: string, mode: SlugMode, maxLength: number, separator: SlugSeparator): ResolvedSlugOptions {
  const words = own(CONJUNCTIONS, lang)
  return {
    lang,
    mode,
    maxLength,
    separator,
    conjunction: words === undefined ? '' : mode === 'ascii' ? words[0] : words[1],
    apostropheSeparates: ELISION_LANGUAGES.includes(lang),
  }
}

/** The defaults, resolved once: the common `slugify(title)` call skips all checking. */
export const DEFAULT_OPTIONS: ResolvedSlugOptions = resolve('en', 'ascii', DEFAULT_MAX_LENGTH, '-')

/** Reads the primary language subtag of a BCP 47 tag ('de-AT' → 'de', 'no' → 'nb'). */
export function languageOf(fn: string, locale: unknown): string {
  const tag = localeOption(fn, locale, 'en')
  const dash = tag.indexOf('-')
  const primary = (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase()
  return own(LANGUAGE_ALIASES, primary) ?? primary
}

/**
 * Checks an options object shared by the slug functions; throws INVALID_OPTIONS naming `fn`.
 * `maxCodeUnits` is read, or its deprecated 0.1 name `maxLength`.
 */
export function resolveSlugOptions(fn: string, options: unknown): ResolvedSlugOptions {
  if (options === undefined) return DEFAULT_OPTIONS
  const o = checkOptions<Record<string, unknown>>(fn, options)
  const lang = o.locale === undefined ? 'en' : languageOf(fn, o.locale)
  const mode = o.mode === undefined ? (UNICODE_LANGUAGES.includes(lang) ? 'unicode' : 'ascii') : o.mode
  if (mode !== 'ascii' && mode !== 'unicode')
    throw refuse(fn, 'INVALID_OPTIONS', 'options.mode', '"ascii" or "unicode"', mode)
  const name = o.maxCodeUnits === undefined && o.maxLength !== undefined ? 'maxLength' : 'maxCodeUnits'
  const value = o[name]
  const maxCodeUnits = value === undefined ? DEFAULT_MAX_LENGTH : value
  if (
    typeof maxCodeUnits !== 'number' ||
    !(maxCodeUnits === Number.POSITIVE_INFINITY || Number.isInteger(maxCodeUnits)) ||
    maxCodeUnits < MIN_MAX_LENGTH
  ) {
    throw refuse(
      fn,
      'INVALID_OPTIONS',
      `options.${name}`,
      `an integer of at least ${MIN_MAX_LENGTH}, or Infinity`,
      maxCodeUnits,
    )
  }
  const separator = o.separator === undefined ? '-' : o.separator
  if (typeof separator !== 'string' || !SEPARATORS.includes(separator)) {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.separator', 'one of "-", "_", ".", "~"', separator)
  }
  if (lang === 'en' && mode === 'ascii' && maxCodeUnits === DEFAULT_MAX_LENGTH && separator === '-')
    return DEFAULT_OPTIONS
  return resolve(lang, mode, maxCodeUnits, separator as SlugSeparator)
}
