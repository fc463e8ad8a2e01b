import { describe, expect, it } from 'vitest'
import { parseTeaser } from '../../src/schema/index.js'
import { runCli } from './_run.js'

describe('copydesk teasers', () => {
  it('prints a JSON array of valid teasers for the sample newsroom', () => {
    const run = runCli([
      'teasers',
      'examples/newsroom/articles.json',
      '-o',
      'baseUrl=https://harborledger.example',
      '-o',
      'published=true',
    ])
    expect(run.code, run.stderr).toBe(0)
    const teasers = JSON.parse(run.stdout) as unknown[]
    expect(teasers.length).toBeGreaterThan(15)
    for (const teaser of teasers) expect(() => parseTeaser(teaser)).not.toThrow()
    expect(run.stdout).not.toContain('SECRET-GATED-PARAGRAPH')
    expect((teasers[0] as { url: string }).url).toMatch(/^https:\/\/harborledger\.example\//)
  })

  it('pretty-prints with --pretty and honours maxChars', () => {
    const article = {
      id: 'a1',
      slug: 'x',
      title: 'X',
      html: `<p>${'word '.repeat(100)}</p>`,
      authors: [{ id: 'u', name: 'U', slug: 'u' }],
    }
    const run = runCli(['teasers', '-', '--pretty', '-o', 'maxChars=30'], JSON.stringify(article))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^\[\n {2}\{/)
    const [teaser] = JSON.parse(run.stdout) as { excerpt: string; truncated: boolean }[]
    expect(teaser).toMatchObject({ truncated: true })
    expect([...teaser!.excerpt].length).toBeLessThanOrEqual(30)
  })

  it('reports invalid articles on stderr, leaves them out and exits 1', () => {
    const good = { id: 'a1', slug: 'x', title: 'X', html: '', authors: [{ id: 'u', name: 'U', slug: 'u' }] }
    const run = runCli(['teasers', '-'], JSON.stringify([good, { ...good, id: 'a2', authors: [] }]))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[1\] a2 authors: An article needs at least one author$/m)
    expect(JSON.parse(run.stdout)).toHaveLength(1)
  })

  it.each([
    [['teasers'], /needs a file path/],
    [['teasers', '-', '-o', 'colour=blue'], /unknown option "colour"/],
    [['teasers', '-', '-o', 'maxChars=zero'], /maxChars must be a positive integer/],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const run = runCli(args, '[]')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})
