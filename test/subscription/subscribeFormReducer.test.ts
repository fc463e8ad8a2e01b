import { describe, expect, it } from 'vitest'
import {
  EMAIL_REJECTION_MESSAGES,
  SUBSCRIBE_FORM_INITIAL_STATE,
  SUBSCRIBE_FORM_MESSAGES,
  subscribeFormMessage,
  subscribeFormReducer,
  type SubscribeFormAction,
  type SubscribeFormState,
} from '../../src/subscription/index.js'

const base = { email: 'ana@example.com', newsletters: ['morning-briefing'], attempt: 2 }
const STATES: Record<string, SubscribeFormState> = {
  idle: { status: 'idle', ...base },
  submitting: { status: 'submitting', ...base },
  awaiting: { status: 'awaiting_confirmation', ...base, trapped: false },
  trapped: { status: 'awaiting_confirmation', ...base, trapped: true },
  already: { status: 'already_subscribed', ...base },
  'error(network)': { status: 'error', ...base, reason: 'network' },
  'error(invalid-email)': {
    status: 'error',
    ...base,
    email: 'ana@',
    reason: 'invalid-email',
    emailReason: 'domain-empty',
  },
}

const ACTIONS: Record<string, SubscribeFormAction> = {
  edit: { type: 'edit', email: 'bob@example.com' },
  submit: { type: 'submit' },
  'submit(bad email)': { type: 'submit', email: 'bob@' },
  'submit(honeypot)': { type: 'submit', honeypot: 'http://spam.example' },
  'submit(no newsletters)': { type: 'submit', newsletters: [] },
  confirmationSent: { type: 'confirmationSent', attempt: 2 },
  'confirmationSent(old attempt)': { type: 'confirmationSent', attempt: 1 },
  alreadySubscribed: { type: 'alreadySubscribed' },
  'failed(server)': { type: 'failed', reason: 'server', attempt: 2 },
  retry: { type: 'retry' },
  resend: { type: 'resend' },
  reset: { type: 'reset' },
}

// Resulting status for each (state, action); "same" = the very same state object is returned.
const i = 'idle'
const sub = 'submitting'
const aw = 'awaiting_confirmation'
const al = 'already_subscribed'
const er = 'error'
const same = 'same'
const TABLE: Record<string, Record<string, string>> = {
  //                    edit  submit  bad  honeypot  none  sent  sentOld  already  failed  retry  resend  reset
  idle: row(i, sub, er, aw, er, same, same, same, same, same, same, i),
  submitting: row(same, same, same, same, same, aw, same, al, er, same, same, i),
  awaiting: row(i, same, same, same, same, same, same, same, same, same, sub, i),
  trapped: row(i, same, same, same, same, same, same, same, same, same, same, i),
  already: row(i, same, same, same, same, same, same, same, same, same, same, i),
  'error(network)': row(i, sub, er, aw, er, same, same, same, same, sub, same, i),
  'error(invalid-email)': row(i, er, er, aw, er, same, same, same, same, i, same, i),
}

function row(...statuses: string[]): Record<string, string> {
  return Object.fromEntries(Object.keys(ACTIONS).map((name, index) => [name, statuses[index]!]))
}

const cells = Object.keys(STATES).flatMap((s) => Object.keys(ACTIONS).map((a) => [s, a, TABLE[s]![a]!] as const))

describe('subscribeFormReducer: the full state table', () => {
  it('covers 7 states × 12 actions', () => {
    expect(cells).toHaveLength(84)
  })

  it.each(cells)('%s + %s → %s', (stateName, actionName, expected) => {
    const state = Object.freeze({ ...STATES[stateName]! })
    const next = subscribeFormReducer(state, ACTIONS[actionName]!)
    if (expected === 'same') expect(next).toBe(state)
    else {
      expect(next).not.toBe(state)
      expect(next.status).toBe(expected)
    }
  })
})

describe('subscribeFormReducer: details', () => {
  it('mirrors the @example: submit normalizes, the answer leads to the honest message', () => {
    let state = SUBSCRIBE_FORM_INITIAL_STATE
    state = subscribeFormReducer(state, { type: 'submit', email: ' Ana@Example.COM ' })
    expect(state).toEqual({ status: 'submitting', email: 'Ana@example.com', newsletters: null, attempt: 1 })
    state = subscribeFormReducer(state, { type: 'confirmationSent', attempt: 1 })
    expect(state).toEqual({
      status: 'awaiting_confirmation',
      email: 'Ana@example.com',
      newsletters: null,
      attempt: 1,
      trapped: false,
    })
    expect(subscribeFormMessage(state)).toBe('Check your inbox to confirm your subscription')
  })

  it('starts idle, empty, with no newsletter choice (mirrors @example)', () => {
    expect(SUBSCRIBE_FORM_INITIAL_STATE).toEqual({ status: 'idle', email: '', newsletters: null, attempt: 0 })
    expect(Object.isFrozen(SUBSCRIBE_FORM_INITIAL_STATE)).toBe(true)
  })

  it('a filled honeypot looks like success but makes no request (no submitting, attempt unchanged)', () => {
    const next = subscribeFormReducer(STATES.idle!, { type: 'submit', honeypot: 'x' })
    expect(next).toEqual({ ...STATES.idle, status: 'awaiting_confirmation', trapped: true })
    expect(subscribeFormMessage(next)).toBe(SUBSCRIBE_FORM_MESSAGES.awaiting_confirmation)
    // A trapped form never resends.
    expect(subscribeFormReducer(next, { type: 'resend' })).toBe(next)
  })

  it('a whitespace-only honeypot (autofill artefact) does not trap', () => {
    expect(subscribeFormReducer(STATES.idle!, { type: 'submit', honeypot: '  ' }).status).toBe('submitting')
  })

  it('an invalid address fails before sending, with the email rule', () => {
    const next = subscribeFormReducer(STATES.idle!, { type: 'submit', email: 'Ana <ana@example.com>' })
    expect(next).toEqual({
      ...STATES.idle,
      status: 'error',
      email: 'Ana <ana@example.com>',
      reason: 'invalid-email',
      emailReason: 'display-name',
    })
    expect(subscribeFormMessage(next)).toBe(EMAIL_REJECTION_MESSAGES['display-name'])
  })

  it('[] newsletters means none: refused as no-newsletters; null means the server decides', () => {
    expect(subscribeFormReducer(STATES.idle!, { type: 'submit', newsletters: [] })).toMatchObject({
      status: 'error',
      reason: 'no-newsletters',
    })
    expect(subscribeFormReducer(STATES.idle!, { type: 'submit', newsletters: null })).toMatchObject({
      status: 'submitting',
      newsletters: null,
    })
  })

  it('each request increments attempt; answers for older attempts are ignored', () => {
    let s = subscribeFormReducer(SUBSCRIBE_FORM_INITIAL_STATE, { type: 'submit', email: 'ana@example.com' })
    expect(s.attempt).toBe(1)
    s = subscribeFormReducer(s, { type: 'failed', reason: 'network', attempt: 1 })
    s = subscribeFormReducer(s, { type: 'retry' })
    expect(s).toMatchObject({ status: 'submitting', attempt: 2 })
    expect(subscribeFormReducer(s, { type: 'confirmationSent', attempt: 1 })).toBe(s)
    expect(subscribeFormReducer(s, { type: 'confirmationSent', attempt: 2 }).status).toBe('awaiting_confirmation')
  })

  it('reset while submitting makes the late answer a no-op, and keeps attempt growing', () => {
    const submitting = subscribeFormReducer(SUBSCRIBE_FORM_INITIAL_STATE, { type: 'submit', email: 'ana@example.com' })
    const reset = subscribeFormReducer(submitting, { type: 'reset' })
    expect(reset).toEqual({ status: 'idle', email: '', newsletters: null, attempt: 1 })
    expect(subscribeFormReducer(reset, { type: 'confirmationSent', attempt: 1 })).toBe(reset)
  })

  it('retry after invalid-email goes back to editing with the typed address kept', () => {
    const next = subscribeFormReducer(STATES['error(invalid-email)']!, { type: 'retry' })
    expect(next).toEqual({ status: 'idle', email: 'ana@', newsletters: ['morning-briefing'], attempt: 2 })
  })

  it('failed keeps emailReason from the server and edit clears the error', () => {
    const failed = subscribeFormReducer(STATES.submitting!, {
      type: 'failed',
      reason: 'invalid-email',
      emailReason: 'blocked-domain',
    })
    expect(failed).toMatchObject({ status: 'error', reason: 'invalid-email', emailReason: 'blocked-domain' })
    expect(subscribeFormMessage(failed)).toBe('Addresses at this domain cannot be used')
    expect(subscribeFormReducer(failed, { type: 'edit', email: 'ana@other.example' })).toEqual({
      status: 'idle',
      email: 'ana@other.example',
      newsletters: ['morning-briefing'],
      attempt: 2,
    })
  })

  it('edit can change the newsletter choice', () => {
    expect(subscribeFormReducer(STATES.idle!, { type: 'edit', newsletters: ['a', 'b'] }).newsletters).toEqual([
      'a',
      'b',
    ])
  })

  it('never mutates the state or the action', () => {
    const action = Object.freeze({
      type: 'submit',
      email: 'x@example.com',
      newsletters: Object.freeze(['a']),
    }) as SubscribeFormAction
    const state = Object.freeze({ ...STATES.idle! })
    const next = subscribeFormReducer(state, action)
    expect(next.newsletters).toEqual(['a'])
    expect(next.newsletters).not.toBe((action as unknown as { newsletters: string[] }).newsletters)
  })

  it.each<[string, unknown, unknown]>([
    ['a null state', null, { type: 'reset' }],
    ['a state with an unknown status', { ...STATES.idle, status: 'done' }, { type: 'reset' }],
    ['an unknown action', STATES.idle, { type: 'subscribe' }],
    ['a missing action', STATES.idle, undefined],
    ['failed without a reason', STATES.submitting, { type: 'failed' }],
    [
      'failed with an unknown emailReason',
      STATES.submitting,
      { type: 'failed', reason: 'invalid-email', emailReason: 'toString' },
    ],
    ['an array as action', STATES.idle, [{ type: 'reset' }]],
    ['a non-string email', STATES.idle, { type: 'submit', email: 42 }],
    ['non-string newsletters', STATES.idle, { type: 'edit', newsletters: [1] }],
  ])('throws INVALID_INPUT for %s', (_name, state, action) => {
    expect(() => subscribeFormReducer(state as SubscribeFormState, action as SubscribeFormAction)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('subscribeFormReducer: reducer conventions', () => {
  it('treats an undefined state as the initial state (Redux / useReducer convention)', () => {
    expect(subscribeFormReducer(undefined, { type: 'reset' })).toEqual(SUBSCRIBE_FORM_INITIAL_STATE)
    expect(subscribeFormReducer(undefined, { type: 'confirmationSent' })).toBe(SUBSCRIBE_FORM_INITIAL_STATE)
    expect(subscribeFormReducer(undefined, { type: 'submit', email: 'ana@example.com' })).toEqual({
      status: 'submitting',
      email: 'ana@example.com',
      newsletters: null,
      attempt: 1,
    })
  })
})

describe('SUBSCRIBE_FORM_MESSAGES and subscribeFormMessage', () => {
  it.each<[string, unknown, unknown, string]>([
    ['an unknown reason', { ...STATES['error(network)'], reason: 'offline' }, undefined, 'INVALID_INPUT'],
    ['a prototype key as reason', { ...STATES['error(network)'], reason: '__proto__' }, undefined, 'INVALID_INPUT'],
    ['a reason that is no string', { ...STATES['error(network)'], reason: 5 }, undefined, 'INVALID_INPUT'],
    [
      'an unknown emailReason',
      { ...STATES['error(invalid-email)'], emailReason: 'constructor' },
      undefined,
      'INVALID_INPUT',
    ],
    ['a null state', null, undefined, 'INVALID_INPUT'],
    ['messages as an array', STATES.idle, [], 'INVALID_OPTIONS'],
    ['a line that is no string', STATES.idle, { idle: 5 }, 'INVALID_OPTIONS'],
    ['error lines that are no object', STATES['error(network)'], { error: 'x' }, 'INVALID_OPTIONS'],
  ])('refuses %s with a CopydeskError naming subscribeFormMessage (issue 17)', (_name, state, messages, code) => {
    expect(() => subscribeFormMessage(state as SubscribeFormState, messages as never)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(/^subscribeFormMessage: (state|messages)/) }),
    )
  })

  it('says "check your inbox", never "you have been subscribed" (mirrors @example)', () => {
    expect(SUBSCRIBE_FORM_MESSAGES.awaiting_confirmation).toBe('Check your inbox to confirm your subscription')
    expect(SUBSCRIBE_FORM_MESSAGES.error.network).toBe(
      "We couldn't reach the server. Check your connection and try again.",
    )
    expect(JSON.stringify(SUBSCRIBE_FORM_MESSAGES)).not.toMatch(/been subscribed/i)
    expect(Object.isFrozen(SUBSCRIBE_FORM_MESSAGES)).toBe(true)
  })

  it('mirrors the subscribeFormMessage @example', () => {
    expect(
      subscribeFormMessage({
        status: 'error',
        email: 'ana@',
        newsletters: null,
        attempt: 0,
        reason: 'invalid-email',
        emailReason: 'domain-empty',
      }),
    ).toBe('The email address has nothing after "@"')
    expect(
      subscribeFormMessage(
        { status: 'idle', email: '', newsletters: null, attempt: 0 },
        { idle: 'Get the Morning Briefing' },
      ),
    ).toBe('Get the Morning Briefing')
  })

  it.each(Object.entries(STATES))('has a line for %s', (_name, state) => {
    expect(subscribeFormMessage(state).length).toBeGreaterThan(5)
  })

  it('merges overrides key by key', () => {
    expect(subscribeFormMessage(STATES['error(network)']!, { error: { network: 'Offline?' } })).toBe('Offline?')
    expect(
      subscribeFormMessage(STATES['error(invalid-email)']!, { emailReasons: { 'domain-empty': 'Add a domain' } }),
    ).toBe('Add a domain')
    expect(subscribeFormMessage(STATES.already!, { error: { network: 'x' } })).toBe(
      SUBSCRIBE_FORM_MESSAGES.already_subscribed,
    )
  })

  it('throws INVALID_INPUT for a state without a known status', () => {
    expect(() => subscribeFormMessage({} as SubscribeFormState)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
