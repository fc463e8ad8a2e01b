// Calendar fields of an instant in an IANA time zone, as a Date whose *local* fields are those
// fields, for date-fns `format` (which reads local fields). Intl does the zone arithmetic.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'

const formatters: Record<string, Intl.DateTimeFormat> = {}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters[timeZone]
  if (cached === undefined) {
    try {
      cached = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
    } catch (error) {
      throw new CopydeskError(
        'INVALID_OPTIONS',
        `formatDateline: options.timeZone must be an IANA time zone such as "Europe/Berlin", received ${describe(timeZone)}`,
        { cause: error },
      )
    }
    formatters[timeZone] = cached
  }
  return cached
}

/** Throws INVALID_OPTIONS unless `timeZone` is `'UTC'` or a time zone this runtime knows. */
export function checkTimeZone(timeZone: unknown): void {
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `formatDateline: options.timeZone must be an IANA time zone such as "Europe/Berlin", received ${describe(timeZone)}`,
    )
  }
  if (timeZone.toUpperCase() !== 'UTC') formatter(timeZone)
}

/** The wall-clock time of `date` in `timeZone` (checked by {@link checkTimeZone}), as local fields of a new Date. */
export function wallClock(date: Date, timeZone: string): Date {
  const local = new Date(0)
  if (timeZone.toUpperCase() === 'UTC') {
    local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
    local.setHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds())
    return local
  }
  const fields: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(date)) fields[part.type] = Number(part.value)
  local.setFullYear(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1)
  local.setHours(fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0, date.getUTCMilliseconds())
  return local
}
