import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CopydeskError, createTermList, normalizeForMatching } from '../../src/moderation/index.js'

/** The input range of normalized units [s, e). */
function source(input: string, result: { map: number[]; mapEnd: number[] }, s: number, e: number): string {
  const starts = result.map.slice(s, e)
  const ends = result.mapEnd.slice(s, e)
  return input.slice(Math.min(...starts), Math.max(...ends))
}

describe('normalizeForMatching', () => {
  it('mirrors its TSDoc example', () => {
    expect(normalizeForMatching('Ｆ.u.c.k that, ѕh1t').text).toBe('fuck that, shit')
    expect(normalizeForMatching('f\u200Buck').map).toEqual([0, 2, 3, 4, 5])
    expect(normalizeForMatching('Call 555-0100 for $5', { terms: null }).text).toBe('call 555-0100 for $5')
  })

  it.each([
    ['NFKC: full-width', 'ｆｕｃｋ', 'fuck'],
    ['NFKC: mathematical bold', '𝐟𝐮𝐜𝐤', 'fuck'],
    ['NFKC: circled', 'ⓕⓤⓒⓚ', 'fuck'],
    ['NFKC: superscript', 'ᶠᵘᶜᵏ', 'fuck'],
    ['NFKC: ligature', 'ﬁne', 'fine'],
    [
      'default-ignorables: zero-width space, joiners, soft hyphen, word joiner, BOM',
      'a\u200Bb\u200Cc\u200Dd\u00ADe\u2060f\uFEFFg',
      'abcdefg',
    ],
    ['tag characters', 'a\u{E0061}\u{E0062}b', 'ab'],
    ['control characters', 'a\u0000b\u0007c', 'abc'],
    ['bidi controls are removed', 'a\u200Eb\u202Ac\u2066d\u2069', 'abcd'],
    ['a right-to-left override is read in display order', 'say \u202Eolleh\u202C now', 'say hello now'],
    ['an override ends at a line break', '\u202Eba\ncd', 'ab cd'],
    ['combining marks are stripped from Latin', 'f\u0301u\u0316c\u0337k\u0352', 'fuck'],
    ['Zalgo', 'Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮', 'zalgo'],
    ['accents', 'Café Ångström', 'cafe angstrom'],
    ['Thai keeps its vowel and tone marks', 'ภาษาไทย', 'ภาษาไทย'],
    ['Hindi keeps its marks', 'नमस्ते', 'नमस्ते'],
    ['Latin small capitals', 'ꜰᴜᴄᴋ', 'fuck'],
    ['dotless i and Latin alpha', 'ıɑ', 'ia'],
    ['Cyrillic look-alikes in a Latin word', 'fuсk', 'fuck'],
    ['Greek look-alikes in a Latin word', 'fυck', 'fuck'],
    ['a look-alike-only word in Latin text', 'you are ѕех', 'you are sex'],
    ['real Russian is left alone', 'Привет, как дела', 'привет, как дела'],
    ['real Greek is left alone', 'Καλημέρα κόσμε', 'καλημερα κοσμε'],
    ['typographic quotes', 'I’ll “go”', 'i\'ll "go"'],
    ['white space runs collapse', 'a \t\n\u00A0\u3000 b', 'a b'],
    ['upper case is lowered', 'HELLO İstanbul', 'hello istanbul'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatching(input, { terms: null }).text).toBe(expected)
  })

  it.each([
    ['leetspeak', 'that is sh1t', 'that is shit'],
    ['leet symbols', '$h!t and @ss', 'shit and ass'],
    ['masks', 'f*ck', 'fuck'],
    ['repeated letters', 'fuuuuuck', 'fuck'],
    ['spaced letters', 'f u c k', 'fuck'],
    ['punctuated letters', 'f.u.c.k off', 'fuck off'],
    ['split words', 'fu ck', 'fuck'],
  ])('rewrites %s only where they make a listed term', (_name, input, expected) => {
    expect(normalizeForMatching(input).text).toBe(expected)
  })

  it.each([
    ['numbers', 'Call 555-0100, 1337 and $5'],
    ['coordinates', '142,460 and 51.5074'],
    ['URLs', 'see https://example.com/5h1t'],
    ['model numbers', 'the Galaxy A55'],
    ['initialisms', 'the U.S. hit China'],
    ['two real words', 'the pen is mightier'],
  ])('leaves %s alone', (_name, input) => {
    expect(normalizeForMatching(input).text).toBe(normalizeForMatching(input, { terms: null }).text)
  })

  it('uses the given term list to direct the rewrites', () => {
    const terms = createTermList([{ term: 'darn', category: 'profanity', severity: 1, action: 'flag' }], {
      allowlist: [],
    })
    expect(normalizeForMatching('d4rn and sh1t', { terms }).text).toBe('darn and sh1t')
  })

  it('maps every normalized character back to its source', () => {
    const input = 'Ｆ.u\u200B.c.k, \u202Etihs\u202C 𝐛𝐚𝐝'
    const result = normalizeForMatching(input)
    expect(result.text).toBe('fuck, shit bad')
    expect(result.map).toHaveLength(result.text.length + 1)
    expect(result.mapEnd).toHaveLength(result.text.length)
    expect(result.map.at(-1)).toBe(input.length)
    expect(source(input, result, 0, 4)).toBe('Ｆ.u\u200B.c.k')
    expect(source(input, result, 6, 10)).toBe('tihs')
    expect(source(input, result, 11, 14)).toBe('𝐛𝐚𝐝')
  })

  it('handles lone surrogates and empty input', () => {
    expect(normalizeForMatching('a\uD800b\uDC00c', { terms: null }).text).toBe('abc')
    expect(normalizeForMatching('')).toEqual({ text: '', map: [0], mapEnd: [] })
  })

  it('property: map entries are valid offsets and every kept ASCII letter maps to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), (input) => {
        const result = normalizeForMatching(input, { terms: null })
        expect(result.map).toHaveLength(result.text.length + 1)
        for (let i = 0; i < result.text.length; i++) {
          const start = result.map[i] as number
          const end = result.mapEnd[i] as number
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(input.length)
          const ch = result.text[i] as string
          if (/[a-z]/.test(ch) && end - start === 1 && /[A-Z]/i.test(input[start] as string))
            expect(input[start]?.toLowerCase()).toBe(ch)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('property: plain lower-case ASCII words are unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 12 }), (words) => {
        const text = words.join(' ')
        expect(normalizeForMatching(text, { terms: null }).text).toBe(text)
      }),
    )
  })

  it('is linear: 1 MB dense with evasions in under 5 s, 100k separators in under 2 s', () => {
    const big = 'ｆ\u200Bu\u0301сk the r3f, s.h.i.t game \u202Ekcuf\u202C '.repeat(22_000)
    let started = performance.now()
    expect(normalizeForMatching(big).text.length).toBeGreaterThan(500_000)
    expect(performance.now() - started).toBeLessThan(5000)
    const separators = 'f' + ' .'.repeat(100_000) + 'u c k'
    started = performance.now()
    normalizeForMatching(separators)
    expect(performance.now() - started).toBeLessThan(2000)
  }, 30_000)

  it('grows its buffers when NFKC makes the text longer than the input, keeping every position map', () => {
    // U+FDFA expands to 18 characters under NFKC; past the shared scratch size (64k units) the
    // buffers are sized from the input, so the output outgrows them.
    const input = `a ${'\uFDFA'.repeat(4_000)} ${'x'.repeat(64_000)} b`
    const out = normalizeForMatching(input)
    expect(out.text.length).toBeGreaterThan(input.length * 1.5)
    expect(out.text.startsWith('a ')).toBe(true)
    expect(out.text.endsWith(' b')).toBe(true)
    expect(out.map.length).toBe(out.text.length + 1)
    expect(out.map[out.text.length - 1]).toBe(input.length - 1)
    expect(out.mapEnd[3]).toBe(3)
  })

  it.each([
    [42, 'INVALID_INPUT', 'normalizeForMatching: text must be a string, received number 42'],
    [undefined, 'INVALID_INPUT', 'normalizeForMatching: text must be a string, received undefined'],
  ])('throws for text %j', (input, code, message) => {
    expect(() => normalizeForMatching(input as never)).toThrow(new CopydeskError(code as 'INVALID_INPUT', message))
  })

  it('throws for a terms option that is not a compiled list', () => {
    expect(() => normalizeForMatching('x', { terms: { match: () => [] } as never })).toThrow(
      /options\.terms must come from createTermList/,
    )
  })
})
