// The one place where CLI commands check that their input records are what they expect, and the
// one format in which they report a record that is not: `[index] id field: message` on stderr.
// Commands call `validRecords(flags, records, kind)` right after parsing their input; it prints a
// line per problem, keeps the valid records, and counts the invalid ones in `flags.failures` so that
// main() exits 1 whatever the command returns.
import { CopydeskError, type CopydeskIssue } from '../errors.js'
import {
  formatPath,
  safeParseArticle,
  safeParseComment,
  type Article,
  type Comment,
  type SafeParseResult,
} from '../schema/index.js'
import type { CliFlags } from './commands/index.js'

/** A minimal document for `copydesk related`: an id and a headline, like an article. */
export interface RelatedRecord {
  id: string
  title: string
  [key: string]: unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function relatedRecord(input: unknown): SafeParseResult<RelatedRecord> {
  const issues: CopydeskIssue[] = []
  if (!isRecord(input)) issues.push({ path: [], code: 'invalid_type', message: 'Expected an article object' })
  else {
    if (typeof input['id'] !== 'string' || input['id'] === '')
      issues.push({ path: ['id'], code: 'invalid_type', message: 'An article needs a non-empty string id' })
    if (typeof input['title'] !== 'string' || input['title'].trim() === '')
      issues.push({ path: ['title'], code: 'invalid_type', message: 'An article needs a title' })
  }
  if (issues.length === 0) return { success: true, data: input as RelatedRecord }
  return { success: false, error: new CopydeskError('VALIDATION_FAILED', 'not an article', { issues }) }
}

/**
 * A comment as `copydesk moderate` reads it: an object with an `html` string; `author` an object and
 * `createdAt` a string when present. A record with an article's `title` or `authors` is refused, so
 * `copydesk moderate articles.json` fails instead of judging bodies of stories.
 */
function moderatedRecord(input: unknown): SafeParseResult<ModeratedRecord> {
  const issues: CopydeskIssue[] = []
  if (!isRecord(input)) issues.push({ path: [], code: 'invalid_type', message: 'Expected a comment object' })
  else {
    if ('title' in input || 'authors' in input)
      issues.push({
        path: [],
        code: 'custom',
        message: 'This is an article (it has a title or authors), not a comment',
      })
    if (typeof input['html'] !== 'string')
      issues.push({ path: ['html'], code: 'invalid_type', message: 'a comment needs an html string' })
    if ('author' in input && !isRecord(input['author']))
      issues.push({ path: ['author'], code: 'invalid_type', message: 'Expected an author object' })
    if ('createdAt' in input && typeof input['createdAt'] !== 'string')
      issues.push({ path: ['createdAt'], code: 'invalid_type', message: 'Expected an ISO 8601 date-time string' })
  }
  if (issues.length === 0) return { success: true, data: input as ModeratedRecord }
  return { success: false, error: new CopydeskError('VALIDATION_FAILED', 'not a comment', { issues }) }
}

/** A comment to moderate: an html body plus whatever else the comment carries. */
export interface ModeratedRecord {
  html: string
  [key: string]: unknown
}

/** What each kind of record is checked with. */
const CHECKS = {
  article: safeParseArticle,
  comment: safeParseComment,
  moderated: moderatedRecord,
  related: relatedRecord,
} as const

/** The record kinds a command can ask for. */
export type RecordKind = keyof typeof CHECKS

/** The parsed type of each kind. */
export interface RecordTypes {
  article: Article
  comment: Comment
  moderated: ModeratedRecord
  related: RelatedRecord
}

/** The record's id for messages: a string or finite number id, else `?`. */
export function recordId(record: unknown): string {
  if (!isRecord(record)) return '?'
  const id = record['id']
  if (typeof id === 'string' && id !== '') return id.length > 60 ? `${id.slice(0, 57)}...` : id
  return typeof id === 'number' && Number.isFinite(id) ? String(id) : '?'
}

/** Prints one problem in the shared format: `[index] id field: message` (field omitted for the record itself). */
export function reportProblem(index: number, record: unknown, path: readonly PropertyKey[], message: string): void {
  const field = path.length === 0 ? '' : ` ${formatPath(path as (string | number)[])}`
  process.stderr.write(`[${index}] ${recordId(record)}${field}: ${message}\n`)
}

/** How many problems are printed per record before "… and N more". */
const MAX_PER_RECORD = 5

/**
 * Checks every record against the schema of `kind`, prints `[index] id field: message` for each
 * problem of an invalid record (at most 5 per record), adds the number of invalid records to
 * `flags.failures` (main() then exits 1), and returns the valid records, parsed, with their index.
 */
export function checkRecords<K extends RecordKind>(
  flags: Pick<CliFlags, 'failures'>,
  records: readonly unknown[],
  kind: K,
): { index: number; record: RecordTypes[K] }[] {
  const check = CHECKS[kind] as (input: unknown) => SafeParseResult<RecordTypes[K]>
  const valid: { index: number; record: RecordTypes[K] }[] = []
  records.forEach((record, index) => {
    const result = check(record)
    if (result.success) {
      valid.push({ index, record: result.data })
      return
    }
    flags.failures++
    const issues = result.error.issues ?? []
    if (issues.length === 0) reportProblem(index, record, [], `not a valid ${kind}`)
    for (const issue of issues.slice(0, MAX_PER_RECORD)) reportProblem(index, record, issue.path, issue.message)
    if (issues.length > MAX_PER_RECORD)
      process.stderr.write(`[${index}] ${recordId(record)}: … and ${issues.length - MAX_PER_RECORD} more problems\n`)
  })
  return valid
}

/**
 * The valid records of `kind`, unchanged (as read), in order; invalid ones are reported and counted
 * as by {@link checkRecords}. The one-line call for commands that keep working on the raw records:
 * `const records = validRecords(flags, parseRecords(readInput(file), file), 'comment')`.
 */
export function validRecords(
  flags: Pick<CliFlags, 'failures'>,
  records: readonly unknown[],
  kind: RecordKind,
): unknown[] {
  const keep = new Set(checkRecords(flags, records, kind).map((entry) => entry.index))
  return records.filter((_, index) => keep.has(index))
}
