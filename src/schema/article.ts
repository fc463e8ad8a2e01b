import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { parseWith, safeParseWith, type ArrayLimits, type SafeParseResult } from './_parse.js'
import { SCHEMA_LIMITS } from './limits.js'
import { toInputJsonSchema, type JsonSchemaDocument } from './_jsonSchema.js'
import { AuthorSchema } from './author.js'
import { TagSchema } from './tag.js'
import { httpUrl, image, isoDateTime, languageTag, nonEmptyText, slug } from './_primitives.js'
import type { Article, ArticleInput } from './types.js'

/**
 * The zod schema of a {@link Article}. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * ArticleSchema.parse({ id: 'a1', slug: 'tide', title: 'Tide', html: '<p>High water.</p>',
 *   authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }] }).status
 * // 'draft'
 * ```
 */
export const ArticleSchema: z.ZodMiniType<Article, ArticleInput> = /*@__PURE__*/ pure(() =>
  z
    .object({
      id: nonEmptyText,
      slug,
      title: nonEmptyText,
      subtitle: z.optional(z.string()),
      html: z.string(),
      freeHtml: z.optional(z.string()),
      customExcerpt: z.optional(z.string()),
      featureImage: z.optional(image),
      authors: z
        .array(AuthorSchema)
        .check(
          z.minLength(1, 'An article needs at least one author'),
          z.maxLength(SCHEMA_LIMITS.authors, `At most ${SCHEMA_LIMITS.authors} authors`),
        ),
      tags: z._default(
        z.array(TagSchema).check(z.maxLength(SCHEMA_LIMITS.tags, `At most ${SCHEMA_LIMITS.tags} tags`)),
        () => [],
      ),
      section: z.optional(nonEmptyText),
      language: z._default(languageTag, 'en'),
      status: z._default(z.enum(['draft', 'scheduled', 'published', 'archived']), 'draft'),
      access: z._default(z.enum(['public', 'members', 'paid']), 'public'),
      publishedAt: z.optional(isoDateTime),
      updatedAt: z.optional(isoDateTime),
      canonicalUrl: z.optional(httpUrl),
      oldSlugs: z.optional(
        z.array(slug).check(z.maxLength(SCHEMA_LIMITS.oldSlugs, `At most ${SCHEMA_LIMITS.oldSlugs} old slugs`)),
      ),
      commentsEnabled: z._default(z.boolean(), true),
      featured: z._default(z.boolean(), false),
      seo: z.optional(
        z.object({
          metaTitle: z.optional(z.string()),
          metaDescription: z.optional(z.string()),
          ogImage: z.optional(httpUrl),
        }),
      ),
    })
    .check(
      z.superRefine((article, ctx) => {
        if ((article.status === 'published' || article.status === 'scheduled') && article.publishedAt === undefined) {
          ctx.issues.push({
            code: 'custom',
            path: ['publishedAt'],
            message: `A ${article.status} article needs publishedAt`,
            input: article,
          })
        }
      }),
    ),
)

const LIMITS: ArrayLimits = [
  [['authors'], SCHEMA_LIMITS.authors],
  [['tags'], SCHEMA_LIMITS.tags],
  [['oldSlugs'], SCHEMA_LIMITS.oldSlugs],
]

/**
 * Validates an article and returns the parsed copy (defaults applied, dates in UTC `Z`).
 *
 * @param input - Anything; typically JSON from your CMS or an API.
 * @returns The article, unknown keys stripped.
 * @throws {@link CopydeskError} `VALIDATION_FAILED` with `issues[]` (each with its `path`).
 *
 * @example
 * ```ts
 * const article = parseArticle({
 *   id: 'a1', slug: 'king-tide', title: 'King tide floods the harbor road', html: '<p>…</p>',
 *   authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
 *   status: 'published', publishedAt: '2026-11-24T08:00:00+02:00',
 * })
 * article.publishedAt // '2026-11-24T06:00:00.000Z'
 * article.tags        // []
 *
 * parseArticle({ ...article, publishedAt: 'yesterday', authors: [{ id: 'u1', slug: 'x' }] })
 * // throws CopydeskError VALIDATION_FAILED; issues[].path: ['authors', 0, 'name'], ['publishedAt']
 * ```
 */
export function parseArticle(input: unknown): Article {
  return parseWith(ArticleSchema, input, 'parseArticle', LIMITS)
}

/**
 * Validates a article without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is the
 *   {@link CopydeskError} that {@link parseArticle} would throw.
 *
 * @example
 * ```ts
 * const result = safeParseArticle({ id: 'a1', slug: 'x', title: 'X', html: '', authors: [] })
 * result.success                     // false
 * result.error.issues?.[0]?.path     // ['authors']
 * ```
 */
export function safeParseArticle(input: unknown): SafeParseResult<Article> {
  return safeParseWith(ArticleSchema, input, 'safeParseArticle', LIMITS)
}

/**
 * JSON Schema (draft 2020-12) of the input {@link parseArticle} accepts.
 *
 * @example
 * ```ts
 * articleJsonSchema.required // ['id', 'slug', 'title', 'html', 'authors']
 * ```
 */
export const articleJsonSchema: JsonSchemaDocument = /*@__PURE__*/ pure(() => toInputJsonSchema(ArticleSchema))
