import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from './_run.js'

const ARTICLES = join(ROOT, 'examples/newsroom/articles.json')

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'copydesk-cli-')), name)
  writeFileSync(path, content)
  return path
}

describe('copydesk related', () => {
  it('prints every article’s related stories as JSON, in input order', () => {
    const run = runCli(['related', ARTICLES])
    expect(run.code).toBe(0)
    const rows = JSON.parse(run.stdout) as { id: string; related: { id: string; score: number }[] }[]
    expect(rows.map((r) => r.id)).toEqual(
      (JSON.parse(readFileSync(ARTICLES, 'utf8')) as { id: string }[]).map((a) => a.id),
    )
    const wildfire = rows.find((r) => r.id === 'art-006')
    expect(
      wildfire?.related
        .map((p) => p.id)
        .slice(0, 3)
        .sort(),
    ).toEqual(['art-007', 'art-008', 'art-009'])
    expect(Object.keys(wildfire?.related[0] ?? {})).toEqual(['id', 'score'])
    expect(run.stderr).toBe('')
  })

  it('prints one article’s picks with --id and --limit, with reasons and a why line with --explain', () => {
    const run = runCli(['related', ARTICLES, '--id', 'art-011', '--limit', '2', '--explain', '--pretty'])
    expect(run.code).toBe(0)
    const picks = JSON.parse(run.stdout) as {
      id: string
      kind: string
      scoreParts: Record<string, number>
      reasons: { code: string; message: string }[]
      label: string
      sharedTags: string[]
      why: string
    }[]
    expect(picks.map((p) => p.id)).toEqual(['art-012', 'art-013'])
    expect(picks[0]?.sharedTags).toContain('jazz')
    expect(picks[0]?.label).toMatch(/^Also on /)
    expect(picks[0]?.why.startsWith(`${picks[0]?.label} — tags `)).toBe(true)
    expect(picks[0]?.reasons[0]?.code).toBe('shared-tags')
    expect(picks[0]?.scoreParts).toHaveProperty('recency', 1)
    expect(run.stdout).toContain('\n  ')
  })

  it('reads standard input and passes -o options (fallback fills the row)', () => {
    const docs = [
      { id: 'a', title: 'Storm floods the harbor' },
      { id: 'b', title: 'Jazz on the piers' },
      { id: 'c', title: 'Mariners win the derby' },
    ]
    const run = runCli(
      ['related', '-', '--id', 'a', '-o', 'fallback=latest', '-o', 'minScore=0.5'],
      JSON.stringify(docs),
    )
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { id: string }[]).map((p) => p.id)).toEqual(['b', 'c'])
  })

  it('exits 1 for an unknown --id and for a record that is not an article, in the shared record format', () => {
    expect(runCli(['related', ARTICLES, '--id', 'nope']).code).toBe(1)
    const run = runCli(['related', tempFile('bad.json', JSON.stringify([{ id: 'a', title: 'x' }, { title: 'no id' }]))])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[1\] \? id: An article needs a non-empty string id$/m)
    expect(JSON.parse(run.stdout)).toEqual([{ id: 'a', related: [] }])
  })

  it('refuses comments given where articles belong (exit 1, one line per record)', () => {
    const comments = [{ id: 'c1', articleId: 'a', html: '<p>hi</p>', author: { name: 'Ann' } }]
    const run = runCli(['related', tempFile('comments.json', JSON.stringify(comments))])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[0\] c1 title: An article needs a title$/m)
  })

  it.each([
    [['related'], /needs a file path/],
    [['related', ARTICLES, '-o', 'color=red'], /unknown option "color"/],
    [['related', ARTICLES, '-o', 'halfLifeDays=soon'], /halfLifeDays must be a number/],
    [['related', ARTICLES, '--limit', 'many'], /--limit must be a whole number/],
    [['related', ARTICLES, '-o', 'fallback=random'], /fallback must be one of/],
  ])('exits 2 with a usage message for %j', (args, message) => {
    const run = runCli(args as string[])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('shows help', () => {
    const run = runCli(['related', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: copydesk related <articles\.json\|->/)
  })
})
