import { isCopydeskError } from '../../errors.js'
import { toTeaser, type ToTeaserOptions } from '../../teaser/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import { checkRecords } from '../records.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk teasers` help text. */
export const TEASERS_HELP = `Usage: copydesk teasers <articles.json|-> [--pretty] [settings]

Validates each article (JSON object, array or NDJSON) and prints a JSON array of
teasers: the card for a related row or a section front, with an excerpt that
never splits a word or a grapheme and never contains gated text.

Settings (each also as -o key=value, e.g. -o maxChars=120):
  --base-url https://example.com   site root, to fill each teaser's url
  --permalink /:year/:slug/        path pattern (default /:slug/)
  --max-chars 200                  longest excerpt, ellipsis included
  --max-words 40                   most words in the excerpt
  --published                      only articles whose status is published

Invalid articles are reported on stderr as "[index] id field: message" and left out.
Exit codes: 0 all articles became teasers, 1 some were invalid, 2 usage error.`

const SETTINGS = {
  baseUrl: 'string',
  permalink: 'string',
  maxChars: 'string',
  maxWords: 'string',
  published: 'boolean',
} as const

function teaserOptions(options: CliFlags['options']): { teaser: ToTeaserOptions; publishedOnly: boolean } {
  const teaser: Record<string, unknown> = {}
  let publishedOnly = false
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(SETTINGS, key)) {
      throw new UsageError(`unknown option "${key}" (expected one of ${Object.keys(SETTINGS).join(', ')})`)
    }
    if (key === 'published') {
      if (value !== 'true' && value !== 'false')
        throw new UsageError(`option published must be true or false, got "${value}"`)
      publishedOnly = value === 'true'
    } else if (key === 'maxChars' || key === 'maxWords') {
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
  if (file === undefined) throw new UsageError('needs a file path or - for standard input')
  const { teaser, publishedOnly } = teaserOptions(flags.options)
  const articles = checkRecords(flags, parseRecords(readInput(file), file), 'article')
    .map((entry) => entry.record)
    .filter((article) => !publishedOnly || article.status === 'published')
  let teasers
  try {
    teasers = articles.map((article) => toTeaser(article, teaser))
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message)
    throw error
  }
  writeJson(teasers, flags.pretty)
  return 0
}

/** The `teasers` command, registered in ./registry.ts. */
export const TEASERS_COMMAND: CliCommand = {
  summary: 'turn articles into teaser cards (JSON)',
  help: TEASERS_HELP,
  run: runTeasers,
  settings: SETTINGS,
}
