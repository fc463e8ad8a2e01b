import { describe, expect, it } from 'vitest'
import { isCopydeskError, readingTime } from '../../src/text/index.js'
import articles from '../../examples/newsroom/articles.json'

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')

describe('readingTime', () => {
  it.each([
    // The TSDoc and module examples.
    [
      `<p>${'word '.repeat(950)}</p><img src="a.jpg">`,
      undefined,
      { minutes: 4, words: 950, images: 1, iso8601: 'PT4M' },
    ],
    ['<p>我们今天去北京。</p>', { locale: 'zh' }, { minutes: 1, words: 4, images: 0, iso8601: 'PT1M' }],
    ['', undefined, { minutes: 0, words: 0, images: 0, iso8601: 'PT0M' }],
    [`<p>${'word '.repeat(950)}</p>`, undefined, { minutes: 4, words: 950, images: 0, iso8601: 'PT4M' }],
  ] as const)('matches its documentation: %#', (input, options, expected) => {
    expect(readingTime(input, options)).toEqual(expected)
  })

  it.each([
    // words, images, expected minutes at 238 wpm with 12 s, 11 s, … 3 s per image
    [0, 0, 0],
    [1, 0, 1],
    [0, 1, 1],
    [119, 0, 1], // 30 s rounds to 1: any text is at least a minute
    [357, 0, 2], // 90 s rounds half up
    [476, 0, 2],
    [714, 0, 3],
    [238, 10, 2], // 60 + 75 s = 2.25 min
    [476, 20, 4], // 120 + 75 + 30 s = 3.75 min
    [2380, 0, 10],
  ])('%d words and %d images read in %d minutes', (w, images, minutes) => {
    const html = `<p>${words(w)}</p>${'<img src="x.jpg">'.repeat(images)}`
    expect(readingTime(html)).toEqual({ minutes, words: w, images, iso8601: `PT${minutes}M` })
  })

  it('reads Chinese and Japanese per character (500 a minute by default) and the rest per word', () => {
    const han = '我'.repeat(1000)
    expect(readingTime(han, { format: 'text', locale: 'zh' }).minutes).toBe(2)
    expect(readingTime(han, { format: 'text', locale: 'zh', charactersPerMinute: 250 }).minutes).toBe(4)
    expect(readingTime(`${han} ${words(238)}`, { format: 'text', locale: 'zh' }).minutes).toBe(3)
  })

  it('takes the reading speed and image time from the options', () => {
    const html = `<p>${words(530)}</p><img src=a><img src=b>`
    expect(readingTime(html).minutes).toBe(3) // 133.6 + 23 s = 2.6 min
    expect(readingTime(html, { wordsPerMinute: 265 }).minutes).toBe(2) // 120 + 23 s
    expect(readingTime(html, { wordsPerMinute: 100 }).minutes).toBe(6)
    expect(readingTime(html, { imageTime: false })).toEqual({ minutes: 2, words: 530, images: 2, iso8601: 'PT2M' })
    expect(readingTime('<img src=a>', { imageTime: false }).minutes).toBe(0)
    expect(readingTime(html, { extraImages: 1 }).images).toBe(3)
  })

  it('counts only <img> elements that are shown, and none in text format', () => {
    expect(readingTime('<noscript><img src=a></noscript><template><img src=b></template><img src=c>').images).toBe(1)
    // In text format the tag is just text: `<img` and `src=a>` are words.
    expect(readingTime('<img src=a> two words', { format: 'text' })).toEqual({
      minutes: 1,
      words: 4,
      images: 0,
      iso8601: 'PT1M',
    })
  })

  it('reads only the free part with freePartOnly', () => {
    const gated = articles.find((a) => a.id === 'art-007')!
    const full = readingTime(gated.html)
    const free = readingTime(gated.html, { freePartOnly: true })
    expect(free.words).toBeLessThan(full.words)
    expect(free.words).toBeGreaterThan(0)
  })

  it('counts the same words as countWords(htmlToText(html)) on the sample newsroom', async () => {
    const { countWords, htmlToText } = await import('../../src/text/index.js')
    for (const article of articles) {
      const result = readingTime(article.html, { locale: article.language })
      expect(result.words).toBe(countWords(htmlToText(article.html), { locale: article.language }))
      expect(result.minutes).toBeGreaterThanOrEqual(1)
      expect(result.iso8601).toBe(`PT${result.minutes}M`)
    }
  })

  it.each([[undefined], [1], [{}]])('throws INVALID_INPUT for %j', (input) => {
    try {
      readingTime(input as never)
      expect.unreachable()
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('INVALID_INPUT')
      expect((error as Error).message).toMatch(/^readingTime: input must be a string/)
    }
  })

  it.each([
    [{ wordsPerMinute: 0 }],
    [{ wordsPerMinute: -238 }],
    [{ charactersPerMinute: Number.POSITIVE_INFINITY }],
    [{ imageTime: 'yes' }],
    [{ extraImages: 1.5 }],
    [{ extraImages: -1 }],
    [{ freePartOnly: 1 }],
    [{ format: 'md' }],
    [{ locale: '??' }],
    [{ skip: [''] }],
    [{ extraImages: 1e308 }],
    [{ extraImages: 10_001 }],
    [{ wordsPerMinute: 5e-324 }],
    [{ wordsPerMinute: 0.5 }],
    [{ charactersPerMinute: 1e6 }],
    [null],
    [[]],
  ])('throws INVALID_OPTIONS for %j', (options) => {
    try {
      readingTime('<p>x</p>', options as never)
      expect.unreachable()
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('INVALID_OPTIONS')
      expect((error as Error).message).toMatch(/^readingTime: options/)
    }
  })

  it('never returns Infinity: every option at the edge of its documented range gives a finite result', () => {
    const body = `<p>${'word '.repeat(5000)}</p>${'<img src="a.jpg">'.repeat(50)}<p>${'東'.repeat(5000)}</p>`
    for (const options of [
      { extraImages: 10_000 },
      { wordsPerMinute: 1, charactersPerMinute: 1 },
      { wordsPerMinute: 100_000, charactersPerMinute: 100_000, extraImages: 10_000 },
    ]) {
      const result = readingTime(body, options)
      expect(Number.isFinite(result.minutes)).toBe(true)
      expect(result.iso8601).toBe(`PT${result.minutes}M`)
      expect(result.minutes).toBeGreaterThan(0)
    }
    expect(readingTime('x', { extraImages: 10_000 }).images).toBe(10_000)
  })

  it('names the option and its documented range in the refusal', () => {
    expect(() => readingTime('x', { wordsPerMinute: 5e-324 })).toThrow(
      'readingTime: options.wordsPerMinute must be a finite number from 1 to 100000, received number 5e-324',
    )
    expect(() => readingTime('x', { extraImages: 1e308 })).toThrow(
      /^readingTime: options\.extraImages must be an integer from 0 to 10000, received number 1e\+308$/,
    )
  })
})
