import { isCopydeskError } from '../../errors.js'
import { toJsonFeed, toRssFeed } from '../../formats/index.js'
import { formatPath, safeParseArticle, type Article } from '../../schema/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk feed` help text. */
export const FEED_HELP = `Usage: copydesk feed <articles.json|-> -o title=<title> -o homePageUrl=<url> [--format json|rss] [--pretty]

Builds a JSON Feed 1.1 document (default) or RSS 2.0 from articles (published
ones, newest first; gated articles carry only their free part).

Options (-o key=value):
  title=…            feed title (required)
  homePageUrl=…      the site's home page, absolute http(s) (required)
  feedUrl=…          where the feed itself lives
  description=…      one-line description
  language=en        feed language
  limit=20           at most this many items

Exit codes: 0 success, 1 some articles were invalid (left out), 2 usage error.`

const KEYS = ['title', 'homePageUrl', 'feedUrl', 'description', 'language', 'limit'] as const

/** Runs `copydesk feed`; returns the exit code. */
export function runFeed(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('feed needs a file path or - for standard input')
  const format = flags.named['format'] ?? 'json'
  if (format !== 'json' && format !== 'rss')
    throw new UsageError(`--format must be json or rss, got "${String(format)}"`)
  for (const key of Object.keys(flags.options)) {
    if (!(KEYS as readonly string[]).includes(key))
      throw new UsageError(`unknown option "${key}" (expected one of ${KEYS.join(', ')})`)
  }
  const { title, homePageUrl, feedUrl, description, language, limit } = flags.options
  if (title === undefined || homePageUrl === undefined)
    throw new UsageError('feed needs -o title=… and -o homePageUrl=…')
  const records = parseRecords(readInput(file), file)
  const articles: Article[] = []
  let invalid = 0
  records.forEach((record, index) => {
    const result = safeParseArticle(record)
    if (result.success) articles.push(result.data)
    else {
      invalid++
      for (const issue of result.error.issues ?? [])
        process.stderr.write(`[${index}] ${formatPath(issue.path)}: ${issue.message}\n`)
    }
  })
  const info = {
    title,
    homePageUrl,
    ...(feedUrl !== undefined ? { feedUrl } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(language !== undefined ? { language } : {}),
  }
  const options = limit !== undefined ? { limit: Number(limit) } : {}
  try {
    if (format === 'rss') process.stdout.write(toRssFeed(articles, info, options))
    else writeJson(toJsonFeed(articles, info, options), flags.pretty)
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message)
    throw error
  }
  return invalid > 0 ? 1 : 0
}

/** The `feed` command, registered in ./index.ts. */
export const FEED_COMMAND: CliCommand = {
  summary: 'build a JSON Feed 1.1 or RSS 2.0 feed from articles',
  help: FEED_HELP,
  run: runFeed,
}
