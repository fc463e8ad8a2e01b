// Option checking and defaults for slugify, uniqueSlug and isSlug, applied in one place.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { CONJUNCTIONS, ELISION_LANGUAGES, LANGUAGE_ALIASES } from './_tables.js'

/** How {@link slugify} treats letters outside ASCII. */
export type SlugMode = 'ascii' | 'unicode'

/** The characters a slug's words may be joined with (all URL-unreserved, none needs escaping). */
export type SlugSeparator = '-' | '_' | '.' | '~'

/** The default length budget: Ghost's 185, which leaves room for a counter under the schema's 191. */
export const DEFAULT_MAX_LENGTH = 185
/** The smallest `maxLength` accepted: the fallback slug (`n-` and 8 characters) must fit. */
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
// Anchored; each repeated group starts with [-_], which the previous group cannot contain: linear.
const LOCALE_RE = /^[A-Z]{2,3}(?:[-_][A-Z0-9]{1,8})*$/i

function resolve(lang: string, mode: SlugMode, maxLength: number, separator: SlugSeparator): ResolvedSlugOptions {
  const words = CONJUNCTIONS[lang]
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

function fail(fn: string, what: string, value: unknown): never {
  throw new CopydeskError('INVALID_OPTIONS', `${fn}: ${what}, received ${describe(value)}`)
}

/** Reads the primary language subtag of a BCP 47 tag ('de-AT' → 'de', 'no' → 'nb'). */
export function languageOf(fn: string, locale: unknown): string {
  if (typeof locale !== 'string' || locale.length > 35 || !LOCALE_RE.test(locale)) {
    fail(fn, 'options.locale must be a BCP 47 language tag such as "de" or "pt-BR"', locale)
  }
  const dash = locale.search(/[-_]/)
  const primary = (dash === -1 ? locale : locale.slice(0, dash)).toLowerCase()
  return LANGUAGE_ALIASES[primary] ?? primary
}

/** Checks an options object shared by the slug functions; throws INVALID_OPTIONS naming `fn`. */
export function resolveSlugOptions(fn: string, options: unknown): ResolvedSlugOptions {
  if (options === undefined) return DEFAULT_OPTIONS
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(fn, 'options must be an object', options)
  }
  const o = options as Record<string, unknown>
  const lang = o.locale === undefined ? 'en' : languageOf(fn, o.locale)
  const mode = o.mode === undefined ? 'ascii' : o.mode
  if (mode !== 'ascii' && mode !== 'unicode') fail(fn, 'options.mode must be "ascii" or "unicode"', mode)
  const maxLength = o.maxLength === undefined ? DEFAULT_MAX_LENGTH : o.maxLength
  if (
    typeof maxLength !== 'number' ||
    !(maxLength === Number.POSITIVE_INFINITY || Number.isInteger(maxLength)) ||
    maxLength < MIN_MAX_LENGTH
  ) {
    fail(fn, `options.maxLength must be an integer of at least ${MIN_MAX_LENGTH}, or Infinity`, maxLength)
  }
  const separator = o.separator === undefined ? '-' : o.separator
  if (typeof separator !== 'string' || !SEPARATORS.includes(separator)) {
    fail(fn, 'options.separator must be one of "-", "_", ".", "~"', separator)
  }
  if (lang === 'en' && mode === 'ascii' && maxLength === DEFAULT_MAX_LENGTH && separator === '-') return DEFAULT_OPTIONS
  return resolve(lang, mode, maxLength, separator as SlugSeparator)
}
