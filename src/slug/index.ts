/**
 * URL slugs for headlines, tags and authors. {@link slugify} romanizes letters with the `slugify`
 * package's tables plus per-language rules (German, Scandinavian, Cyrillic, Greek, Vietnamese,
 * Korean), or keeps every script in unicode mode; it strips invisible characters, spells `&`,
 * keeps a length budget at word boundaries, is idempotent and never returns an empty string.
 * {@link uniqueSlug} adds `-2`, `-3`, … against the slugs in use and {@link RESERVED_SLUGS};
 * {@link isSlug} checks the shape.
 *
 * @example
 * ```ts
 * import { isSlug, slugify, uniqueSlug } from 'copydesk/slug'
 * slugify('Müller gewinnt in München', { locale: 'de' }) // 'mueller-gewinnt-in-muenchen'
 * uniqueSlug('storm-surge', ['storm-surge'])             // 'storm-surge-2'
 * isSlug('storm-surge-2')                                // true
 * ```
 *
 * @module copydesk/slug
 */
export { slugify, type SlugifyOptions } from './slugify.js'
export { uniqueSlug, type UniqueSlugOptions } from './uniqueSlug.js'
export { isSlug, type IsSlugOptions } from './isSlug.js'
export { RESERVED_SLUGS } from './reserved.js'
export type { SlugMode, SlugSeparator } from './_options.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
