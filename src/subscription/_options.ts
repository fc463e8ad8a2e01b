// Option checks shared by the subscription functions.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'

/** The `now` option as a valid Date (default: the current time), or an INVALID_OPTIONS error. */
export function resolveNow(fn: string, now: unknown): Date {
  if (now === undefined) return new Date()
  if (!(now instanceof Date) && Object.prototype.toString.call(now) !== '[object Date]') {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.now must be a Date, received ${describe(now)}`)
  }
  const time = (now as Date).getTime()
  if (Number.isNaN(time)) throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.now is an invalid Date`)
  return new Date(time)
}

/** The options argument as an object (`undefined` → `{}`), or an INVALID_OPTIONS error. */
export function resolveOptions<T extends object>(fn: string, options: unknown): Partial<T> {
  if (options === undefined) return {}
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options must be an object, received ${describe(options)}`)
  }
  return options as Partial<T>
}

/** Newsletter slugs: an array of non-empty strings, duplicates dropped, order kept. */
export function newsletterList(
  fn: string,
  value: unknown,
  what: string,
  code: 'INVALID_INPUT' | 'INVALID_OPTIONS' = 'INVALID_INPUT',
): string[] {
  if (!Array.isArray(value)) {
    throw new CopydeskError(code, `${fn}: ${what} must be an array of newsletter slugs, received ${describe(value)}`)
  }
  const out: string[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'string' || item.length === 0 || item.length > 191) {
      throw new CopydeskError(
        code,
        `${fn}: ${what} must contain non-empty strings of at most 191 characters, found ${describe(item)}`,
      )
    }
    if (!out.includes(item)) out.push(item)
  }
  return out
}
