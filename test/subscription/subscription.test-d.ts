import { describe, expectTypeOf, it } from 'vitest'
import {
  applySubscriptionEvent,
  createConfirmationToken,
  parseEmail,
  safeParseEmail,
  subscribeFormReducer,
  unsubscribeHeaders,
  verifyConfirmationToken,
  type ConfirmationTokenPayload,
  type EmailRejectionReason,
  type SafeParseResult,
  type SubscribeFormState,
  type Subscription,
  type SubscriptionEvent,
  type TokenRejectionReason,
  type UnsubscribeHeaders,
  type VerifyConfirmationTokenResult,
} from '../../src/subscription/index.js'

describe('subscription types', () => {
  it('parseEmail returns the address; safeParseEmail returns a SafeParseResult', () => {
    expectTypeOf(parseEmail).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseEmail).returns.toEqualTypeOf<string>()
    expectTypeOf(safeParseEmail).returns.toEqualTypeOf<SafeParseResult<string>>()
    const result = safeParseEmail('ana@example.com')
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<string>()
    else expectTypeOf(result.error.reason).toEqualTypeOf<string | undefined>()
    expectTypeOf<'missing-at'>().toExtend<EmailRejectionReason>()
  })

  it('token functions are async; the verify result narrows on success', () => {
    expectTypeOf(createConfirmationToken).returns.toEqualTypeOf<Promise<string>>()
    expectTypeOf(verifyConfirmationToken).returns.toEqualTypeOf<Promise<VerifyConfirmationTokenResult>>()
    expectTypeOf(verifyConfirmationToken).parameter(1).toEqualTypeOf<string | Uint8Array>()
    const result = {} as VerifyConfirmationTokenResult
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<ConfirmationTokenPayload>()
    else expectTypeOf(result.error.reason).toEqualTypeOf<string | undefined>()
    expectTypeOf<TokenRejectionReason>().toEqualTypeOf<'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose'>()
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
    expectTypeOf(subscribeFormReducer).parameter(0).toEqualTypeOf<SubscribeFormState | undefined>()
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
