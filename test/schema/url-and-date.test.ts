import { describe, expect, it } from 'vitest'
import { safeParseAuthor, parseTeaser } from '../../src/schema/index.js'

const author = { id: 'a', name: 'A', slug: 'a' }
const teaser = {
  id: 'a1',
  slug: 'tide',
  title: 'Tide',
  excerpt: '',
  excerptSource: 'auto',
  truncated: false,
  authors: [],
  readingMinutes: 1,
  access: 'public',
}

describe('http(s) URL fields', () => {
  it.each(
    [
      'https://harborledger.example/author/omar/',
      'HTTP://EXAMPLE.COM',
      'https://例え.jp/パス?q=1#top',
      'https://example.com:8443/a',
      'http://[2001:db8::1]/',
      'https://example.com?x=<',
    ].filter((u) => !u.includes('<')),
  )('accepts %s', (url) => {
    expect(safeParseAuthor({ ...author, url }).success).toBe(true)
  })

  it.each([
    ['no scheme', 'example.com/a'],
    ['scheme only', 'https://'],
    ['credentials', 'https://user:pw@example.com/'],
    ['a space', 'https://example.com/a b'],
    ['a line break', 'https://example.com/\nSet-Cookie: x'],
    ['javascript:', 'javascript:alert(1)'],
    ['protocol-relative', '//example.com/a'],
    ['mailto:', 'mailto:ana@example.com'],
    ['angle brackets', 'https://example.com/<script>'],
  ])('refuses %s', (_name, url) => {
    const result = safeParseAuthor({ ...author, url })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues?.[0]).toMatchObject({ path: ['url'], code: 'invalid_format' })
  })

  it('checks a 1 MB URL in linear time', () => {
    const started = Date.now()
    expect(safeParseAuthor({ ...author, url: `https://${'a'.repeat(1_000_000)}@` }).success).toBe(false)
    expect(safeParseAuthor({ ...author, url: `https://example.com/${'a/'.repeat(500_000)} ` }).success).toBe(false)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('date normalization', () => {
  it.each([
    ['2026-11-24T08:00:05Z', '2026-11-24T08:00:05.000Z'],
    ['2026-11-24T08:00:05.5Z', '2026-11-24T08:00:05.500Z'],
    ['2026-11-24T08:00:05.123456Z', '2026-11-24T08:00:05.123Z'],
    ['2026-11-24T08:00:00.000Z', '2026-11-24T08:00:00.000Z'],
    ['2026-11-24T00:30:00+01:00', '2026-11-23T23:30:00.000Z'],
    ['2026-12-31T23:00:00-05:00', '2027-01-01T04:00:00.000Z'],
    ['2028-02-29T12:00:00+14:00', '2028-02-28T22:00:00.000Z'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(parseTeaser({ ...teaser, publishedAt: input }).publishedAt).toBe(expected)
  })

  it('refuses a date-time without seconds (ISO 8601 allows it, but it is rare and ambiguous in feeds)', () => {
    expect(() => parseTeaser({ ...teaser, publishedAt: '2026-11-24T08:00Z' })).toThrow(/publishedAt/)
  })
})
