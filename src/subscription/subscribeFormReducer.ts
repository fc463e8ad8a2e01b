import { isRecord, own, refuse } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { pure } from '../_internal/pure.js'
import { CopydeskError } from '../errors.js'
import { checkAddress, DEFAULT_EMAIL_OPTIONS } from './_email.js'
import { EMAIL_REJECTION_MESSAGES } from './emailMessages.js'
import type { EmailRejectionReason } from './types.js'

/**
 * Where a subscribe box is. `awaiting_confirmation` is the honest "success": the confirmation email
 * was sent, the reader is not subscribed until they click the link.
 */
export type SubscribeFormStatus = 'idle' | 'submitting' | 'awaiting_confirmation' | 'already_subscribed' | 'error'

/**
 * Why the last submission failed: `invalid-email` (refused before sending, or by your server),
 * `no-newsletters` (newsletter checkboxes shown and none ticked), `network` (the request did not
 * complete), `server` (a 5xx or an unexpected answer), `rate-limited` (HTTP 429).
 */
export type SubscribeFormErrorReason = 'invalid-email' | 'no-newsletters' | 'network' | 'server' | 'rate-limited'

/** The state of a subscribe box. Treat it as immutable; the reducer always returns a new object. */
export interface SubscribeFormState {
  /** Where the form is. */
  status: SubscribeFormStatus
  /** The address: as typed while editing, normalized from `submitting` on. */
  email: string
  /**
   * The newsletters ticked. `null` means the form offers no choice (your server applies its
   * defaults); `[]` means the reader ticked none, which the reducer refuses to send
   * (`no-newsletters`) because an empty list means "none", never "the defaults".
   */
  newsletters: readonly string[] | null
  /**
   * How many requests this form has started (only `submitting` increments it). Put it on your
   * response actions so an answer to an older request is ignored.
   */
  attempt: number
  /** Why it failed; present only when `status` is `error`. */
  reason?: SubscribeFormErrorReason
  /** The email rule that failed, when `reason` is `invalid-email` and it is known. */
  emailReason?: EmailRejectionReason
  /**
   * `true` when the honeypot field was filled: the form shows the usual "check your inbox" so a
   * bot learns nothing, but no request was made. Present only in `awaiting_confirmation`.
   */
  trapped?: boolean
}

/**
 * What can happen to a subscribe box.
 *
 * - `edit`: the reader typed or ticked something (leaves `error`, `awaiting_confirmation` and
 *   `already_subscribed` for `idle`; ignored while `submitting`).
 * - `submit`: the form was submitted; `email`/`newsletters` override the state's (handy with
 *   `FormData`); `honeypot` is the value of the hidden trap field.
 * - `confirmationSent`, `alreadySubscribed`, `failed`: your server's answer to request `attempt`.
 * - `retry`: from `error`, send again (`network`/`server`/`rate_limited`) or go back to editing.
 * - `resend`: from `awaiting_confirmation`, send the confirmation email again.
 * - `reset`: back to an empty `idle` form (newsletter choice and `attempt` kept).
 */
export type SubscribeFormAction =
  | {
      /** The reader typed or ticked something. */
      type: 'edit'
      /** The address field's new value. */
      email?: string | undefined
      /** The ticked newsletters (`null`: the form offers no choice). */
      newsletters?: readonly string[] | null | undefined
    }
  | {
      /** The form was submitted. */
      type: 'submit'
      /** The address, when the state does not already hold it (`FormData`). */
      email?: string | undefined
      /** The ticked newsletters, when the state does not already hold them. */
      newsletters?: readonly string[] | null | undefined
      /** The hidden trap field's value; anything but whitespace marks a bot. */
      honeypot?: string | null | undefined
    }
  | {
      /** Your server sent the confirmation email. */
      type: 'confirmationSent'
      /** The `attempt` of the request this answers; a different one is ignored. */
      attempt?: number | undefined
    }
  | {
      /** Your server says the address is already subscribed. */
      type: 'alreadySubscribed'
      /** The `attempt` of the request this answers; a different one is ignored. */
      attempt?: number | undefined
    }
  | {
      /** The request failed. */
      type: 'failed'
      /** Why. */
      reason: SubscribeFormErrorReason
      /** For `invalid-email` from your server: the rule that failed (an {@link EmailRejectionReason}). */
      emailReason?: EmailRejectionReason | undefined
      /** The `attempt` of the request this answers; a different one is ignored. */
      attempt?: number | undefined
    }
  | {
      /** Try again after an error. */
      type: 'retry'
    }
  | {
      /** Send the confirmation email again. */
      type: 'resend'
    }
  | {
      /** Start over with an empty form. */
      type: 'reset'
    }

/**
 * The state a new form starts in: `idle`, empty address, no newsletter choice, attempt 0. Spread
 * it to preset newsletter checkboxes: `{ ...SUBSCRIBE_FORM_INITIAL_STATE, newsletters: ['morning-briefing'] }`.
 *
 * @example
 * ```ts
 * SUBSCRIBE_FORM_INITIAL_STATE // { status: 'idle', email: '', newsletters: null, attempt: 0 }
 * ```
 */
export const SUBSCRIBE_FORM_INITIAL_STATE: SubscribeFormState = /*@__PURE__*/ pure(() =>
  Object.freeze({ status: 'idle', email: '', newsletters: null, attempt: 0 }),
)

const FN = 'subscribeFormReducer'
const STATUSES: readonly string[] = ['idle', 'submitting', 'awaiting_confirmation', 'already_subscribed', 'error']
const REASONS: readonly string[] = ['invalid-email', 'no-newsletters', 'network', 'server', 'rate-limited']

function base(
  state: SubscribeFormState,
  status: SubscribeFormStatus,
  changes: Partial<SubscribeFormState> = {},
): SubscribeFormState {
  return {
    status,
    email: changes.email ?? state.email,
    newsletters: changes.newsletters !== undefined ? changes.newsletters : state.newsletters,
    attempt: changes.attempt ?? state.attempt,
  }
}

function newslettersOf(value: unknown, fallback: readonly string[] | null): readonly string[] | null {
  if (value === undefined) return fallback
  if (value === null) return null
  if (!Array.isArray(value))
    throw refuse(FN, 'INVALID_INPUT', 'action.newsletters', 'an array of strings or null', value)
  const out: string[] = []
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'string') throw refuse(FN, 'INVALID_INPUT', `action.newsletters[${i}]`, 'a string', item)
    out.push(item)
  }
  return out
}

function stringOf(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw refuse(FN, 'INVALID_INPUT', `action.${name}`, 'a string', value)
  return value
}

function submit(state: SubscribeFormState, action: Record<string, unknown>): SubscribeFormState {
  const typed = stringOf(action.email, 'email') ?? state.email
  const newsletters = newslettersOf(action.newsletters, state.newsletters)
  const honeypot = stringOf(action.honeypot, 'honeypot')
  if (honeypot !== undefined && honeypot.trim() !== '') {
    return { ...base(state, 'awaiting_confirmation', { email: typed, newsletters }), trapped: true }
  }
  const parsed = checkAddress(typed, DEFAULT_EMAIL_OPTIONS)
  if (typeof parsed !== 'string') {
    return {
      ...base(state, 'error', { email: typed, newsletters }),
      reason: 'invalid-email',
      emailReason: parsed.reason,
    }
  }
  if (newsletters !== null && newsletters.length === 0) {
    return { ...base(state, 'error', { email: typed, newsletters }), reason: 'no-newsletters' }
  }
  return base(state, 'submitting', { email: parsed, newsletters, attempt: state.attempt + 1 })
}

function checkState(state: unknown): SubscribeFormState {
  const s = state as Partial<SubscribeFormState> | null
  if (
    !isRecord(s) ||
    typeof s.status !== 'string' ||
    !STATUSES.includes(s.status) ||
    typeof s.email !== 'string' ||
    !Number.isSafeInteger(s.attempt)
  ) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: state must be a SubscribeFormState (start from SUBSCRIBE_FORM_INITIAL_STATE), received ${describe(state)}`,
    )
  }
  return s as SubscribeFormState
}

/**
 * The subscribe box as a state machine, for `useReducer` (React), a store, or a plain loop:
 * `idle → submitting → awaiting_confirmation | already_subscribed | error(reason)`, with `retry`,
 * `resend` and `reset` paths. Submitting checks the honeypot first (a filled trap field shows the
 * usual confirmation copy but makes no request: `trapped: true`), then the address with
 * {@link parseEmail}, then the newsletter choice (`[]` is refused as `no_newsletters`). Only the
 * move into `submitting` should start a request: run your `fetch` when `status` becomes
 * `submitting`, then dispatch the answer with its `attempt`. Actions that do not apply in the
 * current state (a double submit, a late answer after `reset`, an answer for an older attempt)
 * return the same state object, so nothing re-renders. See docs/subscription.md for the full table.
 *
 * @param state - The current state; `undefined` means {@link SUBSCRIBE_FORM_INITIAL_STATE}, as
 *   reducer conventions (Redux, `useReducer` initializers) expect.
 * @param action - What happened.
 * @returns The next state (the same object when the action does not apply).
 * @throws {@link CopydeskError} `INVALID_INPUT` for a state that is not a form state, an unknown
 *   action type, or action fields of the wrong type.
 *
 * @example
 * ```ts
 * let state = SUBSCRIBE_FORM_INITIAL_STATE
 * state = subscribeFormReducer(state, { type: 'submit', email: ' Ana@Example.COM ' })
 * // { status: 'submitting', email: 'Ana@example.com', newsletters: null, attempt: 1 }
 * state = subscribeFormReducer(state, { type: 'confirmationSent', attempt: 1 })
 * // { status: 'awaiting_confirmation', email: 'Ana@example.com', newsletters: null, attempt: 1, trapped: false }
 * subscribeFormMessage(state) // 'Check your inbox to confirm your subscription'
 * ```
 */
export function subscribeFormReducer(
  state: SubscribeFormState | undefined,
  action: SubscribeFormAction,
): SubscribeFormState {
  const current = state === undefined ? SUBSCRIBE_FORM_INITIAL_STATE : checkState(state)
  if (!isRecord(action)) throw refuse(FN, 'INVALID_INPUT', 'action', 'an object with a type', action)
  const a: Record<string, unknown> = action
  const stale = a.attempt !== undefined && a.attempt !== current.attempt
  switch (a.type) {
    case 'edit': {
      if (current.status === 'submitting') return current
      const email = stringOf(a.email, 'email') ?? current.email
      return base(current, 'idle', { email, newsletters: newslettersOf(a.newsletters, current.newsletters) })
    }
    case 'submit':
      return current.status === 'idle' || current.status === 'error' ? submit(current, a) : current
    case 'confirmationSent':
      return current.status === 'submitting' && !stale
        ? { ...base(current, 'awaiting_confirmation'), trapped: false }
        : current
    case 'alreadySubscribed':
      return current.status === 'submitting' && !stale ? base(current, 'already_subscribed') : current
    case 'failed': {
      if (typeof a.reason !== 'string' || !REASONS.includes(a.reason)) {
        throw refuse(FN, 'INVALID_INPUT', 'action.reason', `one of ${REASONS.join(', ')}`, a.reason)
      }
      const emailReason = a.emailReason
      if (
        emailReason !== undefined &&
        (typeof emailReason !== 'string' || own(EMAIL_REJECTION_MESSAGES, emailReason) === undefined)
      ) {
        throw refuse(
          FN,
          'INVALID_INPUT',
          'action.emailReason',
          'an EmailRejectionReason such as "missing-at"',
          emailReason,
        )
      }
      if (current.status !== 'submitting' || stale) return current
      const next: SubscribeFormState = { ...base(current, 'error'), reason: a.reason as SubscribeFormErrorReason }
      if (emailReason !== undefined) next.emailReason = emailReason as EmailRejectionReason
      return next
    }
    case 'retry':
      if (current.status !== 'error') return current
      if (current.reason === 'invalid-email' || current.reason === 'no-newsletters') return base(current, 'idle')
      return base(current, 'submitting', { attempt: current.attempt + 1 })
    case 'resend':
      if (current.status !== 'awaiting_confirmation' || current.trapped === true) return current
      return base(current, 'submitting', { attempt: current.attempt + 1 })
    case 'reset':
      return base(current, 'idle', { email: '' })
    default:
      throw refuse(
        FN,
        'INVALID_INPUT',
        'action.type',
        "one of 'edit', 'submit', 'confirmationSent', 'alreadySubscribed', 'failed', 'retry', 'resend', 'reset'",
        a.type,
      )
  }
}
