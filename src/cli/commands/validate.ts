import { parseRecords, readInput, UsageError } from '../io.js'
import { checkRecords } from '../records.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk validate` help text. */
export const VALIDATE_HELP = `Usage: copydesk validate <file.json|-> [--quiet]

Validates an article, a JSON array of articles, or NDJSON (one article per line)
against the Article schema. Prints each problem on stderr as
"[index] id field: message", like every copydesk command.

Exit codes: 0 all valid, 1 at least one invalid article (or no articles),
2 usage error.`

/** Runs `copydesk validate`; returns the exit code. */
export function runValidate(args: string[], flags: CliFlags): number {
  const [file] = args
  if (file === undefined) throw new UsageError('needs a file path or - for standard input')
  const unknown = Object.keys(flags.options)
  if (unknown.length > 0) throw new UsageError(`unknown option "${unknown[0]}" (validate takes no settings)`)
  const records = parseRecords(readInput(file), file)
  const before = flags.failures
  const valid = checkRecords(flags, records, 'article')
  const invalid = flags.failures - before
  if (!flags.quiet) {
    const summary = `${valid.length} of ${records.length} article${records.length === 1 ? '' : 's'} valid`
    ;(invalid > 0 ? process.stderr : process.stdout).write(`${summary}\n`)
  }
  return invalid > 0 ? 1 : 0
}

/** The `validate` command, registered in ./registry.ts. */
export const VALIDATE_COMMAND: CliCommand = {
  summary: 'validate articles (JSON object, array or NDJSON)',
  help: VALIDATE_HELP,
  run: runValidate,
}
