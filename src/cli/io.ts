import { readFileSync } from 'node:fs'

/** A usage problem: wrong arguments, unreadable or unparseable input. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** Reads a file, or standard input when `path` is `-`. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}`)
  }
}

/**
 * Parses a JSON document (an object or an array) or NDJSON (one JSON value per line).
 * Returns the records as an array.
 */
export function parseRecords(text: string, source: string): unknown[] {
  const trimmed = text.trim()
  if (trimmed === '') return []
  try {
    const value: unknown = JSON.parse(trimmed)
    return Array.isArray(value) ? value : [value]
  } catch (jsonError) {
    const lines = trimmed.split('\n')
    if (lines.length < 2) {
      throw new UsageError(`${source} is not valid JSON: ${(jsonError as Error).message}`)
    }
    return lines
      .map((line, index) => ({ line: line.trim(), index }))
      .filter(({ line }) => line !== '')
      .map(({ line, index }) => {
        try {
          return JSON.parse(line) as unknown
        } catch (error) {
          throw new UsageError(`${source} line ${index + 1} is not valid JSON: ${(error as Error).message}`)
        }
      })
  }
}

/** Writes a JSON value to stdout, compact or pretty. */
export function writeJson(value: unknown, pretty: boolean): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`)
}
