import { describe, expect, it } from 'vitest'
import subscriptions from '../../examples/newsroom/subscriptions.json'
import { parseSubscription } from '../../src/schema/index.js'
import {
  applySubscriptionEvent,
  createSubscription,
  SUBSCRIPTION_REPEATS,
  SUBSCRIPTION_TRANSITIONS,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionEventType,
  type SubscriptionStatus,
} from '../../src/subscription/index.js'

const STATUSES: SubscriptionStatus[] = ['pending_confirmation', 'subscribed', 'unsubscribed', 'bounced', 'complained']
const EVENTS: SubscriptionEventType[] = [
  'requested',
  'confirmed',
  'unsubscribed',
  'bounced',
  'complained',
  'resubscribed',
  'newslettersChanged',
]
const P = 'pending_confirmation'
const S = 'subscribed'
const U = 'unsubscribed'
const B = 'bounced'
const C = 'complained'
const X = null // not allowed

// The lifecycle, written out independently of the implementation (rows: from; columns: EVENTS order).
const EXPECTED: Record<SubscriptionStatus, (SubscriptionStatus | null)[]> = {
  //                 requested confirmed unsubscribed bounced complained resubscribed newslettersChanged
  pending_confirmation: [P, S, U, B, C, X, P],
  subscribed: /*     */ [X, X, U, B, C, X, S],
  unsubscribed: /*   */ [P, X, X, X, C, S, X],
  bounced: /*        */ [P, X, U, X, C, S, X],
  complained: /*     */ [X, X, X, X, X, X, X], // resubscribed only with consent: true (tested below)
}

const t = (iso: string): Date => new Date(iso)
const NOW = '2026-12-01T08:00:00.000Z'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** A subscription that reached `status` the ordinary way. */
function inStatus(status: SubscriptionStatus): Subscription {
  let s = createSubscription('ana@example.com', {
    newsletters: ['morning-briefing'],
    source: 'homepage-box',
    now: t('2026-11-01T10:00:00Z'),
  })
  const path: Record<SubscriptionStatus, SubscriptionEventType[]> = {
    pending_confirmation: [],
    subscribed: ['confirmed'],
    unsubscribed: ['confirmed', 'unsubscribed'],
    bounced: ['confirmed', 'bounced'],
    complained: ['confirmed', 'complained'],
  }
  path[status].forEach((event, i) => {
    s = applySubscriptionEvent(s, event, { now: t(`2026-11-0${i + 2}T10:00:00Z`) })
  })
  return deepFreeze(s)
}

function eventFor(type: SubscriptionEventType): SubscriptionEvent {
  return type === 'newslettersChanged' ? { type, newsletters: ['climate-weekly'] } : type
}

const cells = STATUSES.flatMap((from) => EVENTS.map((event, i) => [from, event, EXPECTED[from][i] ?? null] as const))
const allowed = cells.filter(([, , to]) => to !== null)
const forbidden = cells.filter(([, , to]) => to === null)

describe('applySubscriptionEvent: every status × every event', () => {
  it('the table has 35 cells and matches SUBSCRIPTION_TRANSITIONS exactly', () => {
    expect(cells).toHaveLength(35)
    for (const [from, event, to] of cells)
      expect(SUBSCRIPTION_TRANSITIONS[from][event] ?? null, `${from} + ${event}`).toBe(
        from === C && event === 'resubscribed' ? S : to,
      )
  })

  it.each(allowed)('%s + %s → %s, with one history entry appended', (from, event, to) => {
    const before = inStatus(from)
    const snapshot = structuredClone(before)
    const after = applySubscriptionEvent(before, eventFor(event), { now: t(NOW) })
    expect(after.status).toBe(to)
    expect(after.history).toEqual([...snapshot.history, { at: NOW, from, to, event }])
    expect(before).toEqual(snapshot)
    expect(after).not.toBe(before)
    expect(after.history).not.toBe(before.history)
    expect(after.newsletters).not.toBe(before.newsletters)
    // The result is still a valid Subscription.
    expect(parseSubscription(after)).toEqual(after)
  })

  it.each(forbidden)('%s + %s is refused with INVALID_TRANSITION and the input untouched', (from, event) => {
    const before = inStatus(from)
    const snapshot = structuredClone(before)
    expect(() => applySubscriptionEvent(before, eventFor(event), { now: t(NOW) })).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        message: expect.stringContaining(`cannot apply '${event}' to a subscription that is '${from}'`),
      }),
    )
    expect(before).toEqual(snapshot)
  })

  it('mirrors the SUBSCRIPTION_TRANSITIONS @example, and the table is frozen', () => {
    expect(SUBSCRIPTION_TRANSITIONS.pending_confirmation.confirmed).toBe('subscribed')
    expect(SUBSCRIPTION_TRANSITIONS.unsubscribed.confirmed).toBeUndefined()
    expect(Object.isFrozen(SUBSCRIPTION_TRANSITIONS) && Object.isFrozen(SUBSCRIPTION_TRANSITIONS.subscribed)).toBe(true)
    expect(SUBSCRIPTION_REPEATS.subscribed).toEqual(['requested', 'confirmed', 'resubscribed'])
  })

  it('complained + resubscribed with consent: true → subscribed', () => {
    const before = inStatus(C)
    const after = applySubscriptionEvent(before, { type: 'resubscribed', consent: true }, { now: t(NOW) })
    expect(after.status).toBe(S)
    expect(after.history.at(-1)).toEqual({ at: NOW, from: C, to: S, event: 'resubscribed' })
  })

  it('complained + resubscribed with consent: false is still refused, and says why', () => {
    expect(() => applySubscriptionEvent(inStatus(C), { type: 'resubscribed', consent: false })).toThrow(
      /explicit consent/,
    )
  })

  it('consent is not needed to resubscribe after unsubscribing or bouncing', () => {
    expect(applySubscriptionEvent(inStatus(U), 'resubscribed').status).toBe(S)
    expect(applySubscriptionEvent(inStatus(B), 'resubscribed').status).toBe(S)
  })
})

describe('applySubscriptionEvent: side fields', () => {
  it('sets confirmedAt on confirmed and unsubscribedAt on unsubscribed', () => {
    const s = applySubscriptionEvent(inStatus(P), 'confirmed', { now: t(NOW) })
    expect(s.confirmedAt).toBe(NOW)
    const u = applySubscriptionEvent(s, 'unsubscribed', { now: t('2026-12-02T00:00:00Z') })
    expect(u.unsubscribedAt).toBe('2026-12-02T00:00:00.000Z')
    expect(u.confirmedAt).toBe(NOW)
  })

  it('removes unsubscribedAt when the reader comes back (resubscribed, or a new request)', () => {
    expect('unsubscribedAt' in applySubscriptionEvent(inStatus(U), 'resubscribed')).toBe(false)
    expect('unsubscribedAt' in applySubscriptionEvent(inStatus(U), 'requested')).toBe(false)
    expect(applySubscriptionEvent(inStatus(U), 'complained').unsubscribedAt).toBe('2026-11-03T10:00:00.000Z')
  })

  it('replaces newsletters from the event; [] means none and keeps the status', () => {
    const none = applySubscriptionEvent(inStatus(S), { type: 'newslettersChanged', newsletters: [] })
    expect(none.status).toBe(S)
    expect(none.newsletters).toEqual([])
    expect(
      applySubscriptionEvent(inStatus(P), { type: 'confirmed', newsletters: ['a', 'b', 'a'] }).newsletters,
    ).toEqual(['a', 'b'])
    expect(
      applySubscriptionEvent(inStatus(U), { type: 'requested', newsletters: ['c'], source: 'article-footer' }),
    ).toMatchObject({ newsletters: ['c'], source: 'article-footer' })
  })

  it('keeps every other field, including unknown ones', () => {
    const custom = deepFreeze({ ...inStatus(S), id: 'sub-1' }) as Subscription
    expect(applySubscriptionEvent(custom, 'bounced')).toMatchObject({
      id: 'sub-1',
      email: 'ana@example.com',
      source: 'homepage-box',
      createdAt: '2026-11-01T10:00:00.000Z',
    })
  })

  it('defaults now to the current time', () => {
    const before = Date.now()
    const at = Date.parse(applySubscriptionEvent(inStatus(P), 'confirmed').history.at(-1)!.at)
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
  })
})

describe('applySubscriptionEvent: repeats', () => {
  const repeats = STATUSES.flatMap((status) => SUBSCRIPTION_REPEATS[status].map((event) => [status, event] as const))

  it('lists the repeat events', () => {
    expect(repeats).toEqual([
      [S, 'requested'],
      [S, 'confirmed'],
      [S, 'resubscribed'],
      [U, 'unsubscribed'],
      [B, 'bounced'],
      [C, 'complained'],
    ])
  })

  it.each(repeats)(
    "%s + %s throws by default and returns the input itself with onRepeat: 'ignore'",
    (status, event) => {
      const s = inStatus(status)
      expect(() => applySubscriptionEvent(s, event)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }))
      expect(applySubscriptionEvent(s, event, { onRepeat: 'ignore' })).toBe(s)
    },
  )

  it("does not turn other refusals into no-ops with onRepeat: 'ignore'", () => {
    expect(() => applySubscriptionEvent(inStatus(U), 'confirmed', { onRepeat: 'ignore' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    )
    expect(() => applySubscriptionEvent(inStatus(C), 'unsubscribed', { onRepeat: 'ignore' })).toThrow(
      /after a complaint/,
    )
  })
})

describe('applySubscriptionEvent: bad input', () => {
  it.each<[string, unknown, unknown, string]>([
    ['a null subscription', null, 'confirmed', 'INVALID_INPUT'],
    ['an unknown status', { ...inStatus(P), status: 'active' }, 'confirmed', 'INVALID_INPUT'],
    ['a history that is not an array', { ...inStatus(P), history: 'none' }, 'confirmed', 'INVALID_INPUT'],
    [
      'an email of 0 and a createdAt of null (issue 17)',
      { ...inStatus(P), email: 0, createdAt: null },
      'confirmed',
      'INVALID_INPUT',
    ],
    ['newsletters that are not slugs', { ...inStatus(P), newsletters: ['Morning News'] }, 'confirmed', 'INVALID_INPUT'],
    ['an array', [inStatus(P)], 'confirmed', 'INVALID_INPUT'],
    ['an unknown event', inStatus(P), 'activated', 'INVALID_INPUT'],
    ['an event object without type', inStatus(P), { newsletters: [] }, 'INVALID_INPUT'],
    ['newslettersChanged without newsletters', inStatus(S), 'newslettersChanged', 'INVALID_INPUT'],
    ['newsletters on a bounce', inStatus(S), { type: 'bounced', newsletters: [] }, 'INVALID_INPUT'],
    ['newsletters not strings', inStatus(S), { type: 'newslettersChanged', newsletters: [1] }, 'INVALID_INPUT'],
    ['consent not a boolean', inStatus(C), { type: 'resubscribed', consent: 'yes' }, 'INVALID_INPUT'],
    ['source on a non-request', inStatus(S), { type: 'bounced', source: 'x' }, 'INVALID_INPUT'],
  ])('throws %s', (_name, subscription, event, code) => {
    expect(() => applySubscriptionEvent(subscription as Subscription, event as SubscriptionEvent)).toThrow(
      expect.objectContaining({ code }),
    )
  })

  it.each<[string, unknown]>([
    ['now as a string that is no date', { now: 'yesterday' }],
    ['now past year 9999', { now: 8.64e15 }],
    ['options an array', []],
    ['options null', null],
    ['an invalid Date', { now: new Date(Number.NaN) }],
    ['an unknown onRepeat', { onRepeat: 'skip' }],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    expect(() => applySubscriptionEvent(inStatus(P), 'confirmed', options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})

describe('createSubscription', () => {
  it('mirrors the @example', () => {
    expect(
      createSubscription(' Ana@Example.COM', {
        newsletters: ['morning-briefing'],
        source: 'homepage-box',
        now: new Date('2026-11-24T10:00:00Z'),
      }),
    ).toEqual({
      email: 'Ana@example.com',
      status: 'pending_confirmation',
      newsletters: ['morning-briefing'],
      source: 'homepage-box',
      createdAt: '2026-11-24T10:00:00.000Z',
      history: [
        {
          at: '2026-11-24T10:00:00.000Z',
          from: 'pending_confirmation',
          to: 'pending_confirmation',
          event: 'requested',
        },
      ],
    })
  })

  it('accepts now as epoch milliseconds or an ISO 8601 string', () => {
    const a = createSubscription('ana@example.com', { now: '2026-11-24T10:00:00Z' })
    const b = createSubscription('ana@example.com', { now: Date.UTC(2026, 10, 24, 10) })
    expect(a.createdAt).toBe('2026-11-24T10:00:00.000Z')
    expect(b).toEqual(a)
  })

  it('refuses newsletters that are not slugs, so the result always passes parseSubscription (issue 17)', () => {
    expect(() => createSubscription('ana@example.com', { newsletters: ['Morning News'] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        message: expect.stringMatching(/^createSubscription: options\.newsletters\[0\] must be a newsletter slug/),
      }),
    )
    const s = createSubscription('ana@例子.广告', { newsletters: ['morning-briefing', 'über-uns', 'morning-briefing'] })
    expect(s.newsletters).toEqual(['morning-briefing', 'über-uns'])
    expect(parseSubscription(s)).toEqual(s)
  })

  it('handles 100k newsletters in bounded time: refused past SCHEMA_LIMITS.newsletters, de-duplicated with a Set (issue 17)', () => {
    const started = Date.now()
    const many = Array.from({ length: 100_000 }, (_, i) => `n-${i}`)
    expect(() => createSubscription('ana@example.com', { newsletters: many })).toThrow(
      'createSubscription: options.newsletters.length must be at most 1000, received number 100000',
    )
    const repeated = Array.from({ length: 1000 }, (_, i) => `n-${i % 7}`)
    const s = createSubscription('ana@example.com', { newsletters: repeated })
    expect(s.newsletters).toHaveLength(7)
    const changed = applySubscriptionEvent(s, { type: 'newslettersChanged', newsletters: repeated })
    expect(changed.newsletters).toHaveLength(7)
    expect(() => applySubscriptionEvent(s, { type: 'newslettersChanged', newsletters: many })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('returns a subscription that passes parseSubscription after every allowed event', () => {
    let s = createSubscription('ana@example.com', { newsletters: ['a'], now: '2026-11-24T10:00:00Z' })
    for (const event of ['confirmed', 'unsubscribed', 'requested', 'confirmed', 'bounced'] as const) {
      s = applySubscriptionEvent(s, event, { now: '2026-11-25T10:00:00+02:00' })
      expect(parseSubscription(s)).toEqual(s)
    }
  })

  it('defaults newsletters to [] (none) and omits source', () => {
    const s = createSubscription('ana@example.com')
    expect(s.newsletters).toEqual([])
    expect('source' in s).toBe(false)
  })

  it('applies email rules and names the failing one', () => {
    expect(() => createSubscription('ana@mailinator.com', { email: { rejectDisposable: true } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ code: 'disposable-domain' })],
      }),
    )
  })

  it.each<[string, unknown]>([
    ['newsletters not an array', { newsletters: 'all' }],
    ['source not a string', { source: 1 }],
    ['email options not an object', { email: true }],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    expect(() => createSubscription('ana@example.com', options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})

describe('the documented example and the newsroom sample data', () => {
  it('mirrors the applySubscriptionEvent @example', () => {
    const pending = createSubscription('ana@example.com', {
      newsletters: ['morning-briefing'],
      now: new Date('2026-11-24T10:00:00Z'),
    })
    const active = applySubscriptionEvent(pending, 'confirmed', { now: new Date('2026-11-24T10:05:00Z') })
    expect(active.status).toBe('subscribed')
    expect(active.confirmedAt).toBe('2026-11-24T10:05:00.000Z')
    expect(active.history.at(-1)).toEqual({
      at: '2026-11-24T10:05:00.000Z',
      from: 'pending_confirmation',
      to: 'subscribed',
      event: 'confirmed',
    })
    const gone = applySubscriptionEvent(active, 'unsubscribed', { now: new Date('2026-12-01T08:00:00Z') })
    expect(() => applySubscriptionEvent(gone, 'confirmed')).toThrow(
      "applySubscriptionEvent: cannot apply 'confirmed' to a subscription that is 'unsubscribed'",
    )
  })

  it.each(subscriptions.map((s) => [s.email, s] as const))(
    'replays the history of %s to its recorded status',
    (_email, raw) => {
      const recorded = parseSubscription(raw)
      const [first, ...rest] = recorded.history
      let s = createSubscription(recorded.email, { newsletters: recorded.newsletters, now: new Date(first!.at) })
      for (const entry of rest) {
        const event: SubscriptionEvent =
          entry.event === 'newslettersChanged' ? { type: entry.event, newsletters: recorded.newsletters } : entry.event
        s = applySubscriptionEvent(s, event, { now: new Date(entry.at) })
      }
      expect(s.status).toBe(recorded.status)
      expect(s.history).toEqual(recorded.history)
    },
  )
})
