import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  formatPath,
  safeParseArticle,
  safeParseComment,
  safeParseSubscription,
  type Article,
  type Comment,
  type SafeParseResult,
} from '../../schema/index.js'
import { buildSite } from '../site/build.js'
import { explainPick } from '../site/pages.js'
import { clip } from '../site/text.js'
import { parseRecords, readInput, UsageError } from '../io.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk demo` help text. */
export const DEMO_HELP = `Usage: copydesk demo [dir] [--out <folder>] [--base-url <url>] [--now <iso date>]

Runs copydesk over a newsroom folder (default: the sample newsroom that ships
with copydesk, examples/newsroom) holding articles.json, and optionally
comments.json, subscriptions.json and images/ (feature images as SVG):
validates everything, prints the section fronts as teasers, each article's
related row with reasons and the moderation queue, and writes a static site
(front page, article pages with JSON-LD, related rows, moderated comment
threads, a subscribe box, a moderator view, feed.json and rss.xml) to out/.

Settings (each also as -o key=value, e.g. -o out=site):
  --out out                                where to write the site (default: ./out)
  --base-url https://harborledger.example  the site's public URL
  --now 2026-11-25T12:00:00Z               the clock for datelines (default: now)

Exit codes: 0 everything valid, 1 some record invalid, 2 usage error.`

/** Finds the sample newsroom: the given dir, ./examples/newsroom, or the one shipped with this CLI. */
export function resolveNewsroom(dir: string | undefined): string {
  if (dir !== undefined) return resolve(dir)
  // ./examples/newsroom (a clone), then dist/newsroom next to this CLI (the build copies the sample
  // there, so the installed package has it), then the repository's copy next to dist/.
  const candidates = [
    resolve('examples/newsroom'),
    fileURLToPath(new URL('./newsroom', import.meta.url)),
    fileURLToPath(new URL('../examples/newsroom', import.meta.url)),
  ]
  const found = candidates.find((candidate) => existsSync(join(candidate, 'articles.json')))
  if (found === undefined) throw new UsageError('no newsroom folder found; pass one: copydesk demo <dir>')
  return found
}

/**
 * Creates the output folder one level at a time, so a target that cannot hold folders (`/proc/x`,
 * a path under a file) fails at once with one line: Node 20's `mkdirSync(…, { recursive: true })`
 * loops forever on some of them.
 */
export function prepareOutDir(outDir: string): void {
  const missing: string[] = []
  let at = outDir
  while (!existsSync(at)) {
    missing.unshift(at)
    const parent = dirname(at)
    if (parent === at) break
    at = parent
  }
  if (existsSync(at) && !statSync(at).isDirectory())
    throw new UsageError(`cannot write the site to ${outDir}: ${at} is not a folder`)
  for (const dir of missing) {
    try {
      mkdirSync(dir)
    } catch (error) {
      throw new UsageError(
        `cannot write the site to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} at ${dir}`,
      )
    }
  }
}

function loadOptional(dir: string, name: string): unknown[] {
  const path = join(dir, name)
  return existsSync(path) ? parseRecords(readInput(path), path) : []
}

function tally<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
}

function report<T>(label: string, results: SafeParseResult<T>[], out: string[]): T[] {
  const ok = results.flatMap((r) => (r.success ? [r.data] : []))
  out.push(`${label}: ${ok.length}/${results.length} valid`)
  results.forEach((r, i) => {
    if (!r.success)
      for (const issue of r.error.issues ?? []) out.push(`  ! [${i}] ${formatPath(issue.path)}: ${issue.message}`)
  })
  return ok
}

/** Runs `copydesk demo`; returns the exit code. */
export function runDemo(args: string[], flags?: CliFlags): number {
  const options = flags?.options ?? {}
  for (const key of Object.keys(options)) {
    if (!['out', 'baseUrl', 'now'].includes(key))
      throw new UsageError(`unknown option "${key}" (expected out, baseUrl or now)`)
  }
  const now = options.now === undefined ? new Date() : new Date(options.now)
  if (Number.isNaN(now.getTime())) throw new UsageError(`option now must be an ISO 8601 date, got "${options.now}"`)
  let baseUrl = options.baseUrl ?? 'https://harborledger.example'
  while (baseUrl.endsWith('/')) baseUrl = baseUrl.slice(0, -1)
  const dir = resolveNewsroom(args[0])
  const articlesPath = join(dir, 'articles.json')
  if (!existsSync(articlesPath)) throw new UsageError(`${dir} has no articles.json`)
  const out: string[] = [`copydesk demo — ${dir}`, '']
  const articleResults = parseRecords(readInput(articlesPath), articlesPath).map((a) => safeParseArticle(a))
  const commentResults = loadOptional(dir, 'comments.json').map((c) => safeParseComment(c))
  const subscriptionResults = loadOptional(dir, 'subscriptions.json').map((s) => safeParseSubscription(s))
  const articles: Article[] = report('Articles', articleResults, out)
  const comments: Comment[] = report('Comments', commentResults, out)
  const subscriptions = report('Subscriptions', subscriptionResults, out)
  out.push('')
  out.push(`Sections:      ${tally(articles, (a) => a.section ?? '(none)')}`)
  out.push(`Status:        ${tally(articles, (a) => a.status)}`)
  out.push(`Access:        ${tally(articles, (a) => a.access)}`)
  out.push(`Languages:     ${tally(articles, (a) => a.language)}`)
  out.push(`Subscribers:   ${tally(subscriptions, (s) => s.status)}`)

  const outDir = resolve(options.out ?? 'out')
  prepareOutDir(outDir)
  const site = buildSite({
    articles,
    comments,
    outDir,
    baseUrl,
    title: 'The Harbor Ledger',
    now,
    imagesDir: join(dir, 'images'),
  })

  out.push('', 'Section fronts (teasers):')
  for (const [section, teasers] of site.fronts) {
    out.push(`  ${section.toUpperCase()}`)
    for (const t of teasers.slice(0, 2)) {
      out.push(
        `    ${t.title}${t.access === 'public' ? '' : ` [${t.access}]`} · ${t.readingMinutes} min · ${t.excerptSource}`,
      )
      out.push(`      ${clip(t.excerpt, 110)}`)
    }
    if (teasers.length > 2) out.push(`    … and ${teasers.length - 2} more`)
  }
  out.push('', 'Related rows (first pick explained; all rows are on the article pages):')
  for (const [id, row] of [...site.related].slice(0, 6)) {
    const first = row[0]
    out.push(
      `  ${id} → ${row.map((r) => r.pick.id).join(', ')}${first === undefined ? '' : `  (${first.pick.id}: ${explainPick(first.pick)})`}`,
    )
  }
  out.push('', `Moderation:    ${tally(site.verdicts, (v) => v.verdict.action)}`)
  for (const { comment, verdict } of site.verdicts.filter((v) => v.verdict.action !== 'approve')) {
    out.push(
      `  ${verdict.action.padEnd(6)} ${comment.id} ${comment.author.name}: ${verdict.reasons.map((r) => r.code).join(', ')}`,
    )
  }
  const rel = relative(process.cwd(), outDir)
  const where = rel === '' ? '.' : rel.startsWith('..') ? outDir : rel
  out.push(
    '',
    `Site: ${site.pages.length} files in ${where}/ — open ${join(where, 'index.html')} (moderator view: ${join(where, 'moderation.html')})`,
  )
  process.stdout.write(`${out.join('\n')}\n`)
  const failed = [articleResults, commentResults, subscriptionResults].some((rs) => rs.some((r) => !r.success))
  return failed ? 1 : 0
}

/** The `demo` command, registered in ./registry.ts. */
export const DEMO_COMMAND: CliCommand = {
  summary: 'run copydesk over the sample newsroom and print a summary',
  help: DEMO_HELP,
  run: runDemo,
  settings: { out: 'string', baseUrl: 'string', now: 'string' },
}
