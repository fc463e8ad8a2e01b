import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'

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
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.${name} must be an integer ≥ ${min}, received ${describe(value)}`)
  }
  return value
}

/** Validates an optional positive finite number option. */
export function positiveOption(fn: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.${name} must be a positive number, received ${describe(value)}`)
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
  throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.format must be 'html' or 'text', received ${describe(value)}`)
}

/** Validates an optional array of lowercase element names. */
export function elementListOption(fn: string, name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.${name} must be an array of element names, received ${describe(value)}`)
  }
  return (value as string[]).map((v) => v.toLowerCase())
}
