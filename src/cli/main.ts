import { parseArgs } from 'node:util'
import { DEMO_HELP, runDemo } from './commands/demo.js'
import { runValidate, VALIDATE_HELP } from './commands/validate.js'
import { UsageError } from './io.js'

const MAIN_HELP = `Usage: copydesk <command> [options]

Commands:
  validate <file|->   validate articles (JSON object, array or NDJSON)
  demo [dir]          run copydesk over the sample newsroom and print a summary

Options:
  -h, --help          show help for a command
  -q, --quiet         print only problems (validate)

Exit codes: 0 success, 1 invalid content, 2 usage error.`

const HELP: Record<string, string> = { validate: VALIDATE_HELP, demo: DEMO_HELP }

/** Runs the CLI with the given arguments; returns the exit code. */
export function main(argv: string[]): number {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } },
    })
  } catch (error) {
    process.stderr.write(`copydesk: ${(error as Error).message}\n\n${MAIN_HELP}\n`)
    return 2
  }
  const [command, ...rest] = parsed.positionals
  if (command === undefined) {
    ;(parsed.values.help ? process.stdout : process.stderr).write(`${MAIN_HELP}\n`)
    return parsed.values.help ? 0 : 2
  }
  const help = HELP[command]
  if (help === undefined) {
    process.stderr.write(`copydesk: unknown command "${command}"\n\n${MAIN_HELP}\n`)
    return 2
  }
  if (parsed.values.help) {
    process.stdout.write(`${help}\n`)
    return 0
  }
  try {
    if (command === 'validate') return runValidate(rest, { quiet: parsed.values.quiet === true })
    return runDemo(rest)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`copydesk ${command}: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
