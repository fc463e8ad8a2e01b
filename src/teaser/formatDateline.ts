import { format } from 'date-fns/format'
import { formatDistance } from 'date-fns/formatDistance'
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict'
import type { Locale } from 'date-fns'
import { CopydeskError } from '../errors.js'
import { checkOptions, isRecord, nowOption, refuse, toDate } from '../_internal/check.js'
import type { NowOption } from '../options.js'
import { checkTimeZone, wallClock } from './_zone.js'

/**
 * The date-fns locale object {@link formatDateline} accepts, typed by its shape: copydesk's
 * declarations then never load date-fns's, whose CommonJS `.d.cts` files do not compile under
 * `"module": "node16"` with `skipLibCheck: false`. Every date-fns `Locale` fits.
 *
 * @example
 * ```ts
 * // date-fns is in your own package.json (`npm install date-fns`) to import its locales.
 * import { de } from 'date-fns/locale/de'
 * const dateFnsLocale: DatelineLocale = de
 * formatDateline('2026-11-24T06:00:00Z', { now: '2026-11-24T09:30:00Z', dateFnsLocale }) // 'vor 3 Stunden'
 * ```
 */
export interface DatelineLocale {
  /** The locale's code, e.g. `'de'`. */
  code: string
  /** date-fns's distance wording ("3 hours"). */
  formatDistance: (...args: never[]) => string
  /** date-fns's relative wording ("last Monday at …"). */
  formatRelative: (...args: never[]) => string
  /** Names of months, weekdays and day periods. */
  localize: object
  /** Date and time patterns. */
  formatLong: object
  /** Parsers of localized values. */
  match: object
  /** First day of the week and of the first week of the year. */
  options?: object | undefined
}

/** Options for {@link formatDateline}. */
export interface FormatDatelineOptions extends NowOption {
  /**
   * How far from `now`, in milliseconds, a date is shown relative (`3 hours ago`); beyond it the
   * absolute date is shown. `0` always shows the absolute date, `Infinity` never does.
   * @defaultValue `86400000` (24 hours)
   */
  relativeWithin?: number | undefined
  /**
   * Dates at most this far in the future (milliseconds) are taken as `now` ("less than a minute
   * ago"): clock skew between the CMS, the server and the reader. Later future dates inside the
   * window read "in 3 hours"; beyond it, the absolute date.
   * @defaultValue `300000` (5 minutes)
   */
  futureTolerance?: number | undefined
  /**
   * A date-fns locale object for both forms (`import { de } from 'date-fns/locale/de'`, with
   * date-fns in your own dependencies). Named `dateFnsLocale` because copydesk's `locale` option
   * is always a BCP 47 string; `locale` is refused here.
   * @defaultValue date-fns's `enUS`
   */
  dateFnsLocale?: DatelineLocale | undefined
  /**
   * date-fns `format` pattern of the absolute form.
   * @defaultValue `'MMM d, yyyy'` (`Nov 24, 2026`)
   */
  dateFormat?: string | undefined
  /**
   * IANA time zone of the absolute form (`'America/New_York'`): the calendar date there. The
   * machine's own zone is never used, so server and browser agree.
   * @defaultValue `'UTC'`
   */
  timeZone?: string | undefined
}

const DAY = 86_400_000
const MINUTE = 60_000

const FN = 'formatDateline'

function duration(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0)
    throw refuse(FN, 'INVALID_OPTIONS', `options.${name}`, 'a number of milliseconds ≥ 0', value)
  return value
}

/**
 * The dateline of a story: relative while it is fresh (`3 hours ago`, `in 2 hours`, `less than a
 * minute ago`), the absolute date after (`Nov 24, 2026`). The relative form is date-fns's
 * `formatDistanceStrict` with whole units rounded down (`formatDistance`'s "less than a minute"
 * under a minute); the absolute form is date-fns's `format` on the calendar date in `timeZone`.
 * Both follow `dateFnsLocale`.
 *
 * Future dates: up to `futureTolerance` ahead count as now (clock skew); further ahead but inside
 * the window they read "in …" (a scheduled story in a preview); beyond the window, the date.
 *
 * @param date - A Date, epoch milliseconds, or an ISO 8601 string (a date-time without offset is
 * read as UTC).
 * @param options - `now`, the window, locale, format and time zone; see {@link FormatDatelineOptions}.
 * @returns The dateline text.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `date` is not a valid date (an Invalid Date,
 * `NaN`, a non-ISO string, another type); `INVALID_OPTIONS` for an invalid `now`, a negative
 * window or an unknown time zone, and for a bad format pattern when the absolute form is produced.
 *
 * @example
 * ```ts
 * const now = '2026-11-24T09:30:00Z'
 * formatDateline('2026-11-24T06:00:00Z', { now })                 // '3 hours ago'
 * formatDateline('2026-11-24T09:29:40Z', { now })                 // 'less than a minute ago'
 * formatDateline('2026-11-24T12:00:00Z', { now })                 // 'in 2 hours'
 * formatDateline('2026-11-22T18:00:00Z', { now })                 // 'Nov 22, 2026'
 * formatDateline('2026-11-24T03:00:00Z', { now, relativeWithin: 0, timeZone: 'America/New_York' })
 * // 'Nov 23, 2026'
 * // import { de } from 'date-fns/locale/de' (date-fns in your own package.json)
 * formatDateline('2026-11-24T06:00:00Z', { now, dateFnsLocale: de }) // 'vor 3 Stunden'
 * ```
 */
export function formatDateline(date: Date | string | number, options?: FormatDatelineOptions): string {
  const when = toDate(date)
  if (when === undefined) {
    throw refuse(FN, 'INVALID_INPUT', 'date', 'a valid Date, epoch milliseconds or an ISO 8601 string', date)
  }
  const o = checkOptions<FormatDatelineOptions & { locale: unknown }>(FN, options)
  const now = nowOption(FN, o.now)
  if (o.locale !== undefined) {
    throw refuse(
      FN,
      'INVALID_OPTIONS',
      'options.locale',
      'absent: pass a date-fns locale object as options.dateFnsLocale',
      o.locale,
    )
  }
  const within = duration(o.relativeWithin, 'relativeWithin', DAY)
  const tolerance = duration(o.futureTolerance, 'futureTolerance', 5 * MINUTE)
  const locale = o.dateFnsLocale
  if (locale !== undefined && (!isRecord(locale) || typeof locale.formatDistance !== 'function')) {
    throw refuse(FN, 'INVALID_OPTIONS', 'options.dateFnsLocale', 'a date-fns Locale object', locale)
  }
  const pattern = o.dateFormat ?? 'MMM d, yyyy'
  if (typeof pattern !== 'string' || pattern === '')
    throw refuse(FN, 'INVALID_OPTIONS', 'options.dateFormat', 'a date-fns format pattern', pattern)
  const timeZone = o.timeZone ?? 'UTC'
  checkTimeZone(timeZone)

  const ahead = when.getTime() - now.getTime()
  const distance = Math.abs(ahead)
  if (distance <= within) {
    const shown = ahead > 0 && ahead <= tolerance ? now : when
    const localeOption = locale === undefined ? {} : { locale: locale as unknown as Locale }
    if (Math.abs(shown.getTime() - now.getTime()) < MINUTE) {
      // formatDistance says "less than a minute" only below 30 s; one second keeps the direction.
      const second = new Date(now.getTime() + (shown.getTime() > now.getTime() ? 1000 : -1000))
      return formatDistance(second, now, { addSuffix: true, ...localeOption })
    }
    return formatDistanceStrict(shown, now, { addSuffix: true, roundingMethod: 'floor', ...localeOption })
  }
  try {
    return format(
      wallClock(when, timeZone),
      pattern,
      locale === undefined ? {} : { locale: locale as unknown as Locale },
    )
  } catch (error) {
    if (error instanceof CopydeskError) throw error
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `formatDateline: options.dateFormat ${JSON.stringify(pattern)} is not a valid date-fns pattern: ${(error as Error).message}`,
      { cause: error },
    )
  }
}
