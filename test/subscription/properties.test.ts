import fc from 'fast-check'
import { fastAscii, slowCheck } from '../../src/subscription/_email.js'
import { describe, expect, it } from 'vitest'
import { parseSubscription } from '../../src/schema/index.js'
import {
  applySubscriptionEvent,
  createConfirmationToken,
  createSubscription,
  isCopydeskError,
  parseEmail,
  safeParseEmail,
  SUBSCRIBE_FORM_INITIAL_STATE,
  subscribeFormReducer,
  verifyConfirmationToken,
  type SubscribeFormAction,
  type SubscriptionEvent,
} from '../../src/subscription/index.js'

// Strings that look like addresses: pieces from a hostile alphabet around one or more "@".
const piece = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '0',
    '.',
    '-',
    '+',
    '_',
    ' ',
    '\r',
    '\n',
    '<',
    '>',
    ',',
    '"',
    '例',
    'ü',
    'Ａ',
    '。',
    '\ud800',
    '\u00ad',
    'xn--',
    '@',
  ),
  maxLength: 20,
})
const addressLike = fc.oneof(
  fc.emailAddress(),
  fc.tuple(piece, piece).map(([l, d]) => `${l}@${d}.com`),
  fc
    .tuple(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('例子.广告', 'bücher.de', 'EXAMPLE.COM', 'ｅｘａｍｐｌｅ．ｃｏｍ'),
    )
    .map(([l, d]) => `${l}@${d}`),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
)
const anything = fc.oneof(addressLike, fc.anything())

function throwsOnlyCopydeskError(fn: () => unknown): void {
  try {
    fn()
  } catch (error) {
    if (!isCopydeskError(error)) throw error
  }
}

describe('email properties', () => {
  it('safeParseEmail never throws, whatever the input', () => {
    fc.assert(
      fc.property(anything, (input) => {
        safeParseEmail(input)
      }),
      { numRuns: 2000 },
    )
  })

  it('parseEmail throws nothing but CopydeskError', () => {
    fc.assert(
      fc.property(anything, (input) => throwsOnlyCopydeskError(() => parseEmail(input))),
      { numRuns: 2000 },
    )
  })

  it('parseEmail is idempotent', () => {
    fc.assert(
      fc.property(addressLike, fc.boolean(), (input, lowercaseLocalPart) => {
        const result = safeParseEmail(input, { lowercaseLocalPart })
        if (!result.success) return
        expect(parseEmail(result.data, { lowercaseLocalPart })).toBe(result.data)
      }),
      { numRuns: 3000 },
    )
  })

  it('an accepted address is printable ASCII, one "@", no spaces or header breakers, ≤ 254 octets', () => {
    fc.assert(
      fc.property(addressLike, (input) => {
        const result = safeParseEmail(input)
        if (!result.success) return
        const email = result.data
        expect(email.length).toBeLessThanOrEqual(254)
        expect(email).toMatch(/^[\x21-\x7e]+$/)
        expect(email.split('@')).toHaveLength(2)
        expect(email).not.toMatch(/[<>,;"()\\[\]]/)
        expect(email.split('@')[1]).toBe(email.split('@')[1]!.toLowerCase())
      }),
      { numRuns: 3000 },
    )
  })

  it("fast-check's RFC-style addresses are accepted, or refused only for length or domain shape", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (input) => {
        const result = safeParseEmail(input)
        if (!result.success) expect(['too-long', 'domain-invalid']).toContain(result.error.reason)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the ASCII fast path', () => {
  it('accepts only what the full rule list accepts, with the same normalized address', () => {
    const ascii = fc.stringMatching(/^[\w.!#$%&'*+/=?^`{|}~@-]{1,40}$/)
    fc.assert(
      fc.property(fc.oneof(addressLike, fc.emailAddress(), ascii), (input) => {
        const address = input.trim()
        if (address === '') return
        const fast = fastAscii(address)
        if (fast !== undefined) expect(slowCheck(address)).toBe(fast)
      }),
      { numRuns: 5000 },
    )
  })

  it('takes common addresses, leaves punycode, long labels and odd shapes to the full rules', () => {
    expect(fastAscii('Reader.1+news@Mail1.Example.com')).toBe('Reader.1+news@mail1.example.com')
    expect(fastAscii('ana@example.xn--p1ai')).toBeUndefined()
    expect(fastAscii(`ana@${'b'.repeat(64)}.com`)).toBeUndefined()
    expect(fastAscii(`${'a'.repeat(65)}@example.com`)).toBeUndefined()
    expect(fastAscii('ana@192.0.2.1')).toBeUndefined()
    expect(fastAscii('ana..b@example.com')).toBeUndefined()
    expect(fastAscii('ana@-x.com')).toBeUndefined()
  })
})

describe('token properties', () => {
  const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
  it('any accepted address and newsletter list round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.emailAddress(),
        fc.array(fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/), { maxLength: 5 }),
        fc.constantFrom('confirm' as const, 'unsubscribe' as const),
        async (email, newsletters, purpose) => {
          const parsed = safeParseEmail(email)
          if (!parsed.success) return
          const now = new Date('2026-11-24T10:00:00Z')
          const token = await createConfirmationToken({ email, newsletters, purpose }, secret, { now })
          const result = await verifyConfirmationToken(token, secret, { purpose, now })
          expect(result).toEqual({
            success: true,
            data: expect.objectContaining({ email: parsed.data, newsletters: [...new Set(newsletters)], purpose }),
          })
        },
      ),
      { numRuns: 100 },
    )
  })

  it('verifyConfirmationToken answers (never throws) for any token value', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.tuple(fc.string(), fc.string(), fc.string()).map((p) => p.join('.')),
        ),
        async (token) => {
          const result = await verifyConfirmationToken(token, secret)
          expect(result.success).toBe(false)
          if (!result.success) expect(result.error.reason).toBe('malformed')
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('lifecycle properties', () => {
  const eventArb: fc.Arbitrary<SubscriptionEvent> = fc.oneof(
    fc.constantFrom('requested', 'confirmed', 'unsubscribed', 'bounced', 'complained', 'resubscribed'),
    fc.record({
      type: fc.constant('newslettersChanged' as const),
      newsletters: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    }),
    fc.record({ type: fc.constant('resubscribed' as const), consent: fc.boolean() }),
  )

  it('random event sequences: each accepted event adds one history entry, refusals change nothing, the result always parses', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), (events) => {
        let s = createSubscription('ana@example.com', { now: new Date('2026-01-01T00:00:00Z') })
        let minute = 0
        for (const event of events) {
          const before = JSON.stringify(s)
          try {
            const next = applySubscriptionEvent(s, event, { now: new Date(Date.UTC(2026, 0, 1, 0, ++minute)) })
            expect(next.history).toHaveLength(s.history.length + 1)
            expect(next.history.at(-1)!.from).toBe(s.status)
            expect(next.history.at(-1)!.to).toBe(next.status)
            s = next
          } catch (error) {
            expect(isCopydeskError(error) && error.code).toBe('INVALID_TRANSITION')
            expect(JSON.stringify(s)).toBe(before)
          }
        }
        expect(parseSubscription(s)).toEqual(s)
        // Once complained, only consent brings the address back.
        const complainedAt = s.history.findIndex((h) => h.to === 'complained')
        if (complainedAt !== -1 && complainedAt + 1 < s.history.length)
          expect(s.history[complainedAt + 1]!.event).toBe('resubscribed')
      }),
      { numRuns: 500 },
    )
  })
})

describe('form reducer properties', () => {
  const actionArb: fc.Arbitrary<SubscribeFormAction> = fc.oneof(
    fc.record({ type: fc.constant('edit' as const), email: fc.oneof(fc.emailAddress(), fc.string()) }),
    fc.record({ type: fc.constant('submit' as const), honeypot: fc.constantFrom('', 'x') }),
    fc.record({ type: fc.constant('submit' as const), newsletters: fc.constantFrom(null, [], ['a']) }),
    fc.record({ type: fc.constant('confirmationSent' as const), attempt: fc.nat(5) }),
    fc.constant({ type: 'alreadySubscribed' as const }),
    fc.record({
      type: fc.constant('failed' as const),
      reason: fc.constantFrom('network' as const, 'server' as const, 'rate-limited' as const),
    }),
    fc.constantFrom({ type: 'retry' as const }, { type: 'resend' as const }, { type: 'reset' as const }),
  )

  it('any action sequence keeps a well-formed state: attempt never decreases and grows only on entering submitting', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        let state = SUBSCRIBE_FORM_INITIAL_STATE
        for (const action of actions) {
          const next = subscribeFormReducer(state, action)
          expect(next.attempt - state.attempt).toBe(
            next.status === 'submitting' && next !== state && state.status !== 'submitting' ? 1 : 0,
          )
          if (next.status === 'error') expect(next.reason).toBeDefined()
          else expect(next.reason).toBeUndefined()
          if (next.status === 'submitting') expect(parseEmail(next.email)).toBe(next.email)
          state = next
        }
      }),
      { numRuns: 500 },
    )
  })
})
