import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './_run.js'

const good = {
  id: 'a1',
  slug: 'king-tide',
  title: 'King tide',
  html: '<p>x</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
}
const bad = { ...good, publishedAt: 'yesterday', authors: [{ id: 'u1', slug: 'omar-ali' }] }

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'copydesk-cli-')), name)
  writeFileSync(path, content)
  return path
}

describe('copydesk validate', () => {
  it('exits 0 and says so for a valid article file', () => {
    const run = runCli(['validate', tempFile('good.json', JSON.stringify(good))])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('1 of 1 article valid\n')
  })

  it('prints each problem as "[index] id field: message" and exits 1 for a bad file', () => {
    const run = runCli(['validate', tempFile('bad.json', JSON.stringify(bad))])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[0\] a1 authors\.0\.name: Invalid input: expected string, received undefined$/m)
    expect(run.stderr).toMatch(/^\[0\] a1 publishedAt: Expected an ISO 8601 date-time/m)
    expect(run.stderr).toMatch(/0 of 1 article valid/)
  })

  it('prefixes problems with index and id for arrays read from stdin', () => {
    const run = runCli(['validate', '-'], JSON.stringify([good, { ...bad, id: 'a2' }]))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[1\] a2 authors\.0\.name: /m)
    expect(run.stderr).toMatch(/1 of 2 articles valid/)
  })

  it('reads NDJSON', () => {
    const run = runCli(['validate', '-'], `${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: 'a2' })}\n`)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('2 of 2 articles valid\n')
  })

  it('prints only problems with --quiet', () => {
    const run = runCli(['validate', '--quiet', '-'], JSON.stringify(good))
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it.each([
    ['no file argument', ['validate'], undefined, /^copydesk validate: needs a file path/],
    [
      'a missing file',
      ['validate', '/nonexistent/articles.json'],
      undefined,
      /cannot read \/nonexistent\/articles\.json/,
    ],
    ['an unknown command', ['publish'], undefined, /unknown command "publish"/],
    [
      'an unknown flag',
      ['validate', '--frobnicate', '-'],
      '{}',
      /^copydesk validate: unknown option --frobnicate \(see copydesk --help\)\n$/,
    ],
    ['an unknown -o key', ['validate', '-o', 'foo=1', '-'], '{}', /^copydesk validate: unknown option "foo"/],
    [
      'a second file',
      ['validate', 'a.json', 'b.json'],
      undefined,
      /takes one input file, got a second argument "b\.json"/,
    ],
  ])('exits 2 on a usage error: %s', (_name, args, input, message) => {
    const run = runCli(args, input)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})

describe('copydesk help and demo', () => {
  it('prints help for the CLI and for each command, exit 0', () => {
    const main = runCli(['--help'])
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/^Usage: copydesk <command>/)
    const commands = [...main.stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!)
    expect(commands).toEqual(expect.arrayContaining(['validate', 'demo']))
    for (const command of commands) {
      const help = runCli([command, '--help'])
      expect(help.code, command).toBe(0)
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: copydesk ${command}`))
    }
  })

  it('exits 2 and prints usage with no command', () => {
    const run = runCli([])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^Usage: copydesk/)
  })

  it('demo validates the sample newsroom and prints a summary', () => {
    const out = mkdtempSync(join(tmpdir(), 'copydesk-site-'))
    const run = runCli(['demo', '-o', `out=${out}`, '-o', 'now=2026-11-25T12:00:00Z'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^Articles: 24\/24 valid$/m)
    expect(run.stdout).toMatch(/^Sections: .*news \d/m)
    expect(run.stdout).toMatch(/^Section fronts \(teasers\):$/m)
    expect(run.stdout).toMatch(/^Moderation: +approve \d+/m)
    expect(run.stdout).toMatch(/^Site: \d+ files in .*index\.html/m)
    expect(run.stdout.split('\n').length).toBeLessThan(80)
  })

  it('demo exits 2 for a folder without articles.json', () => {
    const run = runCli(['demo', mkdtempSync(join(tmpdir(), 'copydesk-empty-'))])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/has no articles\.json/)
  })
})
