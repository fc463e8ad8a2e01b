import * as z from 'zod/mini'
import { pure } from '../_internal/pure.js'
import { parseWith, safeParseWith, type ArrayLimits, type SafeParseResult } from './_parse.js'
import { SCHEMA_LIMITS } from './limits.js'
import { toInputJsonSchema, type JsonSchemaDocument } from './_jsonSchema.js'
import { email, isoDateTime, slug } from './_primitives.js'
import type { Subscription, SubscriptionEventType, SubscriptionInput } from './types.js'

/**
 * Every {@link SubscriptionEventType}, in lifecycle order: the events a subscription's `history`
 * records and `applySubscriptionEvent` accepts (both read this list).
 *
 * @example
 * ```ts
 * SUBSCRIPTION_EVENT_TYPES.includes('confirmed') // true
 * SUBSCRIPTION_EVENT_TYPES.length                // 7
 * ```
 */
export const SUBSCRIPTION_EVENT_TYPES: readonly SubscriptionEventType[] = [
  'requested',
  'confirmed',
  'unsubscribed',
  'bounced',
  'complained',
  'resubscribed',
  'newslettersChanged',
]

const subscriptionStatus = /*@__PURE__*/ pure(() =>
  z.enum(['pending_confirmation', 'subscribed', 'unsubscribed', 'bounced', 'complained']),
)

/**
 * The zod schema of a {@link Subscription}. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * SubscriptionSchema.parse({ email: 'ana@example.com', status: 'subscribed', newsletters: [],
 *   createdAt: '2026-11-24T10:00:00Z' }).history
 * // []
 * ```
 */
export const SubscriptionSchema: z.ZodMiniType<Subscription, SubscriptionInput> = /*@__PURE__*/ pure(() =>
  z.object({
    email,
    status: subscriptionStatus,
    newsletters: z
      .array(slug)
      .check(z.maxLength(SCHEMA_LIMITS.newsletters, `At most ${SCHEMA_LIMITS.newsletters} newsletters`)),
    source: z.optional(z.string()),
    createdAt: isoDateTime,
    confirmedAt: z.optional(isoDateTime),
    unsubscribedAt: z.optional(isoDateTime),
    history: z._default(
      z
        .array(
          z.object({
            at: isoDateTime,
            from: subscriptionStatus,
            to: subscriptionStatus,
            event: z.enum(SUBSCRIPTION_EVENT_TYPES),
          }),
        )
        .check(z.maxLength(SCHEMA_LIMITS.history, `At most ${SCHEMA_LIMITS.history} history entries`)),
      () => [],
    ),
  }),
)

const LIMITS: ArrayLimits = [
  [['newsletters'], SCHEMA_LIMITS.newsletters],
  [['history'], SCHEMA_LIMITS.history],
]

/**
 * Validates a subscription and returns the parsed copy (defaults applied, dates in UTC `Z`).
 *
 * @param input - Anything; typically JSON from your CMS or an API.
 * @returns The subscription, unknown keys stripped.
 * @throws {@link CopydeskError} `VALIDATION_FAILED` with `issues[]` (each with its `path`).
 *
 * @example
 * ```ts
 * parseSubscription({ email: '  Ana@Example.COM ', status: 'pending_confirmation',
 *   newsletters: ['morning-briefing'], createdAt: '2026-11-24T10:00:00+01:00' })
 * // { email: 'Ana@example.com', status: 'pending_confirmation', newsletters: ['morning-briefing'],
 * //   createdAt: '2026-11-24T09:00:00.000Z', history: [] }
 * ```
 */
export function parseSubscription(input: unknown): Subscription {
  return parseWith(SubscriptionSchema, input, 'parseSubscription', LIMITS)
}

/**
 * Validates a subscription without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is the
 *   {@link CopydeskError} that {@link parseSubscription} would throw.
 *
 * @example
 * ```ts
 * safeParseSubscription({ email: 'not-an-email', status: 'subscribed', newsletters: [],
 *   createdAt: '2026-11-24T10:00:00Z' }).success
 * // false
 * ```
 */
export function safeParseSubscription(input: unknown): SafeParseResult<Subscription> {
  return safeParseWith(SubscriptionSchema, input, 'safeParseSubscription', LIMITS)
}

/**
 * JSON Schema (draft 2020-12) of the input {@link parseSubscription} accepts.
 *
 * @example
 * ```ts
 * subscriptionJsonSchema.required // ['email', 'status', 'newsletters', 'createdAt']
 * ```
 */
export const subscriptionJsonSchema: JsonSchemaDocument = /*@__PURE__*/ pure(() =>
  toInputJsonSchema(SubscriptionSchema),
)
