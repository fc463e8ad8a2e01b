import { booleanOption, checkString, intOption, refuse } from '../_internal/check.js'
import { CopydeskError } from '../errors.js'
import { resolveSlugOptions } from './_options.js'
import { cut } from './_fallback.js'
import { makeSlug } from './_scan.js'
import { RESERVED_SLUGS } from './reserved.js'
import type { SlugifyOptions } from './slugify.js'

/** Options for {@link uniqueSlug}: the {@link SlugifyOptions} plus the reservation rules. */
export interface UniqueSlugOptions extends SlugifyOptions {
  /**
   * Slugs never to return, as a list (compared exactly) or a predicate. Replaces the default list;
   * spread it to extend: `[...RESERVED_SLUGS, 'shop']`. Pass `[]` to reserve nothing.
   * @defaultValue {@link RESERVED_SLUGS}
   */
  reserved?: Iterable<string> | ((slug: string) => boolean) | undefined
  /**
   * Also refuse slugs made only of digits (`2026`, `404`, or `٢٠٢٦` in unicode mode), which clash
   * with date archives and page numbers (WordPress refuses them too). `2026-2` is then the first choice.
   * @defaultValue `true`
   */
  reserveNumeric?: boolean | undefined
  /**
   * How many counters to try (`-2` up to `-(maxAttempts + 1)`) before giving up; at most 1,000,000.
   * @defaultValue `10000`
   */
  maxAttempts?: number | undefined
}

type Predicate = (slug: string) => boolean

function membership(value: unknown): Predicate | undefined {
  if (typeof value === 'function') return value as Predicate
  if (typeof value === 'string' || typeof value !== 'object' || value === null) return undefined
  if (value instanceof Set) return (slug) => value.has(slug)
  if (typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') return undefined
  const set = new Set(value as Iterable<unknown>)
  return (slug) => set.has(slug)
}

const DIGITS_RE = /^\p{Nd}+$/u

/**
 * Makes a slug that is not taken and not reserved: the slug of `base` itself when it is free,
 * else `base-2`, `base-3`, … (the counter both Ghost and WordPress use). The base is cut (at a
 * word boundary, as {@link slugify} does) before the counter is added, so the result never
 * exceeds `maxCodeUnits`. `base` goes through {@link slugify} with the same options first, which
 * changes nothing when it is already a slug. Pure: `taken` is only read.
 *
 * @param base - The preferred slug, or the headline to make one from.
 * @param taken - The slugs in use: any iterable of strings (a `Set` is used as is, anything else is
 * copied into one), or a predicate answering "is this slug taken?".
 * @param options - {@link SlugifyOptions} plus the reservation rules; see {@link UniqueSlugOptions}.
 * @returns A slug that `taken` does not contain, that is not reserved, and that fits `maxCodeUnits`.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `base` is not a string or `taken` is not an
 * iterable or a function; `INVALID_OPTIONS` for a bad option; `DUPLICATE` when every counter up to
 * `maxAttempts + 1` is taken.
 *
 * @example
 * ```ts
 * uniqueSlug('storm-surge', ['storm-surge'])                 // 'storm-surge-2'
 * uniqueSlug('Storm surge', new Set(['storm-surge', 'storm-surge-2'])) // 'storm-surge-3'
 * uniqueSlug('rss', [])                                      // 'rss-2'
 * uniqueSlug('2026', [])                                     // '2026-2'
 * uniqueSlug('harbor-ferry-strands', ['harbor-ferry-strands'], { maxCodeUnits: 20 }) // 'harbor-ferry-2'
 * uniqueSlug('tide', (slug) => slug === 'tide' || slug === 'tide-2')          // 'tide-3'
 * ```
 */
export function uniqueSlug(
  base: string,
  taken: Iterable<string> | ((slug: string) => boolean),
  options?: UniqueSlugOptions,
): string {
  checkString('uniqueSlug', base, 'base')
  const isTaken = membership(taken)
  if (isTaken === undefined) {
    throw refuse('uniqueSlug', 'INVALID_INPUT', 'taken', 'an iterable of strings or a function', taken)
  }
  const o = resolveSlugOptions('uniqueSlug', options)
  const extra = (options ?? {}) as UniqueSlugOptions
  const isReserved =
    extra.reserved === undefined ? (slug: string) => RESERVED_SLUGS.has(slug) : membership(extra.reserved)
  if (isReserved === undefined) {
    throw refuse(
      'uniqueSlug',
      'INVALID_OPTIONS',
      'options.reserved',
      'an iterable of strings or a function',
      extra.reserved,
    )
  }
  const reserveNumeric = booleanOption('uniqueSlug', 'reserveNumeric', extra.reserveNumeric, true)
  const maxAttempts = intOption('uniqueSlug', 'maxAttempts', extra.maxAttempts, { min: 1, max: 1_000_000 }, 10_000)

  const free = (slug: string): boolean =>
    !(reserveNumeric && DIGITS_RE.test(slug)) && !isReserved(slug) && !isTaken(slug)
  const slug = makeSlug(base, o)
  if (free(slug)) return slug
  for (let n = 2; n <= maxAttempts + 1; n++) {
    const suffix = `${o.separator}${n}`
    const candidate = cut(slug, o.maxLength - suffix.length, o.separator) + suffix
    if (free(candidate)) return candidate
  }
  throw new CopydeskError(
    'DUPLICATE',
    `uniqueSlug: every slug from "${slug}" to counter ${maxAttempts + 1} is taken or reserved`,
  )
}
