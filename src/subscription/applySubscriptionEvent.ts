import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type {
  Subscription,
  SubscriptionEventType,
  SubscriptionHistoryEntry,
  SubscriptionStatus,
} from '../schema/types.js'
import { newsletterList, resolveNow, resolveOptions } from './_options.js'
import { SUBSCRIPTION_REPEATS, SUBSCRIPTION_TRANSITIONS } from './subscriptionTransitions.js'

/**
 * Something that happened to a subscription: an event type alone, or an object with details.
 *
 * - `newsletters` replaces the subscription's newsletters. Accepted by `requested`, `confirmed`,
 *   `resubscribed`, and required by `newslettersChanged`. `[]` means none, not the defaults.
 * - `consent: true` records that the reader explicitly asked to be subscribed again; required to
 *   leave `complained`.
 * - `source` (on `requested`) replaces where the sign-up came from.
 *
 * @example
 * ```ts
 * const a: SubscriptionEvent = 'confirmed'
 * const b: SubscriptionEvent = { type: 'newslettersChanged', newsletters: ['climate-weekly'] }
 * ```
 */
export type SubscriptionEvent =
  | SubscriptionEventType
  | {
      /** What happened. */
      type: SubscriptionEventType
      /** The newsletters from now on; see the type's description for which events take it. */
      newsletters?: readonly string[] | undefined
      /** The reader explicitly asked to be subscribed again (needed after a complaint). */
      consent?: boolean | undefined
      /** Where a new request came from (`requested` only). */
      source?: string | undefined
    }

/** Options for {@link applySubscriptionEvent}. */
export interface ApplySubscriptionEventOptions {
  /**
   * When the event happened; becomes the history entry's `at` (and `confirmedAt` /
   * `unsubscribedAt`).
   * @defaultValue `new Date()`
   */
  now?: Date | undefined
  /**
   * What to do with an event that finds the subscription already where it would take it
   * ({@link SUBSCRIPTION_REPEATS}: a second confirmation click, a retried one-click unsubscribe, a
   * duplicate bounce webhook). `'throw'` raises `INVALID_TRANSITION` like any other refused event;
   * `'ignore'` returns the input object itself, unchanged and with no history entry.
   * @defaultValue `'throw'`
   */
  onRepeat?: 'throw' | 'ignore' | undefined
}

const FN = 'applySubscriptionEvent'
const STATUSES: readonly string[] = ['pending_confirmation', 'subscribed', 'unsubscribed', 'bounced', 'complained']
const EVENTS: readonly string[] = [
  'requested',
  'confirmed',
  'unsubscribed',
  'bounced',
  'complained',
  'resubscribed',
  'newslettersChanged',
]
const TAKES_NEWSLETTERS: readonly string[] = ['requested', 'confirmed', 'resubscribed', 'newslettersChanged']

interface NormalizedEvent {
  type: SubscriptionEventType
  newsletters: string[] | undefined
  consent: boolean
  source: string | undefined
}

function normalizeEvent(event: unknown): NormalizedEvent {
  const raw: Record<string, unknown> =
    typeof event === 'string'
      ? { type: event }
      : typeof event === 'object' && event !== null && !Array.isArray(event)
        ? (event as Record<string, unknown>)
        : {}
  const type = raw.type
  if (typeof type !== 'string' || !EVENTS.includes(type)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: event must be one of ${EVENTS.join(', ')} (or an object with that type), received ${describe(typeof event === 'object' && event !== null && !Array.isArray(event) ? type : event)}`,
    )
  }
  let newsletters: string[] | undefined
  if (raw.newsletters !== undefined) {
    if (!TAKES_NEWSLETTERS.includes(type)) {
      throw new CopydeskError(
        'INVALID_INPUT',
        `${FN}: a '${type}' event takes no newsletters (use 'newslettersChanged' to change them)`,
      )
    }
    newsletters = newsletterList(FN, raw.newsletters, 'event.newsletters')
  } else if (type === 'newslettersChanged') {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: a 'newslettersChanged' event needs newsletters (an array; [] means none)`,
    )
  }
  if (raw.consent !== undefined && typeof raw.consent !== 'boolean') {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: event.consent must be a boolean, received ${describe(raw.consent)}`,
    )
  }
  if (raw.source !== undefined && (typeof raw.source !== 'string' || type !== 'requested')) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: event.source must be a string on a 'requested' event, received ${describe(raw.source)} on '${type}'`,
    )
  }
  return {
    type: type as SubscriptionEventType,
    newsletters,
    consent: raw.consent === true,
    source: raw.source as string | undefined,
  }
}

function checkSubscription(subscription: unknown): Subscription {
  if (typeof subscription !== 'object' || subscription === null || Array.isArray(subscription)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: subscription must be a Subscription object, received ${describe(subscription)}`,
    )
  }
  const s = subscription as Record<string, unknown>
  if (typeof s.status !== 'string' || !STATUSES.includes(s.status)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: subscription.status must be one of ${STATUSES.join(', ')}, received ${describe(s.status)}`,
    )
  }
  if (!Array.isArray(s.history) || !Array.isArray(s.newsletters)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: subscription.history and subscription.newsletters must be arrays (parse it with parseSubscription first)`,
    )
  }
  return subscription as Subscription
}

function refusal(from: SubscriptionStatus, type: SubscriptionEventType, email: string): CopydeskError {
  const why =
    from === 'complained'
      ? type === 'resubscribed'
        ? "a complained address can only be resubscribed with the reader's explicit consent ({ type: 'resubscribed', consent: true })"
        : "after a complaint only an explicit { type: 'resubscribed', consent: true } is accepted"
      : `allowed from '${from}': ${Object.keys(SUBSCRIPTION_TRANSITIONS[from]).join(', ')}`
  return new CopydeskError(
    'INVALID_TRANSITION',
    `${FN}: cannot apply '${type}' to a subscription that is '${from}' (${describe(email)}); ${why}`,
  )
}

/**
 * Applies one lifecycle event and returns the new subscription, with `{ at, from, to, event }`
 * appended to `history`. The lifecycle is {@link SUBSCRIPTION_TRANSITIONS}: `pending_confirmation →
 * subscribed → unsubscribed`, plus `bounced` and `complained`; a `requested` from `unsubscribed` or
 * `bounced` starts a new double opt-in. An event that makes no sense (confirming an unsubscribed
 * address; anything after `complained` except `{ type: 'resubscribed', consent: true }`) throws and
 * changes nothing. Never mutates its arguments: the result is a new object with new arrays.
 * Side fields: `confirmed` sets `confirmedAt`; `unsubscribed` sets `unsubscribedAt`; entering
 * `pending_confirmation` or `subscribed` removes `unsubscribedAt`.
 *
 * @param subscription - The current subscription (a parsed {@link Subscription}).
 * @param event - The event type, or `{ type, newsletters?, consent?, source? }`.
 * @param options - `now` and `onRepeat`.
 * @returns The new subscription (or, with `onRepeat: 'ignore'`, the input for a repeated event).
 * @throws {@link CopydeskError} `INVALID_TRANSITION` when the event is not allowed from the current
 *   status; `INVALID_INPUT` when the subscription has no valid status/arrays, the event type is
 *   unknown or its fields are wrong; `INVALID_OPTIONS` for an invalid `now` or `onRepeat`.
 *
 * @example
 * ```ts
 * const pending = createSubscription('ana@example.com', { newsletters: ['morning-briefing'], now: new Date('2026-11-24T10:00:00Z') })
 * const active = applySubscriptionEvent(pending, 'confirmed', { now: new Date('2026-11-24T10:05:00Z') })
 * active.status        // 'subscribed'
 * active.confirmedAt   // '2026-11-24T10:05:00.000Z'
 * active.history.at(-1) // { at: '2026-11-24T10:05:00.000Z', from: 'pending_confirmation', to: 'subscribed', event: 'confirmed' }
 * const gone = applySubscriptionEvent(active, 'unsubscribed', { now: new Date('2026-12-01T08:00:00Z') })
 * applySubscriptionEvent(gone, 'confirmed')
 * // throws CopydeskError INVALID_TRANSITION: applySubscriptionEvent: cannot apply 'confirmed' to a subscription that is 'unsubscribed' …
 * ```
 */
export function applySubscriptionEvent(
  subscription: Subscription,
  event: SubscriptionEvent,
  options?: ApplySubscriptionEventOptions,
): Subscription {
  const opts = resolveOptions<ApplySubscriptionEventOptions>(FN, options)
  const now = resolveNow(FN, opts.now)
  const onRepeat = opts.onRepeat ?? 'throw'
  if (onRepeat !== 'throw' && onRepeat !== 'ignore') {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${FN}: options.onRepeat must be 'throw' or 'ignore', received ${describe(onRepeat)}`,
    )
  }
  const current = checkSubscription(subscription)
  const e = normalizeEvent(event)
  const from = current.status
  if (onRepeat === 'ignore' && SUBSCRIPTION_REPEATS[from].includes(e.type)) return current
  const to = SUBSCRIPTION_TRANSITIONS[from][e.type]
  if (to === undefined || (from === 'complained' && !e.consent)) throw refusal(from, e.type, current.email)

  const at = now.toISOString()
  const entry: SubscriptionHistoryEntry = { at, from, to, event: e.type }
  const next: Subscription = {
    ...current,
    status: to,
    newsletters: e.newsletters ?? [...current.newsletters],
    history: [...current.history, entry],
  }
  if (e.source !== undefined) next.source = e.source
  if (e.type === 'confirmed') next.confirmedAt = at
  if (e.type === 'unsubscribed') next.unsubscribedAt = at
  if (to === 'pending_confirmation' || to === 'subscribed') delete next.unsubscribedAt
  return next
}
