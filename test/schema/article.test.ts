import { describe, expect, it } from 'vitest'
import {
  ArticleSchema,
  articleJsonSchema,
  CopydeskError,
  isCopydeskError,
  parseArticle,
  safeParseArticle,
} from '../../src/schema/index.js'
import { VALID_ARTICLE as base } from './_fixtures.js'

const author = base.authors[0]!

type Invalid = [name: string, input: unknown, path: (string | number)[], code: string]

// Each invalid document has exactly one problem; the test asserts its exact path and code.
const invalid: Invalid[] = [
  ['null instead of an object', null, [], 'invalid_type'],
  ['an array instead of an object', [], [], 'invalid_type'],
  ['a string instead of an object', 'article', [], 'invalid_type'],
  ['missing id', { ...base, id: undefined }, ['id'], 'invalid_type'],
  ['numeric id', { ...base, id: 42 }, ['id'], 'invalid_type'],
  ['blank id', { ...base, id: '  ' }, ['id'], 'custom'],
  ['missing slug', { ...base, slug: undefined }, ['slug'], 'invalid_type'],
  ['slug with spaces and capitals', { ...base, slug: 'King Tide' }, ['slug'], 'invalid_format'],
  ['slug with a double hyphen', { ...base, slug: 'king--tide' }, ['slug'], 'invalid_format'],
  ['slug with a trailing hyphen', { ...base, slug: 'king-tide-' }, ['slug'], 'invalid_format'],
  ['empty slug', { ...base, slug: '' }, ['slug'], 'too_small'],
  ['slug longer than 191', { ...base, slug: 'a'.repeat(192) }, ['slug'], 'too_big'],
  ['title only whitespace', { ...base, title: ' \n\t' }, ['title'], 'custom'],
  ['missing title', { ...base, title: undefined }, ['title'], 'invalid_type'],
  ['html is null', { ...base, html: null }, ['html'], 'invalid_type'],
  ['no authors', { ...base, authors: [] }, ['authors'], 'too_small'],
  ['authors is a string', { ...base, authors: 'Omar Ali' }, ['authors'], 'invalid_type'],
  [
    'author without a name',
    { ...base, authors: [{ id: 'u1', slug: 'omar-ali' }] },
    ['authors', 0, 'name'],
    'invalid_type',
  ],
  [
    'second author with a bad slug',
    { ...base, authors: [author, { id: 'u2', name: 'Ana', slug: 'Ana B' }] },
    ['authors', 1, 'slug'],
    'invalid_format',
  ],
  [
    'author avatar over ftp',
    { ...base, authors: [{ ...author, avatarUrl: 'ftp://x.example/a.png' }] },
    ['authors', 0, 'avatarUrl'],
    'invalid_format',
  ],
  ['tag without slug', { ...base, tags: [{ name: 'Tide' }] }, ['tags', 0, 'slug'], 'invalid_type'],
  [
    'tag with unknown visibility',
    { ...base, tags: [{ name: 'x', slug: 'x', visibility: 'secret' }] },
    ['tags', 0, 'visibility'],
    'invalid_value',
  ],
  ['tags is an object', { ...base, tags: { slug: 'x' } }, ['tags'], 'invalid_type'],
  ['month 13', { ...base, publishedAt: '2026-13-01T00:00:00Z' }, ['publishedAt'], 'invalid_format'],
  ['February 30', { ...base, publishedAt: '2026-02-30T10:00:00Z' }, ['publishedAt'], 'invalid_format'],
  ['February 29 in a common year', { ...base, publishedAt: '2025-02-29T10:00:00Z' }, ['publishedAt'], 'invalid_format'],
  ['date-time without an offset', { ...base, publishedAt: '2026-11-01T10:00:00' }, ['publishedAt'], 'invalid_format'],
  ['date only', { ...base, publishedAt: '2026-11-01' }, ['publishedAt'], 'invalid_format'],
  ['free-text date', { ...base, publishedAt: 'yesterday' }, ['publishedAt'], 'invalid_format'],
  ['epoch number as date', { ...base, updatedAt: 1764000000000 }, ['updatedAt'], 'invalid_type'],
  ['published without publishedAt', { ...base, status: 'published' }, ['publishedAt'], 'custom'],
  ['scheduled without publishedAt', { ...base, status: 'scheduled' }, ['publishedAt'], 'custom'],
  ['unknown status', { ...base, status: 'live' }, ['status'], 'invalid_value'],
  ['unknown access', { ...base, access: 'premium' }, ['access'], 'invalid_value'],
  ['language that is not BCP 47', { ...base, language: 'not a tag!' }, ['language'], 'custom'],
  ['javascript: canonical URL', { ...base, canonicalUrl: 'javascript:alert(1)' }, ['canonicalUrl'], 'invalid_format'],
  ['relative canonical URL', { ...base, canonicalUrl: '/king-tide/' }, ['canonicalUrl'], 'invalid_format'],
  ['feature image without url', { ...base, featureImage: { alt: 'Sea' } }, ['featureImage', 'url'], 'invalid_type'],
  [
    'negative image width',
    { ...base, featureImage: { url: 'https://img.example/a.jpg', width: -1 } },
    ['featureImage', 'width'],
    'too_small',
  ],
  [
    'fractional image height',
    { ...base, featureImage: { url: 'https://img.example/a.jpg', height: 10.5 } },
    ['featureImage', 'height'],
    'invalid_type',
  ],
  ['bad old slug', { ...base, oldSlugs: ['ok', 'Not OK'] }, ['oldSlugs', 1], 'invalid_format'],
  ['commentsEnabled as a string', { ...base, commentsEnabled: 'yes' }, ['commentsEnabled'], 'invalid_type'],
  [
    'seo ogImage over data:',
    { ...base, seo: { ogImage: 'data:image/png;base64,AAAA' } },
    ['seo', 'ogImage'],
    'invalid_format',
  ],
  ['section blank', { ...base, section: '' }, ['section'], 'custom'],
]

type Valid = [name: string, input: unknown, check: (a: ReturnType<typeof parseArticle>) => void]

const valid: Valid[] = [
  [
    'the minimal article, with defaults',
    base,
    (a) => {
      expect(a).toEqual({
        ...base,
        tags: [],
        language: 'en',
        status: 'draft',
        access: 'public',
        commentsEnabled: true,
        featured: false,
      })
    },
  ],
  [
    'an offset date normalized to UTC Z',
    { ...base, status: 'published', publishedAt: '2026-11-24T08:00:00+02:00' },
    (a) => {
      expect(a.publishedAt).toBe('2026-11-24T06:00:00.000Z')
    },
  ],
  [
    'a negative offset crossing midnight',
    { ...base, publishedAt: '2026-11-24T21:30:00-05:00' },
    (a) => {
      expect(a.publishedAt).toBe('2026-11-25T02:30:00.000Z')
    },
  ],
  [
    'fractional seconds kept to milliseconds',
    { ...base, updatedAt: '2026-11-24T08:00:00.5Z' },
    (a) => {
      expect(a.updatedAt).toBe('2026-11-24T08:00:00.500Z')
    },
  ],
  [
    'February 29 in a leap year',
    { ...base, publishedAt: '2028-02-29T10:00:00Z' },
    (a) => {
      expect(a.publishedAt).toBe('2028-02-29T10:00:00.000Z')
    },
  ],
  ['language canonicalized', { ...base, language: 'pt-br' }, (a) => expect(a.language).toBe('pt-BR')],
  [
    'unknown keys stripped at every level',
    { ...base, ghostOnly: 1, authors: [{ ...author, twitter: '@o' }], seo: { metaTitle: 'T', extra: 1 } },
    (a) => {
      expect(a).not.toHaveProperty('ghostOnly')
      expect(a.authors[0]).not.toHaveProperty('twitter')
      expect(a.seo).toEqual({ metaTitle: 'T' })
    },
  ],
  ['a Unicode slug', { ...base, slug: 'ниагара-водопад' }, (a) => expect(a.slug).toBe('ниагара-водопад')],
  [
    'a tag without visibility becomes public',
    { ...base, tags: [{ name: 'Tides', slug: 'tides' }] },
    (a) => {
      expect(a.tags).toEqual([{ name: 'Tides', slug: 'tides', visibility: 'public' }])
    },
  ],
  ['an empty body (odd but valid)', { ...base, html: '' }, (a) => expect(a.html).toBe('')],
  [
    'a members article with the Ghost marker',
    { ...base, access: 'members', html: '<p>Free</p><!--members-only--><p>Paid</p>' },
    (a) => {
      expect(a.access).toBe('members')
    },
  ],
]

describe('parseArticle', () => {
  it.each(invalid)('rejects %s with the exact path and code', (_name, input, path, code) => {
    const result = safeParseArticle(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.code).toBe('VALIDATION_FAILED')
    expect(result.error.issues).toHaveLength(1)
    expect(result.error.issues?.[0]).toMatchObject({ path, code })
    expect(() => parseArticle(input)).toThrow(CopydeskError)
  })

  it.each(valid)('accepts %s', (_name, input, check) => {
    check(parseArticle(input))
    expect(safeParseArticle(input).success).toBe(true)
  })

  it('reports a bad publishedAt and a nameless author together, each with its path', () => {
    const input = { ...base, publishedAt: 'not a date', authors: [{ id: 'u1', slug: 'omar-ali' }] }
    let thrown: unknown
    try {
      parseArticle(input)
    } catch (error) {
      thrown = error
    }
    expect(isCopydeskError(thrown)).toBe(true)
    const error = thrown as CopydeskError
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining([['publishedAt'], ['authors', 0, 'name']]))
    expect(error.message).toMatch(/^parseArticle: 2 problems in object: /)
    const safe = safeParseArticle(input)
    expect(safe.success).toBe(false)
    if (!safe.success) expect(safe.error.issues).toHaveLength(2)
  })

  it('names the function, the input type and at most three problems in the message', () => {
    const result = safeParseArticle({})
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.message).toMatch(/^safeParseArticle: \d+ problems in object: id: .*; and \d+ more$/)
  })

  it('does not mutate its input', () => {
    const input = structuredClone({
      ...base,
      publishedAt: '2026-11-24T08:00:00+02:00',
      tags: [{ name: 'x', slug: 'x' }],
    })
    const copy = structuredClone(input)
    parseArticle(input)
    expect(input).toEqual(copy)
  })

  it('mirrors the @example of parseArticle', () => {
    const article = parseArticle({
      id: 'a1',
      slug: 'king-tide',
      title: 'King tide floods the harbor road',
      html: '<p>…</p>',
      authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
      status: 'published',
      publishedAt: '2026-11-24T08:00:00+02:00',
    })
    expect(article.publishedAt).toBe('2026-11-24T06:00:00.000Z')
    expect(article.tags).toEqual([])
    const result = safeParseArticle({ id: 'a1', slug: 'x', title: 'X', html: '', authors: [] })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues?.[0]?.path).toEqual(['authors'])
    expect(ArticleSchema.parse(base).status).toBe('draft')
  })

  it('returns bounded-size messages for a 1 MB title-less document', () => {
    const result = safeParseArticle({ ...base, title: undefined, html: 'x'.repeat(1_000_000) })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.message.length).toBeLessThan(500)
  })
})

describe('ArticleSchema as a Standard Schema', () => {
  it('validates through ~standard.validate with vendor zod', async () => {
    const standard = ArticleSchema['~standard']
    expect(standard.version).toBe(1)
    expect(standard.vendor).toBe('zod')
    const ok = await standard.validate({ ...base, publishedAt: '2026-11-24T08:00:00+02:00' })
    expect('value' in ok && (ok.value as { publishedAt: string }).publishedAt).toBe('2026-11-24T06:00:00.000Z')
    const bad = await standard.validate({ ...base, authors: [] })
    expect(bad.issues?.[0]?.path).toEqual(['authors'])
  })
})

describe('articleJsonSchema', () => {
  it('describes the input side: required fields, date-time format and defaults', () => {
    expect(articleJsonSchema.required).toEqual(['id', 'slug', 'title', 'html', 'authors'])
    const props = articleJsonSchema.properties as Record<string, Record<string, unknown>>
    expect(props.publishedAt).toMatchObject({ type: 'string', format: 'date-time' })
    expect(props.status).toMatchObject({ default: 'draft', enum: ['draft', 'scheduled', 'published', 'archived'] })
    expect(props.authors).toMatchObject({ type: 'array', minItems: 1 })
    expect(JSON.parse(JSON.stringify(articleJsonSchema))).toEqual(articleJsonSchema)
  })
})
