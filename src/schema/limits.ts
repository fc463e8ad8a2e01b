/**
 * The longest arrays the schemas accept. An array past its maximum is refused with one issue
 * (`too_big`) before any element is validated, so validating hostile input costs time
 * proportional to the maxima, not to the input: `safeParseArticle({ …, authors: Array(150000) })`
 * returns a failure instead of overflowing the stack. Functions that produce documents
 * (`createSubscription`, `applySubscriptionEvent`, …) refuse input that would break them.
 *
 * @example
 * ```ts
 * SCHEMA_LIMITS.authors     // 100
 * SCHEMA_LIMITS.newsletters // 1000
 * ```
 */
export const SCHEMA_LIMITS: {
  /** `Article.authors`, `Teaser.authors`. */
  readonly authors: 100
  /** `Article.tags`. */
  readonly tags: 100
  /** `Article.oldSlugs`. */
  readonly oldSlugs: 1000
  /** `Comment.verdict.reasons`. */
  readonly reasons: 1000
  /** `Subscription.newsletters`. */
  readonly newsletters: 1000
  /** `Subscription.history`. */
  readonly history: 10000
  /** Issues reported by one failed parse; the rest are counted in the message only. */
  readonly issues: 100
} = Object.freeze({
  authors: 100,
  tags: 100,
  oldSlugs: 1000,
  reasons: 1000,
  newsletters: 1000,
  history: 10000,
  issues: 100,
} as const)
