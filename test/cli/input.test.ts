// The CLI's contract with its input and output, shared by every command: records checked against
// the schema the command expects, one problem format, JSON errors at the real line and column,
// one-line usage errors, and output errors without stack traces.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from './_run.js'

const ARTICLES = join(ROOT, 'examples/newsroom/articles.json')
const COMMENTS = join(ROOT, 'examples/newsroom/comments.json')
const CLI = join(ROOT, 'dist/cli.js')

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'copydesk-input-')), name)
  writeFileSync(path, content)
  return path
}

function sh(script: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('bash', ['-o', 'pipefail', '-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('records checked against the schema the command expects', () => {
  it.each([
    ['validate', []],
    ['teasers', []],
    ['feed', ['--title', 'Ledger']],
  ])('%s refuses comments with "[index] id field: message", exit 1', (command, extra) => {
    const run = runCli([command, COMMENTS, ...extra])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[0\] c-001 slug: /m)
    expect(run.stderr).toMatch(/^\[40\] c-041 /m)
    // One format: every problem line starts with [index] id.
    const problems = run.stderr.split('\n').filter((line) => line.startsWith('['))
    expect(problems.length).toBeGreaterThan(40)
    for (const line of problems) expect(line).toMatch(/^\[\d+\] \S+( \S+)?: /)
  })
})

describe('JSON errors', () => {
  it('name the real line and column of a pretty-printed file with a trailing comma', () => {
    const file = tempFile('trailing.json', '[\n  {\n    "id": "a",\n    "title": "x",\n  }\n]\n')
    const run = runCli(['validate', file])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `copydesk validate: ${file}:5:3: not valid JSON: ${run.stderr.split('not valid JSON: ')[1]}`,
    )
    expect(run.stderr).toMatch(/:5:3: not valid JSON: /)
    expect(run.stderr.split('\n')).toHaveLength(2)
  })

  it('name the NDJSON line that is broken', () => {
    const good = readFileSync(ARTICLES, 'utf8')
    const first = JSON.stringify((JSON.parse(good) as unknown[])[0])
    const run = runCli(['validate', '-'], `${first}\n${first}\n{"id": "x",}\n`)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^copydesk validate: standard input:3:\d+: not valid JSON/)
  })

  it.each([
    ['an empty file', () => ['validate', tempFile('empty.json', '')], undefined],
    ['blank standard input', () => ['validate', '-'], ' \n\n'],
    ['an empty file to teasers', () => ['teasers', tempFile('empty.json', '\n')], undefined],
  ])('say "no records" for %s, exit 1', (_name, args, input) => {
    const run = runCli(args(), input)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/no records \(the input is empty\)\n$/)
  })
})

describe('usage errors are one plain line, exit 2', () => {
  it.each([
    [['teasers', '--bogus', ARTICLES], /^copydesk teasers: unknown option --bogus \(see copydesk --help\)\n$/],
    [['--nope'], /^copydesk: unknown option --nope \(see copydesk --help\)\n$/],
    [['import', '--from'], /^copydesk import: option --from needs a value\n$/],
    [['teasers', ARTICLES, ARTICLES], /^copydesk teasers: takes one input file, got a second argument/],
    [['validate', '-o', 'foo=1', ARTICLES], /^copydesk validate: unknown option "foo"/],
  ])('%j', (args, message) => {
    const run = runCli(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/\n {4}at /)
  })
})

describe('settings: long flags, with -o key=value as an alias', () => {
  it('teasers --max-chars 60 --published equals -o maxChars=60 -o published=true', () => {
    const flags = runCli(['teasers', ARTICLES, '--max-chars', '60', '--published'])
    const alias = runCli(['teasers', ARTICLES, '-o', 'maxChars=60', '-o', 'published=true'])
    expect(flags.code).toBe(0)
    expect(flags.stdout).toBe(alias.stdout)
    const teasers = JSON.parse(flags.stdout) as { excerpt: string; status?: string }[]
    expect(teasers.length).toBeGreaterThan(0)
    for (const teaser of teasers) expect([...teaser.excerpt].length).toBeLessThanOrEqual(60)
  })

  it('feed builds a JSON Feed without a home page URL, and asks for one only for RSS', () => {
    const json = runCli(['feed', ARTICLES, '--title', 'Ledger'])
    expect(json.code).toBe(0)
    const feed = JSON.parse(json.stdout) as { title: string; home_page_url?: string; items: unknown[] }
    expect(feed.title).toBe('Ledger')
    expect(feed.home_page_url).toBeUndefined()
    expect(feed.items.length).toBeGreaterThan(0)
    const rss = runCli(['feed', ARTICLES, '--title', 'Ledger', '--format', 'rss'])
    expect(rss.code).toBe(2)
    expect(rss.stderr).toMatch(/RSS needs --home-page-url/)
  })
})

describe('output errors end without a stack trace', () => {
  it('a closed pipe (teasers | head -c 1) ends quietly, exit 0', () => {
    const articles = JSON.parse(readFileSync(ARTICLES, 'utf8')) as { id: string; slug: string }[]
    const big = Array.from({ length: 40 }, (_, round) =>
      articles.map((a) => ({ ...a, id: `${a.id}-${round}`, slug: `${a.slug}-${round}` })),
    ).flat()
    const file = tempFile('big.json', JSON.stringify(big))
    const run = sh(`node ${CLI} teasers ${file} | head -c 1`)
    expect(run.stdout).toBe('[')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('a full disk (validate > /dev/full) is one line, exit 1', () => {
    const run = sh(`node ${CLI} validate ${ARTICLES} > /dev/full`)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^copydesk( validate)?: cannot write output: ENOSPC\n$/)
  })
})
