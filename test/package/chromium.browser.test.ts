// The installed package bundled by esbuild (ESM, platform browser) from the root and every entry of
// "exports", served on 127.0.0.1 by a throwaway node:http server and loaded in headless Chromium
// (Debian's /usr/bin/chromium driven by playwright-core), with the same checks as Node and the
// edge VM. Chromium must be installed (`apt-get install -y chromium`; CI's .ci/run does it): without
// it this file fails, it does not skip. CHROMIUM_PATH overrides the path.
import { existsSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bundleRuntimeEntry,
  describeBundleLeftovers,
  describeRuntimeReport,
  entries,
  packAndInstall,
  scratchDir,
  type RuntimeReport,
} from './_helpers.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const list = entries()

let dir: string | undefined
let bundle: string
let server: Server | undefined
let browser: Browser | undefined
let page: Page
let origin: string
const pageErrors: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get update && apt-get install -y chromium; ` +
        `CI's .ci/run does) or set CHROMIUM_PATH. Never run \`playwright install\`.`,
    )
  }
  const installed = await packAndInstall()
  dir = scratchDir(installed, 'chromium')
  bundle = await bundleRuntimeEntry(dir, list, 'esm')

  const html =
    '<!doctype html><meta charset="utf-8"><title>copydesk</title><link rel="icon" href="data:,"><script type="module" src="/bundle.js"></script>'
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
    else if (path === '/bundle.js')
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`)
  })
  await page.goto(`${origin}/`)
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe('the browser bundle', () => {
  describeBundleLeftovers(() => bundle)
})

describe('headless Chromium', () => {
  it('loads the page from 127.0.0.1 without script errors', async () => {
    await page
      .waitForFunction(() => '__copydeskReport' in globalThis, undefined, { timeout: 30_000 })
      .catch(() => undefined)
    expect(pageErrors).toEqual([])
    expect(await page.evaluate(() => location.origin)).toBe(origin)
  })

  describeRuntimeReport(
    list,
    async () => {
      await page
        .waitForFunction(() => '__copydeskReport' in globalThis, undefined, { timeout: 30_000 })
        .catch(() => {
          throw new Error(`the page never produced a report; page errors:\n${pageErrors.join('\n')}`)
        })
      return page.evaluate(() => (globalThis as unknown as { __copydeskReport: RuntimeReport }).__copydeskReport)
    },
    { noNodeGlobals: true },
  )
})
