/**
 * Option types shared by several copydesk functions (after date-fns's `src/types.ts`): an option
 * that many functions take is one type, accepted the same way everywhere.
 *
 * @module copydesk/options
 */

/**
 * A point in time as copydesk accepts it everywhere: a `Date`, epoch milliseconds, or an ISO 8601
 * string (date-times without an offset are read as UTC).
 *
 * @example
 * ```ts
 * const a: DateLike = new Date('2026-03-01T12:00:00Z')
 * const b: DateLike = 1772366400000
 * const c: DateLike = '2026-03-01T12:00:00Z'
 * ```
 */
export type DateLike = Date | string | number

/**
 * The `now` option: the clock a function reads instead of the system clock, so the same call gives
 * the same answer in a browser preview and on the server.
 *
 * @example
 * ```ts
 * const options: NowOption = { now: '2026-03-01T12:00:00Z' }
 * ```
 */
export interface NowOption {
  /**
   * The current time.
   *
   * @defaultValue `new Date()` at the call
   */
  now?: DateLike
}

/**
 * The `locale` option: a BCP 47 language tag such as `'en'`, `'de-CH'` or `'pt-BR'`.
 *
 * @example
 * ```ts
 * const options: LocaleOption = { locale: 'pt-BR' }
 * ```
 */
export interface LocaleOption {
  /**
   * A BCP 47 language tag.
   *
   * @defaultValue `'en'`
   */
  locale?: string
}
