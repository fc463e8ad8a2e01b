import { checkOptions, stringOption } from '../_internal/check.js'
import type { NowOption } from '../options.js'
import type { Subscription } from '../schema/types.js'
import { requireAddress, resolveEmailOptions } from './_email.js'
import { newsletterList, subscriptionNow } from './_options.js'
import type { ParseEmailOptions } from './types.js'

/** Options for {@link createSubscription}. */
export interface CreateSubscriptionOptions extends NowOption {
  /**
   * The newsletters the reader ticked, as slugs (`'morning-briefing'`, the Subscription schema's
   * rule; at most `SCHEMA_LIMITS.newsletters`, duplicates dropped). `[]` means none, never "the
   * defaults": if your form has no newsletter choice, pass your default slugs here yourself.
   * @defaultValue `[]`
   */
  newsletters?: readonly string[] | undefined
  /** Where the sign-up came from (`'homepage-box'`, `'article-footer'`). @defaultValue none */
  source?: string | undefined
  /**
   * Rules for the address, as in {@link parseEmail} (blocked and disposable domains, local-part
   * case folding).
   * @defaultValue `{}`
   */
  email?: ParseEmailOptions | undefined
}

const FN = 'createSubscription'

/**
 * Starts a double opt-in: a new subscription in `pending_confirmation`, whose history begins with
 * the `requested` event (`from` and `to` both `pending_confirmation`, as in the newsroom sample
 * data). The reader is not subscribed until you apply `confirmed` (after
 * {@link verifyConfirmationToken} accepts their link).
 *
 * @param email - The address from the form; normalized with {@link parseEmail}.
 * @param options - `newsletters`, `source`, `now`, and `email` rules.
 * @returns A new {@link Subscription}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when the address is refused (`reason` is the
 *   {@link EmailRejectionReason}); `INVALID_OPTIONS` when `newsletters` is not an array of
 *   newsletter slugs (so the result always passes `parseSubscription`), or for an invalid `now`
 *   (a Date, epoch milliseconds or an ISO 8601 string, the time of the request), `source` or
 *   `email` option.
 *
 * @example
 * ```ts
 * createSubscription(' Ana@Example.COM', { newsletters: ['morning-briefing'], source: 'homepage-box',
 *   now: '2026-11-24T10:00:00Z' })
 * // { email: 'Ana@example.com', status: 'pending_confirmation', newsletters: ['morning-briefing'],
 * //   source: 'homepage-box', createdAt: '2026-11-24T10:00:00.000Z',
 * //   history: [{ at: '2026-11-24T10:00:00.000Z', from: 'pending_confirmation', to: 'pending_confirmation', event: 'requested' }] }
 * ```
 */
export function createSubscription(email: string, options?: CreateSubscriptionOptions): Subscription {
  const opts = checkOptions<CreateSubscriptionOptions>(FN, options)
  const now = subscriptionNow(FN, opts.now)
  const source = stringOption(FN, 'source', opts.source, undefined)
  const address = requireAddress(FN, email, resolveEmailOptions(FN, opts.email, 'options.email'), 'email')
  const newsletters =
    opts.newsletters === undefined ? [] : newsletterList(FN, opts.newsletters, 'options.newsletters', 'INVALID_OPTIONS')
  const at = now.toISOString()
  const subscription: Subscription = {
    email: address,
    status: 'pending_confirmation',
    newsletters,
    createdAt: at,
    history: [{ at, from: 'pending_confirmation', to: 'pending_confirmation', event: 'requested' }],
  }
  if (source !== undefined) subscription.source = source
  return subscription
}
