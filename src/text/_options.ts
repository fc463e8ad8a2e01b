// Option checking for copydesk/text, applied in one place per function. Every check goes through
// the shared checker (src/_internal/check.ts), so messages have its one shape and start with the
// public function the user called (`fn`, which callers in other entries pass as their own name).
import {
  booleanOption as checkBoolean,
  checkOptions,
  checkString,
  intOption as checkInt,
  localeOption as checkLocale,
  numberOption,
  oneOfOption,
  refuse,
  stringListOption,
  stringOption,
  type Range,
} from '../_internal/check.js'
import { toWellFormed } from '../_internal/wellFormed.js'

/** Throws INVALID_INPUT unless `value` is a string. */
export function assertString(fn: string, value: unknown, what = 'input'): asserts value is string {
  checkString(fn, value, what)
}

/** The options object (or `{}`); INVALID_OPTIONS for an array, `null` or a non-object. */
export function optionsObject<T extends object>(fn: string, options: unknown): Partial<T> {
  return checkOptions<T>(fn, options)
}

/** An optional integer option ≥ `min` (and ≤ `max` when given). */
export function intOption(fn: string, name: string, value: unknown, min: number, max?: number): number | undefined {
  const range: Range = max === undefined ? { min } : { min, max }
  return checkInt(fn, name, value, range, undefined)
}

/** An optional finite number option in `range`. */
export function rangeOption(fn: string, name: string, value: unknown, range: Range): number | undefined {
  return numberOption(fn, name, value, range, undefined)
}

/** An optional boolean option. */
export function booleanOption(fn: string, name: string, value: unknown): boolean | undefined {
  return checkBoolean(fn, name, value, undefined)
}

/** `format: 'html' | 'text'`, `'html'` by default. */
export function formatOption(fn: string, value: unknown): 'html' | 'text' {
  return oneOfOption(fn, 'format', value, ['html', 'text'] as const, 'html')
}

/** `locale` (a BCP 47 tag the runtime accepts) in canonical form; `'en'` by default. */
export function localeOption(fn: string, value: unknown): string {
  return checkLocale(fn, value, 'en')
}

const ELEMENT_NAME_RE = /^[a-z][a-z0-9-]{0,63}$/

/** `skip` (element names) as a lowercase set, or `undefined` when empty. */
export function skipOption(fn: string, value: unknown): ReadonlySet<string> | undefined {
  const names = stringListOption(fn, 'skip', value, undefined)
  if (names === undefined || names.length === 0) return undefined
  const set = new Set<string>()
  names.forEach((raw, i) => {
    const name = raw.toLowerCase()
    if (!ELEMENT_NAME_RE.test(name)) {
      throw refuse(fn, 'INVALID_OPTIONS', `options.skip[${i}]`, 'an element name such as "figcaption"', raw)
    }
    set.add(name)
  })
  return set
}

/** `ellipsis`: a well-formed string (no lone surrogates), `'…'` by default. */
export function ellipsisOption(fn: string, value: unknown): string {
  const ellipsis = stringOption(fn, 'ellipsis', value, '…')
  if (toWellFormed(ellipsis) !== ellipsis) {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.ellipsis', 'well-formed UTF-16 (no lone surrogates)', value)
  }
  return ellipsis
}
