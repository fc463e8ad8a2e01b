// copydesk/moderation in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
// 1. every collected XSS payload is sanitized in the page and its output rendered in a real DOM,
//    with alert/confirm/prompt/print trapped: no script may run, no javascript: URL may remain,
//    and no element or attribute outside the comment allowlist may exist;
// 2. the verdicts (and sanitizer results) for the whole fixture set are identical to Node's.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { moderateComment, sanitizeCommentHtml } from '../../dist/moderation.js'
import { bundleModeration, MODERATE_ALL, PARITY_NOW, parityInputs, xssPayloads } from './_moderation-parity.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let server: Server | undefined
let browser: Browser | undefined
let page: Page
let origin: string
let rendered = ''
const pageErrors: string[] = []

// Installed before any page script: every way a payload could announce itself.
const TRAP = `window.__executed = []
for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => { window.__executed.push(name + '(' + args.join(',') + ')') }
window.open = (...args) => { window.__executed.push('open(' + args.join(',') + ')') }`

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`)
  const bundle = await bundleModeration('esm')
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/')
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><meta charset="utf-8"><title>moderation</title><script type="module" src="/bundle.js"></script>',
        )
    else if (path === '/bundle.js')
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle)
    else if (path === '/rendered') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(rendered)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`))
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.goto(`${origin}/`)
  await page.waitForFunction(() => '__moderation' in globalThis, undefined, { timeout: 30_000 })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
})

describe('copydesk/moderation in headless Chromium', () => {
  it('traps scripts: unsanitized payloads are caught running (control)', async () => {
    rendered = `<!doctype html><meta charset="utf-8"><script>${TRAP}</script><body><img src="x" onerror="alert(1)"><script>confirm(2)</script><svg onload="prompt(3)"></svg>`
    const view = await browser!.newPage()
    await view.goto(`${origin}/rendered`)
    await view.waitForTimeout(500)
    expect((await view.evaluate(() => (window as never as { __executed: string[] }).__executed)).sort()).toEqual([
      'alert(1)',
      'confirm(2)',
      'prompt(3)',
    ])
    await view.close()
  }, 60_000)

  it('sanitizes every XSS payload to HTML that runs nothing when rendered', async () => {
    const payloads = xssPayloads()
    const outputs = await page.evaluate(
      (inputs) =>
        inputs.map(
          (html) =>
            (
              globalThis as never as { __moderation: { sanitizeCommentHtml: (h: string) => { html: string } } }
            ).__moderation.sanitizeCommentHtml(html).html,
        ),
      payloads,
    )
    expect(outputs).toEqual(payloads.map((p) => sanitizeCommentHtml(p).html))
    rendered = `<!doctype html><meta charset="utf-8"><title>rendered</title><script>${TRAP}</script><body>${outputs.map((o, i) => `<div class="c" data-i="${i}">${o}</div>`).join('\n')}</body>`
    const view = await browser!.newPage()
    const errors: string[] = []
    view.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await view.goto(`${origin}/rendered`)
    await view.waitForTimeout(1000)
    const report = await view.evaluate(() => {
      const executed = (window as never as { __executed: string[] }).__executed
      const allowed = new Set(['DIV', 'P', 'BR', 'A', 'BLOCKQUOTE', 'EM', 'STRONG', 'CODE', 'PRE', 'UL', 'OL', 'LI'])
      const bad: string[] = []
      for (const container of document.querySelectorAll('div.c')) {
        for (const el of container.querySelectorAll('*')) {
          if (!allowed.has(el.tagName)) bad.push(`${container.getAttribute('data-i')}: <${el.tagName.toLowerCase()}>`)
          for (const attr of el.getAttributeNames()) {
            if (el.tagName === 'A' && (attr === 'href' || attr === 'rel')) continue
            bad.push(`${container.getAttribute('data-i')}: ${el.tagName.toLowerCase()}[${attr}]`)
          }
          if (
            el instanceof HTMLAnchorElement &&
            el.hasAttribute('href') &&
            !['http:', 'https:', 'mailto:'].includes(el.protocol)
          ) {
            bad.push(`${container.getAttribute('data-i')}: href ${el.protocol}`)
          }
        }
      }
      return { executed, bad, containers: document.querySelectorAll('div.c').length }
    })
    await view.close()
    console.log(
      `Chromium: ${payloads.length} payloads rendered, ${report.executed.length} scripts executed, ${report.bad.length} unsafe elements or attributes`,
    )
    expect(report.containers).toBe(payloads.length)
    expect(errors).toEqual([])
    expect(report.executed).toEqual([])
    expect(report.bad).toEqual([])
  }, 120_000)

  it('reaches the same verdicts and sanitizer results as Node for the whole fixture set', async () => {
    const inputs = parityInputs()
    const browserResults = await page.evaluate(
      `(${MODERATE_ALL})(${JSON.stringify(inputs)}, ${JSON.stringify(PARITY_NOW)})`,
    )
    const nodeResults = inputs.map((html) =>
      JSON.stringify({ v: moderateComment({ html }, { now: PARITY_NOW }), s: sanitizeCommentHtml(html) }),
    )
    expect(inputs.length).toBeGreaterThan(1000)
    const differing = inputs.filter((_, i) => (browserResults as string[])[i] !== nodeResults[i])
    console.log(`Chromium vs Node: ${inputs.length - differing.length}/${inputs.length} identical results`)
    expect(differing).toEqual([])
    expect(pageErrors).toEqual([])
  }, 120_000)
})
