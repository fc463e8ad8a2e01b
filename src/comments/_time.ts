// Comment timestamps as epoch milliseconds. Most comments carry the canonical UTC form that
// copydesk and `Date#toISOString` write (`2026-11-24T10:00:00.000Z`); reading it by hand costs a
// third of `Date.parse`, which handles every other form.

function digits(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    value = value * 10 + d
  }
  return value
}

/** Epoch milliseconds of an ISO 8601 date string, `NaN` when it is not one (as `Date.parse`). */
export function parseTime(text: string): number {
  if (
    text.length === 24 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46 &&
    text.charCodeAt(23) === 90
  ) {
    const year = digits(text, 0, 4)
    const month = digits(text, 5, 2)
    const day = digits(text, 8, 2)
    const hour = digits(text, 11, 2)
    const minute = digits(text, 14, 2)
    const second = digits(text, 17, 2)
    const ms = digits(text, 20, 3)
    if (
      year >= 100 && // Date.UTC reads years 0–99 as 1900–1999
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      ms >= 0
    ) {
      return Date.UTC(year, month - 1, day, hour, minute, second, ms)
    }
  }
  return Date.parse(text)
}
