import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { avatarColor, initials } from '../../src/comments/index.js'
import { contrastOnWhite } from './_contrast.js'

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })
const graphemeCount = (s: string) => [...segmenter.segment(s)].length
// No lone surrogate (String.prototype.isWellFormed is ES2024; checked by hand).
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

// Names from every kind of string fast-check makes: full Unicode graphemes, any code point,
// raw UTF-16 code units (lone surrogates included), and word-like mixes with emoji.
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 })
  .map((units) => String.fromCharCode(...units))
const words = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('van', 'de', 'al-Rashid', 'Dr.', 'Jr.', '🌊', '👩🏽‍🚀', '🇯🇵', 'ß', 'ﬁ', 'i', 'ა', 'เ', ',', '@'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(' '))
const names = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  codeUnits,
  words,
)
const options = fc.record(
  {
    emoji: fc.boolean(),
    maxInitials: fc.constantFrom(1 as const, 2 as const),
    uppercase: fc.boolean(),
    locale: fc.constantFrom(undefined, 'tr', 'en', 'lt', 'el'),
  },
  { requiredKeys: [] },
)

describe('initials properties', () => {
  it('returns well-formed text of at most two graphemes (at most one with maxInitials 1) for any string', () => {
    fc.assert(
      fc.property(names, options, (name, opts) => {
        const result = initials(name, opts)
        expect(wellFormed(result)).toBe(true)
        expect(graphemeCount(result)).toBeLessThanOrEqual(opts.maxInitials ?? 2)
      }),
      { numRuns: 3000 },
    )
  })

  it('is stable: the same input gives the same output', () => {
    fc.assert(
      fc.property(names, options, (name, opts) => initials(name, opts) === initials(name, opts)),
      { numRuns: 1000 },
    )
  })

  it('returns only letters or digits (or a whole emoji with emoji: true), each a grapheme of the cleaned name', () => {
    fc.assert(
      fc.property(names, (name) => {
        for (const { segment } of segmenter.segment(initials(name))) expect(segment).toMatch(/^[\p{L}\p{N}]/u)
      }),
      { numRuns: 2000 },
    )
  })

  it('returns whole graphemes of the name’s words (checked against Intl.Segmenter) when upper-casing is off', () => {
    const invisible =
      /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF<>]/
    const pieces = fc.constantFrom(
      'a',
      'é',
      'e\u0301',
      '\u0301',
      '\u200D',
      '\uFE0F',
      '🏽',
      '가',
      '\u11A8',
      'ᄀ',
      '\u1161',
      'ก',
      'ำ',
      'เ',
      'ل',
      'क',
      '्',
      'ि',
      '1',
      '\u20E3',
      ' ',
      '’',
      '佐',
      '🇯',
      '🇵',
      '👩',
    )
    const mixed = fc.oneof(
      names,
      fc.array(pieces, { maxLength: 10 }).map((p) => p.join('')),
    )
    fc.assert(
      fc.property(mixed, (name) => {
        fc.pre(wellFormed(name) && !invisible.test(name) && !name.includes('@'))
        const words = name.normalize('NFC').split(/[\s,，]+/)
        const segments = new Set(words.flatMap((word) => [...segmenter.segment(word)].map((s) => s.segment)))
        for (const { segment } of segmenter.segment(initials(name, { uppercase: false, emoji: true, prefixes: [] }))) {
          expect(segments.has(segment)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('returns the fallback exactly when the name has no letter or digit', () => {
    fc.assert(
      fc.property(names, (name) => {
        const result = initials(name, { fallback: '∅' })
        if (result === '∅') expect(initials(name)).toBe('')
        else expect(result.length).toBeGreaterThan(0)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('avatarColor properties', () => {
  const colourOptions = fc.record(
    {
      saturation: fc.integer({ min: 0, max: 100 }),
      lightness: fc.integer({ min: 0, max: 100 }),
      minContrast: fc.constantFrom(3, 4.5, 7),
    },
    { requiredKeys: [] },
  )

  it('returns a #rrggbb colour white text reaches the contrast target on (4.5 by default), computed here', () => {
    fc.assert(
      fc.property(names, colourOptions, (name, opts) => {
        const colour = avatarColor(name, opts)
        expect(colour).toMatch(/^#[0-9a-f]{6}$/)
        expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(opts.minContrast ?? 4.5)
      }),
      { numRuns: 3000 },
    )
  })

  it('passes 4.5:1 for every palette colour, darkening light ones', () => {
    const hex = fc
      .array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 3 })
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`)
    fc.assert(
      fc.property(names, fc.array(hex, { minLength: 1, maxLength: 5 }), (name, palette) => {
        expect(contrastOnWhite(avatarColor(name, { palette }))).toBeGreaterThanOrEqual(4.5)
      }),
      { numRuns: 2000 },
    )
  })

  it('is stable and ignores case and surrounding whitespace', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })),
        (name) => {
          expect(avatarColor(name)).toBe(avatarColor(name))
          expect(avatarColor(` ${name.toUpperCase()} `)).toBe(avatarColor(name.toLowerCase()))
        },
      ),
      { numRuns: 5000 },
    )
  })
})
