// copydesk/subscription hot paths beside what a user would otherwise reach for:
// - safeParseEmail (trim, one-address/display-name/CR-LF checks, dot-atom local part, IDN →
//   punycode, length limits, a CopydeskError with a kebab-case reason on refusal) on 1,000
//   addresses vs zod 4's `z.email()` safeParse on the same trimmed strings (validation only: no IDN
//   conversion, no normalization, no reason codes). The ASCII row is the common input (issue 13
//   asks ≥ 1×: plain ASCII addresses take a one-pass fast path); the mixed row is 8% hostile and
//   33% IDN, where copydesk does work zod does not (punycode conversion).
// - createConfirmationToken + verifyConfirmationToken (HMAC-SHA256 through Web Crypto, async) vs
//   the same JWT built and checked synchronously with node:crypto createHmac + timingSafeEqual,
//   which is Node-only: the ratio is the price of running unchanged in browsers and edge runtimes.
import { createHmac, timingSafeEqual } from 'node:crypto'
import * as z from 'zod'
import { createConfirmationToken, safeParseEmail, verifyConfirmationToken } from '../../dist/subscription.js'

function addresses(n) {
  let seed = 11
  const rand = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32
  const names = ['ana', 'Pete.OMalley', 'reader+news', 'siyuan.chen', 'm_sato', 'dev.r', 'x']
  const domains = ['example.com', 'Example.COM', 'news.example.co.uk', 'bücher.de', '例子.广告', 'mail.example.org']
  const broken = [
    'Ana <ana@example.com>',
    'ana@',
    'ana@@example.com',
    'a@x.com, b@y.com',
    'ana@example.com\r\nBcc: x@y.com',
    'ana lima@example.com',
  ]
  return Array.from({ length: n }, (_, i) => {
    const r = rand()
    if (r < 0.08) return broken[i % broken.length]
    const address = `${names[i % names.length]}${i}@${domains[Math.floor(rand() * domains.length)]}`
    return r < 0.2 ? `  ${address} ` : address
  })
}

const list = addresses(1000)
const asciiList = Array.from({ length: 1000 }, (_, i) => `Reader.${i}+news@Mail${i % 50}.Example.com`)
// The same addresses as most people type them: the domain already in lower case, so the
// normalized address is the input itself (no new string).
const lowerDomainList = asciiList.map((a) => a.slice(0, a.indexOf('@')) + a.slice(a.indexOf('@')).toLowerCase())
const zodEmail = z.email()

const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
const now = new Date('2026-11-24T10:00:00Z')
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')

function nodeCreate(email, newsletters) {
  const iat = Math.floor(now.getTime() / 1000)
  const payload = Buffer.from(
    JSON.stringify({ email, newsletters, purpose: 'confirm', iat, exp: iat + 86400 }),
  ).toString('base64url')
  const input = `${HEADER}.${payload}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}

function nodeVerify(token) {
  const [header, payload, signature] = token.split('.')
  if (header !== HEADER) return { valid: false, reason: 'malformed' }
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { valid: false, reason: 'bad_signature' }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  if (Math.floor(now.getTime() / 1000) >= claims.exp) return { valid: false, reason: 'expired' }
  return { valid: true, payload: claims }
}

export const tasks = [
  {
    task: 'safeParseEmail × 1,000 addresses (8% hostile, 33% IDN)',
    copydesk: () => {
      for (const a of list) safeParseEmail(a)
    },
    peer: 'zod z.email() safeParse',
    peerFn: () => {
      for (const a of list) zodEmail.safeParse(a.trim())
    },
  },
  {
    task: 'safeParseEmail × 1,000 ASCII addresses (50 domains)',
    copydesk: () => {
      for (const a of asciiList) safeParseEmail(a)
    },
    peer: 'zod z.email() safeParse',
    peerFn: () => {
      for (const a of asciiList) zodEmail.safeParse(a.trim())
    },
    goal: 1,
  },
  {
    task: 'safeParseEmail × 1,000 ASCII addresses, lower-case domains',
    copydesk: () => {
      for (const a of lowerDomainList) safeParseEmail(a)
    },
    peer: 'zod z.email() safeParse',
    peerFn: () => {
      for (const a of lowerDomainList) zodEmail.safeParse(a.trim())
    },
    goal: 1,
  },
  {
    task: 'createConfirmationToken + verifyConfirmationToken',
    copydesk: async () => {
      const token = await createConfirmationToken(
        { email: 'ana@example.com', newsletters: ['morning-briefing'] },
        secret,
        { now },
      )
      const result = await verifyConfirmationToken(token, secret, { now })
      if (!result.success) throw new Error('token did not verify')
    },
    peer: 'node:crypto createHmac (Node-only)',
    peerFn: () => {
      const token = nodeCreate('ana@example.com', ['morning-briefing'])
      if (!nodeVerify(token).valid) throw new Error('token did not verify')
    },
  },
]
