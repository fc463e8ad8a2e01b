import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { pure } from '../_internal/pure.js'
import { EMAIL_REJECTION_MESSAGES } from './emailMessages.js'
import type { SubscribeFormErrorReason, SubscribeFormState } from './subscribeFormReducer.js'
import type { EmailRejectionReason } from './types.js'

/** The copy of a subscribe box, one line per state; see {@link SUBSCRIBE_FORM_MESSAGES}. */
export interface SubscribeFormMessages {
  /** The call to action beside the empty form. */
  idle: string
  /** While the request is in flight (the button label). */
  submitting: string
  /** After the confirmation email was sent: the reader is not subscribed yet. */
  awaiting_confirmation: string
  /** The server says this address is already subscribed. */
  already_subscribed: string
  /** One line per {@link SubscribeFormErrorReason}. */
  error: Readonly<Record<SubscribeFormErrorReason, string>>
  /**
   * Lines for `invalid_email` when the failing rule is known (`state.emailReason`); defaults to
   * {@link EMAIL_REJECTION_MESSAGES}.
   */
  emailReasons: Readonly<Record<EmailRejectionReason, string>>
}

/**
 * Honest default copy for a subscribe box. The success line says what actually happened: an email
 * was sent and the reader still has to click it. Ghost themes show "You've been subscribed!" at
 * that point, although the member does not exist until the magic link is clicked.
 *
 * @example
 * ```ts
 * SUBSCRIBE_FORM_MESSAGES.awaiting_confirmation // 'Check your inbox to confirm your subscription'
 * SUBSCRIBE_FORM_MESSAGES.error.network
 * // "We couldn't reach the server. Check your connection and try again."
 * ```
 */
export const SUBSCRIBE_FORM_MESSAGES: SubscribeFormMessages = /*@__PURE__*/ pure(() =>
  Object.freeze({
    idle: 'Be the first to know. Subscribe to our newsletter.',
    submitting: 'Sending your confirmation email…',
    awaiting_confirmation: 'Check your inbox to confirm your subscription',
    already_subscribed: 'This address is already subscribed',
    error: Object.freeze({
      invalid_email: 'Please enter a valid email address',
      no_newsletters: 'Choose at least one newsletter',
      network: "We couldn't reach the server. Check your connection and try again.",
      server: 'Something went wrong on our side. Please try again.',
      rate_limited: 'Too many attempts. Please wait a few minutes and try again.',
    }),
    emailReasons: EMAIL_REJECTION_MESSAGES,
  }),
)

/**
 * The line to show for a form state: `messages[state.status]`, the error's line for `error`, and
 * the specific email rule's line when `emailReason` is known.
 *
 * @param state - A {@link SubscribeFormState}.
 * @param messages - Your copy, merged over {@link SUBSCRIBE_FORM_MESSAGES} (`error` and
 *   `emailReasons` merged key by key).
 * @returns The sentence to display.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `state` has no known `status`.
 *
 * @example
 * ```ts
 * subscribeFormMessage({ status: 'error', email: 'ana@', newsletters: null, attempt: 0,
 *   reason: 'invalid_email', emailReason: 'domain_empty' })
 * // 'The email address has nothing after "@"'
 * subscribeFormMessage({ status: 'idle', email: '', newsletters: null, attempt: 0 }, { idle: 'Get the Morning Briefing' })
 * // 'Get the Morning Briefing'
 * ```
 */
export function subscribeFormMessage(
  state: SubscribeFormState,
  messages?: Partial<Omit<SubscribeFormMessages, 'error' | 'emailReasons'>> & {
    error?: Partial<Record<SubscribeFormErrorReason, string>> | undefined
    emailReasons?: Partial<Record<EmailRejectionReason, string>> | undefined
  },
): string {
  const m = messages ?? {}
  const status = (state as Partial<SubscribeFormState> | null)?.status
  switch (status) {
    case 'idle':
    case 'submitting':
    case 'awaiting_confirmation':
    case 'already_subscribed':
      return m[status] ?? SUBSCRIBE_FORM_MESSAGES[status]
    case 'error': {
      const reason = state.reason ?? 'server'
      if (reason === 'invalid_email' && state.emailReason !== undefined) {
        const line = m.emailReasons?.[state.emailReason] ?? SUBSCRIBE_FORM_MESSAGES.emailReasons[state.emailReason]
        if (line !== undefined) return line
      }
      return m.error?.[reason] ?? SUBSCRIBE_FORM_MESSAGES.error[reason] ?? SUBSCRIBE_FORM_MESSAGES.error.server
    }
    default:
      throw new CopydeskError(
        'INVALID_INPUT',
        `subscribeFormMessage: state must be a SubscribeFormState, received status ${describe(status)}`,
      )
  }
}
