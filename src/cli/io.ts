import { readFileSync } from 'node:fs'

/** A usage problem: wrong arguments or options. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** Input that cannot be used: unreadable, not JSON, or empty. Exit code 1, one line, no stack. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

/** Reads a file, or standard input when `path` is `-`. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}`)
  }
}

/** Line and column (both 1-based, column in UTF-16 units) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}

/**
 * Where JSON.parse failed, as an offset into `text`: from the engine's `position N` (Node 20–22),
 * from `line L column C` (Node 22+), else the end of the text ("Unexpected end of JSON input").
 */
function failureOffset(message: string, text: string): number {
  const position = /\bposition (\d+)/.exec(message)
  if (position !== null) return Number(position[1])
  const at = /\bline (\d+) column (\d+)/.exec(message)
  if (at !== null) {
    let offset = 0
    for (let l = 1; l < Number(at[1]); l++) offset = text.indexOf('\n', offset) + 1
    return offset + Number(at[2]) - 1
  }
  return text.length
}

/** The first clause of a JSON.parse message, without its position or excerpt (we give line and column). */
function reason(message: string): string {
  const cut = [', "', ' in JSON at position', ' (line '].map((marker) => message.indexOf(marker)).filter((at) => at > 0)
  return cut.length === 0 ? message : message.slice(0, Math.min(...cut))
}

function jsonError(source: string, text: string, error: unknown, lineOffset = 0): InputError {
  const message = error instanceof Error ? error.message : String(error)
  const { line, column } = lineColumn(text, failureOffset(message, text))
  return new InputError(`${source}:${line + lineOffset}:${column}: not valid JSON: ${reason(message)}`)
}

/**
 * Parses a JSON document (an object or an array) or NDJSON (one JSON value per line) and returns
 * the records as an array. Errors name the real line and column (`file:12:3: not valid JSON: …`);
 * NDJSON is only tried when the first line is a JSON value of its own, so a pretty-printed file
 * with a stray comma is reported where the comma is, not at "line 1". Empty input is an
 * {@link InputError} ("no records").
 */
export function parseRecords(text: string, source: string): unknown[] {
  const name = source === '-' ? 'standard input' : source
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') throw new InputError(`${name}: no records (the input is empty)`)
  try {
    const value: unknown = JSON.parse(body)
    return Array.isArray(value) ? value : [value]
  } catch (documentError) {
    const lines = body.split('\n')
    const first = lines.findIndex((line) => line.trim() !== '')
    let ndjson: boolean
    try {
      JSON.parse(lines[first] ?? '')
      ndjson = lines.slice(first + 1).some((line) => line.trim() !== '')
    } catch {
      ndjson = false
    }
    if (!ndjson) throw jsonError(name, body, documentError)
    const records: unknown[] = []
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      try {
        records.push(JSON.parse(line))
      } catch (error) {
        throw jsonError(name, line, error, index)
      }
    })
    return records
  }
}

/** Writes a JSON value to stdout, compact or pretty. */
export function writeJson(value: unknown, pretty: boolean): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`)
}
