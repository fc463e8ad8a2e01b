/**
 * Typed, validated schemas of the news-site data model (zod 4): Article, Author, Tag, Teaser,
 * Comment and Subscription. Each comes as a zod schema (`ArticleSchema`), output and input types
 * (`Article`, `ArticleInput`), `parseArticle` (throws {@link CopydeskError}), `safeParseArticle`
 * and a JSON Schema (`articleJsonSchema`). Unknown keys are stripped; dates are normalized to UTC.
 * The schemas implement Standard Schema (`schema['~standard'].validate`).
 *
 * @example
 * ```ts
 * import { parseArticle } from 'copydesk/schema'
 * parseArticle(json).publishedAt // '2026-11-24T06:00:00.000Z'
 * ```
 *
 * @module copydesk/schema
 */
export { ArticleSchema, parseArticle, safeParseArticle, articleJsonSchema } from './article.js'
export { AuthorSchema, parseAuthor, safeParseAuthor, authorJsonSchema } from './author.js'
export { TagSchema, parseTag, safeParseTag, tagJsonSchema } from './tag.js'
export { TeaserSchema, parseTeaser, safeParseTeaser, teaserJsonSchema } from './teaser.js'
export { CommentSchema, parseComment, safeParseComment, commentJsonSchema } from './comment.js'
export {
  SubscriptionSchema,
  parseSubscription,
  safeParseSubscription,
  subscriptionJsonSchema,
  SUBSCRIPTION_EVENT_TYPES,
} from './subscription.js'
export { formatPath } from './_parse.js'
export { SCHEMA_LIMITS } from './limits.js'
export type { JsonSchemaDocument } from './_jsonSchema.js'
export type * from './types.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
