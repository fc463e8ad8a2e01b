// Reusable field schemas. Built on zod/mini so a frontend that imports copydesk/schema pays
// ~5 kB brotli of zod rather than ~23 kB (see ../shared/reference/packaging-and-style.md §1.4).
import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { checkEmail, EMAIL_PROBLEM_MESSAGES, lowercaseDomain } from '../_internal/email.js'
import type { Image, ImageInput } from './types.js'
import { HTTP_URL_RE, MAX_SLUG_LENGTH, UNICODE_SLUG_RE } from '../_internal/patterns.js'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isRealCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  const max = DAYS_IN_MONTH[month - 1] ?? 0
  if (day < 1 || day > max) return false
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return true
}

/** `2026-11-24T08:00Z` / `…:05Z` / `…:05.5Z` / `…:05.123456Z` → `2026-11-24T08:00:05.500Z`, without a Date. */
function zuluToCanonical(value: string): string {
  const seconds = value.length > 17 && value[16] === ':' ? value.slice(17, 19) : '00'
  const dot = value.indexOf('.', 16)
  const fraction =
    dot === -1
      ? '000'
      : value
          .slice(dot + 1, value.length - 1)
          .padEnd(3, '0')
          .slice(0, 3)
  return `${value.slice(0, 16)}:${seconds}.${fraction}Z`
}

/**
 * An ISO 8601 date-time with a `Z` or `±hh:mm` offset, normalized to UTC `Z` with milliseconds
 * (`2026-11-24T08:00:00+02:00` → `2026-11-24T06:00:00.000Z`). Calendar-impossible dates
 * (`2026-02-30`) are refused.
 */
export const isoDateTime: z.ZodMiniType<string, string> = /*@__PURE__*/ pure(() =>
  z.pipe(
    z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 date-time with a Z or ±hh:mm offset' }),
    z.transform((value: string, ctx) => {
      // Already canonical (what copydesk itself outputs): skip the Date round trip.
      if (
        value.length === 24 &&
        value.charCodeAt(23) === 90 &&
        value.charCodeAt(19) === 46 &&
        isRealCalendarDate(value)
      ) {
        return value
      }
      if (value.charCodeAt(value.length - 1) === 90 && isRealCalendarDate(value)) return zuluToCanonical(value)
      const time = Date.parse(value)
      if (!isRealCalendarDate(value) || Number.isNaN(time)) {
        ctx.issues.push({ code: 'custom', message: 'Date does not exist in the calendar', input: value })
        return z.NEVER
      }
      return new Date(time).toISOString()
    }),
  ),
)

/** A slug: lowercase letters (any script) and digits in groups joined by single hyphens, ≤ 191 chars. */
export const slug: z.ZodMiniType<string, string> = /*@__PURE__*/ pure(() =>
  z
    .string()
    .check(
      z.minLength(1, { error: 'Slug must not be empty', abort: true }),
      z.maxLength(MAX_SLUG_LENGTH, { error: `Slug must be at most ${MAX_SLUG_LENGTH} characters`, abort: true }),
      z.regex(UNICODE_SLUG_RE, 'Slug must be lowercase letters and digits joined by single hyphens'),
    ),
)

/**
 * An absolute `http:` or `https:` URL (scheme case-insensitive) with a non-empty host; no
 * credentials (`@` before the path), whitespace, control characters or `\\<>"{}|^\``. One linear
 * regex: `new URL()` costs ~3.6 µs per call and an article holds half a dozen URLs.
 */
export const httpUrl: z.ZodMiniType<string, string> = /*@__PURE__*/ pure(() =>
  z.string().check(z.regex(HTTP_URL_RE, 'Expected an absolute http(s) URL')),
)

/** A string with at least one non-whitespace character. Kept exactly as given. */
export const nonEmptyText: z.ZodMiniType<string, string> = /*@__PURE__*/ pure(() =>
  z.string().check(z.refine((value: string) => value.trim().length > 0, 'Must not be empty or only whitespace')),
)

/** An email address: trimmed, checked (practical RFC 5321 subset), domain lowercased. */
export const email: z.ZodMiniType<string, string> = /*@__PURE__*/ pure(() =>
  z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const trimmed = value.trim()
      const problem = checkEmail(trimmed)
      if (problem !== null) {
        ctx.issues.push({ code: 'custom', message: EMAIL_PROBLEM_MESSAGES[problem], input: value })
        return z.NEVER
      }
      return lowercaseDomain(trimmed)
    }),
  ),
)

// Intl.getCanonicalLocales costs ~2 µs; a site uses a handful of tags. Bounded, so it cannot grow.
const canonicalLanguages = new Map<string, string>()

/** A BCP 47 language tag, canonicalized (`en-us` → `en-US`). */
export const languageTag: z.ZodMiniType<string, string> = /*@__PURE__*/ pure(() =>
  z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const known = canonicalLanguages.get(value)
      if (known !== undefined) return known
      try {
        const [canonical] = Intl.getCanonicalLocales(value.trim())
        if (canonical !== undefined) {
          if (canonicalLanguages.size < 512) canonicalLanguages.set(value, canonical)
          return canonical
        }
      } catch {
        // fall through to the issue below
      }
      ctx.issues.push({
        code: 'custom',
        message: 'Expected a BCP 47 language tag such as "en" or "pt-BR"',
        input: value,
      })
      return z.NEVER
    }),
  ),
)

/** An image: URL plus optional alt text, caption and pixel size. */
export const image: z.ZodMiniType<Image, ImageInput> = /*@__PURE__*/ pure(() =>
  z.object({
    url: httpUrl,
    alt: z.optional(z.string()),
    caption: z.optional(z.string()),
    width: z.optional(z.int().check(z.positive())),
    height: z.optional(z.int().check(z.positive())),
  }),
)
