import { isCopydeskError } from '../../errors.js'
import { ghostSiteBase } from '../../formats/_ghostUrl.js'
import { fromGhostPost, fromWordPressPost } from '../../formats/index.js'
import { formatPath, type Article } from '../../schema/index.js'
import { slugify } from '../../slug/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk import` help text. */
export const IMPORT_HELP = `Usage: copydesk import --from ghost|wordpress <file|-> [--pretty]

Converts posts into copydesk articles (validated against the Article schema) and
prints them as a JSON array.

  --from ghost       a Ghost Content/Admin API response ({ "posts": [...] }), an
                     array of posts, NDJSON, or a Ghost site export
                     ({ "db": [{ "data": { posts, users, tags, posts_tags,
                     posts_authors } }] }, relations joined for you)
  --from wordpress   a WordPress REST API response (wp/v2/posts?_embed): an array
                     of posts or NDJSON

Options (-o key=value):
  fallbackAuthor="Newsroom Staff"   byline for posts whose author is missing or
                                    hidden (WordPress returns an error object for
                                    authors with no published posts)
  siteUrl=https://example.com       Ghost: the site's address, replacing the
                                    __GHOST_URL__ placeholder of site exports in
                                    links and images (required when it occurs)

Posts that cannot be converted are reported on stderr as
"[index] id path: message" and left out.
Exit codes: 0 every post imported, 1 some posts failed, 2 usage error.`

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function byOrder(a: Json, b: Json): number {
  return Number(a['sort_order'] ?? 0) - Number(b['sort_order'] ?? 0)
}

/** Joins a Ghost site export's relation tables into Content-API-shaped posts. */
function ghostExportPosts(data: Json): unknown[] {
  const list = (key: string): Json[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter(isRecord) : [])
  const users = new Map(list('users').map((u) => [u['id'], { ...u, website: u['website'] }]))
  const tags = new Map(list('tags').map((t) => [t['id'], t]))
  const postsAuthors = list('posts_authors').sort(byOrder)
  const postsTags = list('posts_tags').sort(byOrder)
  // Ghost 4+ keeps SEO fields and the feature image's alt text and caption in posts_meta.
  const meta = new Map(list('posts_meta').map(({ id: _id, post_id: postId, ...fields }) => [postId, fields]))
  return list('posts').map((post) => ({
    ...meta.get(post['id']),
    ...post,
    authors: postsAuthors
      .filter((r) => r['post_id'] === post['id'])
      .map((r) => users.get(r['author_id']))
      .filter(isRecord),
    tags: postsTags
      .filter((r) => r['post_id'] === post['id'])
      .map((r) => tags.get(r['tag_id']))
      .filter(isRecord),
  }))
}

/** The posts in a file, whatever its shape. */
export function extractPosts(from: 'ghost' | 'wordpress', records: unknown[]): unknown[] {
  if (records.length === 1 && isRecord(records[0])) {
    const only = records[0]
    if (Array.isArray(only['posts'])) return only['posts'] as unknown[]
    const db = only['db']
    if (from === 'ghost' && Array.isArray(db) && isRecord(db[0]) && isRecord(db[0]['data']))
      return ghostExportPosts(db[0]['data'])
  }
  return records
}

/** Runs `copydesk import`; returns the exit code. */
export function runImport(args: string[], flags: CliFlags): number {
  const from = flags.named['from']
  if (from !== 'ghost' && from !== 'wordpress') throw new UsageError('import needs --from ghost or --from wordpress')
  const [file] = args
  if (file === undefined) throw new UsageError('import needs a file path or - for standard input')
  const posts = extractPosts(from, parseRecords(readInput(file), file))
  const known = from === 'ghost' ? ['fallbackAuthor', 'siteUrl'] : ['fallbackAuthor']
  for (const key of Object.keys(flags.options)) {
    if (!known.includes(key))
      throw new UsageError(`unknown option "${key}" for --from ${from} (expected ${known.join(' or ')})`)
  }
  const name = flags.options['fallbackAuthor']
  const fallback = name === undefined ? {} : { fallbackAuthor: { id: slugify(name), name, slug: slugify(name) } }
  const siteUrl = flags.options['siteUrl']
  const ghostOptions = siteUrl === undefined ? fallback : { ...fallback, siteUrl }
  if (siteUrl !== undefined) {
    try {
      ghostSiteBase('import', siteUrl)
    } catch (error) {
      if (isCopydeskError(error) && error.code === 'INVALID_OPTIONS') throw new UsageError(error.message)
      throw error
    }
  }
  const convert = (post: unknown): Article =>
    from === 'ghost' ? fromGhostPost(post, ghostOptions) : fromWordPressPost(post, fallback)
  const articles: Article[] = []
  let failed = 0
  posts.forEach((post, index) => {
    try {
      articles.push(convert(post))
    } catch (error) {
      if (!isCopydeskError(error)) throw error
      failed++
      const id =
        isRecord(post) && (typeof post['id'] === 'string' || typeof post['id'] === 'number') ? String(post['id']) : '?'
      const issues = error.issues ?? []
      if (issues.length === 0) process.stderr.write(`[${index}] ${id} ${error.message}\n`)
      for (const issue of issues) process.stderr.write(`[${index}] ${id} ${formatPath(issue.path)}: ${issue.message}\n`)
    }
  })
  writeJson(articles, flags.pretty)
  if (!flags.quiet) process.stderr.write(`imported ${articles.length} of ${posts.length} ${from} posts\n`)
  return failed > 0 ? 1 : 0
}

/** The `import` command, registered in ./index.ts. */
export const IMPORT_COMMAND: CliCommand = {
  summary: 'convert Ghost or WordPress posts into articles',
  help: IMPORT_HELP,
  run: runImport,
}
