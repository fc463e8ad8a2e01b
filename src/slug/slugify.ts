import { checkString } from '../_internal/check.js'
import { resolveSlugOptions, type SlugMode, type SlugSeparator } from './_options.js'
import { makeSlug } from './_scan.js'

/** Options for {@link slugify}. */
export interface SlugifyOptions {
  /**
   * BCP 47 language of the text (`'de'`, `'pt-BR'`, `'nb'`): picks the romanization of letters in
   * ascii mode (German ä → ae, Danish/Norwegian ø → oe and å → aa, Swedish å ä ö → a a o,
   * Russian/Ukrainian/Bulgarian/Serbian Cyrillic, Vietnamese đ → d), the word `&` becomes (`and`,
   * `und`, `et`, `y`, `og`, …; dropped for languages without one in the table) and whether an
   * apostrophe separates words (French, Italian, Catalan: "l'État" → `l-etat`) or vanishes
   * ("Don't" → `dont`). Only the primary subtag matters; unknown languages use the defaults.
   * For a language whose script has no romanization table (Japanese, Chinese, Thai, Hebrew, the
   * Indic scripts, …) the default `mode` is `'unicode'`.
   * @defaultValue `'en'`
   */
  locale?: string | undefined
  /**
   * `'ascii'`: romanize every letter the tables know (built on the `slugify` package's
   * transliteration) and drop the rest; the result matches `^[a-z0-9]+(-[a-z0-9]+)*$`.
   * `'unicode'`: keep letters and digits of every script, lower-cased and NFC-normalized, for IRIs
   * (`'東京の天気'`, `'straße'`); the result matches the schema's Unicode slug pattern.
   * @defaultValue `'unicode'` when `locale` is a language without a romanization table (`ja`,
   *   `zh`, `th`, `he`, `hi`, …), otherwise `'ascii'`
   */
  mode?: SlugMode | undefined
  /**
   * Longest result, in UTF-16 code units (what the schema measures; `maxChars` elsewhere in
   * copydesk counts graphemes, hence the name). The slug is cut at the last
   * separator within the budget when that keeps at least half of it, otherwise inside the word
   * (never inside a character or between a letter and its marks); never a trailing separator. An
   * integer of at least 10 (the fallback must fit), or `Infinity`.
   * @defaultValue `185` (Ghost's budget, leaving room for a `-N` counter under the schema's 191)
   */
  maxCodeUnits?: number | undefined
  /**
   * The 0.1 name of `maxCodeUnits`, read when `maxCodeUnits` is absent.
   * @deprecated Use `maxCodeUnits`; `maxLength` will be removed in 0.3.
   */
  maxLength?: number | undefined
  /**
   * What joins the words: `'-'`, `'_'`, `'.'` or `'~'` (the URL-safe punctuation).
   * @defaultValue `'-'`
   */
  separator?: SlugSeparator | undefined
}

/**
 * Turns a headline or name into a URL slug.
 *
 * Invisible characters (zero-width, bidi controls, soft hyphens, variation selectors) are removed
 * first. Letters and digits form words; an apostrophe is removed inside a word (unless the language
 * elides with it); `&` becomes the language's word for "and"; everything else separates words, and
 * words are joined by one separator with none at either end. See `docs/slug.md` for every rule.
 *
 * When nothing sluggable is left (emoji only, punctuation only, CJK in ascii mode, the empty
 * string, or in ascii mode only digits from a text whose letters could not be romanized) the result is a deterministic fallback derived from the input: `n`, the separator and 8
 * base-36 digits of a 53-bit integer hash of the NFC-normalized, trimmed input, e.g. `n-rp9uygi1`.
 * The same input gives the same fallback on every runtime. The function is idempotent:
 * `slugify(slugify(x, o), o) === slugify(x, o)`.
 *
 * @param input - The text to turn into a slug.
 * @param options - Language, mode, length budget and separator; see {@link SlugifyOptions}.
 * @returns A non-empty slug.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `input` is not a string; `INVALID_OPTIONS`
 * when an option has the wrong type or value.
 *
 * @example
 * ```ts
 * slugify('Council’s $412M budget: roads, seawalls & a "rainy-day" fund')
 * // 'councils-412m-budget-roads-seawalls-and-a-rainy-day-fund'
 * slugify('Müller gewinnt in München', { locale: 'de' }) // 'mueller-gewinnt-in-muenchen'
 * slugify('Київ готується до зими', { locale: 'uk' })     // 'kyiv-hotuietsia-do-zymy'
 * slugify('東京の天気', { mode: 'unicode' })              // '東京の天気'
 * slugify('東京で初雪、平年より5日早く', { locale: 'ja' })  // '東京で初雪-平年より5日早く'
 * slugify('🎉🎉🎉')                                       // 'n-rp9uygi1'
 * ```
 */
export function slugify(input: string, options?: SlugifyOptions): string {
  checkString('slugify', input)
  return makeSlug(input, resolveSlugOptions('slugify', options))
}
