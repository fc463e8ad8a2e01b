import { isCopydeskError } from '../../errors.js'
import { slugify, type SlugifyOptions } from '../../slug/index.js'
import { readInput, UsageError } from '../io.js'
import type { CliCommand, CliFlags } from './index.js'

/** `copydesk slug` help text. */
export const SLUG_HELP = `Usage: copydesk slug <text…> [-o key=value …]
       copydesk slug - [-o key=value …]

Prints the URL slug of the text (the words are joined with spaces), or with "-"
the slug of every line of standard input, one per line.

Options (-o key=value, repeatable):
  locale=de         language of the text: romanization (ä → ae), the word for "&"
  mode=unicode      keep letters of every script (default: ascii)
  maxLength=60      longest slug, cut at a word boundary (default: 185)
  separator=_       one of - _ . ~ (default: -)

Text that starts with "-" goes after "--": copydesk slug -- -5 degrees and falling

Exit codes: 0 success, 2 usage error.`

const KEYS = ['locale', 'mode', 'maxLength', 'separator'] as const

function slugOptions(options: CliFlags['options']): SlugifyOptions {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`unknown option "${key}" (expected one of ${KEYS.join(', ')})`)
    }
    result[key] = key === 'maxLength' && value !== undefined ? Number(value) : value
  }
  return result as SlugifyOptions
}

/** Runs `copydesk slug`; returns the exit code. */
export function runSlug(args: string[], flags: CliFlags): number {
  if (args.length === 0) throw new UsageError('slug needs some text, or - to read lines from standard input')
  const options = slugOptions(flags.options)
  const lines =
    args.length === 1 && args[0] === '-'
      ? readInput('-')
          .split(/\r?\n/)
          .filter((line) => line.trim() !== '')
      : [args.join(' ')]
  try {
    process.stdout.write(lines.map((line) => `${slugify(line, options)}\n`).join(''))
  } catch (error) {
    if (isCopydeskError(error)) throw new UsageError(error.message.replace(/^slugify: options\./, 'option '))
    throw error
  }
  return 0
}

/** The `slug` command, registered in ./registry.ts. */
export const SLUG_COMMAND: CliCommand = { summary: 'print the URL slug of a headline', help: SLUG_HELP, run: runSlug }
