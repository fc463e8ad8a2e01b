// The one option and input checker of copydesk (after valibot's `_addIssue`): every refusal of a
// public function is built by `refuse`, so every message has the same shape,
//   `<function>: <what> must be <expected>, received <description>`
// and names the public function the user called (never an inner helper). Entries call these
// helpers instead of writing their own `fail`/`bad` functions.
import { CopydeskError, type CopydeskErrorCode } from '../errors.js'
import { describe } from './describe.js'

/** Builds the error for one refused value. `what` is `input`, `options.maxChars`, `article.slug`… */
export function refuse(
  fn: string,
  code: CopydeskErrorCode,
  what: string,
  expected: string,
  value: unknown,
  cause?: unknown,
): CopydeskError {
  return new CopydeskError(
    code,
    `${fn}: ${what} must be ${expected}, received ${describe(value)}`,
    cause === undefined ? undefined : { cause },
  )
}

/** `true` for a plain object-like value: not `null`, not an array, not a function. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The options argument as an object: `undefined` → `{}`; an array, `null` or any non-object is
 * `INVALID_OPTIONS` (the same answer in every function).
 */
export function checkOptions<T extends object>(fn: string, options: unknown): Partial<T> {
  if (options === undefined) return {}
  if (!isRecord(options)) throw refuse(fn, 'INVALID_OPTIONS', 'options', 'an object', options)
  return options as Partial<T>
}

/** Throws `INVALID_INPUT` unless `value` is a string. */
export function checkString(fn: string, value: unknown, what = 'input'): string {
  if (typeof value !== 'string') throw refuse(fn, 'INVALID_INPUT', what, 'a string', value)
  return value
}

/** Throws `INVALID_INPUT` unless `value` is a plain object. */
export function checkRecord(fn: string, value: unknown, what = 'input'): Record<string, unknown> {
  if (!isRecord(value)) throw refuse(fn, 'INVALID_INPUT', what, 'an object', value)
  return value
}

/** Bounds of a numeric option; both inclusive. */
export interface Range {
  min?: number
  max?: number
}

function rangeText(range: Range, integer: boolean): string {
  const kind = integer ? 'an integer' : 'a finite number'
  if (range.min !== undefined && range.max !== undefined) return `${kind} from ${range.min} to ${range.max}`
  if (range.min !== undefined) return `${kind} ≥ ${range.min}`
  if (range.max !== undefined) return `${kind} ≤ ${range.max}`
  return kind
}

function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max)
}

/** The one numeric option check: an optional number in `range` (inclusive), an integer when `integer`. */
function rangedOption<F extends number | undefined>(
  fn: string,
  name: string,
  value: unknown,
  range: Range,
  fallback: F,
  integer: boolean,
): number | F {
  if (value === undefined) return fallback
  if (
    typeof value !== 'number' ||
    !(integer ? Number.isInteger(value) : Number.isFinite(value)) ||
    !inRange(value, range)
  ) {
    throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, rangeText(range, integer), value)
  }
  return value
}

/** An optional integer option in `range` (inclusive); `fallback` when absent. */
export function intOption<F extends number | undefined>(
  fn: string,
  name: string,
  value: unknown,
  range: Range,
  fallback: F,
): number | F {
  return rangedOption(fn, name, value, range, fallback, true)
}

/** An optional finite number option in `range` (inclusive); `fallback` when absent. */
export function numberOption<F extends number | undefined>(
  fn: string,
  name: string,
  value: unknown,
  range: Range,
  fallback: F,
): number | F {
  return rangedOption(fn, name, value, range, fallback, false)
}

/** An optional boolean option; `fallback` when absent. */
export function booleanOption<F extends boolean | undefined>(
  fn: string,
  name: string,
  value: unknown,
  fallback: F,
): boolean | F {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, 'a boolean', value)
  return value
}

/** An optional string option; `fallback` when absent. */
export function stringOption<F extends string | undefined>(
  fn: string,
  name: string,
  value: unknown,
  fallback: F,
): string | F {
  if (value === undefined) return fallback
  if (typeof value !== 'string') throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, 'a string', value)
  return value
}

/** An optional option that must be one of `values` (compared with `===`); `fallback` when absent. */
export function oneOfOption<const V extends string | number | boolean, F extends V | undefined>(
  fn: string,
  name: string,
  value: unknown,
  values: readonly V[],
  fallback: F,
): V | F {
  if (value === undefined) return fallback
  if (!(values as readonly unknown[]).includes(value)) {
    const list = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')
    throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, `one of ${list}`, value)
  }
  return value as V
}

/** An optional array of strings; `fallback` when absent. */
export function stringListOption<F extends readonly string[] | undefined>(
  fn: string,
  name: string,
  value: unknown,
  fallback: F,
): readonly string[] | F {
  if (value === undefined) return fallback
  if (!Array.isArray(value)) throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, 'an array of strings', value)
  for (let i = 0; i < value.length; i++) {
    if (!(i in value) || typeof value[i] !== 'string') {
      throw refuse(fn, 'INVALID_OPTIONS', `options.${name}[${i}]`, 'a string', value[i])
    }
  }
  return value as string[]
}

// ISO 8601 calendar date, optionally with a time and an offset. Each optional group starts with a
// character the previous part cannot contain, so matching is linear.
const ISO_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/i

/** Month, day, hour, minute and second in range (engines roll "Feb 30" over to March). */
function validFields(day: string, clock: string | undefined): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  if (m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!
  if (d > days) return false
  if (clock === undefined) return true
  const [h, min, sec = 0] = clock.split(':').map(Number) as [number, number, number?]
  return h <= 23 && min <= 59 && sec <= 59
}

/**
 * A Date from a Date, epoch milliseconds or an ISO 8601 string, or `undefined` when it is not a
 * valid date. Date-times without an offset are read as UTC (never as the machine's local time), so
 * the same string means the same instant everywhere; other string formats are refused because
 * engines parse them differently.
 */
export function toDate(value: unknown): Date | undefined {
  let time: number
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    time = Date.prototype.getTime.call(value)
  } else if (typeof value === 'number') time = value
  else if (typeof value === 'string') {
    if (value.length > 64) return undefined
    const match = ISO_RE.exec(value.trim())
    if (match === null) return undefined
    const [, day, clock, fraction, offset] = match
    if (!validFields(day!, clock)) return undefined
    if (clock === undefined) time = Date.parse(`${day}T00:00:00Z`)
    else {
      const zone =
        offset === undefined || offset.toUpperCase() === 'Z'
          ? 'Z'
          : offset.includes(':')
            ? offset
            : `${offset.slice(0, 3)}:${offset.slice(3)}`
      time = Date.parse(`${day}T${clock.length === 5 ? `${clock}:00` : clock}${(fraction ?? '').slice(0, 4)}${zone}`)
    }
  } else return undefined
  return Number.isFinite(time) ? new Date(time) : undefined
}

/**
 * The shared `now` option (`Date | string | number`, see `NowOption`) as a Date; the current time
 * when absent. Anything that is not a valid date is `INVALID_OPTIONS`.
 */
export function nowOption(fn: string, value: unknown, name = 'now'): Date {
  if (value === undefined) return new Date()
  const date = toDate(value)
  if (date === undefined) {
    throw refuse(
      fn,
      'INVALID_OPTIONS',
      `options.${name}`,
      'a valid Date, epoch milliseconds or an ISO 8601 string',
      value,
    )
  }
  return date
}

/** The canonical form of a BCP 47 tag, or `undefined` when the runtime refuses it. */
export function canonicalTag(tag: string): string | undefined {
  if (tag.length === 0 || tag.length > 64) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

/** The shared `locale` option (a BCP 47 string) in canonical form; `fallback` when absent. */
export function localeOption<F extends string | undefined>(
  fn: string,
  value: unknown,
  fallback: F,
  name = 'locale',
): string | F {
  if (value === undefined) return fallback
  const canonical = typeof value === 'string' ? canonicalTag(value) : undefined
  if (canonical === undefined) {
    throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, 'a BCP 47 language tag such as "en" or "pt-BR"', value)
  }
  return canonical
}

/** An optional absolute http(s) URL option, returned as given; `fallback` when absent. */
export function httpUrlOption<F extends string | undefined>(
  fn: string,
  name: string,
  value: unknown,
  fallback: F,
): string | F {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !isHttpUrl(value)) {
    throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, 'an absolute http(s) URL', value)
  }
  return value
}

/** Whether `value` parses as an absolute `http:` or `https:` URL. */
export function isHttpUrl(value: string): boolean {
  if (value.length > 8192) return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Own-property lookup in a table keyed by user strings (never reaches `Object.prototype`). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined
}
