import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { CliCommand } from './commands/index.js'
import { COMMANDS } from './commands/registry.js'
import { InputError, UsageError } from './io.js'

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
      --debug         show stack traces of unexpected errors
  Each command's settings are long flags (--base-url https://example.com);
  -o key=value (-o baseUrl=https://example.com) is the same setting.

Input is one file path, or - for standard input: a JSON object, a JSON array or NDJSON.
Exit codes: 0 success, 1 invalid content or failed check, 2 usage error.`
}

const GLOBAL: NonNullable<ParseArgsConfig['options']> = {
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
}

/** `baseUrl` → `base-url`. */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

/** The command name: the first argument that is not a flag or a flag's value. */
function commandName(argv: readonly string[]): string | undefined {
  try {
    const { tokens } = parseArgs({
      args: [...argv],
      strict: false,
      allowPositionals: true,
      tokens: true,
      options: GLOBAL,
    })
    const first = tokens.find((token) => token.kind === 'positional')
    return first?.kind === 'positional' ? first.value : undefined
  } catch {
    return undefined
  }
}

/** One plain line for parseArgs' errors: `unknown option --x`, `option --from needs a value`. */
function usageLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown }).code
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '?'
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag} (see copydesk --help)`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `option ${flag} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument`
  return message.split('\n')[0] ?? message
}

interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

function parse(argv: string[], command: CliCommand | undefined): Parsed {
  const options = { ...GLOBAL }
  for (const [key, type] of Object.entries(command?.settings ?? {})) options[kebab(key)] = { type }
  return parseArgs({ args: argv, allowPositionals: true, options }) as Parsed
}

/** Settings from `-o key=value` and from the command's long flags (the flags win). */
function settingsOf(parsed: Parsed, command: CliCommand, name: string): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {}
  for (const pair of (parsed.values['option'] as string[] | undefined) ?? []) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new UsageError(`-o expects key=value, got "${pair}"`)
    const key = pair.slice(0, eq)
    if (key === '__proto__' || key === 'constructor' || key === 'prototype')
      throw new UsageError(`unknown option "${key}"`)
    options[key] = pair.slice(eq + 1)
  }
  for (const key of Object.keys(command.settings ?? {})) {
    const value = parsed.values[kebab(key)]
    if (value !== undefined) options[key] = String(value)
  }
  void name
  return options
}

/** Commands whose arguments are free text rather than one input file. */
const TEXT_ARGS = new Set(['slug'])

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const guess = commandName(argv)
  const guessed = guess === undefined ? undefined : COMMANDS[guess]
  let parsed: Parsed
  try {
    parsed = parse(argv, guessed)
  } catch (error) {
    process.stderr.write(`copydesk${guessed === undefined ? '' : ` ${guess}`}: ${usageLine(error)}\n`)
    return 2
  }
  const [name, ...rest] = parsed.positionals
  if (name === undefined) {
    ;(parsed.values['help'] === true ? process.stdout : process.stderr).write(`${mainHelp()}\n`)
    return parsed.values['help'] === true ? 0 : 2
  }
  const command = COMMANDS[name]
  if (command === undefined) {
    process.stderr.write(`copydesk: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`)
    return 2
  }
  if (parsed.values['help'] === true) {
    process.stdout.write(`${command.help}\n`)
    return 0
  }
  const flags = {
    quiet: parsed.values['quiet'] === true,
    pretty: parsed.values['pretty'] === true,
    options: {} as Record<string, string | undefined>,
    named: {
      from: parsed.values['from'] as string | undefined,
      format: parsed.values['format'] as string | undefined,
      id: parsed.values['id'] as string | undefined,
      limit: parsed.values['limit'] as string | undefined,
      explain: parsed.values['explain'] as boolean | undefined,
    },
    failures: 0,
  }
  try {
    if (!TEXT_ARGS.has(name) && rest.length > 1)
      throw new UsageError(`takes one input file, got a second argument "${rest[1]}"`)
    flags.options = settingsOf(parsed, command, name)
    const code = await command.run(rest, flags)
    return code === 0 && flags.failures > 0 ? 1 : code
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`copydesk ${name}: ${error.message}\n`)
      return 2
    }
    const errno = error as NodeJS.ErrnoException
    if (errno.code === 'EPIPE') return 0
    if (errno.syscall === 'write') {
      process.stderr.write(`copydesk ${name}: cannot write output: ${errno.code ?? errno.message}\n`)
      return 1
    }
    if (parsed.values['debug'] === true && !(error instanceof InputError)) throw error
    // Never a stack trace for users (--debug shows it): one line naming what failed.
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`copydesk ${name}: ${message.split('\n')[0] ?? message}\n`)
    return 1
  }
}
