import { formatPath, safeParseArticle } from '../../schema/index.js'
import { parseRecords, readInput, UsageError } from '../io.js'

/** `copydesk validate` help text. */
export const VALIDATE_HELP = `Usage: copydesk validate <file.json|-> [--quiet]

Validates an article, a JSON array of articles, or NDJSON (one article per line)
against the Article schema. Prints each problem as "path: message" on stderr,
prefixed by the record's index and id when there are several records.

Exit codes: 0 all valid, 1 at least one invalid article, 2 usage error.`

/** Runs `copydesk validate`; returns the exit code. */
export function runValidate(args: string[], flags: { quiet: boolean }): number {
  const [file] = args
  if (file === undefined) throw new UsageError('validate needs a file path or - for standard input')
  const records = parseRecords(readInput(file), file)
  let invalid = 0
  records.forEach((record, index) => {
    const result = safeParseArticle(record)
    if (result.success) return
    invalid++
    const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : '?'
    const prefix = records.length > 1 ? `[${index}] ${id} ` : ''
    for (const issue of result.error.issues ?? []) {
      process.stderr.write(`${prefix}${formatPath(issue.path)}: ${issue.message}\n`)
    }
  })
  if (!flags.quiet) {
    const summary = `${records.length - invalid} of ${records.length} article${records.length === 1 ? '' : 's'} valid`
    ;(invalid > 0 ? process.stderr : process.stdout).write(`${summary}\n`)
  }
  return invalid > 0 ? 1 : 0
}
