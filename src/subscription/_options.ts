// Newsletter lists, shared by the subscription functions. Options go through _internal/check.ts.
import { nowOption, refuse } from '../_internal/check.js'
import { MAX_SLUG_LENGTH, UNICODE_SLUG_RE } from '../_internal/patterns.js'
import { SCHEMA_LIMITS } from '../schema/limits.js'

/**
 * Newsletter slugs: an array of at most `SCHEMA_LIMITS.newsletters` slugs (the Subscription
 * schema's slug rule), duplicates dropped, order kept. Linear: duplicates are found with a Set.
 */
export function newsletterList(
  fn: string,
  value: unknown,
  what: string,
  code: 'INVALID_INPUT' | 'INVALID_OPTIONS' = 'INVALID_INPUT',
): string[] {
  if (!Array.isArray(value)) throw refuse(fn, code, what, 'an array of newsletter slugs', value)
  if (value.length > SCHEMA_LIMITS.newsletters) {
    throw refuse(fn, code, `${what}.length`, `at most ${SCHEMA_LIMITS.newsletters}`, value.length)
  }
  const seen = new Set<string>()
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'string' || item.length > MAX_SLUG_LENGTH || !UNICODE_SLUG_RE.test(item)) {
      throw refuse(
        fn,
        code,
        `${what}[${i}]`,
        `a newsletter slug (lowercase letters and digits joined by single hyphens, at most ${MAX_SLUG_LENGTH} characters, such as 'morning-briefing')`,
        item,
      )
    }
    seen.add(item)
  }
  return [...seen]
}

/** Epoch milliseconds of 10000-01-01T00:00:00Z: later instants have no 4-digit ISO year. */
const YEAR_10000 = 253_402_300_800_000

/**
 * The shared `now` option as a Date whose ISO string the schema accepts (years 0000–9999), so a
 * subscription built from it always passes `parseSubscription`.
 */
export function subscriptionNow(fn: string, value: unknown): Date {
  const now = nowOption(fn, value)
  const time = now.getTime()
  if (time < -62_167_219_200_000 || time >= YEAR_10000) {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.now', 'a date from year 0000 to 9999', value)
  }
  return now
}
