// The analyzer's ASCII scanner must split exactly as the Unicode token regex does: the same text
// with one non-ASCII space appended takes the regex path (NFKC of ASCII is the identity).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/related/_analyze.js'
import { resolveIndexOptions } from '../../src/related/_options.js'

const analyze = createAnalyzer(resolveIndexOptions(undefined, 'test'))
const bag = (text: string) => analyze({ title: '', dek: undefined, body: text, language: 'en' })

describe('related analyzer', () => {
  it('tokenizes ASCII text with the scanner exactly as with the regex', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'storm',
        "harbor's",
        "don't",
        'O’Neil',
        "rock'n'roll",
        '1999',
        '42',
        'a',
        'B2B',
        "'quoted'",
        "x''y",
        'e-mail',
        'U.S.',
        '_',
        "''",
      ),
      fc.string({ unit: fc.constantFrom(...'abcXYZ019\'- .,_!?\n\t"'.split('')), maxLength: 12 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ').replace(/’/g, "'")
        expect(bag(text)).toEqual(bag(`${text}\u00a0`))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps inner apostrophes, drops English possessives, short numbers and one-letter words', () => {
    expect(bag("The harbor's ferry didn't sail in 1999 or at 7 a.m. with B2B rock'n'roll").terms).toEqual([
      'harbor',
      'ferry',
      'sail',
      '1999',
      'b2b',
      "rock'n'roll",
    ])
  })
})
