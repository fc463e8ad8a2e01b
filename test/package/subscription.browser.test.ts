// copydesk/subscription in real Chromium (Debian's /usr/bin/chromium driven by playwright-core):
// the built dist/ files are served from http://localhost (a secure context, so crypto.subtle
// exists) through request interception. Tokens made in the browser must equal the fixed vectors
// computed with node:crypto, tokens cross between Node and the browser in both directions, and
// IDN domains get the same punycode from Chromium's URL parser as from Node's.
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import fixture from '../fixtures/subscription-tokens.json'
import { createConfirmationToken, safeParseEmail, verifyConfirmationToken } from '../../src/subscription/index.js'

const ROOT = new URL('../../', import.meta.url)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ORIGIN = 'http://localhost:4173'

let browser: Browser
let page: Page

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`)
  if (!existsSync(new URL('dist/subscription.js', ROOT))) throw new Error('dist/ is missing: run npm run build first')
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  page = await browser.newPage()
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    // copydesk/subscription validates with the Subscription schema, so it imports its peer zod
    // ("zod/mini"): the page maps that bare specifier to the installed zod, as a bundler would.
    if (path === '/')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>copydesk</title><script type="importmap">{"imports":{"zod/mini":"/node_modules/zod/mini/index.js"}}</script>',
      })
    const file = path.startsWith('/node_modules/zod/') ? new URL(path.slice(1), ROOT) : new URL(`dist${path}`, ROOT)
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') })
  })
  await page.goto(`${ORIGIN}/`)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

function inBrowser<T>(fn: string, arg: unknown): Promise<T> {
  // Runs `fn` (the source of an async arrow function taking (module, arg)) against dist/subscription.js.
  // Built as a string so the test runner's transform leaves the dynamic import alone; JSON keeps
  // lone surrogates as \u escapes.
  const dynamicImport = 'imp' + 'ort'
  const script = `(async () => { const mod = await ${dynamicImport}('/subscription.js'); const arg = ${JSON.stringify(arg)}; return (${fn})(mod, arg) })()`
  return page.evaluate(script) as Promise<T>
}

describe('copydesk/subscription tokens in Chromium', () => {
  it('runs in a secure context with Web Crypto', async () => {
    await expect(page.evaluate(() => typeof crypto.subtle.sign)).resolves.toBe('function')
  })

  it.each(fixture.vectors)('$name: the browser makes the exact fixed-vector token', async (v) => {
    const token = await inBrowser<string>(
      `async (mod, v) => mod.createConfirmationToken(v.input, v.secret ?? new Uint8Array(v.secretHex.match(/../g).map((h) => parseInt(h, 16))), { now: new Date(v.now), ...(v.ttlSeconds ? { ttlSeconds: v.ttlSeconds } : {}) })`,
      v,
    )
    expect(token).toBe(v.token)
  })

  it('a token made in Node verifies in the browser', async () => {
    const now = new Date('2026-11-24T10:00:00Z')
    const token = await createConfirmationToken(
      { email: 'ana@例子.广告', newsletters: ['morning-briefing'] },
      fixture.vectors[0]!.secret!,
      { now },
    )
    const result = await inBrowser<unknown>(
      `async (mod, a) => { const r = await mod.verifyConfirmationToken(a.token, a.secret, { now: new Date(a.now) }); return r.success ? r : { success: false, reason: r.error.reason } }`,
      {
        token,
        secret: fixture.vectors[0]!.secret,
        now: now.toISOString(),
      },
    )
    expect(result).toEqual({
      success: true,
      data: {
        email: 'ana@xn--fsqu00a.xn--4rr70v',
        newsletters: ['morning-briefing'],
        purpose: 'confirm',
        iat: 1795514400,
        exp: 1795600800,
      },
    })
  })

  it('a token made in the browser verifies in Node, and the browser rejects tampering with the same reasons', async () => {
    const v = fixture.vectors[1]!
    const out = await inBrowser<{
      token: string
      tampered: unknown
      wrongPurpose: unknown
      expired: unknown
      otherSecret: unknown
    }>(
      `async (mod, a) => {
        const now = new Date(a.now)
        const token = await mod.createConfirmationToken({ email: 'reader@example.com', newsletters: ['climate-weekly'] }, a.secret, { now })
        const reason = (r) => (r.success ? r : { success: false, reason: r.error.reason })
        const i = token.indexOf('.') + 5
        const tampered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1)
        return {
          token,
          tampered: reason(await mod.verifyConfirmationToken(tampered, a.secret, { now })),
          wrongPurpose: reason(await mod.verifyConfirmationToken(token, a.secret, { now, purpose: 'unsubscribe' })),
          expired: reason(await mod.verifyConfirmationToken(token, a.secret, { now: new Date(now.getTime() + 86400000) })),
          otherSecret: reason(await mod.verifyConfirmationToken(token, 'x'.repeat(32), { now })),
        }
      }`,
      { secret: v.secret, now: v.now },
    )
    await expect(verifyConfirmationToken(out.token, v.secret!, { now: new Date(v.now) })).resolves.toMatchObject({
      success: true,
      data: { email: 'reader@example.com', newsletters: ['climate-weekly'] },
    })
    expect(out.tampered).toEqual({ success: false, reason: 'bad-signature' })
    expect(out.wrongPurpose).toEqual({ success: false, reason: 'wrong-purpose' })
    expect(out.expired).toEqual({ success: false, reason: 'expired' })
    expect(out.otherSecret).toEqual({ success: false, reason: 'bad-signature' })
  })
})

describe('copydesk/subscription email rules in Chromium', () => {
  const inputs = [
    'ana@例子.广告',
    'ana@例子。广告',
    'ana@bücher.de',
    'ana@BÜCHER.de',
    'ana@faß.de',
    'ana@пример.рф',
    'ana@ｅｘａｍｐｌｅ．ｃｏｍ',
    'ana@ex\u00adample.com',
    'ana@☃.net',
    'ana@xn--zz.com',
    'ana@xn--a.com',
    'ana@xn--abc-.com',
    'ana@xn--bcher-2pa.de',
    'ana@xn--xample-hy68a.com',
    'ana@xn--ls8h.la',
    'ana@XN--BCHER-KVA.DE',
    'ana@\ud800.com',
    'ana@exa\u202emple.com',
    'ana@ex\u200dample.com',
    'ana@１２７.０.０.１',
    '用户@例子.广告',
    'Ana <ana@example.com>',
    'ana@example.com\r\nBcc: x@y.com',
  ]

  it('gives the same result as Node for IDN and hostile addresses', async () => {
    const browserResults = await inBrowser<unknown[]>(
      `async (mod, list) => list.map((x) => { const r = mod.safeParseEmail(x); return r.success ? r.data : r.error.reason })`,
      inputs,
    )
    expect(browserResults).toEqual(
      inputs.map((x) => {
        const r = safeParseEmail(x)
        return r.success ? r.data : r.error.reason
      }),
    )
  })
})
