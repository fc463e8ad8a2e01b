// Checks moderateComment's context before any rule reads it, so a wrong type is a CopydeskError
// naming the field (never a TypeError from deep inside a rule), and caps the lists it reads.
import { refuse } from '../_internal/check.js'
import type { ModeratedComment, ModerationContext } from './types.js'

const FN = 'moderateComment'

/** The most history and recent comments read: the newest 50 of each. */
export const CONTEXT_LIST_CAP = 50

/**
 * How an author is recognised: by id, else by e-mail address (case-insensitive), else by name;
 * `undefined` for an anonymous comment.
 */
export function authorKey(
  author: { id?: unknown; email?: unknown; name?: unknown } | null | undefined,
): string | undefined {
  if (typeof author !== 'object' || author === null) return undefined
  if (typeof author.id === 'string' && author.id !== '') return `id:${author.id}`
  if (typeof author.email === 'string' && author.email.trim() !== '')
    return `email:${author.email.trim().toLowerCase()}`
  if (typeof author.name === 'string' && author.name.trim() !== '') return `name:${author.name.trim()}`
  return undefined
}

function optionalString(value: unknown, what: string): void {
  if (value !== undefined && typeof value !== 'string') throw refuse(FN, 'INVALID_INPUT', what, 'a string', value)
}

function checkList(value: unknown, what: string, fields: readonly string[]): void {
  if (value === undefined) return
  if (!Array.isArray(value)) throw refuse(FN, 'INVALID_INPUT', what, 'an array', value)
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'object' || item === null || typeof (item as { html?: unknown }).html !== 'string')
      throw refuse(FN, 'INVALID_INPUT', `${what}[${i}]`, 'an object with an html string', item)
    for (const f of fields) optionalString((item as Record<string, unknown>)[f], `${what}[${i}].${f}`)
  }
}

function checkCount(value: unknown, what: string): void {
  if (value !== undefined && (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)))
    throw refuse(FN, 'INVALID_INPUT', what, 'a non-negative number', value)
}

/** Throws `INVALID_INPUT` naming the field when the comment's author or the context has a wrong type. */
export function checkContext(comment: ModeratedComment, context: ModerationContext): void {
  const author: unknown = comment.author
  if (author !== undefined) {
    if (typeof author !== 'object' || author === null)
      throw refuse(FN, 'INVALID_INPUT', 'comment.author', 'an object', author)
    for (const f of ['id', 'name', 'email', 'url'])
      optionalString((author as Record<string, unknown>)[f], `comment.author.${f}`)
  }
  optionalString(comment.createdAt, 'comment.createdAt')
  const record: unknown = context.author
  if (record !== undefined) {
    if (typeof record !== 'object' || record === null)
      throw refuse(FN, 'INVALID_INPUT', 'context.author', 'an object', record)
    const r = record as Record<string, unknown>
    checkCount(r.approvedCount, 'context.author.approvedCount')
    checkCount(r.rejectedCount, 'context.author.rejectedCount')
    if (r.role !== undefined && r.role !== 'reader' && r.role !== 'member' && r.role !== 'staff')
      throw refuse(FN, 'INVALID_INPUT', 'context.author.role', "'reader', 'member' or 'staff'", r.role)
    if (r.firstSeenAt !== undefined && typeof r.firstSeenAt !== 'string' && !(r.firstSeenAt instanceof Date))
      throw refuse(FN, 'INVALID_INPUT', 'context.author.firstSeenAt', 'an ISO 8601 string or a Date', r.firstSeenAt)
  }
  checkList(context.history, 'context.history', ['createdAt', 'status'])
  checkList(context.recent, 'context.recent', ['createdAt', 'authorId', 'authorEmail', 'authorName'])
}
