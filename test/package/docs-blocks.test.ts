// The docs-block conventions of _docs-blocks.ts on made-up Markdown: what is extracted, which output
// comments are refused, and that a printed value differing from the docs fails the comparison.
import { describe, expect, it } from 'vitest'
import { decodeCaptured, extractBlocks, mismatches, outputChecks, parseExpected } from './_docs-blocks.js'

const fence = '```'

describe('extractBlocks', () => {
  it('takes ts and typescript blocks (indented ones too) with the line of their fence', () => {
    const md = [
      '# Guide',
      `${fence}ts`,
      "const a = 'x'",
      fence,
      `${fence}sh`,
      'npm test',
      fence,
      '- a list item',
      `  ${fence}typescript`,
      '  const b = 1',
      `  ${fence}`,
    ].join('\n')
    const blocks = extractBlocks('docs/x.md', md)
    expect(blocks.map((b) => [b.name, b.code])).toEqual([
      ['docs/x.md:2', "const a = 'x'"],
      ['docs/x.md:9', 'const b = 1'],
    ])
    expect(blocks.every((b) => b.noCheck === undefined)).toBe(true)
  })

  it('reads the reason of a no-check opt-out (empty when none is given)', () => {
    const md = `${fence}ts no-check: a listing of shapes, not code\n{ a }\n${fence}\n${fence}ts no-check\nx\n${fence}\n`
    expect(extractBlocks('README.md', md).map((b) => b.noCheck)).toEqual(['a listing of shapes, not code', ''])
  })

  it('does not end a block at a shorter fence inside it', () => {
    const md = `${fence}${fence.slice(0, 1)}ts\nconst s = \`${fence}\`\n${fence}${fence.slice(0, 1)}\n`
    expect(extractBlocks('a.md', md)[0]?.code).toBe(`const s = \`${fence}\``)
  })
})

describe('outputChecks', () => {
  it('attaches a → comment to the console.log on its line or the line above, with continuation lines', () => {
    const code = ['console.log(1) // → 1', 'console.log({ a: 1,', '  b: 2 })', '// → { a: 1,', '//   b: 2 }'].join('\n')
    const { prints, checks, problems } = outputChecks(code)
    expect(problems).toEqual([])
    expect(prints).toBe(true)
    expect(checks).toEqual([
      { line: 1, expected: '1' },
      { line: 2, expected: '{ a: 1,\n   b: 2 }' },
    ])
  })

  it('refuses a value shown after a bare expression or printed without →, and an arrow after no console.log', () => {
    const code = ["slugify('A b') // 'a-b'", 'const x = 1', '// → 1', "f()\n// { a: 'b' }", 'console.log(x) // 1']
    expect(outputChecks(code.join('\n')).problems).toEqual([
      'line 1 shows a value after a bare expression: print it (console.log(…) // → value)',
      'line 3: a "// →" comment must follow a console.log(…) call',
      'line 5 shows a value after a bare expression: print it (console.log(…) // → value)',
      'line 6 shows a printed value without "→": write // → value (it is then checked)',
    ])
  })

  it('lets a plain note stand after an expression, and a // inside a string is no comment', () => {
    const code = [
      'renderRemoved(item) // shows "This comment was deleted"',
      "const url = 'https://x.example/a' // the page",
    ]
    expect(outputChecks(code.join('\n')).problems).toEqual([])
  })

  it('does not run a block that declares what the reader brings, and refuses output there', () => {
    const declared = outputChecks('declare const article: { id: string }\nconsole.log(article.id)')
    expect(declared.prints).toBe(false)
    expect(outputChecks("declare const a: string\nconsole.log(a) // → 'x'").problems).toHaveLength(1)
  })
})

describe('parseExpected and mismatches', () => {
  const check = (expected: string, printed: unknown): string[] => mismatches(parseExpected(expected), printed)

  it('compares primitives exactly', () => {
    expect(check("'PT4M'", 'PT4M')).toEqual([])
    expect(check("'PT4M'", 'PT1M')).toEqual(['(value): expected "PT4M", printed "PT1M"'])
    expect(check('-0.5', -0.5)).toEqual([])
    expect(check('true', 'true')).toHaveLength(1)
    expect(check('undefined', undefined)).toEqual([])
    expect(check('null', undefined)).toHaveLength(1)
  })

  it('compares objects key by key: every key listed unless the object ends with …', () => {
    expect(check("{ text: 'a…', truncated: true }", { text: 'a…', truncated: true })).toEqual([])
    expect(check('{ a: 1 }', { a: 1, b: 2 })).toEqual([
      '(value): printed keys the docs do not list (end the object with …): b',
    ])
    expect(check('{ a: 1, … }', { a: 1, b: 2 })).toEqual([])
    expect(check('{ a: 1, b: undefined }', { a: 1 })).toEqual([])
    expect(check('{ a: 1 }', { a: 1, b: undefined })).toEqual([])
    expect(check('{ id, a: 1 }', { a: 1 })).toEqual(['(value).id: missing'])
    expect(check('{ id: …, a: 1 }', { id: 'x7', a: 1 })).toEqual([])
    expect(check("{ 'List-Unsubscribe': 'x' }", { 'List-Unsubscribe': 'y' })).toHaveLength(1)
  })

  it('compares arrays item by item, and only a prefix when they end with …', () => {
    expect(check("['a', 'b']", ['a', 'b'])).toEqual([])
    expect(check("['a']", ['a', 'b'])).toEqual(['(value): expected 1 items, printed 2'])
    expect(check("['a', …]", ['a', 'b'])).toEqual([])
    expect(check("['b', …]", ['a', 'b'])).toEqual(['(value)[0]: expected "b", printed "a"'])
    expect(check('[{ a: 1 }, …]', [{ a: 2 }])).toEqual(['(value)[0].a: expected 1, printed 2'])
  })

  it('keeps … inside strings as text', () => {
    expect(check("'From chalk cliffs to…'", 'From chalk cliffs to…')).toEqual([])
    expect(check("'From chalk cliffs to…'", 'From chalk cliffs to the harbor')).toHaveLength(1)
  })

  it('refuses what is not a literal: a note after the value, a call, a name', () => {
    expect(() => parseExpected("'東京の天気' (a Unicode slug)")).toThrow(/not a literal/)
    expect(() => parseExpected('foo()')).toThrow(/not a literal/)
    expect(() => parseExpected('{ a: b }')).toThrow(/not a literal/)
  })

  it('decodes undefined as the capture wrote it', () => {
    expect(decodeCaptured('[{"$docs":"undefined"},1]')).toEqual([undefined, 1])
  })
})
