import { describe, expect, it } from 'vitest'
import { RESERVED_SLUGS, slugify, uniqueSlug } from '../../src/slug/index.js'

describe('uniqueSlug', () => {
  it.each([
    // The TSDoc examples.
    ['storm-surge', ['storm-surge'], {}, 'storm-surge-2'],
    ['Storm surge', new Set(['storm-surge', 'storm-surge-2']), {}, 'storm-surge-3'],
    ['rss', [], {}, 'rss-2'],
    ['2026', [], {}, '2026-2'],
    ['harbor-ferry-strands', ['harbor-ferry-strands'], { maxLength: 20 }, 'harbor-ferry-2'],
  ] as const)('matches its documentation: %j against %j %j → %j', (base, taken, options, expected) => {
    expect(uniqueSlug(base, taken as Iterable<string>, options)).toBe(expected)
  })

  it('accepts a predicate for slugs in use (the TSDoc example)', () => {
    expect(uniqueSlug('tide', (slug) => slug === 'tide' || slug === 'tide-2')).toBe('tide-3')
  })

  it.each([
    ['a free slug', 'king-tide', [], 'king-tide'],
    ['the first counter', 'king-tide', ['king-tide'], 'king-tide-2'],
    ['the first free counter', 'king-tide', ['king-tide', 'king-tide-2', 'king-tide-3'], 'king-tide-4'],
    ['a gap in the counters', 'king-tide', ['king-tide', 'king-tide-3'], 'king-tide-2'],
    ['a headline as base', 'King Tide!', ['king-tide'], 'king-tide-2'],
    ['a counter-looking base', 'rally-2', ['rally-2'], 'rally-2-2'],
    ['a reserved base', 'feed', [], 'feed-2'],
    ['a reserved base that is also taken', 'tag', ['tag-2'], 'tag-3'],
    ['a numeric base', '404', ['404-2'], '404-3'],
    ['an unsluggable base', '🎉', [], 'n-53ab3t8o'],
  ])('returns %s', (_, base, taken, expected) => {
    expect(uniqueSlug(base, taken)).toBe(expected)
  })

  it('reads any iterable of slugs: arrays, sets, generators, map keys', () => {
    function* inUse() {
      yield 'budget'
      yield 'budget-2'
    }
    expect(uniqueSlug('budget', inUse())).toBe('budget-3')
    expect(uniqueSlug('budget', new Map([['budget', 1]]).keys())).toBe('budget-2')
    expect(uniqueSlug('budget', new Set(['budget']))).toBe('budget-2')
  })

  it('truncates the base before the counter so maxLength holds', () => {
    const base = slugify('Storm surge floods Port Alder’s lower harbor, strands ferry passengers', { maxCodeUnits: 30 })
    expect(base).toBe('storm-surge-floods-port-alders')
    const taken = new Set([base])
    let slug = base
    for (let i = 2; i <= 120; i++) {
      slug = uniqueSlug(base, taken, { maxCodeUnits: 30 })
      expect(slug.length).toBeLessThanOrEqual(30)
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(slug.endsWith(`-${i}`)).toBe(true)
      taken.add(slug)
    }
    expect(slug).toBe('storm-surge-floods-port-120')
  })

  it('cuts a long single word when the counter needs room', () => {
    const word = 'x'.repeat(10)
    expect(uniqueSlug(word, [word], { maxCodeUnits: 10 })).toBe('xxxxxxxx-2')
    expect(uniqueSlug(word, (s) => !s.endsWith('-100'), { maxCodeUnits: 10 })).toBe('xxxxxx-100')
  })

  it('reserves numeric slugs in any script', () => {
    expect(uniqueSlug('٢٠٢٦', [], { mode: 'unicode' })).toBe('٢٠٢٦-2')
  })

  it('uses the separator and the locale of its options', () => {
    expect(uniqueSlug('Größe', ['groesse'], { locale: 'de' })).toBe('groesse-2')
    expect(uniqueSlug('storm surge', ['storm_surge'], { separator: '_' })).toBe('storm_surge_2')
    expect(uniqueSlug('東京', ['東京'], { mode: 'unicode' })).toBe('東京-2')
  })

  it.each([
    ['a custom list replaces the default', 'shop', { reserved: [...RESERVED_SLUGS, 'shop'] }, 'shop-2'],
    ['an empty list reserves nothing', 'rss', { reserved: [] }, 'rss'],
    ['a predicate', 'live', { reserved: (slug: string) => slug.startsWith('live') && slug !== 'live-3' }, 'live-3'],
    ['reserveNumeric: false allows digits', '2026', { reserveNumeric: false }, '2026'],
  ])('applies reserved slugs: %s', (_, base, options, expected) => {
    expect(uniqueSlug(base, [], options)).toBe(expected)
  })

  it('never returns a reserved slug', () => {
    for (const reserved of RESERVED_SLUGS) {
      const slug = uniqueSlug(reserved, [])
      expect(RESERVED_SLUGS.has(slug)).toBe(false)
      expect(slug).toBe(`${reserved}-2`)
    }
  })

  it('throws DUPLICATE when every counter is taken', () => {
    expect(() => uniqueSlug('busy', () => true, { maxAttempts: 50 })).toThrow(
      expect.objectContaining({ code: 'DUPLICATE' }),
    )
    expect(() => uniqueSlug('busy', () => true, { maxAttempts: 50 })).toThrow(/counter 51/)
  })

  it('does not mutate taken', () => {
    const taken = ['king-tide']
    const set = new Set(taken)
    uniqueSlug('king-tide', taken)
    uniqueSlug('king-tide', set)
    expect(taken).toEqual(['king-tide'])
    expect([...set]).toEqual(['king-tide'])
  })

  it.each([
    ['a number base', 7, []],
    ['a null base', null, []],
    ['a string as taken', 'storm', 'storm'],
    ['null as taken', 'storm', null],
    ['a number as taken', 'storm', 3],
    ['a plain object as taken', 'storm', { storm: true }],
  ])('throws INVALID_INPUT for %s', (_, base, taken) => {
    expect(() => uniqueSlug(base as never, taken as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() => uniqueSlug(base as never, taken as never)).toThrow(/^uniqueSlug: /)
  })

  it.each([
    ['reserved as a string', { reserved: 'rss' }],
    ['reserved as a number', { reserved: 1 }],
    ['reserveNumeric as a string', { reserveNumeric: 'yes' }],
    ['maxAttempts of 0', { maxAttempts: 0 }],
    ['maxAttempts too large', { maxAttempts: 2_000_000 }],
    ['a bad maxLength', { maxLength: 3 }],
    ['a bad separator', { separator: '+' }],
  ])('throws INVALID_OPTIONS for %s', (_, options) => {
    expect(() => uniqueSlug('storm', [], options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })

  it('takes linear time in the number of taken slugs', () => {
    const taken = new Set(['flood', ...Array.from({ length: 20_000 }, (_, i) => `flood-${i + 2}`)])
    const start = Date.now()
    expect(uniqueSlug('flood', taken, { maxAttempts: 100_000 })).toBe('flood-20002')
    expect(Date.now() - start).toBeLessThan(2000)
  })
})
