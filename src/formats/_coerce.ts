// Database-typed values of real CMS exports, coerced to what the Article schema expects. Ghost's
// site exports are database dumps: MySQL stores booleans as 0/1, SQLite as 0/1 or true/false, Ghost
// 0.x stores dates as epoch milliseconds, and MySQL dumps write `2021-03-24 05:57:57` (UTC, no
// zone). Each rule is listed in docs/formats.md ("Database-typed fields"); values that match no rule
// are passed on unchanged so the schema names them.

/**
 * A boolean stored by a database: `true`/`false`, `1`/`0`, `'1'`/`'0'`, `'true'`/`'false'`;
 * `null`/`undefined` → `fallback`. Anything else is returned unchanged (the schema refuses it).
 */
export function coerceBoolean(value: unknown, fallback: boolean): unknown {
  if (value === null || value === undefined) return fallback
  if (value === 1 || value === '1' || value === 'true') return true
  if (value === 0 || value === '0' || value === 'false') return false
  return value
}

/** `YYYY-MM-DD HH:MM:SS[.fff]` — a MySQL DATETIME, which Ghost stores in UTC. */
const SQL_DATETIME_RE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)$/

/** Epoch milliseconds from 1970 to 9999, the range Ghost 0.x wrote. */
const MAX_EPOCH_MS = 253402300799999

/**
 * A date stored by a database: epoch milliseconds (Ghost 0.x) → ISO 8601 UTC; a MySQL DATETIME
 * without zone (`2021-03-24 05:57:57`) → `2021-03-24T05:57:57Z`; `null`/`''` → `undefined`; any
 * other value unchanged (ISO strings are normalized by the schema).
 */
export function coerceDate(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= MAX_EPOCH_MS ? new Date(value).toISOString() : value
  }
  if (typeof value === 'string') {
    const match = SQL_DATETIME_RE.exec(value)
    if (match !== null) return `${match[1]}T${match[2]}Z`
  }
  return value
}

/**
 * A URL stored without a scheme (`//www.gravatar.com/avatar/…`, how Ghost stores Gravatar
 * avatars) gets `https:`; a root-relative path (`/content/images/…`, how Ghost 0.x/1.x stores
 * uploaded images) is resolved against `base` (the site URL without trailing slash), or dropped
 * (`undefined`) when there is no base, since it would point nowhere; `null`/`''` → `undefined`;
 * anything else unchanged.
 */
export function coerceUrl(value: unknown, base?: string): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'string' && value.startsWith('//')) return `https:${value}`
  if (typeof value === 'string' && value.startsWith('/')) return base === undefined ? undefined : `${base}${value}`
  return value
}

/** A POSIX or BCP 47 locale (`en_US`, `pt-br`) as a BCP 47 tag (`en-US`); `undefined` unless a non-empty string. */
export function coerceLocale(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const tag = value.trim().replace(/_/g, '-')
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : undefined
}
