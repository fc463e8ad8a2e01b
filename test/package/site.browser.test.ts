// The demo site (`npm start`) in real Chromium: every generated page loads without console
// errors, its JSON-LD parses in the page, the related row shows four teasers, no held or rejected
// comment is visible, and the subscribe box walks the honest flow. Saves a screenshot for the docs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO, run } from './_helpers.js'

const CHROMIUM = '/usr/bin/chromium'
// Screenshots for the docs land in test-results/ (git-ignored); docs/images/ holds a reviewed copy.
const SHOTS = join(REPO, 'test-results', 'screenshots')
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
}
// A 1×1 transparent PNG stands in for the sample's remote images (the machine has no internet).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

const articles = JSON.parse(readFileSync(join(REPO, 'examples/newsroom/articles.json'), 'utf8')) as {
  slug: string
  status: string
}[]
const published = articles.filter((a) => a.status === 'published')
let out = ''
let server: Server
let origin = ''
let browser: Browser

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`)
  mkdirSync(SHOTS, { recursive: true })
  out = mkdtempSync(join(tmpdir(), 'copydesk-site-browser-'))
  const demo = await run(
    process.execPath,
    [join(REPO, 'dist/cli.js'), 'demo', '-o', `out=${out}`, '-o', 'now=2026-11-25T12:00:00Z'],
    REPO,
  )
  if (demo.code !== 0) throw new Error(`copydesk demo failed: ${demo.stderr}`)
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    let file = join(out, path)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

async function open(path: string) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin)) return route.continue()
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG })
  })
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' })
  return { page, errors }
}

describe('the demo site in Chromium', () => {
  it('renders the front page with section fronts and no console errors', async () => {
    const { page, errors } = await open('index.html')
    expect(await page.locator('.front h2').count()).toBeGreaterThanOrEqual(4)
    expect(await page.locator('.teaser').count()).toBe(published.length)
    await page.screenshot({ path: join(SHOTS, 'demo-front.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('renders every article page: JSON-LD parses, four related teasers, no held comment, no console errors', async () => {
    const held = [
      ...readFileSync(join(out, 'moderation.html'), 'utf8').matchAll(
        /data-id="([^"]+)" data-action="(?:hold|reject)"/g,
      ),
    ].map((m) => m[1]!)
    for (const { slug } of published) {
      const { page, errors } = await open(`${slug}/index.html`)
      const ld = await page.evaluate(
        () =>
          JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null') as {
            '@type': string
          } | null,
      )
      expect(ld?.['@type'], slug).toBe('NewsArticle')
      expect(await page.locator('section.related .teaser').count(), slug).toBe(4)
      for (const id of held) expect(await page.locator(`.comment[data-id="${id}"]`).count(), `${id} on ${slug}`).toBe(0)
      expect(errors, slug).toEqual([])
      await page.close()
    }
  })

  it('walks the subscribe box through the honest flow, with validation and retry', async () => {
    const slug = published[0]!.slug
    const { page, errors } = await open(`${slug}/index.html`)
    await page.screenshot({ path: join(SHOTS, 'demo-article.png') })
    const form = page.locator('form.subscribe')
    await form.locator('input[type=email]').fill('not an email')
    await form.locator('button').click()
    await expect.poll(() => form.getAttribute('data-state')).toBe('error')
    await form.locator('input[type=email]').fill('reader@fail.example')
    await form.locator('button').click()
    await expect.poll(() => form.getAttribute('data-state')).toBe('error')
    expect(await form.locator('button').textContent()).toBe('Try again')
    await form.locator('input[type=email]').fill('reader@example.com')
    await form.locator('button').click()
    await expect.poll(() => form.getAttribute('data-state')).toBe('awaiting_confirmation')
    const status = await form.locator('.status').textContent()
    expect(status).toMatch(/Check your inbox/)
    expect(status).not.toMatch(/You've been subscribed/i)
    await form.screenshot({ path: join(SHOTS, 'demo-subscribe.png') })
    expect(errors).toEqual([])
    await page.close()
  })
})
