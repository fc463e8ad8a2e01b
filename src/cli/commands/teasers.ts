import { isCopydeskError } from '../../errors.js'
import { formatPath, safeParseArticle, type Article } from '../../schema/index.js'
import { toTeaser, type ToTeaserOptions } from '../../teaser/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk teasers` help text. */
export const TEASERS_HELP = `Usage: copydesk teasers <articles.json|-> [--pretty] [-o key=value …]

Validates each article (JSON object, array or NDJSON) and prints a JSON array of
teasers: the card for a related row or a section front, with an excerpt that
never splits a word or a grapheme and never contains gated text.

Options (-o key=value, repeatable):
  baseUrl=https://example.com   site root, to fill each teaser's url
  permalink=/:year/:slug/       path pattern (default /:slug/)
  maxChars=200                  longest excerpt, ellipsis included
  maxWords=40                   most words in the excerpt
  published=true                only articles whose status is published

Invalid articles are reported on stderr as "[index] id path: message" and left out.
Exit codes: 0 all articles became teasers, 1 some were invalid, 2 usage error.`

const KEYS = ['baseUrl', 'permalink', 'maxChars', 'maxWords', 'published'] as const

function teaserOptions(options: CliFlags['options']): { teaser: ToTeaserOptions; publishedOnly: boolean } {
  const teaser: Record<string, unknown> = {}
  let publishedOnly = false
  for (const [key, value] of Object.entries(options)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`unknown option "${key}" (expected one of ${KEYS.join(', ')})`)
    }
    if (key === 'published') publishedOnly = value === 'true'
    else if (key === 'maxChars' || key === 'maxWords') {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`option ${key} must be a positive integer, got "${value}"`)
      teaser[key] = n
    } else teaser[key] = value
  }
  return { teaser: teaser as ToTeaserOptions, publishedOnly }
}

/** Runs `copydesk teasers`; returns the exit code. */
export function runTeasers(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('teasers needs a file path or - for standard input')
  const { teaser, publishedOnly } = teaserOptions(flags.options)
  const records = parseRecords(readInput(file), file)
  const articles: Article[] = []
  let invalid = 0
  records.forEach((record, index) => {
    const result = safeParseArticle(record)
    if (result.success) {
      if (!publishedOnly || result.data.status === 'published') articles.push(result.data)
      return
    }
    invalid++
    const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : '?'
    for (const issue of result.error.issues ?? [])
      process.stderr.write(`[${index}] ${id} ${formatPath(issue.path)}: ${issue.message}\n`)
  })
  try {
    writeJson(
      articles.map((article) => toTeaser(article, teaser)),
      flags.pretty,
    )
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message)
    throw error
  }
  return invalid > 0 ? 1 : 0
}

/** The `teasers` command, registered in ./index.ts. */
export const TEASERS_COMMAND: CliCommand = {
  summary: 'turn articles into teaser cards (JSON)',
  help: TEASERS_HELP,
  run: runTeasers,
}
