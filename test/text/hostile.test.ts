import { describe, expect, it } from 'vitest'
import { countWords, excerpt, htmlToText, readingTime } from '../../src/text/index.js'
import cases from '../fixtures/hostile-html.json'

// test/fixtures/hostile-html.json: hostile HTML and text (unclosed tags, `<` in text, attributes
// holding `>`, entities at the limit, `&amp;lt;`, emoji sequences at the cut, RTL, CJK, Thai,
// Devanagari, Hangul, lone surrogates, 1 MB bodies) with the exact expected output. A case with
// `build` repeats a piece to make a large input.
interface Case {
  name: string
  fn: 'htmlToText' | 'excerpt' | 'countWords' | 'readingTime'
  input?: string
  build?: { prefix: string; repeat: string; times: number; suffix: string }
  options?: Record<string, unknown>
  expected: unknown
}

const all = cases as Case[]
const run = {
  htmlToText: (input: string, options?: object) => htmlToText(input, options),
  excerpt: (input: string, options?: object) => excerpt(input, options),
  countWords: (input: string, options?: object) => countWords(input, options),
  readingTime: (input: string, options?: object) => readingTime(input, options),
}

function inputOf(c: Case): string {
  return c.build === undefined
    ? (c.input as string)
    : c.build.prefix + c.build.repeat.repeat(c.build.times) + c.build.suffix
}

describe('hostile HTML fixture (test/fixtures/hostile-html.json)', () => {
  it('has at least 60 cases, every function covered', () => {
    expect(all.length).toBeGreaterThanOrEqual(60)
    expect(new Set(all.map((c) => c.fn))).toEqual(new Set(['htmlToText', 'excerpt', 'countWords', 'readingTime']))
  })

  it.each(all.map((c) => [c.fn, c.name, c] as const))('%s: %s', (fn, _name, c) => {
    expect(run[fn](inputOf(c), c.options)).toEqual(c.expected)
  })
})
