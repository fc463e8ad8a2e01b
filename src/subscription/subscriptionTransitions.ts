import { pure } from '../_internal/pure.js'
import type { SubscriptionEventType, SubscriptionStatus } from '../schema/types.js'

function freezeRows<T extends object>(table: T): T {
  for (const row of Object.values(table)) Object.freeze(row)
  return Object.freeze(table)
}

/**
 * The subscriber lifecycle as data: for each status, the events it accepts and the status each
 * one leads to. An event missing from a row is an `INVALID_TRANSITION` in
 * {@link applySubscriptionEvent}. `complained → resubscribed` additionally needs
 * `{ type: 'resubscribed', consent: true }`.
 *
 * | from \ event           | requested | confirmed  | unsubscribed | bounced | complained | resubscribed | newslettersChanged |
 * |------------------------|-----------|------------|--------------|---------|------------|--------------|--------------------|
 * | `pending_confirmation` | pending   | subscribed | unsubscribed | bounced | complained | —            | pending            |
 * | `subscribed`           | —         | —          | unsubscribed | bounced | complained | —            | subscribed         |
 * | `unsubscribed`         | pending   | —          | —            | —       | complained | subscribed   | —                  |
 * | `bounced`              | pending   | —          | unsubscribed | —       | complained | subscribed   | —                  |
 * | `complained`           | —         | —          | —            | —       | —          | subscribed ¹ | —                  |
 *
 * ¹ only with `consent: true`.
 *
 * @example
 * ```ts
 * SUBSCRIPTION_TRANSITIONS.pending_confirmation.confirmed // 'subscribed'
 * SUBSCRIPTION_TRANSITIONS.unsubscribed.confirmed         // undefined (not allowed)
 * ```
 */
export const SUBSCRIPTION_TRANSITIONS: Readonly<
  Record<SubscriptionStatus, Readonly<Partial<Record<SubscriptionEventType, SubscriptionStatus>>>>
> = /*@__PURE__*/ pure(() =>
  freezeRows({
    pending_confirmation: {
      requested: 'pending_confirmation',
      confirmed: 'subscribed',
      unsubscribed: 'unsubscribed',
      bounced: 'bounced',
      complained: 'complained',
      newslettersChanged: 'pending_confirmation',
    },
    subscribed: {
      unsubscribed: 'unsubscribed',
      bounced: 'bounced',
      complained: 'complained',
      newslettersChanged: 'subscribed',
    },
    unsubscribed: {
      requested: 'pending_confirmation',
      complained: 'complained',
      resubscribed: 'subscribed',
    },
    bounced: {
      requested: 'pending_confirmation',
      unsubscribed: 'unsubscribed',
      complained: 'complained',
      resubscribed: 'subscribed',
    },
    complained: {
      resubscribed: 'subscribed',
    },
  }),
)

/**
 * Events that find the subscription already where they would take it (a second click on a
 * confirmation link, a retried one-click unsubscribe, a duplicate bounce webhook).
 * {@link applySubscriptionEvent} returns the input unchanged for these with `onRepeat: 'ignore'`.
 *
 * @example
 * ```ts
 * SUBSCRIPTION_REPEATS.subscribed // ['requested', 'confirmed', 'resubscribed']
 * ```
 */
export const SUBSCRIPTION_REPEATS: Readonly<Record<SubscriptionStatus, readonly SubscriptionEventType[]>> =
  /*@__PURE__*/ pure(() =>
    freezeRows({
      pending_confirmation: [],
      subscribed: ['requested', 'confirmed', 'resubscribed'],
      unsubscribed: ['unsubscribed'],
      bounced: ['bounced'],
      complained: ['complained'],
    }),
  )
