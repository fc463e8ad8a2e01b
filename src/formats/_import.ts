// Shared plumbing of fromGhostPost and fromWordPressPost: reading loosely typed API JSON and
// validating the mapped article with a message that names the source fields.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import {
  booleanOption,
  checkOptions as checkOptionsObject,
  oneOfOption,
  refuse,
  stringOption,
} from '../_internal/check.js'
import { formatPath, safeParseArticle } from '../schema/index.js'
import type { Article, AuthorInput } from '../schema/types.js'

/** A JSON object. */
export type Json = Record<string, unknown>

/** `true` for a non-null, non-array object. */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Throws INVALID_INPUT unless `post` is one post object (not a list response, not a wrapper). */
export function assertPost(fnName: string, post: unknown, listHint: string): asserts post is Json {
  if (Array.isArray(post)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fnName}: post must be one post object, received ${describe(post)}; ${listHint}`,
    )
  }
  if (!isRecord(post)) {
    throw new CopydeskError('INVALID_INPUT', `${fnName}: post must be an object, received ${describe(post)}`)
  }
}

/** A nested object the converter walks into: missing or `null` → `undefined`; any other non-object throws. */
export function objectAt(fnName: string, parent: Json, key: string, label: string = key): Json | undefined {
  const value = parent[key]
  if (value === undefined || value === null) return undefined
  if (!isRecord(value)) {
    throw new CopydeskError('INVALID_INPUT', `${fnName}: post.${label} must be an object, received ${describe(value)}`)
  }
  return value
}

/** A list the converter walks: missing or `null` → `[]`; any other non-array throws. */
export function arrayAt(fnName: string, parent: Json, key: string, label: string = key): unknown[] {
  const value = parent[key]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new CopydeskError('INVALID_INPUT', `${fnName}: post.${label} must be an array, received ${describe(value)}`)
  }
  return value
}

/**
 * A leaf value for an optional field: `null`, `undefined` and `''` become `undefined`; anything
 * else is passed on unchanged so that the schema reports a wrong type at the article path.
 */
export function optional(value: unknown): unknown {
  return value === null || value === undefined || value === '' ? undefined : value
}

/** An id: numbers (WordPress) become strings; other values are passed on for the schema to judge. */
export function idOf(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value
}

/** Copies the entries whose value is not `undefined` (exactOptionalPropertyTypes-friendly). */
export function compact<T extends object>(value: T): T {
  const out: Json = {}
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry
  return out as T
}

/** Common options of both importers, checked in one place. */
export interface CommonImportOptions {
  language?: string | undefined
  fallbackAuthor?: AuthorInput | undefined
}

/**
 * Throws INVALID_OPTIONS unless `options` is an object whose known fields have the right types
 * (through the shared checker, so the messages read like every other copydesk function's).
 */
export function checkOptions(
  fnName: string,
  options: unknown,
  booleans: readonly string[],
  enums: Readonly<Record<string, readonly string[]>> = {},
): void {
  const opts = checkOptionsObject<Record<string, unknown>>(fnName, options)
  stringOption(fnName, 'language', opts['language'], undefined)
  const fallback = opts['fallbackAuthor']
  if (fallback !== undefined && !isRecord(fallback)) {
    throw refuse(fnName, 'INVALID_OPTIONS', 'options.fallbackAuthor', 'an author object', fallback)
  }
  for (const key of booleans) booleanOption(fnName, key, opts[key], undefined)
  for (const [key, allowed] of Object.entries(enums)) oneOfOption(fnName, key, opts[key], allowed, undefined)
}

/**
 * Validates the mapped article. On failure throws VALIDATION_FAILED whose `issues` carry the
 * article paths and whose message also names the source field each path came from.
 */
export function validateMapped(
  fnName: string,
  postId: unknown,
  mapped: Json,
  sources: Readonly<Record<string, string>>,
): Article {
  const result = safeParseArticle(mapped)
  if (result.success) return result.data
  const issues = result.error.issues ?? []
  const shown = issues.slice(0, 3).map((issue) => {
    const top = issue.path[0]
    const source = typeof top === 'string' ? sources[top] : undefined
    return `${formatPath(issue.path)}${source === undefined ? '' : ` (from ${source})`}: ${issue.message}`
  })
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : ''
  const which =
    typeof postId === 'number' || (typeof postId === 'string' && postId.length <= 40)
      ? ` ${JSON.stringify(postId)}`
      : ''
  throw new CopydeskError(
    'VALIDATION_FAILED',
    `${fnName}: post${which} does not map to a valid article: ${shown.join('; ')}${more}`,
    { issues, cause: result.error },
  )
}
