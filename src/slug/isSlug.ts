import { ASCII_SLUG_RE, UNICODE_SLUG_RE } from '../_internal/patterns.js'
import { resolveSlugOptions, type SlugMode, type SlugSeparator } from './_options.js'

/** Options for {@link isSlug}: the shape rules of {@link SlugifyOptions}, which they mirror. */
export interface IsSlugOptions {
  /**
   * `'ascii'`: lowercase ASCII letters and digits only. `'unicode'`: also lowercase letters, marks
   * and digits of every script (the schema's slug pattern), in NFC.
   * @defaultValue `'ascii'`
   */
  mode?: SlugMode | undefined
  /**
   * Longest accepted slug, in UTF-16 code units: an integer of at least 10, or `Infinity`.
   * @defaultValue `185` (as {@link slugify})
   */
  maxCodeUnits?: number | undefined
  /**
   * The 0.1 name of `maxCodeUnits`.
   * @deprecated Use `maxCodeUnits`; `maxLength` will be removed in 0.3.
   */
  maxLength?: number | undefined
  /**
   * The character between words: `'-'`, `'_'`, `'.'` or `'~'`.
   * @defaultValue `'-'`
   */
  separator?: SlugSeparator | undefined
}

/**
 * Tells whether a value is a well-formed slug: non-empty, within `maxCodeUnits`, words of allowed
 * characters joined by single separators, none at either end. In ascii mode `isSlug(s, o)` holds
 * exactly when `slugify(s, o) === s`. It checks shape only, not {@link RESERVED_SLUGS}.
 * Non-strings give `false`; a long value is rejected by its length before any pattern runs.
 *
 * @param value - Anything.
 * @param options - Mode, length budget and separator; see {@link IsSlugOptions}.
 * @returns `true` when `value` is a slug under these options.
 * @throws {@link CopydeskError} `INVALID_OPTIONS` when an option has the wrong type or value.
 *
 * @example
 * ```ts
 * isSlug('storm-surge-floods')                   // true
 * isSlug('Storm-Surge')                          // false
 * isSlug('storm--surge')                         // false
 * isSlug('東京の天気', { mode: 'unicode' })       // true
 * isSlug('storm_surge', { separator: '_' })      // true
 * ```
 */
export function isSlug(value: unknown, options?: IsSlugOptions): boolean {
  const o = resolveSlugOptions('isSlug', options)
  if (typeof value !== 'string' || value.length === 0 || value.length > o.maxLength) return false
  let text = value
  if (o.separator !== '-') {
    if (text.includes('-')) return false
    text = text.replaceAll(o.separator, '-')
  }
  if (o.mode === 'ascii') return ASCII_SLUG_RE.test(text)
  return UNICODE_SLUG_RE.test(text) && text === text.normalize('NFC')
}
