import { de } from 'date-fns/locale/de'
import { fr } from 'date-fns/locale/fr'
import { ja } from 'date-fns/locale/ja'
import { describe, expect, it } from 'vitest'
import { formatDateline, type FormatDatelineOptions } from '../../src/teaser/index.js'

const now = '2026-11-24T09:30:00Z'

describe('formatDateline', () => {
  it.each([
    // The TSDoc examples.
    ['2026-11-24T06:00:00Z', {}, '3 hours ago'],
    ['2026-11-24T09:29:40Z', {}, 'less than a minute ago'],
    ['2026-11-24T12:00:00Z', {}, 'in 2 hours'],
    ['2026-11-22T18:00:00Z', {}, 'Nov 22, 2026'],
    ['2026-11-24T03:00:00Z', { relativeWithin: 0, timeZone: 'America/New_York' }, 'Nov 23, 2026'],
    ['2026-11-24T06:00:00Z', { dateFnsLocale: de }, 'vor 3 Stunden'],
  ] as const)('matches its documentation: %s %j → %j', (date, options, expected) => {
    expect(formatDateline(date, { now, ...(options as FormatDatelineOptions) })).toBe(expected)
  })

  it.each([
    ['2026-11-24T09:30:00Z', 'less than a minute ago'],
    ['2026-11-24T09:29:01Z', 'less than a minute ago'],
    ['2026-11-24T09:29:00Z', '1 minute ago'],
    ['2026-11-24T09:00:30Z', '29 minutes ago'],
    ['2026-11-24T08:30:01Z', '59 minutes ago'],
    ['2026-11-24T08:30:00Z', '1 hour ago'],
    ['2026-11-24T07:01:00Z', '2 hours ago'],
    ['2026-11-23T09:31:00Z', '23 hours ago'],
    ['2026-11-23T09:30:00Z', '1 day ago'],
    ['2026-11-23T09:29:59Z', 'Nov 23, 2026'],
    ['2025-01-02T00:00:00Z', 'Jan 2, 2025'],
  ])('is relative within 24 hours, rounding down, absolute after: %s → %j', (date, expected) => {
    expect(formatDateline(date, { now })).toBe(expected)
  })

  it.each([
    ['2026-11-24T09:30:30Z', 'less than a minute ago'],
    ['2026-11-24T09:34:59Z', 'less than a minute ago'],
    ['2026-11-24T09:35:01Z', 'in 5 minutes'],
    ['2026-11-24T13:00:00Z', 'in 3 hours'],
    ['2026-11-25T09:30:00Z', 'in 1 day'],
    ['2026-11-26T09:30:00Z', 'Nov 26, 2026'],
  ])('handles future dates: clock skew counts as now, scheduled stories read "in …": %s → %j', (date, expected) => {
    expect(formatDateline(date, { now })).toBe(expected)
  })

  it('takes futureTolerance into account', () => {
    expect(formatDateline('2026-11-24T09:30:30Z', { now, futureTolerance: 0 })).toBe('in less than a minute')
    expect(formatDateline('2026-11-24T09:40:00Z', { now, futureTolerance: 15 * 60_000 })).toBe('less than a minute ago')
  })

  it.each([
    [{ relativeWithin: 7 * 86_400_000 }, '2026-11-20T09:00:00Z', '4 days ago'],
    [{ relativeWithin: 3_600_000 }, '2026-11-24T07:00:00Z', 'Nov 24, 2026'],
    [{ relativeWithin: 0 }, '2026-11-24T09:29:00Z', 'Nov 24, 2026'],
    [{ relativeWithin: Number.POSITIVE_INFINITY }, '2016-11-24T09:30:00Z', '10 years ago'],
  ] as const)('uses the relativeWithin window %j: %s → %j', (options, date, expected) => {
    expect(formatDateline(date, { now, ...options })).toBe(expected)
  })

  it.each([
    [de, '3 hours', 'vor 3 Stunden', '22. Nov. 2026'],
    [fr, '3 hours', 'il y a 3 heures', '22 nov. 2026'],
    [ja, '3 hours', '3時間前', '11月 22, 2026'],
  ])('follows the date-fns locale %#', (locale, _, relative, absolute) => {
    expect(formatDateline('2026-11-24T06:30:00Z', { now, dateFnsLocale: locale })).toBe(relative)
    expect(
      formatDateline('2026-11-22T18:00:00Z', {
        now,
        dateFnsLocale: locale,
        dateFormat: locale === ja ? 'MMM d, yyyy' : 'd. MMM yyyy'.replace(locale === fr ? '. ' : '§', ' '),
      }),
    ).toBe(absolute)
  })

  it.each([
    ['UTC', '2026-11-24T23:30:00Z', 'Nov 24, 2026'],
    ['Asia/Tokyo', '2026-11-24T23:30:00Z', 'Nov 25, 2026'],
    ['America/Los_Angeles', '2026-11-24T05:00:00Z', 'Nov 23, 2026'],
    ['Europe/Berlin', '2026-03-29T00:30:00Z', 'Mar 29, 2026'],
    ['Pacific/Kiritimati', '2026-12-31T11:00:00Z', 'Jan 1, 2027'],
  ])('shows the calendar date in timeZone %s, never the machine’s own', (timeZone, date, expected) => {
    expect(formatDateline(date, { now: '2027-06-01T00:00:00Z', timeZone })).toBe(expected)
  })

  it('formats with a custom pattern, including the time of day in the time zone', () => {
    expect(
      formatDateline('2026-11-20T14:05:00Z', {
        now,
        dateFormat: "EEEE d MMMM yyyy 'at' HH:mm",
        timeZone: 'Europe/London',
      }),
    ).toBe('Friday 20 November 2026 at 14:05')
    expect(formatDateline('2026-07-20T14:05:00Z', { now, dateFormat: 'HH:mm', timeZone: 'Europe/London' })).toBe(
      '15:05',
    )
  })

  it.each([
    ['a Date', new Date('2026-11-24T06:00:00Z')],
    ['epoch milliseconds', Date.parse('2026-11-24T06:00:00Z')],
    ['an ISO string with offset', '2026-11-24T07:00:00+01:00'],
    ['an ISO string with a compact offset', '2026-11-24T01:00:00-0500'],
    ['an ISO string without offset (read as UTC)', '2026-11-24T06:00:00'],
    ['an ISO string without seconds', '2026-11-24T06:00Z'],
    ['an ISO string with microseconds', '2026-11-24T06:00:00.000001Z'],
    ['an ISO string with a space', '2026-11-24 06:00:00Z'],
  ])('accepts %s', (_, date) => {
    expect(formatDateline(date, { now })).toBe('3 hours ago')
  })

  it('reads a date-only string as midnight UTC', () => {
    expect(formatDateline('2026-11-24', { now })).toBe('9 hours ago')
    expect(formatDateline('2026-11-20', { now })).toBe('Nov 20, 2026')
  })

  it('accepts now as a Date, a number or a string, and does not mutate Dates', () => {
    const date = new Date('2026-11-24T06:00:00Z')
    const at = new Date(now)
    expect(formatDateline(date, { now: at })).toBe('3 hours ago')
    expect(formatDateline(date, { now: at.getTime() })).toBe('3 hours ago')
    expect(date.toISOString()).toBe('2026-11-24T06:00:00.000Z')
    expect(at.toISOString()).toBe('2026-11-24T09:30:00.000Z')
  })

  it('reads the clock only when now is not given', () => {
    expect(formatDateline(new Date(Date.now() - 2 * 3_600_000 - 60_000))).toBe('2 hours ago')
  })

  it.each([
    ['an Invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an empty string', ''],
    ['a non-ISO string', 'November 24, 2026'],
    ['an impossible date', '2026-02-30T00:00:00Z'],
    ['a string with garbage', '2026-11-24T06:00:00Zjunk'],
    ['null', null],
    ['undefined', undefined],
    ['an object', { year: 2026 }],
    ['a 1 MB string', '2'.repeat(1 << 20)],
  ])('throws INVALID_INPUT for %s', (_, date) => {
    expect(() => formatDateline(date as never, { now })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() => formatDateline(date as never, { now })).toThrow(/^formatDateline: date must be a valid Date/)
  })

  it.each([
    ['an invalid now', { now: 'yesterday' }],
    ['a negative window', { relativeWithin: -1 }],
    ['a NaN window', { relativeWithin: Number.NaN }],
    ['a string window', { relativeWithin: '24h' }],
    ['a negative tolerance', { futureTolerance: -5 }],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons', relativeWithin: 0 }],
    ['an unknown time zone, even for a relative dateline', { timeZone: 'Mars/Olympus_Mons' }],
    ['an empty time zone', { timeZone: '', relativeWithin: 0 }],
    ['a number as time zone', { timeZone: 1 }],
    ['a locale that is a string', { locale: 'de' }],
    ['the 0.1 locale object (now dateFnsLocale)', { locale: { code: 'de', formatDistance: () => '' } }],
    ['a dateFnsLocale that is a string', { dateFnsLocale: 'de' }],
    ['an empty format', { dateFormat: '' }],
    ['a format with an unknown token', { dateFormat: 'MMM d, yyyy j', relativeWithin: 0 }],
    ['options that are not an object', 'de'],
  ])('throws INVALID_OPTIONS for %s', (_, options) => {
    expect(() =>
      formatDateline('2026-11-24T06:00:00Z', (typeof options === 'object' ? { now, ...options } : options) as never),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
  })

  it('refuses an array as options', () => {
    expect(() => formatDateline('2026-11-24T06:00:00Z', [] as never)).toThrow(
      'formatDateline: options must be an object, received array (length 0)',
    )
  })

  it('names formatDateline and the migration when the 0.1 locale object is passed', () => {
    expect(() => formatDateline('2026-11-24T06:00:00Z', { now, locale: de } as never)).toThrow(
      /^formatDateline: options\.locale must be absent: pass a date-fns locale object as options\.dateFnsLocale, received/,
    )
  })
})
