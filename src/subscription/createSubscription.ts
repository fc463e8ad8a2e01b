import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { Subscription } from '../schema/types.js'
import { parseEmailAddress } from './_email.js'
import { newsletterList, resolveNow, resolveOptions } from './_options.js'
import type { ParseEmailOptions } from './parseEmail.js'

/** Options for {@link createSubscription}. */
export interface CreateSubscriptionOptions {
  /**
   * The newsletters the reader ticked. `[]` means none, never "the defaults": if your form has no
   * newsletter choice, pass your default slugs here yourself.
   * @defaultValue `[]`
   */
  newsletters?: readonly string[] | undefined
  /** Where the sign-up came from (`'homepage-box'`, `'article-footer'`). @defaultValue none */
  source?: string | undefined
  /**
   * When the request was made: `createdAt` and the first history entry's `at`.
   * @defaultValue `new Date()`
   */
  now?: Date | undefined
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
 * @param email - The address from the form; normalized with {@link normalizeEmail}.
 * @param options - `newsletters`, `source`, `now`, and `email` rules.
 * @returns A new {@link Subscription}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when the address is refused (`issues[0].code` is
 *   the {@link EmailRejectionReason}); `INVALID_OPTIONS` when `newsletters` is not an array of
 *   non-empty strings, or for an invalid `now`, `source` or `email` option.
 *
 * @example
 * ```ts
 * createSubscription(' Ana@Example.COM', { newsletters: ['morning-briefing'], source: 'homepage-box',
 *   now: new Date('2026-11-24T10:00:00Z') })
 * // { email: 'Ana@example.com', status: 'pending_confirmation', newsletters: ['morning-briefing'],
 * //   source: 'homepage-box', createdAt: '2026-11-24T10:00:00.000Z',
 * //   history: [{ at: '2026-11-24T10:00:00.000Z', from: 'pending_confirmation', to: 'pending_confirmation', event: 'requested' }] }
 * ```
 */
export function createSubscription(email: string, options?: CreateSubscriptionOptions): Subscription {
  const opts = resolveOptions<CreateSubscriptionOptions>(FN, options)
  const now = resolveNow(FN, opts.now)
  if (opts.source !== undefined && typeof opts.source !== 'string') {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${FN}: options.source must be a string, received ${describe(opts.source)}`,
    )
  }
  const emailOptions = resolveOptions<ParseEmailOptions>(FN, opts.email)
  const parsed = parseEmailAddress(FN, email, emailOptions)
  if (!parsed.success) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: ${parsed.message} (${parsed.reason}), received ${describe(email)}`,
      {
        issues: [{ path: [], code: parsed.reason, message: parsed.message }],
      },
    )
  }
  const newsletters =
    opts.newsletters === undefined ? [] : newsletterList(FN, opts.newsletters, 'options.newsletters', 'INVALID_OPTIONS')
  const at = now.toISOString()
  const subscription: Subscription = {
    email: parsed.email,
    status: 'pending_confirmation',
    newsletters,
    createdAt: at,
    history: [{ at, from: 'pending_confirmation', to: 'pending_confirmation', event: 'requested' }],
  }
  if (opts.source !== undefined) subscription.source = opts.source
  return subscription
}
