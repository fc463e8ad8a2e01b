import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { parseWith, safeParseWith, type SafeParseResult } from './_parse.js'
import { toInputJsonSchema, type JsonSchemaDocument } from './_jsonSchema.js'
import { httpUrl, nonEmptyText, slug } from './_primitives.js'
import type { Author, AuthorInput } from './types.js'

/**
 * The zod schema of an {@link Author}. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * AuthorSchema.parse({ id: 'a1', name: 'Omar Ali', slug: 'omar-ali', twitter: '@omar' })
 * // { id: 'a1', name: 'Omar Ali', slug: 'omar-ali' }   (unknown key stripped)
 * ```
 */
export const AuthorSchema: z.ZodMiniType<Author, AuthorInput> = /*@__PURE__*/ pure(() =>
  z.object({
    id: nonEmptyText,
    name: nonEmptyText,
    slug,
    bio: z.optional(z.string()),
    avatarUrl: z.optional(httpUrl),
    url: z.optional(httpUrl),
  }),
)

/**
 * Validates an author and returns the parsed copy.
 *
 * @param input - Anything; typically JSON from your CMS.
 * @returns The author, unknown keys stripped.
 * @throws {@link CopydeskError} `VALIDATION_FAILED` with `issues[]` (each with its `path`).
 *
 * @example
 * ```ts
 * parseAuthor({ id: 'a1', name: 'Omar Ali', slug: 'omar-ali' })
 * // { id: 'a1', name: 'Omar Ali', slug: 'omar-ali' }
 * parseAuthor({ id: 'a1', slug: 'Omar Ali' })
 * // throws CopydeskError: issues name ['name'] and ['slug']
 * ```
 */
export function parseAuthor(input: unknown): Author {
  return parseWith(AuthorSchema, input, 'parseAuthor')
}

/**
 * Validates an author without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is the
 *   {@link CopydeskError} that {@link parseAuthor} would throw.
 *
 * @example
 * ```ts
 * safeParseAuthor({ id: 'a1', name: '', slug: 'x' }).success // false
 * ```
 */
export function safeParseAuthor(input: unknown): SafeParseResult<Author> {
  return safeParseWith(AuthorSchema, input, 'safeParseAuthor')
}

/**
 * JSON Schema (draft 2020-12) of the input {@link parseAuthor} accepts.
 *
 * @example
 * ```ts
 * authorJsonSchema.required // ['id', 'name', 'slug']
 * ```
 */
export const authorJsonSchema: JsonSchemaDocument = /*@__PURE__*/ pure(() => toInputJsonSchema(AuthorSchema))
