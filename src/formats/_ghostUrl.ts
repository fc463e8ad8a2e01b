// Ghost's `__GHOST_URL__` placeholder: Ghost stores its own links and images as
// `__GHOST_URL__/content/images/…` in the database and in site exports, and only the APIs
// expand it. fromGhostPost replaces it with `options.siteUrl`.
import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'

const PLACEHOLDER = '__GHOST_URL__'
const MAX_DEPTH = 8

/** `siteUrl` checked (an absolute http(s) URL) and without trailing slashes. */
export function ghostSiteBase(fnName: string, siteUrl: unknown): string | undefined {
  if (siteUrl === undefined) return undefined
  let ok = false
  if (typeof siteUrl === 'string') {
    try {
      const url = new URL(siteUrl)
      ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== ''
    } catch {
      ok = false
    }
  }
  if (!ok) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fnName}: options.siteUrl must be an absolute http(s) URL such as 'https://example.com', received ${describe(siteUrl)}`,
    )
  }
  let end = (siteUrl as string).length
  while (end > 0 && (siteUrl as string).charCodeAt(end - 1) === 47) end--
  return (siteUrl as string).slice(0, end)
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function replace(value: unknown, base: string, depth: number, found: { any: boolean }): unknown {
  if (typeof value === 'string') {
    if (!value.includes(PLACEHOLDER)) return value
    found.any = true
    return value.split(PLACEHOLDER).join(base)
  }
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return value
  if (Array.isArray(value)) return value.map((v) => replace(v, base, depth + 1, found))
  if (!isPlain(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) out[key] = replace(v, base, depth + 1, found)
  return out
}

/**
 * The post with every `__GHOST_URL__` in its strings (nested objects and arrays included)
 * replaced by `base`; throws `INVALID_INPUT` when the post holds the placeholder and no base
 * was given, since the links would point nowhere.
 */
export function expandGhostUrls<T>(fnName: string, post: T, base: string | undefined, id: unknown): T {
  const found = { any: false }
  const out = replace(post, base ?? '', 0, found) as T
  if (found.any && base === undefined) {
    const which = typeof id === 'number' || (typeof id === 'string' && id.length <= 40) ? ` ${JSON.stringify(id)}` : ''
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fnName}: post${which} holds Ghost's __GHOST_URL__ placeholder (a Ghost site export); pass options.siteUrl, e.g. { siteUrl: 'https://example.com' }`,
    )
  }
  return found.any ? out : post
}
