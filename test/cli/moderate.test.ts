import { describe, expect, it } from 'vitest'
import comments from '../../examples/newsroom/comments.json' with { type: 'json' }
import { runCli } from './_run.js'

interface CliVerdict {
  id?: string
  action: string
  status: string
  score: number
  reasons: {
    code: string
    message: string
    weight: number
    span?: [number, number]
    term?: string
    category?: string
  }[]
  policyVersion: string
  html?: string
  text?: string
}

const parse = (stdout: string): CliVerdict[] => JSON.parse(stdout) as CliVerdict[]

describe('copydesk moderate', () => {
  it('prints one explained verdict per sample newsroom comment, in input order', () => {
    const run = runCli(['moderate', 'examples/newsroom/comments.json'])
    expect(run.code, run.stderr).toBe(0)
    const verdicts = parse(run.stdout)
    expect(verdicts).toHaveLength(41)
    expect(verdicts[0]?.id).toBe('c-001')
    const byId: Record<string, CliVerdict> = Object.fromEntries(verdicts.map((v) => [v.id, v]))
    for (const id of ['c-012', 'c-015', 'c-034', 'c-035', 'c-038']) expect(byId[id]?.action, id).not.toBe('approve')
    expect(byId['c-029']).toMatchObject({ action: 'hold', status: 'pending' })
    expect(byId['c-029']?.reasons.map((r) => r.code)).toEqual(['duplicate', 'too-fast'])
    expect(byId['c-030']).toMatchObject({ action: 'approve', status: 'published', score: 0, reasons: [] })
    expect(byId['c-034']?.reasons.filter((r) => r.code === 'term').map((r) => r.term)).toEqual([
      'fuck',
      'shit',
      'bitch',
      'idiot',
    ])
    for (const v of verdicts) expect(v.policyVersion).toMatch(/^default@1\.2\.0\+[0-9a-f]{8}$/)
  })

  it('reads standard input and NDJSON, and honours options', () => {
    const input = [
      JSON.stringify({ id: 'a', html: '<p>Nice piece, thank you.</p>', author: { name: 'Ana' } }),
      JSON.stringify({ id: 'b', html: '<p>Du Arschloch</p>' }),
      JSON.stringify({ id: 'c', html: '<p>Read <a href="https://harborledger.example/x">this</a></p>' }),
    ].join('\n')
    const run = runCli(
      [
        'moderate',
        '-',
        '--pretty',
        '-o',
        'lists=de',
        '-o',
        'html=true',
        '-o',
        'hold=1.5',
        '-o',
        'trustedDomains=harborledger.example',
      ],
      input,
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^\[\n {2}\{/)
    const [a, b, c] = parse(run.stdout)
    expect(a).toMatchObject({
      id: 'a',
      action: 'approve',
      html: '<p>Nice piece, thank you.</p>',
      text: 'Nice piece, thank you.',
    })
    expect(b).toMatchObject({ id: 'b', action: 'hold' })
    expect(b?.reasons[0]).toMatchObject({ code: 'term', term: 'arschloch', category: 'profanity', span: [3, 12] })
    expect(c).toMatchObject({ id: 'c', action: 'approve', reasons: [] })
  })

  it('holds first comments with authors=true and judges comments alone with history=false', () => {
    const withAuthors = parse(runCli(['moderate', 'examples/newsroom/comments.json', '-o', 'authors=true']).stdout)
    // A new commenter has no earlier *published* comment (same id, or same name and email).
    const key = (c: (typeof comments)[number]): string =>
      c.author.id ?? `${c.author.name}|${(c.author as { email?: string }).email?.toLowerCase() ?? ''}`
    const newcomers = comments
      .filter((c) => !comments.some((o) => key(o) === key(c) && o.createdAt < c.createdAt && o.status === 'published'))
      .map((c) => c.id)
    const held = withAuthors.filter((v) => v.reasons.some((r) => r.code === 'new-commenter')).map((v) => v.id as string)
    expect(held.sort()).toEqual(newcomers.sort())
    const alone = parse(runCli(['moderate', 'examples/newsroom/comments.json', '-o', 'history=false']).stdout)
    expect(alone.find((v) => v.id === 'c-029')).toMatchObject({ action: 'approve' })
  })

  it('reports records without html on stderr and exits 1', () => {
    const run = runCli(
      ['moderate', '-'],
      JSON.stringify([
        { id: 'x', body: 'no html' },
        { id: 'y', html: '<p>ok</p>' },
      ]),
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('[0] x html: a comment needs an html string')
    expect(parse(run.stdout)).toHaveLength(1)
  })

  it('refuses articles given where comments belong (exit 1, one line per article)', () => {
    const run = runCli(['moderate', 'examples/newsroom/articles.json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[0\] art-001: This is an article \(it has a title or authors\), not a comment$/m)
    expect(parse(run.stdout)).toEqual([])
  })

  it.each([
    [['moderate'], /needs a file path/],
    [['moderate', '-', '-o', 'colour=blue'], /unknown option "colour"/],
    [['moderate', '-', '-o', 'lists=xx'], /unknown list "xx"/],
    [['moderate', '-', '-o', 'hold=high'], /hold must be a non-negative number/],
    [['moderate', '-', '-o', 'hold=20'], /thresholds\.reject must be a finite number/],
    [['moderate', '-', '-o', 'now=tomorrow'], /now must be an ISO 8601 date/],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const run = runCli(args, '[]')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('is listed in copydesk --help and has its own help', () => {
    expect(runCli(['--help']).stdout).toMatch(/moderate\s+moderate comments/)
    expect(runCli(['moderate', '--help']).stdout).toContain('Usage: copydesk moderate <comments.json|->')
  })
})
