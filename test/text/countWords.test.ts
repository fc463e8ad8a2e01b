import { describe, expect, it } from 'vitest'
import { countWords, isCopydeskError } from '../../src/text/index.js'

describe('countWords', () => {
  it.each([
    // The TSDoc and module examples.
    ['The storm — a well-known menace — is back.', undefined, 7],
    ['東京は晴れです', { locale: 'ja' }, 4],
    ['สวัสดีครับ วันนี้อากาศดี', { locale: 'th' }, 6],
  ] as const)('matches its documentation: %j → %d', (text, options, expected) => {
    expect(countWords(text, options)).toBe(expected)
  })

  it.each([
    ['', 0],
    ['   \n\t  ', 0],
    ['— … & ! ?', 0],
    ['🎉🎉 👨‍👩‍👧', 0],
    ['one', 1],
    ['  one  two\tthree\nfour\r\nfive  ', 5],
    ["don't won’t rock'n'roll", 3],
    ['well-known state-of-the-art', 2],
    ['3.5% 1,000 2026 #1', 4],
    ['U.S. e.g. Ph.D.', 3],
    ['a\u00a0b\u2009c\u3000d', 4],
    ['Привет мир', 2],
    ['Γειά σου κόσμε', 3],
    ['مرحبا بالعالم', 2],
    ['שלום עולם', 2],
    ['नमस्ते दुनिया', 2],
    ['한국어 문장입니다', 2],
    ['e\u0301te\u0301 cafe\u0301', 2],
    ['𝐀𝐁𝐂 foo', 2],
  ])('counts %j as %d words', (text, expected) => {
    expect(countWords(text)).toBe(expected)
  })

  it.each([
    ['我们今天去北京', 'zh', 4],
    ['iPhone用のケース', 'ja', 4],
    ['東京タワー は 333m', 'ja', 3],
    ['ສະບາຍດີ', 'lo', 1],
    ['សួស្តី ពិភពលោក', 'km', 2],
  ])('segments %j (%s) into %d words', (text, locale, expected) => {
    expect(countWords(text, { locale })).toBe(expected)
  })

  it('counts a long run of Chinese in bounded segmenter windows, the same as a short one repeated', () => {
    const short = '我们今天去北京。'
    expect(countWords(short.repeat(2000), { locale: 'zh' })).toBe(countWords(short, { locale: 'zh' }) * 2000)
  })

  it.each([[undefined], [null], [5], [['a']]])('throws INVALID_INPUT for %j', (text) => {
    try {
      countWords(text as never)
      expect.unreachable()
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('INVALID_INPUT')
      expect((error as Error).message).toMatch(/^countWords: text must be a string, received /)
    }
  })

  it.each([['ja'], [{ locale: 7 }], [{ locale: '' }], [{ locale: 'x_y z' }]])(
    'throws INVALID_OPTIONS for %j',
    (options) => {
      try {
        countWords('a', options as never)
        expect.unreachable()
      } catch (error) {
        expect(isCopydeskError(error) && error.code).toBe('INVALID_OPTIONS')
        expect((error as Error).message).toMatch(/^countWords: options/)
      }
    },
  )
})
