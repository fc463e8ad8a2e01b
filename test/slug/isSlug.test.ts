import { describe, expect, it } from 'vitest'
import { isSlug, RESERVED_SLUGS, slugify } from '../../src/slug/index.js'

describe('isSlug', () => {
  it.each([
    // The TSDoc examples.
    ['storm-surge-floods', {}, true],
    ['Storm-Surge', {}, false],
    ['storm--surge', {}, false],
    ['東京の天気', { mode: 'unicode' }, true],
    ['storm_surge', { separator: '_' }, true],
  ] as const)('matches its documentation: %j %j → %s', (value, options, expected) => {
    expect(isSlug(value, options)).toBe(expected)
  })

  it.each([
    ['a', true],
    ['2026', true],
    ['n-rp9uygi1', true],
    ['storm-surge-2', true],
    ['', false],
    ['-storm', false],
    ['storm-', false],
    ['storm surge', false],
    ['storm_surge', false],
    ['stürm', false],
    ['東京', false],
    ['storm\n', false],
    ['x'.repeat(185), true],
    ['x'.repeat(186), false],
  ])('ascii mode: %j → %s', (value, expected) => {
    expect(isSlug(value)).toBe(expected)
  })

  it.each([
    ['straße-und-über', true],
    ['привет-мир', true],
    ['दिल्ली-में', true],
    ['Straße', false],
    ['cafe\u0301', false], // not NFC
    ['café', true],
    ['東京--天気', false],
    ['🎉', false],
    ['a\u200Bb', false],
  ])('unicode mode: %j → %s', (value, expected) => {
    expect(isSlug(value, { mode: 'unicode' })).toBe(expected)
  })

  it.each([
    ['storm.surge', '.', true],
    ['storm~surge', '~', true],
    ['storm-surge', '_', false],
    ['storm__surge', '_', false],
    ['storm_surge-2', '_', false],
  ] as const)('separator %j: %j → %s', (value, separator, expected) => {
    expect(isSlug(value, { separator })).toBe(expected)
  })

  it('respects maxLength', () => {
    expect(isSlug('storm-surge', { maxCodeUnits: 10 })).toBe(false)
    expect(isSlug('storm-surg', { maxCodeUnits: 10 })).toBe(true)
    expect(isSlug('x'.repeat(5000), { maxCodeUnits: Number.POSITIVE_INFINITY })).toBe(true)
  })

  it('checks shape only, not reservation', () => {
    expect(RESERVED_SLUGS.has('rss')).toBe(true)
    expect(isSlug('rss')).toBe(true)
  })

  it('accepts what slugify returns, and nothing slugify would change', () => {
    for (const input of ['Storm surge', 'Größe', '🎉', '', 'x'.repeat(400), 'A--B', 'storm-surge']) {
      const slug = slugify(input)
      expect(isSlug(slug)).toBe(true)
      expect(isSlug(input)).toBe(slugify(input) === input)
    }
  })

  it.each([42, null, undefined, {}, ['storm'], new String('storm')])('returns false for the non-string %j', (value) => {
    expect(isSlug(value)).toBe(false)
  })

  it('rejects a 1 MB value by its length without running the pattern', () => {
    const start = Date.now()
    expect(isSlug('a-'.repeat(1 << 19))).toBe(false)
    expect(Date.now() - start).toBeLessThan(2000)
  })

  it.each([{ mode: 'any' }, { maxLength: 0 }, { separator: '/' }, 'ascii'])(
    'throws INVALID_OPTIONS for %j',
    (options) => {
      expect(() => isSlug('storm', options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
    },
  )
})

describe('RESERVED_SLUGS', () => {
  it('matches its documentation', () => {
    expect(RESERVED_SLUGS.has('rss')).toBe(true)
    expect(RESERVED_SLUGS.has('storm')).toBe(false)
  })

  it.each([
    'feed',
    'feeds',
    'rss',
    'amp',
    'embed',
    'page',
    'tag',
    'author',
    'ghost',
    'wp-admin',
    'wp-content',
    'admin',
    'api',
    'assets',
    'search',
    'sitemap',
    'p',
    'atom',
  ])('contains %j', (slug) => {
    expect(RESERVED_SLUGS.has(slug)).toBe(true)
  })

  it('holds only valid ascii slugs', () => {
    for (const slug of RESERVED_SLUGS) expect(isSlug(slug)).toBe(true)
  })
})
