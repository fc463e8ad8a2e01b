import { checkOptions, isRecord, oneOfOption, refuse } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import type { NowOption } from '../options.js'
import { SCHEMA_LIMITS } from '../schema/limits.js'
import { SUBSCRIPTION_EVENT_TYPES, safeParseSubscription } from '../schema/subscription.js'
import type {
  Subscription,
  SubscriptionEventType,
  SubscriptionHistoryEntry,
  SubscriptionStatus,
} from '../schema/types.js'
import { newsletterList, subscriptionNow } from './_options.js'
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
export interface ApplySubscriptionEventOptions extends NowOption {
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
const EVENTS: readonly string[] = SUBSCRIPTION_EVENT_TYPES
const TAKES_NEWSLETTERS: readonly string[] = ['requested', 'confirmed', 'resubscribed', 'newslettersChanged']

interface NormalizedEvent {
  type: SubscriptionEventType
  newsletters: string[] | undefined
  consent: boolean
  source: string | undefined
}

function normalizeEvent(event: unknown): NormalizedEvent {
  const raw: Record<string, unknown> = typeof event === 'string' ? { type: event } : isRecord(event) ? event : {}
  const type = raw.type
  if (typeof type !== 'string' || !EVENTS.includes(type)) {
    throw refuse(
      FN,
      'INVALID_INPUT',
      isRecord(event) ? 'event.type' : 'event',
      `one of ${EVENTS.join(', ')} (or an object with that type)`,
      isRecord(event) ? type : event,
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
    throw refuse(FN, 'INVALID_INPUT', 'event.consent', 'a boolean', raw.consent)
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

/**
 * The subscription, validated by the Subscription schema, so that nothing it carries (an email of
 * `0`, a `createdAt` of `null`) can end up in a result that looks valid.
 */
function checkSubscription(subscription: unknown): Subscription {
  if (!isRecord(subscription)) throw refuse(FN, 'INVALID_INPUT', 'subscription', 'a Subscription object', subscription)
  const parsed = safeParseSubscription(subscription)
  // Unknown keys (a row id, your own fields) are kept; every schema field is the parsed one.
  if (parsed.success) return { ...subscription, ...parsed.data }
  const issues = parsed.error.issues ?? []
  const first = issues[0]
  const where = first === undefined || first.path.length === 0 ? '' : `.${first.path.join('.')}`
  throw new CopydeskError(
    'INVALID_INPUT',
    `${FN}: subscription${where} is invalid: ${first?.message ?? 'not a Subscription'}${issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''} (check it with parseSubscription first)`,
    { issues, cause: parsed.error },
  )
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
 * @param subscription - The current subscription; validated with the Subscription schema (the
 *   result carries the parsed fields, dates in UTC, plus any keys of your own).
 * @param event - The event type, or `{ type, newsletters?, consent?, source? }`.
 * @param options - `now` and `onRepeat`.
 * @returns The new subscription, which passes `parseSubscription` (or, with `onRepeat: 'ignore'`,
 *   the input object itself for a repeated event).
 * @throws {@link CopydeskError} `INVALID_TRANSITION` when the event is not allowed from the current
 *   status; `INVALID_INPUT` when the subscription fails the Subscription schema (`issues` lists
 *   why), its history already holds `SCHEMA_LIMITS.history` entries, the event type is unknown or
 *   its fields are wrong (newsletters must be slugs); `INVALID_OPTIONS` for an invalid `now` or
 *   `onRepeat`.
 *
 * @example
 * ```ts
 * const pending = createSubscription('ana@example.com', { newsletters: ['morning-briefing'], now: '2026-11-24T10:00:00Z' })
 * const active = applySubscriptionEvent(pending, 'confirmed', { now: '2026-11-24T10:05:00Z' })
 * active.status        // 'subscribed'
 * active.confirmedAt   // '2026-11-24T10:05:00.000Z'
 * active.history.at(-1) // { at: '2026-11-24T10:05:00.000Z', from: 'pending_confirmation', to: 'subscribed', event: 'confirmed' }
 * const gone = applySubscriptionEvent(active, 'unsubscribed', { now: '2026-12-01T08:00:00Z' })
 * applySubscriptionEvent(gone, 'confirmed')
 * // throws CopydeskError INVALID_TRANSITION: applySubscriptionEvent: cannot apply 'confirmed' to a subscription that is 'unsubscribed' …
 * ```
 */
export function applySubscriptionEvent(
  subscription: Subscription,
  event: SubscriptionEvent,
  options?: ApplySubscriptionEventOptions,
): Subscription {
  const opts = checkOptions<ApplySubscriptionEventOptions>(FN, options)
  const now = subscriptionNow(FN, opts.now)
  const onRepeat = oneOfOption(FN, 'onRepeat', opts.onRepeat, ['throw', 'ignore'], 'throw')
  const e = normalizeEvent(event)
  const current = checkSubscription(subscription)
  const from = current.status
  if (onRepeat === 'ignore' && SUBSCRIPTION_REPEATS[from].includes(e.type)) return subscription
  const to = SUBSCRIPTION_TRANSITIONS[from][e.type]
  if (to === undefined || (from === 'complained' && !e.consent)) throw refusal(from, e.type, current.email)
  if (current.history.length >= SCHEMA_LIMITS.history) {
    throw refuse(
      FN,
      'INVALID_INPUT',
      'subscription.history.length',
      `below ${SCHEMA_LIMITS.history} (SCHEMA_LIMITS.history)`,
      current.history.length,
    )
  }

  const at = now.toISOString()
  const entry: SubscriptionHistoryEntry = { at, from, to, event: e.type }
  const next: Subscription = {
    ...current,
    status: to,
    newsletters: e.newsletters ?? current.newsletters,
    history: [...current.history, entry],
  }
  if (e.source !== undefined) next.source = e.source
  if (e.type === 'confirmed') next.confirmedAt = at
  if (e.type === 'unsubscribed') next.unsubscribedAt = at
  if (to === 'pending_confirmation' || to === 'subscribed') delete next.unsubscribedAt
  return next
}
