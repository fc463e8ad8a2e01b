import { isCopydeskError } from '../../errors.js'
import {
  createModerationPolicy,
  createTermList,
  englishTerms,
  ldnoobwAr,
  ldnoobwCs,
  ldnoobwDa,
  ldnoobwDe,
  ldnoobwEo,
  ldnoobwEs,
  ldnoobwFa,
  ldnoobwFi,
  ldnoobwFil,
  ldnoobwFr,
  ldnoobwHi,
  ldnoobwHu,
  ldnoobwIt,
  ldnoobwJa,
  ldnoobwKab,
  ldnoobwKo,
  ldnoobwNl,
  ldnoobwNo,
  ldnoobwPl,
  ldnoobwPt,
  ldnoobwRu,
  ldnoobwSv,
  ldnoobwTh,
  ldnoobwTr,
  ldnoobwZh,
  loadSpamModel,
  moderateComment,
  statusForVerdict,
  type SpamModel,
  type ModeratedComment,
  type ModerationContext,
  type ModerationPolicyOptions,
  type TermEntry,
} from '../../moderation/index.js'
import { authorKey as keyOf } from '../../moderation/_context.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import { checkRecords } from '../records.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk moderate` help text. */
export const MODERATE_HELP = `Usage: copydesk moderate <comments.json|-> [--pretty] [-o key=value …]

Moderates each comment (JSON object, array or NDJSON: copydesk Comments or any
{ id?, html, createdAt?, author?, articleId? }) and prints a JSON array with one
verdict per comment, in input order:
  { "id", "action": "approve"|"hold"|"reject", "status", "score", "reasons", "policyVersion" }
"status" is the Comment status the verdict leads to (published, pending, spam);
every reason has a code, a message, a weight and, where it points at the text,
a span. Comments are read oldest first so each one is checked against the same
author's earlier comments (duplicates, floods) and the story's earlier comments
(copy-paste campaigns); an author is recognised by id, else e-mail, else name.
Each comment is checked against the newest 50 comments of its author and of its
story (the library's caps), so the run is linear in the number of comments.

Options (-o key=value, repeatable):
  history=false           judge every comment on its own
  authors=true            derive each author's approved/rejected counts from the
                          statuses of their earlier comments (new commenters are held)
  now=2026-11-24T12:00Z   decision time (default: each comment's createdAt)
  hold=5 reject=10        score thresholds
  maxLinks=2 maxLength=10000
  trustedDomains=a.example,b.example   links to these sites do not count
  lists=de,fr             add LDNOOBW term lists (ar cs da de eo es fa fi fil fr hi
                          hu it ja kab ko nl no pl pt ru sv th tr zh)
  html=true               include the sanitized html and text in each verdict
  model=spam-model.json   the spam model to use (from copydesk train-spam);
                          model=none turns the spam model off (default: the built-in one)

Exit codes: 0 every comment moderated, 1 a record had no html string, 2 usage error.`

const LISTS: Readonly<Record<string, readonly TermEntry[]>> = {
  ar: ldnoobwAr,
  cs: ldnoobwCs,
  da: ldnoobwDa,
  de: ldnoobwDe,
  eo: ldnoobwEo,
  es: ldnoobwEs,
  fa: ldnoobwFa,
  fi: ldnoobwFi,
  fil: ldnoobwFil,
  fr: ldnoobwFr,
  hi: ldnoobwHi,
  hu: ldnoobwHu,
  it: ldnoobwIt,
  ja: ldnoobwJa,
  kab: ldnoobwKab,
  ko: ldnoobwKo,
  nl: ldnoobwNl,
  no: ldnoobwNo,
  pl: ldnoobwPl,
  pt: ldnoobwPt,
  ru: ldnoobwRu,
  sv: ldnoobwSv,
  th: ldnoobwTh,
  tr: ldnoobwTr,
  zh: ldnoobwZh,
}
const KEYS = [
  'history',
  'authors',
  'now',
  'hold',
  'reject',
  'maxLinks',
  'maxLength',
  'trustedDomains',
  'lists',
  'html',
  'model',
] as const

interface Settings {
  policy: ModerationPolicyOptions
  history: boolean
  authors: boolean
  now: string | undefined
  html: boolean
}

function settingsFrom(options: CliFlags['options']): Settings {
  const policy: ModerationPolicyOptions = {}
  const thresholds: { hold?: number; reject?: number } = {}
  const settings: Settings = { policy, history: true, authors: false, now: undefined, html: false }
  const number = (key: string, value: string | undefined): number => {
    const n = Number(value)
    if (value === undefined || value === '' || !Number.isFinite(n) || n < 0)
      throw new UsageError(`option ${key} must be a non-negative number, got "${value}"`)
    return n
  }
  const bool = (key: string, value: string | undefined): boolean => {
    if (value !== 'true' && value !== 'false')
      throw new UsageError(`option ${key} must be true or false, got "${value}"`)
    return value === 'true'
  }
  for (const [key, value] of Object.entries(options)) {
    if (!(KEYS as readonly string[]).includes(key))
      throw new UsageError(`unknown option "${key}" (expected one of ${KEYS.join(', ')})`)
    if (key === 'history' || key === 'authors' || key === 'html') settings[key] = bool(key, value)
    else if (key === 'hold' || key === 'reject') thresholds[key] = number(key, value)
    else if (key === 'maxLinks' || key === 'maxLength') policy[key] = number(key, value)
    else if (key === 'now') {
      if (value === undefined || Number.isNaN(Date.parse(value)))
        throw new UsageError(`option now must be an ISO 8601 date, got "${value}"`)
      settings.now = value
    } else if (key === 'trustedDomains')
      policy.trustedDomains = (value ?? '')
        .split(',')
        .map((d) => d.trim())
        .filter((d) => d !== '')
    else if (key === 'lists') {
      const entries: TermEntry[] = [...englishTerms]
      for (const code of (value ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '')) {
        const list = Object.hasOwn(LISTS, code) ? LISTS[code] : undefined
        if (list === undefined)
          throw new UsageError(
            `option lists: unknown list "${code}" (expected some of ${Object.keys(LISTS).join(', ')})`,
          )
        entries.push(...list)
      }
      policy.terms = createTermList(entries)
    } else if (key === 'model') policy.spamModel = value === 'none' ? null : readSpamModel(value)
  }
  if (thresholds.hold !== undefined || thresholds.reject !== undefined) policy.thresholds = thresholds
  return settings
}

/** Reads a spam model file written by `copydesk train-spam`. */
export function readSpamModel(path: string | undefined): SpamModel {
  if (path === undefined || path === '') throw new UsageError('option model needs a file path (or none)')
  try {
    return loadSpamModel(readInput(path))
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(`option model: ${error.message}`)
    throw error
  }
}

interface Row {
  index: number
  comment: ModeratedComment & { id?: unknown; articleId?: unknown; status?: unknown }
  at: number
}

const authorKey = (c: Row['comment']): string | undefined => keyOf(c.author)

/** The newest `n` entries of a list kept oldest first. */
const newest = <T>(list: readonly T[] | undefined, n = 50): T[] => (list === undefined ? [] : list.slice(-n))

/** Runs `copydesk moderate`; returns the exit code. */
export function runModerate(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('moderate needs a file path or - for standard input')
  const settings = settingsFrom(flags.options)
  let policy
  try {
    policy = createModerationPolicy(settings.policy)
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message)
    throw error
  }
  const records = parseRecords(readInput(file), file)
  // Every record is checked first (shared CLI format `[index] id field: message`, exit 1 on any).
  const valid = new Set(checkRecords(flags, records, 'moderated').map((entry) => entry.index))
  const rows: Row[] = []
  let invalid = 0
  records.forEach((record, index) => {
    const comment = record as Row['comment']
    if (!valid.has(index)) {
      invalid++
      return
    }
    const at = typeof comment.createdAt === 'string' ? Date.parse(comment.createdAt) : Number.NaN
    rows.push({ index, comment, at: Number.isFinite(at) ? at : Number.POSITIVE_INFINITY })
  })
  const chronological = [...rows].sort((a, b) => a.at - b.at || a.index - b.index)
  const verdicts = new Map<number, unknown>()
  // Earlier comments indexed once, by author and by story (oldest first), plus per-author counts.
  const byAuthor = new Map<string, Row[]>()
  const byStory = new Map<unknown, Row[]>()
  const counts = new Map<string, { approved: number; rejected: number }>()
  for (const row of chronological) {
    const context: ModerationContext = {}
    if (settings.now !== undefined) context.now = settings.now
    const key = authorKey(row.comment)
    const dated = Number.isFinite(row.at)
    if (settings.history && dated) {
      const own = key === undefined ? [] : newest(byAuthor.get(key))
      if (own.length > 0)
        context.history = own.map((r) => ({ html: r.comment.html, createdAt: r.comment.createdAt as string }))
      const story = row.comment.articleId === undefined ? [] : newest(byStory.get(row.comment.articleId), 100)
      const others = story.filter((r) => authorKey(r.comment) !== key)
      if (others.length > 0)
        context.recent = others.map((r) => {
          const a = r.comment.author
          const item: NonNullable<ModerationContext['recent']>[number] = {
            html: r.comment.html,
            createdAt: r.comment.createdAt as string,
          }
          if (typeof a?.id === 'string') item.authorId = a.id
          if (typeof a?.email === 'string') item.authorEmail = a.email
          if (typeof a?.name === 'string') item.authorName = a.name
          return item
        })
    }
    if (settings.authors && key !== undefined) {
      const c = counts.get(key) ?? { approved: 0, rejected: 0 }
      context.author = { approvedCount: c.approved, rejectedCount: c.rejected }
    }
    try {
      const verdict = moderateComment(row.comment, context, policy)
      const out: Record<string, unknown> = {}
      if (row.comment.id !== undefined) out['id'] = row.comment.id
      Object.assign(out, {
        action: verdict.action,
        status: statusForVerdict(verdict),
        score: verdict.score,
        reasons: verdict.reasons,
        policyVersion: verdict.policyVersion,
      })
      if (settings.html) Object.assign(out, { html: verdict.html, text: verdict.text })
      verdicts.set(row.index, out)
    } catch (error) {
      if (!isCopydeskError(error)) throw error
      invalid++
      process.stderr.write(`[${row.index}] ${String(row.comment.id ?? '?')}: ${error.message}\n`)
    }
    if (dated && key !== undefined) {
      const list = byAuthor.get(key)
      if (list === undefined) byAuthor.set(key, [row])
      else list.push(row)
      const c = counts.get(key) ?? { approved: 0, rejected: 0 }
      if (row.comment.status === 'published') c.approved++
      else if (row.comment.status === 'spam' || row.comment.status === 'hidden') c.rejected++
      counts.set(key, c)
    }
    if (dated && row.comment.articleId !== undefined) {
      const list = byStory.get(row.comment.articleId)
      if (list === undefined) byStory.set(row.comment.articleId, [row])
      else list.push(row)
    }
  }
  writeJson(
    rows.filter((r) => verdicts.has(r.index)).map((r) => verdicts.get(r.index)),
    flags.pretty,
  )
  return invalid > 0 ? 1 : 0
}

/** The `moderate` command, registered in ./registry.ts. */
export const MODERATE_COMMAND: CliCommand = {
  summary: 'moderate comments: one explained verdict per comment (JSON)',
  help: MODERATE_HELP,
  run: runModerate,
}
