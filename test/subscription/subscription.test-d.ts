import { describe, expectTypeOf, it } from 'vitest'
import {
  applySubscriptionEvent,
  createConfirmationToken,
  normalizeEmail,
  parseEmail,
  subscribeFormReducer,
  unsubscribeHeaders,
  verifyConfirmationToken,
  type ConfirmationTokenPayload,
  type EmailRejectionReason,
  type ParseEmailResult,
  type SubscribeFormState,
  type Subscription,
  type SubscriptionEvent,
  type TokenRejectionReason,
  type UnsubscribeHeaders,
  type VerifyConfirmationTokenResult,
} from '../../src/subscription/index.js'

describe('subscription types', () => {
  it('parseEmail takes unknown and returns a discriminated union', () => {
    expectTypeOf(parseEmail).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseEmail).returns.toEqualTypeOf<ParseEmailResult>()
    const result = parseEmail('ana@example.com')
    if (result.success) expectTypeOf(result.email).toEqualTypeOf<string>()
    else expectTypeOf(result.reason).toEqualTypeOf<EmailRejectionReason>()
    expectTypeOf(normalizeEmail).returns.toEqualTypeOf<string>()
  })

  it('token functions are async; the verify result narrows on valid', () => {
    expectTypeOf(createConfirmationToken).returns.toEqualTypeOf<Promise<string>>()
    expectTypeOf(verifyConfirmationToken).returns.toEqualTypeOf<Promise<VerifyConfirmationTokenResult>>()
    expectTypeOf(verifyConfirmationToken).parameter(1).toEqualTypeOf<string | Uint8Array>()
    const result = {} as VerifyConfirmationTokenResult
    if (result.valid) expectTypeOf(result.payload).toEqualTypeOf<ConfirmationTokenPayload>()
    else expectTypeOf(result.reason).toEqualTypeOf<TokenRejectionReason>()
    expectTypeOf<TokenRejectionReason>().toEqualTypeOf<'malformed' | 'bad_signature' | 'expired' | 'wrong_purpose'>()
  })

  it('applySubscriptionEvent maps Subscription to Subscription and accepts a bare event type', () => {
    expectTypeOf(applySubscriptionEvent).parameter(0).toEqualTypeOf<Subscription>()
    expectTypeOf(applySubscriptionEvent).returns.toEqualTypeOf<Subscription>()
    expectTypeOf<'confirmed'>().toExtend<SubscriptionEvent>()
    expectTypeOf<{ type: 'resubscribed'; consent: true }>().toExtend<SubscriptionEvent>()
    // @ts-expect-error not an event
    applySubscriptionEvent({} as Subscription, 'activated')
  })

  it('subscribeFormReducer has the useReducer shape', () => {
    expectTypeOf(subscribeFormReducer).returns.toEqualTypeOf<SubscribeFormState>()
    // @ts-expect-error failed needs a reason
    subscribeFormReducer({} as SubscribeFormState, { type: 'failed' })
  })

  it('unsubscribeHeaders requires url and token and returns the two header fields', () => {
    expectTypeOf(unsubscribeHeaders).returns.toEqualTypeOf<UnsubscribeHeaders>()
    expectTypeOf<UnsubscribeHeaders['List-Unsubscribe-Post']>().toEqualTypeOf<'List-Unsubscribe=One-Click'>()
    // @ts-expect-error token missing
    unsubscribeHeaders({ url: 'https://example.com/u' })
  })
})
