import { isCopydeskError } from '../../errors.js'
import { createRelatedIndex, type RelatedDoc, type RelatedOptions, type RelatedPick } from '../../related/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import { checkRecords } from '../records.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk related` help text. */
export const RELATED_HELP = `Usage: copydesk related <articles.json|-> [--id X] [--limit 4] [--explain] [--pretty] [-o key=value …]

Indexes the articles (JSON array, object or NDJSON: copydesk Articles or minimal
{ id, title, text|html, tags, section, authors, publishedAt } docs) and prints
each article's related stories as JSON: [{ "id", "related": [{ "id", "score" }] }].
With --id, prints only that article's picks. With --explain, every pick carries
its label, reasons, score parts (text, tags, section, author, recency), shared tags and shared terms,
and a one-line "why".

Options (-o key=value, repeatable):
  halfLifeDays=60        recency half-life in days (default: no recency)
  minScore=0.05          drop weaker picks
  fallback=section       fill short rows: none | section | latest
  sameSection=true       only stories of the same section
  excludeNewer=true      only older stories (stable "see also" lists)
  maxAgeDays=365         only stories published within this many days
  statuses=published     comma-separated statuses a pick may have
  nearDuplicate=0.8      near-duplicate cut (1 keeps near-duplicates)
  mmrLambda=0.8          relevance (1) versus diversity (0)

Large inputs show a progress bar on stderr when it is a terminal.
Exit codes: 0 success, 1 an article could not be indexed or --id is unknown, 2 usage error.`

const NUMBERS = ['halfLifeDays', 'minScore', 'maxAgeDays', 'nearDuplicate', 'mmrLambda'] as const
const BOOLEANS = ['sameSection', 'excludeNewer'] as const

function relatedOptions(flags: CliFlags): RelatedOptions {
  const o: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(flags.options)) {
    if ((NUMBERS as readonly string[]).includes(key)) {
      const n = Number(value)
      if (value === undefined || value === '' || !Number.isFinite(n))
        throw new UsageError(`option ${key} must be a number, got "${value}"`)
      o[key] = n
    } else if ((BOOLEANS as readonly string[]).includes(key)) {
      if (value !== 'true' && value !== 'false')
        throw new UsageError(`option ${key} must be true or false, got "${value}"`)
      o[key] = value === 'true'
    } else if (key === 'fallback') o[key] = value
    else if (key === 'statuses')
      o[key] = (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    else
      throw new UsageError(
        `unknown option "${key}" (expected one of ${[...NUMBERS, ...BOOLEANS, 'fallback', 'statuses'].join(', ')})`,
      )
  }
  const limit = flags.named['limit']
  if (limit !== undefined) {
    const n = Number(limit)
    if (typeof limit !== 'string' || !Number.isInteger(n) || n < 0)
      throw new UsageError(`--limit must be a whole number, got "${String(limit)}"`)
    o['limit'] = n
  }
  return o as RelatedOptions
}

/**
 * A one-line reason for a pick, for editors: the reader's label, then the score breakdown
 * ("Also on wildfire — tags 0.31; text 0.42; same section").
 */
export function why(pick: RelatedPick): string {
  const parts: string[] = []
  const p = pick.scoreParts
  if (p.tags > 0) parts.push(`tags ${p.tags}`)
  if (p.text > 0) parts.push(`text ${p.text}`)
  if (p.section > 0) parts.push('same section')
  if (p.author > 0) parts.push('same author')
  if (p.recency < 1) parts.push(`recency ×${p.recency}`)
  return parts.length === 0 ? pick.label : `${pick.label} — ${parts.join('; ')}`
}

function progress(done: number, total: number): void {
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(
    `\rrelated ${String(Math.round((done / total) * 100)).padStart(3)}% [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`,
  )
}

/** Runs `copydesk related`; returns the exit code. */
export function runRelated(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('related needs a file path or - for standard input')
  const options = relatedOptions(flags)
  const explain = flags.named['explain'] === true
  const records = parseRecords(readInput(file), file)
  // Records that are not articles (no id or title: comments, subscriptions…) are reported first.
  const valid = new Set(checkRecords(flags, records, 'related').map((entry) => entry.index))
  const index = createRelatedIndex()
  let failed = 0
  records.forEach((record, i) => {
    if (!valid.has(i)) return
    try {
      index.add(record as RelatedDoc)
    } catch (error) {
      if (!isCopydeskError(error)) throw error
      failed++
      process.stderr.write(`[${i}] ${error.message}\n`)
    }
  })
  const shape = (picks: RelatedPick[]): unknown[] =>
    explain ? picks.map((p) => ({ ...p, why: why(p) })) : picks.map((p) => ({ id: p.id, score: p.score }))
  const id = flags.named['id']
  try {
    if (typeof id === 'string') {
      if (!index.has(id)) {
        process.stderr.write(`copydesk related: no article with id "${id}"\n`)
        return 1
      }
      writeJson(shape(index.related(id, options)), flags.pretty)
    } else {
      const tty = process.stderr.isTTY === true && index.size >= 500
      const all = index.relatedAll({ ...options, ...(tty ? { onProgress: progress } : {}) })
      const order = records
        .map((r) => (r as { id?: unknown }).id)
        .filter((x): x is string => typeof x === 'string' && all.has(x))
      writeJson(
        [...new Set(order)].map((x) => ({ id: x, related: shape(all.get(x) ?? []) })),
        flags.pretty,
      )
    }
  } catch (error) {
    if (isCopydeskError(error) && error.code === 'INVALID_OPTIONS') throw new UsageError(error.message)
    throw error
  }
  return failed > 0 ? 1 : 0
}

/** `copydesk related`. */
export const RELATED_COMMAND: CliCommand = {
  summary: "print each article's related stories with reasons (JSON)",
  help: RELATED_HELP,
  run: runRelated,
}
