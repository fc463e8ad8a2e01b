import { describe, expect, it } from 'vitest'
import { TextReader } from '../../src/_internal/htmlReader.js'
import {
  excerpt,
  isCopydeskError,
  type ExcerptOptions,
  type TextFormat,
  type TextMarker,
} from '../../src/text/index.js'
import articles from '../../examples/newsroom/articles.json'

const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

describe('excerpt', () => {
  it.each([
    // The TSDoc examples.
    [
      '<p>From chalk cliffs to the harbor, the storm left its mark.</p>',
      { maxChars: 24 },
      { text: 'From chalk cliffs to…', truncated: true },
    ],
    [
      '<p>Mr. Ali met Dr. Chen in the U.S. capital. Then they left.</p>',
      { maxSentences: 1 },
      { text: 'Mr. Ali met Dr. Chen in the U.S. capital.', truncated: true },
    ],
    [
      '<p>Short intro.</p><!--more--><p>The rest.</p>',
      undefined,
      { text: 'Short intro.', truncated: true, stoppedAt: 'more' },
    ],
    ['From charity to chaos in one week', { format: 'text', maxChars: 12 }, { text: 'From…', truncated: true }],
    ['<p>Billie Eilish</a></p><p>are back</p>', { maxWords: 2 }, { text: 'Billie Eilish…', truncated: true }],
    // The module example and the TextFormat example.
    ['<p>One two three four</p>', { maxWords: 2 }, { text: 'One two…', truncated: true }],
    ['Fish & chips <3', { format: 'text' }, { text: 'Fish & chips <3', truncated: false }],
  ] as const)('matches its documentation: %j %j', (input, options, expected) => {
    expect(excerpt(input, options as ExcerptOptions | undefined)).toEqual(expected)
  })

  it('reports the TextMarker of the documentation example', () => {
    const marker: TextMarker | undefined = excerpt('<p>Lead.</p><!--more--><p>Body.</p>').stoppedAt
    expect(marker).toBe('more')
    const format: TextFormat = 'text'
    expect(excerpt('Fish & chips <3', { format }).text).toBe('Fish & chips <3')
  })

  it('keeps 50 words when no limit is given', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`)
    const result = excerpt(`<p>${words.join(' ')}</p>`)
    expect(result).toEqual({ text: `${words.slice(0, 50).join(' ')}…`, truncated: true })
  })

  it('applies the tightest of several limits', () => {
    const html = '<p>One two three. Four five six. Seven eight nine.</p>'
    expect(excerpt(html, { maxWords: 5, maxSentences: 1 }).text).toBe('One two three.')
    expect(excerpt(html, { maxWords: 2, maxSentences: 2 }).text).toBe('One two…')
    expect(excerpt(html, { maxWords: 8, maxChars: 12 }).text).toBe('One two…')
    expect(excerpt(html, { maxSentences: 3, maxChars: 100 })).toEqual({
      text: 'One two three. Four five six. Seven eight nine.',
      truncated: false,
    })
  })

  it('counts the ellipsis in maxChars, in graphemes', () => {
    for (const maxChars of [2, 5, 10, 17, 30]) {
      for (const ellipsis of ['…', '...', ' [&hellip;]', '👉']) {
        const { text } = excerpt('<p>The harbor road flooded twice before dawn on Sunday.</p>', {
          maxChars,
          ellipsis: ellipsis.length < maxChars ? ellipsis : '…',
        })
        expect(graphemes(text)).toBeLessThanOrEqual(maxChars)
      }
    }
  })

  it('backs off to the last space before the budget however far back, else cuts inside the first word', () => {
    expect(excerpt('From charity to chaos in one week', { maxChars: 12 })).toEqual({ text: 'From…', truncated: true })
    expect(excerpt('From charity to chaos in one week', { format: 'text', maxChars: 12 }).text).toBe('From…')
    expect(excerpt('abc defghijklmnop', { format: 'text', maxChars: 10 }).text).toBe('abc…')
    expect(excerpt('abcdefg hijklmnop', { format: 'text', maxChars: 10 }).text).toBe('abcdefg…')
    expect(excerpt('Supercalifragilistic', { format: 'text', maxChars: 6 }).text).toBe('Super…')
  })

  it('cuts Chinese and Japanese at an Intl.Segmenter word boundary within the char budget', () => {
    const { text } = excerpt('我们今天去北京看看天安门广场', { format: 'text', maxChars: 8, locale: 'zh' })
    expect(graphemes(text)).toBeLessThanOrEqual(8)
    expect(text.endsWith('…')).toBe(true)
    const kept = text.slice(0, -1)
    const boundaries = [
      ...new Intl.Segmenter('zh', { granularity: 'word' }).segment('我们今天去北京看看天安门广场'),
    ].map((s) => s.index)
    expect(boundaries).toContain(kept.length)
  })

  it('reports stoppedAt only when the marker, not a limit, ended the text', () => {
    for (const n of [10, 49, 50, 52, 150, 400]) {
      const html = `<p>${'word '.repeat(n)}</p><!--more--><p>rest</p>`
      const result = excerpt(html, { maxWords: 50 })
      if (n <= 50) expect(result).toEqual({ text: Array(n).fill('word').join(' '), truncated: true, stoppedAt: 'more' })
      else expect(result).toEqual({ text: `${Array(50).fill('word').join(' ')}…`, truncated: true })
    }
  })

  it('ignores <!--more--> with stopAtMore: false but never reads past <!--members-only-->', () => {
    const html = '<p>Lead.</p><!--more--><p>Free.</p><!--members-only--><p>Gated.</p>'
    expect(excerpt(html, { stopAtMore: false })).toEqual({
      text: 'Lead. Free.',
      truncated: false,
      stoppedAt: 'members-only',
    })
    expect(excerpt(html)).toEqual({ text: 'Lead.', truncated: true, stoppedAt: 'more' })
  })

  it('is truncated at <!--more--> only when readable text follows the marker', () => {
    expect(excerpt('<p>Lead.</p><!--more-->')).toEqual({ text: 'Lead.', truncated: false, stoppedAt: 'more' })
    expect(excerpt('<p>Lead.</p><!--more--><p> </p><img src="a.jpg"><script>x()</script>')).toEqual({
      text: 'Lead.',
      truncated: false,
      stoppedAt: 'more',
    })
    // Text after <!--members-only--> is not readable: it is not "left out".
    expect(excerpt('<p>Lead.</p><!--more--><!--members-only--><p>Gated.</p>')).toEqual({
      text: 'Lead.',
      truncated: false,
      stoppedAt: 'more',
    })
    expect(excerpt('<p>Lead.</p><!--more--><div><p>Rest.</p></div>')).toEqual({
      text: 'Lead.',
      truncated: true,
      stoppedAt: 'more',
    })
    expect(excerpt('<p>Lead.</p><!--more--><aside>Note</aside>', { skip: ['aside'] }).truncated).toBe(false)
  })

  it('never leaks gated text from the sample newsroom (art-007), whatever the limits', () => {
    const gated = articles.find((a) => a.id === 'art-007')!
    for (const options of [
      {},
      { maxChars: 20 },
      { maxWords: 1000 },
      { maxSentences: 100 },
      { maxChars: 100_000 },
      { stopAtMore: false },
    ]) {
      expect(excerpt(gated.html, options).text).not.toContain('SECRET')
    }
  })

  it('gives well-formed excerpts of every sample article, within the limit', () => {
    for (const article of articles) {
      for (const options of [{ maxChars: 200 }, { maxWords: 30 }, { maxSentences: 2 }]) {
        const { text } = excerpt(article.html, { ...options, locale: article.language })
        expect(wellFormed(text)).toBe(true)
        expect(text).not.toMatch(/<\/?[a-z]|&[a-z#0-9]*;?…?$/i)
        if ('maxChars' in options) expect(graphemes(text)).toBeLessThanOrEqual(200)
      }
    }
  })

  it('uses the lead of an article with <!--more--> (art-008)', () => {
    const feature = articles.find((a) => a.id === 'art-008')!
    const result = excerpt(feature.html, { maxWords: 1000 })
    expect(result.stoppedAt).toBe('more')
    expect(result.text.startsWith('The first thing Gwen Halloran noticed')).toBe(true)
    expect(result.text.endsWith('It’s a very ordinary street.”')).toBe(true)
  })

  it('reads the HTML only as far as it needs (the reader stops near the target)', () => {
    const html = `<p>${'word '.repeat(200_000)}</p>`
    const reader = new TextReader(html, { html: true, lines: false, stops: 0, skip: undefined })
    expect(reader.read(464)).toBe(false)
    expect(reader.pos).toBeLessThan(1000)
    expect(reader.text.length).toBeLessThan(600)
  })

  it('returns an excerpt of a 10 MB article in well under the time it takes to read it', () => {
    const html = `<p>${'A sentence of news. '.repeat(500_000)}</p>`
    const started = performance.now()
    expect(excerpt(html, { maxWords: 50 }).truncated).toBe(true)
    expect(excerpt(html, { maxChars: 300 }).truncated).toBe(true)
    expect(excerpt(html, { maxSentences: 3 }).truncated).toBe(true)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('excerpt errors', () => {
  function codeOf(fn: () => unknown): [string, string] {
    try {
      fn()
    } catch (error) {
      if (isCopydeskError(error)) return [error.code, error.message]
      throw error
    }
    return ['none', '']
  }

  it.each([[undefined], [null], [1], [{ html: '' }]])('throws INVALID_INPUT for %j', (input) => {
    const [code, message] = codeOf(() => excerpt(input as never))
    expect(code).toBe('INVALID_INPUT')
    expect(message).toMatch(/^excerpt: input must be a string, received /)
  })

  it.each([
    ['options not an object', 'maxWords'],
    ['format', { format: 'markdown' }],
    ['maxChars zero', { maxChars: 0 }],
    ['maxChars fractional', { maxChars: 2.5 }],
    ['maxChars NaN', { maxChars: Number.NaN }],
    ['maxChars a string', { maxChars: '200' }],
    ['maxChars not above the ellipsis', { maxChars: 3, ellipsis: '...' }],
    ['maxChars equal to the default ellipsis', { maxChars: 1 }],
    ['maxWords negative', { maxWords: -1 }],
    ['maxSentences Infinity', { maxSentences: Number.POSITIVE_INFINITY }],
    ['ellipsis not a string', { ellipsis: 1 }],
    ['ellipsis with a lone surrogate', { ellipsis: '\uD800' }],
    ['locale not a tag', { locale: 'not a locale!' }],
    ['locale not a string', { locale: 42 }],
    ['stopAtMore', { stopAtMore: 'no' }],
    ['skip', { skip: 'figcaption' }],
  ])('throws INVALID_OPTIONS for %s', (_what, options) => {
    const [code, message] = codeOf(() => excerpt('<p>x</p>', options as never))
    expect(code).toBe('INVALID_OPTIONS')
    expect(message).toMatch(/^excerpt: options/)
  })
})
