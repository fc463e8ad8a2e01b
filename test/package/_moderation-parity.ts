// Shared by the moderation runtime tests (Chromium and the edge VM): the built copydesk/moderation
// bundled by esbuild for the browser, and the fixture set whose verdicts every runtime must agree on.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const DIST = `${REPO}dist/moderation.js`

/** dist/moderation.js and its dependencies (sanitize-html, htmlparser2, postcss …) as one script. */
export async function bundleModeration(format: 'iife' | 'esm'): Promise<string> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run "npm run build" first`)
  const result = await build({
    stdin: {
      contents: `import * as moderation from ${JSON.stringify(DIST)}\nglobalThis.__moderation = moderation\n`,
      resolveDir: REPO,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  })
  const text = result.outputFiles[0]?.text
  if (text === undefined) throw new Error('esbuild produced no output')
  return text
}

const json = <T>(path: string): T => JSON.parse(readFileSync(`${REPO}${path}`, 'utf8')) as T

/** Everything the runtimes moderate: newsroom comments, spam and ordinary comments, evasions, innocent sentences, XSS vectors. */
export function parityInputs(): string[] {
  const newsroom = json<{ html: string }[]>('examples/newsroom/comments.json').map((c) => c.html)
  const spam = json<{ spam: string[]; ordinary: string[] }>('test/fixtures/moderation-spam.json')
  const evasions = json<{ evasions: { text: string }[] }>('test/fixtures/evasions.json').evasions.map(
    (e) => `<p>${e.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
  )
  const innocent = json<{ sentences: string[] }>('test/fixtures/innocent.json').sentences.map((s) => `<p>${s}</p>`)
  const xss = json<{ vectors: { payload: string }[]; inert: { payload: string }[] }>('test/fixtures/xss.json')
  return [
    ...newsroom,
    ...spam.spam,
    ...spam.ordinary,
    ...evasions,
    ...innocent,
    ...xss.vectors.map((v) => v.payload),
    ...xss.inert.map((v) => v.payload),
  ]
}

/** XSS payloads: vectors and inert text. */
export function xssPayloads(): string[] {
  const xss = json<{ vectors: { payload: string }[]; inert: { payload: string }[] }>('test/fixtures/xss.json')
  return [...xss.vectors.map((v) => v.payload), ...xss.inert.map((v) => v.payload)]
}

/** The fixed moment every runtime uses, so no verdict depends on a clock. */
export const PARITY_NOW = '2026-11-24T12:00:00Z'

/** The source of a function that moderates every input with the bundle's globalThis.__moderation. */
export const MODERATE_ALL = `(inputs, now) => inputs.map((html) => {
  const m = globalThis.__moderation
  const v = m.moderateComment({ html }, { now })
  const s = m.sanitizeCommentHtml(html)
  return JSON.stringify({ v, s })
})`
