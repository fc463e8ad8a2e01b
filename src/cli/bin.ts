import { main } from './main.js'

/**
 * Output that cannot be written ends the run without a stack trace: a closed pipe
 * (`copydesk teasers big.json | head -c 1`) is a reader that has seen enough, exit 0; any other
 * write error (`> /dev/full`: ENOSPC) is one line on stderr, exit 1.
 */
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0)
  try {
    process.stderr.write(`copydesk: cannot write output: ${error.code ?? error.message}\n`)
  } finally {
    process.exit(1)
  }
}

process.stdout.on('error', onOutputError)
process.stderr.on('error', () => process.exit(1))

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (code === 'EPIPE') process.exit(0)
    process.stderr.write(
      `copydesk: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
