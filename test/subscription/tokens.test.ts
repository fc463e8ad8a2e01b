import { describe, expect, it } from 'vitest'
import fixture from '../fixtures/subscription-tokens.json'
import {
  createConfirmationToken,
  verifyConfirmationToken,
  type ConfirmationTokenInput,
  type TokenPurpose,
} from '../../src/subscription/index.js'

const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
const otherSecret = 'Zq8vT2mK5pL9wX3nB7cR1yH4gF6dS0aJ'
/** A failed verification with this kebab-case reason. */
const refused = (reason: string): unknown =>
  expect.objectContaining({ success: false, error: expect.objectContaining({ code: 'INVALID_INPUT', reason }) })

const t0 = new Date('2026-11-24T10:00:00Z')
const hoursLater = (h: number): Date => new Date(t0.getTime() + h * 3_600_000)
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

function vectorSecret(v: { secret?: string; secretHex?: string }): string | Uint8Array {
  return v.secret ?? hexBytes(v.secretHex!)
}

describe('fixed vectors (computed with node:crypto createHmac): the same tokens in every runtime', () => {
  it.each(fixture.vectors)('$name: createConfirmationToken gives the exact token', async (v) => {
    const options = { now: new Date(v.now), ...('ttlSeconds' in v ? { ttlSeconds: v.ttlSeconds } : {}) }
    await expect(createConfirmationToken(v.input as ConfirmationTokenInput, vectorSecret(v), options)).resolves.toBe(
      v.token,
    )
  })

  it.each(fixture.vectors)('$name: verifyConfirmationToken accepts it and returns the claims', async (v) => {
    const result = await verifyConfirmationToken(v.token, vectorSecret(v), {
      purpose: v.claims.purpose as TokenPurpose,
      now: new Date(v.now),
    })
    expect(result).toEqual({ success: true, data: v.claims })
  })

  it('is a JWT with the fixed HS256 header', () => {
    const [header] = fixture.vectors[0]!.token.split('.')
    expect(JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(header!), (c) => c.charCodeAt(0))))).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    })
  })
})

describe('round trip', () => {
  it('verifies a fresh token until just before it expires (24 h by default)', async () => {
    const token = await createConfirmationToken(
      { email: 'ana@example.com', newsletters: ['morning-briefing'] },
      secret,
      { now: t0 },
    )
    const at = (ms: number) => verifyConfirmationToken(token, secret, { now: new Date(t0.getTime() + ms) })
    await expect(at(0)).resolves.toMatchObject({ success: true })
    await expect(at(86_399_999)).resolves.toMatchObject({ success: true })
    await expect(at(86_400_000)).resolves.toEqual(refused('expired'))
  })

  it('mirrors the verifyConfirmationToken @example', async () => {
    const token = await createConfirmationToken({ email: 'ana@example.com' }, secret, {
      now: new Date('2026-11-24T10:00:00Z'),
    })
    await expect(verifyConfirmationToken(token, secret, { now: new Date('2026-11-24T12:00:00Z') })).resolves.toEqual({
      success: true,
      data: { email: 'ana@example.com', newsletters: [], purpose: 'confirm', iat: 1795514400, exp: 1795600800 },
    })
    await expect(verifyConfirmationToken(token, secret, { now: new Date('2026-11-25T10:00:00Z') })).resolves.toEqual(
      refused('expired'),
    )
    await expect(
      verifyConfirmationToken(token, secret, { purpose: 'unsubscribe', now: new Date('2026-11-24T12:00:00Z') }),
    ).resolves.toEqual(refused('wrong-purpose'))
  })

  it('mirrors the createConfirmationToken @example', async () => {
    await expect(
      createConfirmationToken({ email: 'ana@example.com', newsletters: ['morning-briefing'] }, secret, {
        now: new Date('2026-11-24T10:00:00Z'),
      }),
    ).resolves.toBe(fixture.vectors[0]!.token)
  })

  it('normalizes the email and drops duplicate newsletters before signing', async () => {
    const token = await createConfirmationToken({ email: ' Ana@Example.COM ', newsletters: ['a', 'b', 'a'] }, secret, {
      now: t0,
    })
    const result = await verifyConfirmationToken(token, secret, { now: t0 })
    expect(result).toMatchObject({ success: true, data: { email: 'Ana@example.com', newsletters: ['a', 'b'] } })
  })

  it('uses a 90-day default lifetime for unsubscribe tokens, and ttlSeconds when given', async () => {
    const unsub = await createConfirmationToken({ email: 'ana@example.com', purpose: 'unsubscribe' }, secret, {
      now: t0,
    })
    await expect(
      verifyConfirmationToken(unsub, secret, { purpose: 'unsubscribe', now: hoursLater(89 * 24) }),
    ).resolves.toMatchObject({ success: true })
    await expect(
      verifyConfirmationToken(unsub, secret, { purpose: 'unsubscribe', now: hoursLater(90 * 24) }),
    ).resolves.toEqual(refused('expired'))
    const short = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: t0, ttlSeconds: 60 })
    await expect(
      verifyConfirmationToken(short, secret, { now: new Date(t0.getTime() + 59_000) }),
    ).resolves.toMatchObject({ success: true })
    await expect(verifyConfirmationToken(short, secret, { now: new Date(t0.getTime() + 60_000) })).resolves.toEqual(
      refused('expired'),
    )
  })

  it('accepts a Uint8Array secret and treats its bytes like the same string', async () => {
    const bytes = new TextEncoder().encode(secret)
    const a = await createConfirmationToken({ email: 'ana@example.com' }, bytes, { now: t0 })
    const b = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: t0 })
    expect(a).toBe(b)
    await expect(verifyConfirmationToken(a, bytes, { now: t0 })).resolves.toMatchObject({ success: true })
  })

  it('is URL-safe as is (no +, /, = or %)', async () => {
    const token = await createConfirmationToken(
      { email: "o'malley+news@例子.广告", newsletters: ['x-y', 'über-uns'] },
      secret,
      { now: t0 },
    )
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]{43}$/)
    expect(encodeURIComponent(token)).toBe(token)
  })
})

describe('rejections, each with its reason', () => {
  const make = (purpose: TokenPurpose = 'confirm', s = secret) =>
    createConfirmationToken({ email: 'ana@example.com', newsletters: ['morning-briefing'], purpose }, s, { now: t0 })

  it('refuses a token signed with another secret: bad-signature', async () => {
    await expect(verifyConfirmationToken(await make('confirm', otherSecret), secret, { now: t0 })).resolves.toEqual(
      refused('bad-signature'),
    )
  })

  it('refuses a token for another purpose: wrong_purpose (both ways)', async () => {
    await expect(verifyConfirmationToken(await make('unsubscribe'), secret, { now: t0 })).resolves.toEqual(
      refused('wrong-purpose'),
    )
    await expect(
      verifyConfirmationToken(await make('confirm'), secret, { purpose: 'unsubscribe', now: t0 }),
    ).resolves.toEqual(refused('wrong-purpose'))
  })

  it('refuses an expired token: expired', async () => {
    await expect(verifyConfirmationToken(await make(), secret, { now: hoursLater(25) })).resolves.toEqual(
      refused('expired'),
    )
  })

  it('refuses every one-character change: bad-signature in header/payload, bad-signature or malformed in the signature', async () => {
    const token = await make()
    const second = token.lastIndexOf('.')
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue
      const replacement = token[i] === 'A' ? 'B' : 'A'
      const changed = token.slice(0, i) + replacement + token.slice(i + 1)
      const result = await verifyConfirmationToken(changed, secret, { now: t0 })
      expect(result.success, `position ${i}`).toBe(false)
      const reason = result.success ? undefined : result.error.reason
      if (i < token.indexOf('.'))
        expect(reason).toBe('malformed') // the header is compared exactly
      else if (i < second) expect(reason).toBe('bad-signature')
      else expect(['bad-signature', 'malformed']).toContain(reason)
    }
  })

  it('refuses a signature whose last character only changes unused bits (strict base64url): malformed', async () => {
    const token = await make()
    const last = token.at(-1)!
    const value = B64URL.indexOf(last)
    const sibling = B64URL[value ^ 1]! // flips the lowest, unused bit
    await expect(verifyConfirmationToken(token.slice(0, -1) + sibling, secret, { now: t0 })).resolves.toEqual(
      refused('malformed'),
    )
  })

  it('refuses a payload swapped in from another token (signature no longer matches)', async () => {
    const a = (await make()).split('.')
    const b = (
      await createConfirmationToken({ email: 'eve@example.com', newsletters: ['morning-briefing'] }, secret, {
        now: t0,
      })
    ).split('.')
    await expect(verifyConfirmationToken(`${a[0]}.${b[1]}.${a[2]}`, secret, { now: t0 })).resolves.toEqual(
      refused('bad-signature'),
    )
  })

  it('refuses alg=none and other headers: malformed', async () => {
    const [, payload] = (await make()).split('.')
    const none = btoa('{"alg":"none","typ":"JWT"}').replaceAll('=', '')
    await expect(verifyConfirmationToken(`${none}.${payload}.`, secret, { now: t0 })).resolves.toEqual(
      refused('malformed'),
    )
    await expect(verifyConfirmationToken(`${none}.${payload}`, secret, { now: t0 })).resolves.toEqual(
      refused('malformed'),
    )
  })

  it.each<[string, unknown]>([
    ['undefined (missing query parameter)', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { token: 'x' }],
    ['the empty string', ''],
    ['one part', 'abc'],
    ['two parts', 'abc.def'],
    ['four parts', 'a.b.c.d'],
    ['empty parts', '..'],
    ['padding characters', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ9==.AAAA'],
    ['standard base64 characters', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.ab+/.AAAA'],
    ['a 1 MB string', 'a'.repeat(1_000_000)],
    ['a lone surrogate', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\ud800.AAAA'],
    ['a short signature', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA'],
  ])('refuses %s as malformed without throwing', async (_name, token) => {
    await expect(verifyConfirmationToken(token, secret, { now: t0 })).resolves.toEqual(refused('malformed'))
  })
})

describe('programmer errors', () => {
  it.each<[string, unknown]>([
    ['a 31-byte secret', 'x'.repeat(31)],
    ['an empty secret', ''],
    ['a 31-byte Uint8Array', new Uint8Array(31)],
    ['a number', 12345],
    ['undefined', undefined],
  ])('rejects %s with INVALID_OPTIONS in both functions', async (_name, bad) => {
    await expect(createConfirmationToken({ email: 'ana@example.com' }, bad as string)).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    })
    await expect(verifyConfirmationToken('a.b.c', bad as string)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' })
  })

  it('counts secret length in UTF-8 bytes (11 × "ü" = 22 bytes is too short, 16 × "ü" = 32 is enough)', async () => {
    await expect(createConfirmationToken({ email: 'ana@example.com' }, 'ü'.repeat(11))).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    })
    await expect(createConfirmationToken({ email: 'ana@example.com' }, 'ü'.repeat(16), { now: t0 })).resolves.toContain(
      '.',
    )
  })

  it.each<[string, unknown]>([
    ['no payload', undefined],
    ['a string payload', 'ana@example.com'],
    ['an invalid email', { email: 'Ana <ana@example.com>' }],
    ['newsletters not an array', { email: 'ana@example.com', newsletters: 'morning' }],
    ['an empty newsletter slug', { email: 'ana@example.com', newsletters: [''] }],
    ['an unknown purpose', { email: 'ana@example.com', purpose: 'login' }],
  ])('createConfirmationToken rejects %s with INVALID_INPUT', async (_name, payload) => {
    await expect(createConfirmationToken(payload as ConfirmationTokenInput, secret)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('names the email rule that failed', async () => {
    await expect(createConfirmationToken({ email: 'ana@' }, secret)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      reason: 'domain-empty',
      issues: [{ path: ['email'], code: 'domain-empty' }],
    })
  })

  it('accepts now as a Date, epoch milliseconds or an ISO 8601 string, with the same token', async () => {
    const a = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: t0 })
    const b = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: t0.getTime() })
    const c = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: '2026-11-24T10:00:00Z' })
    expect(b).toBe(a)
    expect(c).toBe(a)
    await expect(verifyConfirmationToken(a, secret, { now: '2026-11-24T11:00:00Z' })).resolves.toMatchObject({
      success: true,
    })
  })

  it('refuses newsletters that are not slugs, and 100k newsletters in bounded time (issue 17)', async () => {
    await expect(
      createConfirmationToken({ email: 'ana@example.com', newsletters: ['Morning News'] }, secret),
    ).rejects.toThrow('createConfirmationToken: payload.newsletters[0] must be a newsletter slug')
    const started = Date.now()
    const many = Array.from({ length: 100_000 }, (_, i) => `n-${i}`)
    await expect(createConfirmationToken({ email: 'ana@example.com', newsletters: many }, secret)).rejects.toThrow(
      'createConfirmationToken: payload.newsletters.length must be at most 1000, received number 100000',
    )
    const same = Array.from({ length: 1000 }, () => 'morning-briefing')
    const token = await createConfirmationToken({ email: 'ana@example.com', newsletters: same }, secret, { now: t0 })
    const check = await verifyConfirmationToken(token, secret, { now: t0 })
    expect(check.success && check.data.newsletters).toEqual(['morning-briefing'])
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it.each<[string, unknown]>([
    ['ttlSeconds 0', { ttlSeconds: 0 }],
    ['ttlSeconds negative', { ttlSeconds: -5 }],
    ['ttlSeconds fractional', { ttlSeconds: 1.5 }],
    ['ttlSeconds as a string', { ttlSeconds: '3600' }],
    ['now as a string that is no date', { now: 'tomorrow' }],
    ['now past year 9999', { now: 8.64e15 }],
    ['ttlSeconds past 100 years', { ttlSeconds: 3_153_600_001 }],
    ['options an array', []],
    ['options null', null],
    ['an invalid Date', { now: new Date('nope') }],
    ['options not an object', 'soon'],
  ])('createConfirmationToken rejects %s with INVALID_OPTIONS', async (_name, options) => {
    await expect(createConfirmationToken({ email: 'ana@example.com' }, secret, options as never)).rejects.toMatchObject(
      { code: 'INVALID_OPTIONS' },
    )
  })

  it('verifyConfirmationToken rejects an unknown expected purpose with INVALID_OPTIONS', async () => {
    await expect(verifyConfirmationToken('a.b.c', secret, { purpose: 'login' as TokenPurpose })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    })
  })

  it('never mutates the payload it is given', async () => {
    const payload = Object.freeze({ email: ' ana@example.com', newsletters: Object.freeze(['b', 'a', 'b']) })
    await createConfirmationToken(payload, secret, { now: t0 })
    expect(payload).toEqual({ email: ' ana@example.com', newsletters: ['b', 'a', 'b'] })
  })
})
