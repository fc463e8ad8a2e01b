/**
 * Newsletter subscriptions the honest way: a subscribe box that says "check your inbox" instead
 * of "you've been subscribed!", signed double opt-in and one-click unsubscribe tokens (HMAC-SHA256
 * through Web Crypto, so they verify the same in Node, browsers and edge runtimes), the subscriber
 * lifecycle as an explicit transition table, and email address checks that are safe to put in a
 * mail header. {@link parseEmail} (throws) / {@link safeParseEmail} (returns a result) check one address;
 * {@link createConfirmationToken} / {@link verifyConfirmationToken} sign and check links;
 * {@link createSubscription} / {@link applySubscriptionEvent} move a subscriber through
 * {@link SUBSCRIPTION_TRANSITIONS}; {@link subscribeFormReducer} drives the form;
 * {@link unsubscribeHeaders} writes RFC 8058 headers.
 *
 * @example
 * ```ts
 * import { applySubscriptionEvent, createConfirmationToken, createSubscription, verifyConfirmationToken } from 'copydesk/subscription'
 * const pending = createSubscription('ana@example.com', { newsletters: ['morning-briefing'] })
 * const token = await createConfirmationToken({ email: pending.email, newsletters: pending.newsletters }, process.env.SUBSCRIBE_SECRET!)
 * // … email the link; when it is clicked:
 * const check = await verifyConfirmationToken(token, process.env.SUBSCRIBE_SECRET!)
 * if (check.success) applySubscriptionEvent(pending, 'confirmed').status // 'subscribed'
 * else check.error.reason // 'expired' | 'bad-signature' | 'wrong-purpose' | 'malformed'
 * ```
 *
 * @module copydesk/subscription
 */
export { parseEmail, type ParseEmailOptions } from './parseEmail.js'
export { safeParseEmail, type SafeParseEmailOptions } from './safeParseEmail.js'
export { EMAIL_REJECTION_MESSAGES } from './emailMessages.js'
export { DISPOSABLE_EMAIL_DOMAINS } from './disposableDomains.js'
export {
  createConfirmationToken,
  type ConfirmationTokenInput,
  type CreateConfirmationTokenOptions,
} from './createConfirmationToken.js'
export { verifyConfirmationToken, type VerifyConfirmationTokenOptions } from './verifyConfirmationToken.js'
export { createSubscription, type CreateSubscriptionOptions } from './createSubscription.js'
export {
  applySubscriptionEvent,
  type ApplySubscriptionEventOptions,
  type SubscriptionEvent,
} from './applySubscriptionEvent.js'
export { SUBSCRIPTION_REPEATS, SUBSCRIPTION_TRANSITIONS } from './subscriptionTransitions.js'
export {
  subscribeFormReducer,
  SUBSCRIBE_FORM_INITIAL_STATE,
  type SubscribeFormAction,
  type SubscribeFormErrorReason,
  type SubscribeFormState,
  type SubscribeFormStatus,
} from './subscribeFormReducer.js'
export { subscribeFormMessage, SUBSCRIBE_FORM_MESSAGES, type SubscribeFormMessages } from './subscribeFormMessage.js'
export { unsubscribeHeaders, type UnsubscribeHeaders, type UnsubscribeHeadersOptions } from './unsubscribeHeaders.js'
export type {
  ConfirmationTokenPayload,
  EmailRejectionReason,
  TokenPurpose,
  TokenRejectionReason,
  VerifyConfirmationTokenResult,
} from './types.js'
export type {
  Subscription,
  SubscriptionEventType,
  SubscriptionHistoryEntry,
  SubscriptionStatus,
} from '../schema/types.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
