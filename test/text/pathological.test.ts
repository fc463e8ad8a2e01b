import { describe, expect, it } from 'vitest'
import { countWords, excerpt, htmlToText, readingTime } from '../../src/text/index.js'

// Linear-time guards: every function on ~1 MB of hostile input returns within a generous bound
// (a quadratic scan of 1 MB would take minutes; Intl.Segmenter alone costs a few µs per word, so
// 1 MB of Chinese takes seconds). No other timing is asserted.
const MB = 1 << 20
const inputs: [string, () => string][] = [
  ['100k nested tags', () => `${'<div><span>'.repeat(50_000)}deep text here${'</span></div>'.repeat(50_000)}`],
  ['100k unclosed nested inline tags', () => `${'<b><i>'.repeat(50_000)}text`],
  ['1 MB of &', () => '&'.repeat(MB)],
  ['1 MB of &amp;', () => '&amp;'.repeat(MB / 5)],
  ['1 MB of &#0000…', () => `&#${'0'.repeat(MB)}65;`],
  ['1 MB single word', () => `<p>${'x'.repeat(MB)}</p>`],
  ['1 MB of <', () => '<'.repeat(MB)],
  ['1 MB of </', () => '</'.repeat(MB / 2)],
  ['1 MB of <a', () => '<a '.repeat(MB / 3)],
  ['1 MB of <!--', () => '<!--'.repeat(MB / 4)],
  ['1 MB of quotes in a tag', () => `<a title="${'"'.repeat(MB)}>`],
  ['1 MB of script text', () => `<script>${'<!--<script>'.repeat(MB / 12)}</script>after`],
  ['1 MB of nested svg', () => `${'<svg>'.repeat(MB / 5)}x`],
  ['1 MB of whitespace', () => ` \n\t`.repeat(MB / 3)],
  ['1 MB of emoji ZWJ', () => '👩‍'.repeat(MB / 3)],
  ['1 MB of combining marks', () => `a${'\u0301'.repeat(MB)}`],
  ['1 MB of Chinese without spaces', () => '我们今天去北京。'.repeat(MB / 8)],
  ['1 MB of Thai without spaces', () => 'สวัสดีครับวันนี้อากาศดี'.repeat(MB / 23)],
  ['1 MB run-on sentence', () => 'and then '.repeat(MB / 9)],
  ['1 MB of lone surrogates', () => '\uD800'.repeat(MB)],
]

describe('pathological input', () => {
  it.each(inputs)(
    '%s: every function returns in linear time',
    (_name, make) => {
      const input = make()
      const started = performance.now()
      const text = htmlToText(input)
      const cut = excerpt(input, { maxWords: 50 })
      const chars = excerpt(input, { maxChars: 300 })
      const sentences = excerpt(input, { maxSentences: 2 })
      const plain = excerpt(input, { format: 'text', maxWords: 50 })
      const reading = readingTime(input)
      const words = countWords(input.slice(0, 200_000))
      const elapsed = performance.now() - started
      expect(elapsed).toBeLessThan(30_000)
      expect(typeof text).toBe('string')
      for (const e of [cut, chars, sentences, plain])
        expect([...new Intl.Segmenter().segment(e.text)].length).toBeLessThanOrEqual(2000)
      expect([...new Intl.Segmenter().segment(chars.text)].length).toBeLessThanOrEqual(300)
      expect(reading.minutes).toBeGreaterThanOrEqual(0)
      expect(words).toBeGreaterThanOrEqual(0)
    },
    60_000,
  )

  it('cuts a 1 MB single word with only maxWords at the safety cap (40 graphemes a word, at least 1,000)', () => {
    const { text, truncated } = excerpt(`<p>${'x'.repeat(MB)}</p>`, { maxWords: 50 })
    expect(truncated).toBe(true)
    expect(text).toBe(`${'x'.repeat(1999)}…`)
  })

  it('cuts a 1 MB run-on sentence with only maxSentences at the safety cap', () => {
    const { text, truncated } = excerpt('and then '.repeat(MB / 9), { maxSentences: 1 })
    expect(truncated).toBe(true)
    expect([...text].length).toBeLessThanOrEqual(1000)
    expect(text.endsWith('then…') || text.endsWith('and…')).toBe(true)
  })
})
