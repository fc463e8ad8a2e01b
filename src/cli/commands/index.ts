import { DEMO_COMMAND } from './demo.js'
import { TEASERS_COMMAND } from './teasers.js'
import { VALIDATE_COMMAND } from './validate.js'
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
  /** Invalid input records so far (counted by ../records.ts); main() exits 1 when it is not 0. */
  failures: number
}

/** A CLI command: its one-line summary for `copydesk --help`, its help text and its runner. */
export interface CliCommand {
  summary: string
  help: string
  run: (args: string[], flags: CliFlags) => number | Promise<number>
  /**
   * The command's settings as long flags: key (camelCase, as in `-o key=value`) → flag type.
   * `baseUrl: 'string'` accepts `--base-url <value>`; `-o baseUrl=<value>` stays an alias.
   */
  settings?: Readonly<Record<string, 'string' | 'boolean'>>
}

/** Every command, by name. Add a command by adding one line here. */
export const COMMANDS: Record<string, CliCommand> = {
  validate: VALIDATE_COMMAND,
  demo: DEMO_COMMAND,
  slug: SLUG_COMMAND,
  teasers: TEASERS_COMMAND,
  feed: FEED_COMMAND,
  import: IMPORT_COMMAND,
  related: RELATED_COMMAND,
  moderate: MODERATE_COMMAND,
  'train-spam': TRAIN_SPAM_COMMAND,
}
