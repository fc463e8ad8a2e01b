import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { parseWith, safeParseWith, type SafeParseResult } from './_parse.js'
import { toInputJsonSchema, type JsonSchemaDocument } from './_jsonSchema.js'
import { nonEmptyText, slug } from './_primitives.js'
import type { Tag, TagInput } from './types.js'

/**
 * The zod schema of a {@link Tag}. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * TagSchema.parse({ name: 'Wildfire', slug: 'wildfire' })
 * // { name: 'Wildfire', slug: 'wildfire', visibility: 'public' }
 * ```
 */
export const TagSchema: z.ZodMiniType<Tag, TagInput> = /*@__PURE__*/ pure(() =>
  z.object({
    id: z.optional(nonEmptyText),
    name: nonEmptyText,
    slug,
    visibility: z._default(z.enum(['public', 'internal']), 'public'),
  }),
)

/**
 * Validates a tag and returns the parsed copy (defaults applied, dates in UTC `Z`).
 *
 * @param input - Anything; typically JSON from your CMS or an API.
 * @returns The tag, unknown keys stripped.
 * @throws {@link CopydeskError} `VALIDATION_FAILED` with `issues[]` (each with its `path`).
 *
 * @example
 * ```ts
 * parseTag({ name: '#featured', slug: 'hash-featured', visibility: 'internal' })
 * // { name: '#featured', slug: 'hash-featured', visibility: 'internal' }
 * ```
 */
export function parseTag(input: unknown): Tag {
  return parseWith(TagSchema, input, 'parseTag')
}

/**
 * Validates a tag without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is the
 *   {@link CopydeskError} that {@link parseTag} would throw.
 *
 * @example
 * ```ts
 * safeParseTag({ name: 'Wildfire', slug: 'Wild Fire' }).success // false
 * ```
 */
export function safeParseTag(input: unknown): SafeParseResult<Tag> {
  return safeParseWith(TagSchema, input, 'safeParseTag')
}

/**
 * JSON Schema (draft 2020-12) of the input {@link parseTag} accepts.
 *
 * @example
 * ```ts
 * tagJsonSchema.required // ['name', 'slug']
 * ```
 */
export const tagJsonSchema: JsonSchemaDocument = /*@__PURE__*/ pure(() => toInputJsonSchema(TagSchema))
