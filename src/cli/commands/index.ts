import { DEMO_HELP, runDemo } from './demo.js'
import { TEASERS_COMMAND } from './teasers.js'
import { runValidate, VALIDATE_HELP } from './validate.js'
import { SLUG_COMMAND } from './slug.js'
import { FEED_COMMAND } from './feed.js'
import { IMPORT_COMMAND } from './import.js'
import { RELATED_COMMAND } from './related.js'
import { MODERATE_COMMAND } from './moderate.js'
import { TRAIN_SPAM_COMMAND } from './trainSpam.js'

/** Flags every command receives (parsed by main.ts). */
export interface CliFlags {
  /** `--quiet`: print only problems. */
  quiet: boolean
  /** `--pretty`: indent JSON output. */
  pretty: boolean
  /** Repeatable `--option key=value` / command-specific string options. */
  options: Record<string, string | undefined>
  /** Named flags: `--from`, `--format`, `--id`, `--limit` (strings) and `--explain` (boolean). */
  named: Record<string, string | boolean | undefined>
}

/** A CLI command: its one-line summary for `copydesk --help`, its help text and its runner. */
export interface CliCommand {
  summary: string
  help: string
  run: (args: string[], flags: CliFlags) => number | Promise<number>
}

/** Every command, by name. Add a command by adding one line here. */
export const COMMANDS: Record<string, CliCommand> = {
  validate: { summary: 'validate articles (JSON object, array or NDJSON)', help: VALIDATE_HELP, run: runValidate },
  demo: { summary: 'run copydesk over the sample newsroom and print a summary', help: DEMO_HELP, run: runDemo },
  slug: SLUG_COMMAND,
  teasers: TEASERS_COMMAND,
  feed: FEED_COMMAND,
  import: IMPORT_COMMAND,
  related: RELATED_COMMAND,
  moderate: MODERATE_COMMAND,
  'train-spam': TRAIN_SPAM_COMMAND,
}
