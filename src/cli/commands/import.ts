import { isCopydeskError } from '../../errors.js'
import { ghostSiteBase } from '../../formats/_ghostUrl.js'
import { fromGhostPost, fromWordPressPost } from '../../formats/index.js'
import type { Article } from '../../schema/index.js'
import { slugify } from '../../slug/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import { recordId, reportProblem } from '../records.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk import` help text. */
export const IMPORT_HELP = `Usage: copydesk import --from ghost|wordpress <file|-> [--pretty] [settings]

Converts posts into copydesk articles (validated against the Article schema),
prints them as a JSON array on stdout and, on stderr, one line per post: what
was imported, skipped or refused and why.

  --from ghost       a Ghost site export of any version (0.x to 5.x:
                     { "db": [{ "data": { posts, users, tags, posts_tags,
                     posts_authors } }] }, relations joined for you), a Content
                     or Admin API response ({ "posts": [...] }), an array of
                     posts, or NDJSON
  --from wordpress   a WordPress REST API response (wp/v2/posts?_embed): an
                     array of posts, one post, or NDJSON

Settings (each also as -o key=value, e.g. -o siteUrl=https://example.com):
  --fallback-author "Newsroom Staff"  byline for posts whose author is missing
                                      or hidden
  --site-url https://example.com      Ghost: the site's address, replacing the
                                      __GHOST_URL__ placeholder of site exports
                                      (required when it occurs) and resolving
                                      the /content/images/… paths of 0.x/1.x
                                      exports (dropped without it)
  --pages                             also import pages (Ghost type "page" or
                                      page 1, WordPress type "page"); they are
                                      skipped by default, without error

Database-typed fields of exports are coerced (featured 0/1, epoch or MySQL
dates, numeric ids, Lexical-only posts): see docs/formats.md.
Refused posts are reported as "[index] id field: message" and left out.
Exit codes: 0 every post imported or skipped, 1 some post refused, 2 usage error.`

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function byOrder(a: Json, b: Json): number {
  return Number(a['sort_order'] ?? 0) - Number(b['sort_order'] ?? 0)
}

/** Rows of `table` grouped by `key` (one pass, so joining stays linear in the export's size). */
function groupBy(rows: Json[], key: string): Map<unknown, Json[]> {
  const groups = new Map<unknown, Json[]>()
  for (const row of rows) {
    const group = groups.get(row[key])
    if (group === undefined) groups.set(row[key], [row])
    else group.push(row)
  }
  return groups
}

/**
 * Joins a Ghost site export's relation tables into Content-API-shaped posts. Ghost 0.x and 1.x
 * exports have no posts_authors table: the post's `author_id` names its one author.
 */
function ghostExportPosts(data: Json): unknown[] {
  const list = (key: string): Json[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter(isRecord) : [])
  const users = new Map(list('users').map((u) => [u['id'], u]))
  const tags = new Map(list('tags').map((t) => [t['id'], t]))
  const postsAuthors = groupBy(list('posts_authors').sort(byOrder), 'post_id')
  const postsTags = groupBy(list('posts_tags').sort(byOrder), 'post_id')
  // Ghost 4+ keeps SEO fields and the feature image's alt text and caption in posts_meta.
  const meta = new Map(list('posts_meta').map(({ id: _id, post_id: postId, ...fields }) => [postId, fields]))
  return list('posts').map((post) => {
    const authorRows = postsAuthors.get(post['id'])
    const authors =
      authorRows === undefined ? [users.get(post['author_id'])] : authorRows.map((r) => users.get(r['author_id']))
    return {
      ...meta.get(post['id']),
      ...post,
      authors: authors.filter(isRecord),
      tags: (postsTags.get(post['id']) ?? []).map((r) => tags.get(r['tag_id'])).filter(isRecord),
    }
  })
}

/** The posts in a file, whatever its shape. */
export function extractPosts(from: 'ghost' | 'wordpress', records: unknown[]): unknown[] {
  if (records.length === 1 && isRecord(records[0])) {
    const only = records[0]
    if (Array.isArray(only['posts'])) return only['posts'] as unknown[]
    const db = only['db']
    if (from === 'ghost' && Array.isArray(db) && isRecord(db[0]) && isRecord(db[0]['data']))
      return ghostExportPosts(db[0]['data'])
    // A bare { meta, data } export (what Ghost's importer also accepts).
    if (from === 'ghost' && isRecord(only['data']) && Array.isArray(only['data']['posts']))
      return ghostExportPosts(only['data'])
  }
  return records
}

/** Whether a post is a page: Ghost `type: 'page'` (2.x+ `page: 1`/`true`), WordPress `type: 'page'`. */
export function isPage(post: unknown): boolean {
  if (!isRecord(post)) return false
  return post['type'] === 'page' || post['page'] === 1 || post['page'] === true || post['page'] === '1'
}

function importOptions(from: 'ghost' | 'wordpress', options: CliFlags['options']): Json {
  const known = from === 'ghost' ? ['fallbackAuthor', 'siteUrl', 'pages'] : ['fallbackAuthor', 'pages']
  for (const key of Object.keys(options)) {
    if (!known.includes(key))
      throw new UsageError(`unknown option "${key}" for --from ${from} (expected ${known.join(', ')})`)
  }
  const name = options['fallbackAuthor']
  const result: Json =
    name === undefined || name.trim() === '' ? {} : { fallbackAuthor: { id: slugify(name), name, slug: slugify(name) } }
  const siteUrl = options['siteUrl']
  if (siteUrl !== undefined) {
    try {
      ghostSiteBase('import', siteUrl)
    } catch (error) {
      if (isCopydeskError(error) && error.code === 'INVALID_OPTIONS')
        throw new UsageError(error.message.replace(/^import: options\.siteUrl/, '--site-url'))
      throw error
    }
    result['siteUrl'] = siteUrl
  }
  return result
}

/** Runs `copydesk import`; returns the exit code. */
export function runImport(args: string[], flags: CliFlags): number {
  const from = flags.named['from']
  if (from !== 'ghost' && from !== 'wordpress') throw new UsageError('needs --from ghost or --from wordpress')
  const [file] = args
  if (file === undefined) throw new UsageError('needs a file path or - for standard input')
  const options = importOptions(from, flags.options)
  const pages = flags.options['pages'] === 'true'
  const posts = extractPosts(from, parseRecords(readInput(file), file))
  const articles: Article[] = []
  let refused = 0
  let skipped = 0
  posts.forEach((post, index) => {
    if (!pages && isPage(post)) {
      skipped++
      if (!flags.quiet) process.stderr.write(`[${index}] ${recordId(post)} skipped: a page (--pages imports pages)\n`)
      return
    }
    try {
      const article = from === 'ghost' ? fromGhostPost(post, options) : fromWordPressPost(post, options)
      articles.push(article)
      if (!flags.quiet) process.stderr.write(`[${index}] ${recordId(post)} imported: ${article.slug}\n`)
    } catch (error) {
      if (!isCopydeskError(error)) throw error
      refused++
      const issues = error.issues ?? []
      if (issues.length === 0) reportProblem(index, post, [], error.message)
      for (const issue of issues) reportProblem(index, post, issue.path, issue.message)
    }
  })
  writeJson(articles, flags.pretty)
  if (!flags.quiet || refused > 0) {
    const parts = [`${refused} refused`, ...(skipped > 0 ? [`${skipped} page${skipped === 1 ? '' : 's'} skipped`] : [])]
    process.stderr.write(`imported ${articles.length} of ${posts.length} ${from} posts (${parts.join(', ')})\n`)
  }
  return refused > 0 ? 1 : 0
}

/** The `import` command, registered in ./registry.ts. */
export const IMPORT_COMMAND: CliCommand = {
  summary: 'convert Ghost or WordPress posts into articles',
  help: IMPORT_HELP,
  run: runImport,
  settings: { fallbackAuthor: 'string', siteUrl: 'string', pages: 'boolean' },
}
