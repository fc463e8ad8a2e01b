import { parseArgs } from 'node:util'
import { COMMANDS } from './commands/index.js'
import { UsageError } from './io.js'

function mainHelp(): string {
  const names = Object.keys(COMMANDS)
  const width = Math.max(...names.map((n) => n.length))
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ''}`)
  return `Usage: copydesk <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help          show help (for a command: copydesk <command> --help)
  -q, --quiet         print only problems
      --pretty        indent JSON output
  -o, --option k=v    command-specific option (repeatable), e.g. -o baseUrl=https://example.com
      --from, --format, --id, --limit, --explain   see each command's help
      --debug         show stack traces of unexpected errors

Input is a file path or - for standard input: a JSON object, a JSON array or NDJSON.
Exit codes: 0 success, 1 invalid content or failed check, 2 usage error.`
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        quiet: { type: 'boolean', short: 'q' },
        pretty: { type: 'boolean' },
        option: { type: 'string', short: 'o', multiple: true },
        from: { type: 'string' },
        format: { type: 'string' },
        id: { type: 'string' },
        limit: { type: 'string' },
        explain: { type: 'boolean' },
        debug: { type: 'boolean' },
      },
    })
  } catch (error) {
    process.stderr.write(`copydesk: ${(error as Error).message}\n\n${mainHelp()}\n`)
    return 2
  }
  const [name, ...rest] = parsed.positionals
  if (name === undefined) {
    ;(parsed.values.help ? process.stdout : process.stderr).write(`${mainHelp()}\n`)
    return parsed.values.help ? 0 : 2
  }
  const command = COMMANDS[name]
  if (command === undefined) {
    process.stderr.write(`copydesk: unknown command "${name}"\n\n${mainHelp()}\n`)
    return 2
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.help}\n`)
    return 0
  }
  const options: Record<string, string | undefined> = {}
  for (const pair of parsed.values.option ?? []) {
    const eq = pair.indexOf('=')
    if (eq <= 0) {
      process.stderr.write(`copydesk ${name}: --option expects key=value, got "${pair}"\n`)
      return 2
    }
    options[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  try {
    return await command.run(rest, {
      quiet: parsed.values.quiet === true,
      pretty: parsed.values.pretty === true,
      options,
      named: {
        from: parsed.values.from,
        format: parsed.values.format,
        id: parsed.values.id,
        limit: parsed.values.limit,
        explain: parsed.values.explain,
      },
    })
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`copydesk ${name}: ${error.message}\n`)
      return 2
    }
    if (parsed.values.debug === true) throw error
    // Never a stack trace for users (--debug shows it): one line naming what failed.
    process.stderr.write(`copydesk ${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
