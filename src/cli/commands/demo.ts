import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  formatPath,
  safeParseArticle,
  safeParseComment,
  safeParseSubscription,
  type Article,
  type SafeParseResult,
} from '../../schema/index.js'
import { parseRecords, readInput, UsageError } from '../io.js'

/** `copydesk demo` help text. */
export const DEMO_HELP = `Usage: copydesk demo [dir]

Runs copydesk over a newsroom folder (default: the bundled examples/newsroom)
holding articles.json, and optionally comments.json and subscriptions.json,
and prints a readable summary: what validated, sections, authors, tags.

Exit codes: 0 everything valid, 1 some record invalid, 2 usage error.`

/** Finds the sample newsroom: the given dir, ./examples/newsroom, or the one next to this CLI. */
export function resolveNewsroom(dir: string | undefined): string {
  if (dir !== undefined) return resolve(dir)
  const candidates = [
    resolve('examples/newsroom'),
    fileURLToPath(new URL('../examples/newsroom', import.meta.url)),
  ]
  const found = candidates.find((candidate) => existsSync(join(candidate, 'articles.json')))
  if (found === undefined) throw new UsageError('no newsroom folder found; pass one: copydesk demo <dir>')
  return found
}

function loadOptional(dir: string, name: string): unknown[] {
  const path = join(dir, name)
  return existsSync(path) ? parseRecords(readInput(path), path) : []
}

function tally<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ')
}

function report<T>(label: string, results: SafeParseResult<T>[], out: string[]): T[] {
  const ok = results.flatMap((r) => (r.success ? [r.data] : []))
  out.push(`${label}: ${ok.length}/${results.length} valid`)
  results.forEach((r, i) => {
    if (!r.success) for (const issue of r.error.issues ?? []) out.push(`  ! [${i}] ${formatPath(issue.path)}: ${issue.message}`)
  })
  return ok
}

/** Runs `copydesk demo`; returns the exit code. */
export function runDemo(args: string[]): number {
  const dir = resolveNewsroom(args[0])
  const articlesPath = join(dir, 'articles.json')
  if (!existsSync(articlesPath)) throw new UsageError(`${dir} has no articles.json`)
  const rawArticles = parseRecords(readInput(articlesPath), articlesPath)
  const out: string[] = [`copydesk demo — ${dir}`, '']
  const articleResults = rawArticles.map((a) => safeParseArticle(a))
  const commentResults = loadOptional(dir, 'comments.json').map((c) => safeParseComment(c))
  const subscriptionResults = loadOptional(dir, 'subscriptions.json').map((s) => safeParseSubscription(s))
  const articles: Article[] = report('Articles', articleResults, out)
  const comments = report('Comments', commentResults, out)
  const subscriptions = report('Subscriptions', subscriptionResults, out)
  out.push('')
  out.push(`Sections:      ${tally(articles, (a) => a.section ?? '(none)')}`)
  out.push(`Status:        ${tally(articles, (a) => a.status)}`)
  out.push(`Access:        ${tally(articles, (a) => a.access)}`)
  out.push(`Languages:     ${tally(articles, (a) => a.language)}`)
  out.push(`Authors:       ${tally(articles.flatMap((a) => a.authors), (a) => a.name)}`)
  out.push(`Public tags:   ${tally(articles.flatMap((a) => a.tags.filter((t) => t.visibility === 'public')), (t) => t.slug)}`)
  out.push(`Comments:      ${tally(comments, (c) => c.status)}`)
  out.push(`Subscribers:   ${tally(subscriptions, (s) => s.status)}`)
  out.push('')
  const published = articles
    .filter((a) => a.status === 'published' && a.publishedAt !== undefined)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
  out.push('Latest published:')
  for (const a of published.slice(0, 5)) out.push(`  ${a.publishedAt?.slice(0, 10)}  [${a.section ?? '-'}] ${a.title}`)
  process.stdout.write(`${out.join('\n')}\n`)
  const failed = [articleResults, commentResults, subscriptionResults].some((rs) => rs.some((r) => !r.success))
  return failed ? 1 : 0
}
