// The types every command shares. The registry of commands is ./registry.ts: this file imports no
// command, so a command importing these types makes no import loop.

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
