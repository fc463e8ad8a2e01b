// Reading dates the same way on every runtime.

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
  if (value instanceof Date) time = value.getTime()
  else if (typeof value === 'number') time = value
  else if (typeof value === 'string') {
    const match = ISO_RE.exec(value.trim())
    if (match === null) return undefined
    const [, day, clock, fraction, offset] = match
    if (!validFields(day!, clock)) return undefined
    if (clock === undefined) time = Date.parse(`${day}T00:00:00Z`)
    else {
      const zone =
        offset === undefined
          ? 'Z'
          : offset.toUpperCase() === 'Z'
            ? 'Z'
            : offset.includes(':')
              ? offset
              : `${offset.slice(0, 3)}:${offset.slice(3)}`
      time = Date.parse(`${day}T${clock.length === 5 ? `${clock}:00` : clock}${(fraction ?? '').slice(0, 4)}${zone}`)
    }
  } else return undefined
  return Number.isFinite(time) ? new Date(time) : undefined
}
