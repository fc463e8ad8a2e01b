// Option checking for copydesk/text, applied in one place per function; every error names the
// function and the offending value.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { canonicalLocale } from '../_internal/segmenter.js'
import { toWellFormed } from '../_internal/wellFormed.js'

/** Throws INVALID_INPUT unless `value` is a string. */
export function assertString(fn: string, value: unknown, what = 'input'): asserts value is string {
  if (typeof value !== 'string') {
    throw new CopydeskError('INVALID_INPUT', `${fn}: ${what} must be a string, received ${describe(value)}`)
  }
}

/** Returns the options object (or `{}`), throwing INVALID_OPTIONS for anything but an object. */
export function optionsObject<T extends object>(fn: string, options: unknown): Partial<T> {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options must be an object, received ${describe(options)}`)
  }
  return options as Partial<T>
}

/** Validates an optional positive integer option (≥ `min`). */
export function intOption(fn: string, name: string, value: unknown, min: number): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.${name} must be an integer ≥ ${min}, received ${describe(value)}`,
    )
  }
  return value
}

/** Validates an optional positive finite number option. */
export function positiveOption(fn: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.${name} must be a positive number, received ${describe(value)}`,
    )
  }
  return value
}

/** Validates an optional string option. */
export function stringOption(fn: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.${name} must be a string, received ${describe(value)}`)
  }
  return value
}

/** Validates an optional boolean option. */
export function booleanOption(fn: string, name: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.${name} must be a boolean, received ${describe(value)}`)
  }
  return value
}

/** Validates `format: 'html' | 'text'`. */
export function formatOption(fn: string, value: unknown): 'html' | 'text' {
  if (value === undefined || value === 'html') return 'html'
  if (value === 'text') return 'text'
  throw new CopydeskError(
    'INVALID_OPTIONS',
    `${fn}: options.format must be 'html' or 'text', received ${describe(value)}`,
  )
}

/** Validates an optional array of lowercase element names. */
export function elementListOption(fn: string, name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.${name} must be an array of element names, received ${describe(value)}`,
    )
  }
  return (value as string[]).map((v) => v.toLowerCase())
}

/** Validates `locale` (a BCP 47 tag the runtime accepts) and returns its canonical form; `'en'` by default. */
export function localeOption(fn: string, value: unknown): string {
  if (value === undefined) return 'en'
  const canonical = typeof value === 'string' ? canonicalLocale(value) : undefined
  if (canonical === undefined) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.locale must be a BCP 47 language tag such as "en" or "pt-BR", received ${describe(value)}`,
    )
  }
  return canonical
}

const ELEMENT_NAME_RE = /^[a-z][a-z0-9-]{0,63}$/

/** Validates `skip` (element names) into a lowercase set, or `undefined` when empty. */
export function skipOption(fn: string, value: unknown): ReadonlySet<string> | undefined {
  const names = elementListOption(fn, 'skip', value)
  if (names === undefined || names.length === 0) return undefined
  for (const name of names) {
    if (!ELEMENT_NAME_RE.test(name)) {
      throw new CopydeskError(
        'INVALID_OPTIONS',
        `${fn}: options.skip must hold element names such as "figcaption", received ${describe(name)}`,
      )
    }
  }
  return new Set(names)
}

/** Validates `ellipsis`: a well-formed string (no lone surrogates). */
export function ellipsisOption(fn: string, value: unknown): string {
  const ellipsis = stringOption(fn, 'ellipsis', value) ?? '…'
  if (toWellFormed(ellipsis) !== ellipsis) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.ellipsis must be well-formed UTF-16 (no lone surrogates), received ${describe(value)}`,
    )
  }
  return ellipsis
}
