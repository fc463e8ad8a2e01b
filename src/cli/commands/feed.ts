import { isCopydeskError } from '../../errors.js'
import { toJsonFeed, toRssFeed } from '../../formats/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import { checkRecords } from '../records.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk feed` help text. */
export const FEED_HELP = `Usage: copydesk feed <articles.json|-> --title <title> [--home-page-url <url>] [--format json|rss] [--pretty]

Builds a JSON Feed 1.1 document (default) or RSS 2.0 from articles (published
ones, newest first; gated articles carry only their free part).

Settings (each also as -o key=value, e.g. -o homePageUrl=https://example.com):
  --title …            feed title (required)
  --home-page-url …    the site's home page, absolute http(s): required for RSS
                       (the channel link); for JSON Feed it fills home_page_url
                       and makes item URLs absolute
  --feed-url …         where the feed itself lives
  --description …      one-line description
  --language en        feed language
  --limit 20           at most this many items

Invalid articles are reported on stderr as "[index] id field: message" and left out.
Exit codes: 0 success, 1 some articles were invalid (left out), 2 usage error.`

const SETTINGS = {
  title: 'string',
  homePageUrl: 'string',
  feedUrl: 'string',
  description: 'string',
  language: 'string',
  limit: 'string',
} as const

/** Runs `copydesk feed`; returns the exit code. */
export function runFeed(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('needs a file path or - for standard input')
  const format = flags.named['format'] ?? 'json'
  if (format !== 'json' && format !== 'rss')
    throw new UsageError(`--format must be json or rss, got "${String(format)}"`)
  for (const key of Object.keys(flags.options)) {
    if (!Object.hasOwn(SETTINGS, key))
      throw new UsageError(`unknown option "${key}" (expected one of ${Object.keys(SETTINGS).join(', ')})`)
  }
  const { title, homePageUrl, feedUrl, description, language } = flags.options
  const named = flags.named['limit']
  const limit = flags.options['limit'] ?? (typeof named === 'string' ? named : undefined)
  if (title === undefined) throw new UsageError('needs --title (or -o title=…)')
  if (format === 'rss' && homePageUrl === undefined)
    throw new UsageError('RSS needs --home-page-url (the channel link), or -o homePageUrl=…')
  const articles = checkRecords(flags, parseRecords(readInput(file), file), 'article').map((entry) => entry.record)
  const info = {
    title,
    ...(homePageUrl !== undefined ? { homePageUrl } : {}),
    ...(feedUrl !== undefined ? { feedUrl } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(language !== undefined ? { language } : {}),
  }
  let options = {}
  if (limit !== undefined) {
    const n = Number(limit)
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`option limit must be a positive integer, got "${limit}"`)
    options = { limit: n }
  }
  let output: string | object
  try {
    output = format === 'rss' ? toRssFeed(articles, info, options) : toJsonFeed(articles, info, options)
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message)
    throw error
  }
  if (typeof output === 'string') process.stdout.write(output)
  else writeJson(output, flags.pretty)
  return 0
}

/** The `feed` command, registered in ./registry.ts. */
export const FEED_COMMAND: CliCommand = {
  summary: 'build a JSON Feed 1.1 or RSS 2.0 feed from articles',
  help: FEED_HELP,
  run: runFeed,
  settings: SETTINGS,
}
