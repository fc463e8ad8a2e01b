import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { parseWith, safeParseWith, type ArrayLimits, type SafeParseResult } from './_parse.js'
import { SCHEMA_LIMITS } from './limits.js'
import { toInputJsonSchema, type JsonSchemaDocument } from './_jsonSchema.js'
import { httpUrl, image, isoDateTime, nonEmptyText, slug } from './_primitives.js'
import type { Teaser, TeaserInput } from './types.js'

/**
 * The zod schema of a {@link Teaser}. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * TeaserSchema.parse({ id: 'a1', slug: 'x', title: 'X', excerpt: '', excerptSource: 'auto',
 *   truncated: false, authors: [], readingMinutes: 1, access: 'public' }).title
 * // 'X'
 * ```
 */
export const TeaserSchema: z.ZodMiniType<Teaser, TeaserInput> = /*@__PURE__*/ pure(() =>
  z.object({
    id: nonEmptyText,
    slug,
    url: z.optional(httpUrl),
    title: nonEmptyText,
    excerpt: z.string(),
    excerptSource: z.enum(['custom', 'more', 'auto']),
    truncated: z.boolean(),
    image: z.optional(image),
    primaryTag: z.optional(z.object({ name: nonEmptyText, slug })),
    authors: z
      .array(z.object({ name: nonEmptyText, slug }))
      .check(z.maxLength(SCHEMA_LIMITS.authors, `At most ${SCHEMA_LIMITS.authors} authors`)),
    publishedAt: z.optional(isoDateTime),
    readingMinutes: z.int().check(z.nonnegative()),
    access: z.enum(['public', 'members', 'paid']),
  }),
)

const LIMITS: ArrayLimits = [[['authors'], SCHEMA_LIMITS.authors]]

/**
 * Validates a teaser and returns the parsed copy (defaults applied, dates in UTC `Z`).
 *
 * @param input - Anything; typically JSON from your CMS or an API.
 * @returns The teaser, unknown keys stripped.
 * @throws {@link CopydeskError} `VALIDATION_FAILED` with `issues[]` (each with its `path`).
 *
 * @example
 * ```ts
 * parseTeaser({ id: 'a1', slug: 'tide', title: 'Tide', excerpt: 'High water.', excerptSource: 'auto',
 *   truncated: false, authors: [{ name: 'Omar Ali', slug: 'omar-ali' }], readingMinutes: 1,
 *   access: 'public', publishedAt: '2026-11-24T08:00:00+02:00' }).publishedAt
 * // '2026-11-24T06:00:00.000Z'
 * ```
 */
export function parseTeaser(input: unknown): Teaser {
  return parseWith(TeaserSchema, input, 'parseTeaser', LIMITS)
}

/**
 * Validates a teaser without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is the
 *   {@link CopydeskError} that {@link parseTeaser} would throw.
 *
 * @example
 * ```ts
 * safeParseTeaser({ id: 'a1' }).success // false
 * ```
 */
export function safeParseTeaser(input: unknown): SafeParseResult<Teaser> {
  return safeParseWith(TeaserSchema, input, 'safeParseTeaser', LIMITS)
}

/**
 * JSON Schema (draft 2020-12) of the input {@link parseTeaser} accepts.
 *
 * @example
 * ```ts
 * teaserJsonSchema.type // 'object'
 * ```
 */
export const teaserJsonSchema: JsonSchemaDocument = /*@__PURE__*/ pure(() => toInputJsonSchema(TeaserSchema))
