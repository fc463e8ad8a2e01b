import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { slugify } from '../../src/slug/index.js'
import { ROOT } from './_run.js'

// The comparison table in docs/slug.md: its copydesk columns must be what slugify returns.
const doc = readFileSync(`${ROOT}docs/slug.md`, 'utf8')
const header = '| input | locale | copydesk | copydesk unicode |'
const start = doc.indexOf(header)
const rows = doc
  .slice(start)
  .split('\n')
  .slice(2)
  .filter((line, i, all) => line.startsWith('|') && all.slice(0, i).every((l) => l.startsWith('|')))
  .map((line) => line.split(/(?<!\\) \| /).map((cell) => cell.replace(/^\| ?/, '').replace(/\\\|/g, '|').trim()))
const unquote = (cell: string) => (cell === '*(empty)*' ? '' : cell.replace(/^`|`$/g, ''))

describe('docs/slug.md comparison table', () => {
  it('has at least 15 rows', () => {
    expect(start).toBeGreaterThan(-1)
    expect(rows.length).toBeGreaterThanOrEqual(15)
  })

  it.each(rows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!] as const))(
    'shows copydesk’s real output for %j (%s)',
    (input, locale, ascii, unicode) => {
      const text = input.replace('<ZWSP>', '\u200B')
      expect(slugify(text, { locale })).toBe(unquote(ascii))
      expect(slugify(text, { locale, mode: 'unicode' })).toBe(unquote(unicode))
    },
  )
})
