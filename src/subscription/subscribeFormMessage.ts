import { isRecord, own, refuse } from '../_internal/check.js'
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
   * Lines for `invalid-email` when the failing rule is known (`state.emailReason`); defaults to
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
      'invalid-email': 'Please enter a valid email address',
      'no-newsletters': 'Choose at least one newsletter',
      network: "We couldn't reach the server. Check your connection and try again.",
      server: 'Something went wrong on our side. Please try again.',
      'rate-limited': 'Too many attempts. Please wait a few minutes and try again.',
    }),
    emailReasons: EMAIL_REJECTION_MESSAGES,
  }),
)

const FN = 'subscribeFormMessage'

/**
 * The line to show for a form state: `messages[state.status]`, the error's line for `error`, and
 * the specific email rule's line when `emailReason` is known.
 *
 * @param state - A {@link SubscribeFormState}.
 * @param messages - Your copy, merged over {@link SUBSCRIBE_FORM_MESSAGES} (`error` and
 *   `emailReasons` merged key by key).
 * @returns The sentence to display.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `state` has no known `status`, or an `error`
 *   state has a `reason` or `emailReason` that is not one of the documented codes;
 *   `INVALID_OPTIONS` when `messages` is not an object or a line in it is not a string.
 *
 * @example
 * ```ts
 * subscribeFormMessage({ status: 'error', email: 'ana@', newsletters: null, attempt: 0,
 *   reason: 'invalid-email', emailReason: 'domain-empty' })
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
  if (messages !== undefined && !isRecord(messages)) {
    throw refuse(FN, 'INVALID_OPTIONS', 'messages', 'an object', messages)
  }
  const m: Record<string, unknown> = messages ?? {}
  const status: unknown = isRecord(state) ? state.status : undefined
  switch (status) {
    case 'idle':
    case 'submitting':
    case 'awaiting_confirmation':
    case 'already_subscribed':
      return line(m[status], `messages.${status}`) ?? SUBSCRIBE_FORM_MESSAGES[status]
    case 'error': {
      const reason: unknown = state.reason ?? 'server'
      const fallback = typeof reason === 'string' ? own(SUBSCRIBE_FORM_MESSAGES.error, reason) : undefined
      if (fallback === undefined) {
        throw refuse(
          FN,
          'INVALID_INPUT',
          'state.reason',
          `one of ${Object.keys(SUBSCRIBE_FORM_MESSAGES.error).join(', ')}`,
          reason,
        )
      }
      const emailReason: unknown = state.emailReason
      if (emailReason !== undefined) {
        const known =
          typeof emailReason === 'string' ? own(SUBSCRIBE_FORM_MESSAGES.emailReasons, emailReason) : undefined
        if (known === undefined) {
          throw refuse(
            FN,
            'INVALID_INPUT',
            'state.emailReason',
            'an EmailRejectionReason such as "missing-at"',
            emailReason,
          )
        }
        if (reason === 'invalid-email') {
          return (
            line(
              table(m.emailReasons, 'emailReasons')?.[emailReason as string],
              `messages.emailReasons.${emailReason as string}`,
            ) ?? known
          )
        }
      }
      return line(table(m.error, 'error')?.[reason as string], `messages.error.${reason as string}`) ?? fallback
    }
    default:
      throw refuse(FN, 'INVALID_INPUT', 'state.status', 'a SubscribeFormStatus', status)
  }
}

function table(value: unknown, name: string): Readonly<Record<string, unknown>> | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value)) throw refuse(FN, 'INVALID_OPTIONS', `messages.${name}`, 'an object', value)
  return value
}

/** A custom line: `undefined` when absent (or inherited), a string, or INVALID_OPTIONS. */
function line(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw refuse(FN, 'INVALID_OPTIONS', what, 'a string', value)
  return value
}
