import { writeFileSync } from 'node:fs'
import { isCopydeskError } from '../../errors.js'
import {
  createModerationPolicy,
  defaultSpamModel,
  moderateComment,
  trainSpamModel,
  type SpamExample,
  type SpamModel,
} from '../../moderation/index.js'
import { parseRecords, readInput, UsageError, writeJson } from '../io.js'
import type { CliCommand, CliFlags } from './index.js'
import { readSpamModel } from './moderate.js'

/** `copydesk train-spam` help text. */
export const TRAIN_SPAM_HELP = `Usage: copydesk train-spam <decisions.json|-> [-o key=value …]

Trains a spam model on a moderator's final decisions: comments (JSON object,
array or NDJSON) with an html (or text) and a final status. "spam" and "hidden"
are spam, "published" is an ordinary comment; other statuses are skipped. The
model starts from copydesk's built-in one unless from=none. Use it with
copydesk moderate comments.json -o model=spam-model.json.

Options (-o key=value, repeatable):
  model=spam-model.json   where to write the model (default: standard output)
  from=default            start from: default (built in), none, or a model file
  folds=5                 cross-validate instead of writing a model: train on the
                          other folds' comments (grouped by articleId when there is
                          one, so a fold is a new article) and print, per fold,
                          the share of spam the moderation policy holds or rejects
                          and the share of ordinary comments it holds

Exit codes: 0 done, 1 a record had no html/text or no usable status, 2 usage error.`

const KEYS = ['model', 'from', 'folds'] as const

interface Decision {
  example: SpamExample
  article: string
  index: number
}

function readDecisions(file: string): { decisions: Decision[]; invalid: number } {
  const decisions: Decision[] = []
  let invalid = 0
  parseRecords(readInput(file), file).forEach((record, index) => {
    const r = record as { html?: unknown; text?: unknown; status?: unknown; articleId?: unknown; id?: unknown }
    const id = typeof r?.id === 'string' ? r.id : '?'
    if (typeof record !== 'object' || record === null || (typeof r.html !== 'string' && typeof r.text !== 'string')) {
      invalid++
      process.stderr.write(`[${index}] ${id}: a decision needs an html or text string\n`)
      return
    }
    const spam = r.status === 'spam' || r.status === 'hidden' ? true : r.status === 'published' ? false : undefined
    if (spam === undefined) {
      if (typeof r.status !== 'string') {
        invalid++
        process.stderr.write(`[${index}] ${id}: a decision needs a status (published, spam or hidden)\n`)
      }
      return
    }
    const example: SpamExample = typeof r.html === 'string' ? { html: r.html, spam } : { text: r.text as string, spam }
    decisions.push({ example, article: typeof r.articleId === 'string' ? r.articleId : '', index })
  })
  return { decisions, invalid }
}

function startFrom(value: string | undefined): SpamModel | undefined {
  if (value === undefined || value === 'default') return defaultSpamModel()
  if (value === 'none') return undefined
  return readSpamModel(value)
}

/** Prints spam held / ordinary held per fold. */
function crossValidate(decisions: Decision[], folds: number, from: () => SpamModel | undefined): void {
  const articles = [...new Set(decisions.map((d) => d.article))].sort()
  const byArticle = articles.length >= folds && !(articles.length === 1 && articles[0] === '')
  const foldOf = (d: Decision): number => (byArticle ? articles.indexOf(d.article) % folds : d.index % folds)
  const lines: string[] = []
  let spamTotal = 0
  let heldTotal = 0
  let hamTotal = 0
  let hamHeldTotal = 0
  for (let k = 0; k < folds; k++) {
    const train = decisions.filter((d) => foldOf(d) !== k).map((d) => d.example)
    const test = decisions.filter((d) => foldOf(d) === k)
    const start = from()
    const model = trainSpamModel(train, start === undefined ? {} : { from: start })
    const policy = createModerationPolicy({ spamModel: model })
    let spam = 0
    let held = 0
    let ham = 0
    let hamHeld = 0
    for (const d of test) {
      const html = d.example.html ?? `<p>${(d.example.text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`
      const stopped = moderateComment({ html }, { now: 0 }, policy).action !== 'approve'
      if (d.example.spam) {
        spam++
        if (stopped) held++
      } else {
        ham++
        if (stopped) hamHeld++
      }
    }
    spamTotal += spam
    heldTotal += held
    hamTotal += ham
    hamHeldTotal += hamHeld
    lines.push(`fold ${k + 1}: ${rate('spam held', held, spam)}, ${rate('ordinary held', hamHeld, ham)}`)
  }
  lines.push(`all:    ${rate('spam held', heldTotal, spamTotal)}, ${rate('ordinary held', hamHeldTotal, hamTotal)}`)
  lines.push(
    byArticle ? `(folds by articleId: ${articles.length} articles)` : '(folds by position: every n-th decision)',
  )
  process.stdout.write(`${lines.join('\n')}\n`)
}

const rate = (what: string, n: number, of: number): string =>
  `${what} ${n}/${of}${of === 0 ? '' : ` (${((n / of) * 100).toFixed(1)} %)`}`

/** Runs `copydesk train-spam`; returns the exit code. */
export function runTrainSpam(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('train-spam needs a file path or - for standard input')
  if (args.length > 1) throw new UsageError(`train-spam takes one file, got ${args.length}`)
  for (const key of Object.keys(flags.options)) {
    if (!(KEYS as readonly string[]).includes(key))
      throw new UsageError(`unknown option "${key}" (expected one of ${KEYS.join(', ')})`)
  }
  const { model: out, from, folds: foldsText } = flags.options
  startFrom(from)
  const { decisions, invalid } = readDecisions(file)
  try {
    if (foldsText !== undefined) {
      const folds = Number(foldsText)
      if (!Number.isInteger(folds) || folds < 2 || folds > 20)
        throw new UsageError(`option folds must be an integer from 2 to 20, got "${foldsText}"`)
      crossValidate(decisions, folds, () => startFrom(from))
      return invalid > 0 ? 1 : 0
    }
    const start = startFrom(from)
    const model = trainSpamModel(
      decisions.map((d) => d.example),
      start === undefined ? {} : { from: start },
    )
    if (out === undefined || out === '' || out === '-') writeJson(model, flags.pretty)
    else {
      writeFileSync(out, `${JSON.stringify(model)}\n`)
      if (!flags.quiet)
        process.stderr.write(
          `wrote ${out}: ${model.examples.spam} spam and ${model.examples.ordinary} ordinary examples\n`,
        )
    }
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message)
    throw error
  }
  return invalid > 0 ? 1 : 0
}

/** The `train-spam` command, registered in ./registry.ts. */
export const TRAIN_SPAM_COMMAND: CliCommand = {
  summary: 'train a spam model on moderation decisions (or cross-validate it)',
  help: TRAIN_SPAM_HELP,
  run: runTrainSpam,
}
