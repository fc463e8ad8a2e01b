import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { parseWith, safeParseWith, type ArrayLimits, type SafeParseResult } from './_parse.js'
import { SCHEMA_LIMITS } from './limits.js'
import { toInputJsonSchema, type JsonSchemaDocument } from './_jsonSchema.js'
import { email, httpUrl, isoDateTime, nonEmptyText } from './_primitives.js'
import type { Comment, CommentInput } from './types.js'

/**
 * The zod schema of a {@link Comment}. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * CommentSchema.parse({ id: 'c1', articleId: 'a1', author: { name: 'Ana' }, html: '<p>Hi</p>',
 *   createdAt: '2026-11-24T10:00:00Z' }).status
 * // 'pending'
 * ```
 */
export const CommentSchema: z.ZodMiniType<Comment, CommentInput> = /*@__PURE__*/ pure(() =>
  z.object({
    id: nonEmptyText,
    articleId: nonEmptyText,
    parentId: z.optional(nonEmptyText),
    author: z.object({
      id: z.optional(nonEmptyText),
      name: nonEmptyText,
      email: z.optional(email),
      url: z.optional(httpUrl),
    }),
    html: z.string(),
    createdAt: isoDateTime,
    status: z._default(z.enum(['pending', 'published', 'hidden', 'spam', 'deleted']), 'pending'),
    verdict: z.optional(
      z.object({
        action: z.enum(['approve', 'hold', 'reject']),
        score: z.number(),
        reasons: z
          .array(z.looseObject({ code: z.string(), message: z.string() }))
          .check(z.maxLength(SCHEMA_LIMITS.reasons, `At most ${SCHEMA_LIMITS.reasons} reasons`)),
        policyVersion: z.optional(z.string()),
      }),
    ),
  }),
)

const LIMITS: ArrayLimits = [[['verdict', 'reasons'], SCHEMA_LIMITS.reasons]]

/**
 * Validates a comment and returns the parsed copy (defaults applied, dates in UTC `Z`).
 *
 * @param input - Anything; typically JSON from your CMS or an API.
 * @returns The comment, unknown keys stripped.
 * @throws {@link CopydeskError} `VALIDATION_FAILED` with `issues[]` (each with its `path`).
 *
 * @example
 * ```ts
 * parseComment({ id: 'c1', articleId: 'a1', author: { name: 'Ana', email: ' Ana@Example.COM ' },
 *   html: '<p>Hi</p>', createdAt: '2026-11-24T10:00:00Z' }).author.email
 * // 'Ana@example.com'
 * ```
 */
export function parseComment(input: unknown): Comment {
  return parseWith(CommentSchema, input, 'parseComment', LIMITS)
}

/**
 * Validates a comment without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is the
 *   {@link CopydeskError} that {@link parseComment} would throw.
 *
 * @example
 * ```ts
 * safeParseComment({ id: 'c1', articleId: 'a1', author: { name: '' }, html: '', createdAt: 'yesterday' }).success
 * // false
 * ```
 */
export function safeParseComment(input: unknown): SafeParseResult<Comment> {
  return safeParseWith(CommentSchema, input, 'safeParseComment', LIMITS)
}

/**
 * JSON Schema (draft 2020-12) of the input {@link parseComment} accepts.
 *
 * @example
 * ```ts
 * commentJsonSchema.required // ['id', 'articleId', 'author', 'html', 'createdAt']
 * ```
 */
export const commentJsonSchema: JsonSchemaDocument = /*@__PURE__*/ pure(() => toInputJsonSchema(CommentSchema))
