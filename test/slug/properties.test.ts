import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSlug, RESERVED_SLUGS, slugify, uniqueSlug, type SlugifyOptions } from '../../src/slug/index.js'

const ASCII_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const UNICODE_SLUG = /^[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+)*$/u
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

// Every kind of string: graphemes of any script, arbitrary code points, raw UTF-16 code units
// (lone surrogates included), and headline-like mixes of the characters the rules care about.
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units))
const pieces = fc.constantFrom(
  'Storm',
  'surge',
  ' ',
  '-',
  '&',
  "'",
  '’',
  'ü',
  'ß',
  'Ø',
  'å',
  'é',
  'e\u0301',
  'Ж',
  'щ',
  'є',
  'я',
  'и',
  'Θ',
  'υ',
  'ο',
  'γ',
  'κ',
  '東',
  'の',
  '한',
  '국',
  '어',
  'ก',
  'ำ',
  'क',
  'ि',
  'ع',
  '🎉',
  '👩‍👩‍👧',
  '🇯🇵',
  '\u200B',
  '\u202E',
  '\uFE0F',
  '\u00AD',
  'İ',
  'I',
  'ı',
  'ﬁ',
  'Ｇ',
  '𝐁',
  '½',
  '™',
  '1',
  '2024',
  '.',
  '·',
  'l',
  '\uD800',
  '\uDC00',
  '\u20E3',
  '\u0301',
)
const mixed = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''))
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  codeUnits,
  mixed,
)
const options = fc.record(
  {
    locale: fc.constantFrom(
      'en',
      'de',
      'da',
      'nb',
      'sv',
      'fr',
      'tr',
      'ru',
      'uk',
      'bg',
      'sr',
      'el',
      'vi',
      'ko',
      'ja',
      'ca',
    ),
    maxCodeUnits: fc.oneof(fc.integer({ min: 10, max: 80 }), fc.constant(185)),
    separator: fc.constantFrom('-' as const, '_' as const),
  },
  { requiredKeys: [] },
)
const RUNS = { numRuns: 3000 }

describe('slugify properties', () => {
  it('ascii mode always matches ^[a-z0-9]+(-[a-z0-9]+)*$ (with the chosen separator) and is never empty', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => {
        const slug = slugify(input, { ...opts, mode: 'ascii' })
        expect(slug.length).toBeGreaterThan(0)
        expect(opts.separator === '_' ? slug.replaceAll('_', '-') : slug).toMatch(ASCII_SLUG)
        if (opts.separator === '_') expect(slug).not.toContain('-')
      }),
      RUNS,
    )
  })

  it('unicode mode always matches the schema’s slug pattern, NFC and well-formed', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => {
        const slug = slugify(input, { ...opts, mode: 'unicode', separator: '-' })
        expect(slug).toMatch(UNICODE_SLUG)
        expect(slug).toBe(slug.normalize('NFC'))
        expect(wellFormed(slug)).toBe(true)
      }),
      RUNS,
    )
  })

  it('is idempotent in both modes', () => {
    fc.assert(
      fc.property(text, options, fc.constantFrom('ascii' as const, 'unicode' as const), (input, opts, mode) => {
        const o: SlugifyOptions = { ...opts, mode }
        const once = slugify(input, o)
        expect(slugify(once, o)).toBe(once)
      }),
      RUNS,
    )
  })

  it('keeps within maxLength', () => {
    fc.assert(
      fc.property(text, options, fc.constantFrom('ascii' as const, 'unicode' as const), (input, opts, mode) => {
        expect(slugify(input, { ...opts, mode }).length).toBeLessThanOrEqual(opts.maxCodeUnits ?? 185)
      }),
      RUNS,
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => slugify(input, opts) === slugify(input, opts)),
      { numRuns: 1000 },
    )
  })

  it('cuts a long slug to a prefix of the full slug', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 10, max: 60 }), (input, maxLength) => {
        const full = slugify(input, { maxCodeUnits: Number.POSITIVE_INFINITY })
        const cut = slugify(input, { maxCodeUnits: maxLength })
        if (!/^n-/.test(cut) || full === cut) expect(full.startsWith(cut)).toBe(true)
      }),
      RUNS,
    )
  })

  it('gives plain ASCII the same slug on the fast path as on the full scanner', () => {
    // Appending " é" forces the full scanner; it must add exactly one word, "e".
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 60,
    })
    fc.assert(
      fc.property(ascii, fc.constantFrom('en', 'fr', 'de'), (input, locale) => {
        fc.pre(/[A-Z0-9]/i.test(input))
        const o = { locale, maxCodeUnits: Number.POSITIVE_INFINITY }
        expect(slugify(`${input} é`, o)).toBe(`${slugify(input, o)}-e`)
        expect(slugify(`${input} é`, { ...o, mode: 'unicode' })).toBe(`${slugify(input, o)}-é`)
      }),
      RUNS,
    )
  })

  it('agrees with isSlug: isSlug(s) exactly when slugify(s) === s (ascii mode)', () => {
    const slugLike = fc
      .array(fc.constantFrom('a', 'b', 'z', '0', '9', '-', 'A', '_', 'é', ' '), { maxLength: 20 })
      .map((c) => c.join(''))
    fc.assert(
      fc.property(fc.oneof(slugLike, text), (value) => {
        expect(isSlug(value)).toBe(slugify(value) === value)
        expect(isSlug(slugify(value))).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('uniqueSlug properties', () => {
  it('returns a slug that is free, not reserved, not numeric and within maxLength', () => {
    const takenList = fc.array(
      fc.oneof(
        mixed.map((s) => slugify(s)),
        fc.constantFrom('storm', 'storm-2', 'storm-3', 'rss-2', '2024-2'),
      ),
      { maxLength: 30 },
    )
    fc.assert(
      fc.property(
        fc.oneof(text, fc.constantFrom('storm', 'rss', '2024', 'tag')),
        takenList,
        fc.integer({ min: 10, max: 40 }),
        (base, taken, maxLength) => {
          const slug = uniqueSlug(base, taken, { maxCodeUnits: maxLength })
          expect(taken).not.toContain(slug)
          expect(RESERVED_SLUGS.has(slug)).toBe(false)
          expect(slug).not.toMatch(/^\d+$/)
          expect(slug.length).toBeLessThanOrEqual(maxLength)
          expect(slug).toMatch(ASCII_SLUG)
        },
      ),
      RUNS,
    )
  })
})
