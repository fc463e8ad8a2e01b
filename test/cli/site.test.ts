import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import { spawnSync } from 'node:child_process'
import { htmlToText } from '../../src/text/index.js'
import { ROOT, runCli } from './_run.js'

// `copydesk demo` writes the static site; these checks read what it wrote.
let out = ''
let stdout = ''
const published = articles.filter((a) => a.status === 'published')
const read = (path: string): string => readFileSync(join(out, path), 'utf8')

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'copydesk-site-'))
  const run = runCli(['demo', '-o', `out=${out}`, '-o', 'now=2026-11-25T12:00:00Z'])
  if (run.code !== 0) throw new Error(`demo failed (${run.code}): ${run.stderr}`)
  stdout = run.stdout
})

function jsonLd(page: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)
  if (match === null) throw new Error('no JSON-LD script')
  return JSON.parse(match[1]!) as Record<string, unknown>
}

describe('the demo site', () => {
  it('writes a front page, one page per published article, a moderator view and both feeds', () => {
    for (const file of [
      'index.html',
      'moderation.html',
      'feed.json',
      'rss.xml',
      'assets/site.css',
      'assets/site-client.js',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true)
    }
    for (const a of published) expect(existsSync(join(out, a.slug, 'index.html')), a.slug).toBe(true)
    expect(stdout).toContain(out)
  })

  it('puts valid NewsArticle JSON-LD on every article page', () => {
    for (const a of published) {
      const ld = jsonLd(read(`${a.slug}/index.html`))
      expect(ld['@type'], a.id).toBe('NewsArticle')
      expect(typeof ld.headline).toBe('string')
      expect((ld.headline as string).length).toBeLessThanOrEqual(110)
      expect(ld.datePublished).toMatch(/Z$/)
    }
  })

  it('never publishes gated text anywhere in the site', () => {
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8')
      expect(text, file.name).not.toContain('SECRET-GATED-PARAGRAPH')
    }
  })

  it('shows a related row of four explained teasers under every article', () => {
    for (const a of published) {
      const page = read(`${a.slug}/index.html`)
      const related = page.slice(
        page.indexOf('<section class="related">'),
        page.indexOf('</section>', page.indexOf('<section class="related">')),
      )
      expect(related.match(/class="teaser"/g)?.length, a.id).toBe(4)
      expect(related, a.id).toContain('class="reasons"')
      expect(related, a.id).not.toContain(`data-id="${a.id}"`)
    }
  })

  it('keeps held and rejected comments off the public pages but lists them with reasons for moderators', () => {
    const moderation = read('moderation.html')
    const withheld = [...moderation.matchAll(/data-id="([^"]+)" data-action="(hold|reject)"/g)].map((m) => m[1]!)
    expect(withheld.length).toBeGreaterThan(0)
    for (const a of published) {
      const page = read(`${a.slug}/index.html`)
      for (const id of withheld) expect(page, `${id} on ${a.slug}`).not.toContain(`data-id="${id}"`)
      expect(page).not.toMatch(/<script>alert|javascript:alert|onerror=|onclick=/i)
    }
  })

  it('writes a JSON Feed 1.1 document and well-formed-looking RSS', () => {
    const feed = JSON.parse(read('feed.json')) as { version: string; title: string; items: { id: string }[] }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('The Harbor Ledger')
    expect(feed.items.length).toBe(published.length)
    for (const item of feed.items) expect(item.id).toBeTruthy()
    const rss = read('rss.xml')
    expect(rss).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<rss version="2\.0"/)
    expect(rss.match(/<item>/g)?.length).toBe(published.length)
  })

  it('wires an honest subscribe box to the form reducer', () => {
    const page = read(`${published[0]!.slug}/index.html`)
    expect(page).toContain('<form class="subscribe"')
    expect(page).toContain('name="website"')
    expect(read('assets/site-client.js')).toContain('Check your inbox')
  })
})

describe('the demo command', () => {
  it('cuts the terminal summary at word ends, with copydesk excerpt', () => {
    const excerpts = stdout
      .split('\n')
      .filter((line) => line.startsWith('      ') && line.trim().endsWith('…'))
      .map((line) => line.trim().slice(0, -1))
    expect(excerpts.length).toBeGreaterThan(3)
    const bodies = published.map((a) =>
      [a.customExcerpt ?? '', a.subtitle ?? '', htmlToText(a.html)].join(' ').replace(/\s+/g, ' '),
    )
    for (const text of excerpts) {
      if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) continue // no word boundaries to keep in Japanese
      const tail = text.split(' ').slice(-2).join(' ')
      const body = bodies.find((b) => b.includes(tail))
      expect(body, tail).toBeDefined()
      const next = body!.charAt(body!.indexOf(tail) + tail.length)
      expect(/[\p{L}\p{N}]/u.test(next), `"${tail}" is followed by "${next}"`).toBe(false)
    }
  })

  it('serves feature images from the site and sets lang/dir per article', () => {
    const images = readdirSync(join(out, 'images'))
    expect(images.length).toBeGreaterThanOrEqual(20)
    for (const a of published) {
      const page = read(`${a.slug}/index.html`)
      expect(page, a.slug).toContain(`<html lang="${a.language}" dir="${a.language === 'ar' ? 'rtl' : 'ltr'}">`)
      expect(page).not.toMatch(/src="https:\/\/images\.example\.com/)
      for (const [, src] of page.matchAll(/<img src="([^"]+)"/g)) {
        expect(src!.startsWith('../images/'), src).toBe(true)
        expect(existsSync(join(out, a.slug, src!)), src).toBe(true)
      }
    }
  })

  it('checks the --out target first: /proc/x fails at once with one line', () => {
    const run = runCli(['demo', '--out', '/proc/copydesk-demo/site'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^copydesk demo: cannot write the site to \/proc\/copydesk-demo\/site: \w+ at /)
    expect(run.stderr.split('\n')).toHaveLength(2)
  })

  it('finds the bundled newsroom from any folder (the installed package ships it)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'copydesk-cwd-'))
    const site = join(cwd, 'site')
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'demo', '--out', site, '--now', '2026-11-25T12:00:00Z'],
      {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(run.status, run.stderr).toBe(0)
    expect(existsSync(join(site, 'index.html'))).toBe(true)
    // The build copies the sample into dist/, which the package ships.
    expect(existsSync(join(ROOT, 'dist/newsroom/articles.json'))).toBe(true)
    expect(readdirSync(join(ROOT, 'dist/newsroom/images')).length).toBeGreaterThanOrEqual(20)
  })
})
