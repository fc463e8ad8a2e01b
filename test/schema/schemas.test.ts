import { describe, expect, it } from 'vitest'
import {
  AuthorSchema,
  authorJsonSchema,
  CommentSchema,
  commentJsonSchema,
  parseAuthor,
  parseComment,
  parseSubscription,
  parseTag,
  parseTeaser,
  safeParseAuthor,
  safeParseComment,
  safeParseSubscription,
  safeParseTag,
  safeParseTeaser,
  SUBSCRIPTION_EVENT_TYPES,
  SubscriptionSchema,
  subscriptionJsonSchema,
  TagSchema,
  tagJsonSchema,
  TeaserSchema,
  teaserJsonSchema,
  type SafeParseResult,
} from '../../src/schema/index.js'
import { VALID_COMMENT as comment, VALID_SUBSCRIPTION as subscription, VALID_TEASER as teaser } from './_fixtures.js'

type Case = [
  schema: string,
  name: string,
  run: (input: unknown) => SafeParseResult<unknown>,
  input: unknown,
  path: (string | number)[],
  code: string,
]

const invalid: Case[] = [
  ['Author', 'missing name', safeParseAuthor, { id: 'a', slug: 'a' }, ['name'], 'invalid_type'],
  [
    'Author',
    'url without scheme',
    safeParseAuthor,
    { id: 'a', name: 'A', slug: 'a', url: 'example.com' },
    ['url'],
    'invalid_format',
  ],
  ['Tag', 'uppercase slug', safeParseTag, { name: 'Tide', slug: 'Tide' }, ['slug'], 'invalid_format'],
  ['Tag', 'blank name', safeParseTag, { name: ' ', slug: 'tide' }, ['name'], 'custom'],
  [
    'Teaser',
    'unknown excerptSource',
    safeParseTeaser,
    { ...teaser, excerptSource: 'ai' },
    ['excerptSource'],
    'invalid_value',
  ],
  [
    'Teaser',
    'negative readingMinutes',
    safeParseTeaser,
    { ...teaser, readingMinutes: -1 },
    ['readingMinutes'],
    'too_small',
  ],
  [
    'Teaser',
    'author without slug',
    safeParseTeaser,
    { ...teaser, authors: [{ name: 'A' }] },
    ['authors', 0, 'slug'],
    'invalid_type',
  ],
  [
    'Comment',
    'unparseable createdAt',
    safeParseComment,
    { ...comment, createdAt: 'yesterday' },
    ['createdAt'],
    'invalid_format',
  ],
  [
    'Comment',
    'email without a domain',
    safeParseComment,
    { ...comment, author: { name: 'A', email: 'ana@' } },
    ['author', 'email'],
    'custom',
  ],
  [
    'Comment',
    'email with a line break (header injection)',
    safeParseComment,
    { ...comment, author: { name: 'A', email: 'a@x.com\nBcc: b@y.com' } },
    ['author', 'email'],
    'custom',
  ],
  ['Comment', 'unknown status', safeParseComment, { ...comment, status: 'approved' }, ['status'], 'invalid_value'],
  [
    'Comment',
    'verdict with unknown action',
    safeParseComment,
    { ...comment, verdict: { action: 'ban', score: 1, reasons: [] } },
    ['verdict', 'action'],
    'invalid_value',
  ],
  [
    'Subscription',
    'two addresses',
    safeParseSubscription,
    { ...subscription, email: 'a@x.com,b@y.com' },
    ['email'],
    'custom',
  ],
  [
    'Subscription',
    'unknown status',
    safeParseSubscription,
    { ...subscription, status: 'active' },
    ['status'],
    'invalid_value',
  ],
  [
    'Subscription',
    'newsletters missing',
    safeParseSubscription,
    { ...subscription, newsletters: undefined },
    ['newsletters'],
    'invalid_type',
  ],
  [
    'Subscription',
    'history event unknown',
    safeParseSubscription,
    {
      ...subscription,
      history: [{ at: '2026-11-24T10:00:00Z', from: 'subscribed', to: 'subscribed', event: 'clicked' }],
    },
    ['history', 0, 'event'],
    'invalid_value',
  ],
]

describe('the other schemas', () => {
  it.each(invalid)('%s rejects %s with the exact path and code', (_schema, _name, run, input, path, code) => {
    const result = run(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.code).toBe('VALIDATION_FAILED')
    expect(result.error.issues).toEqual([expect.objectContaining({ path, code })])
  })

  it('parseAuthor strips unknown keys and throws on a nameless author (mirrors @example)', () => {
    expect(AuthorSchema.parse({ id: 'a1', name: 'Omar Ali', slug: 'omar-ali', twitter: '@omar' })).toEqual({
      id: 'a1',
      name: 'Omar Ali',
      slug: 'omar-ali',
    })
    expect(parseAuthor({ id: 'a1', name: 'Omar Ali', slug: 'omar-ali' })).toEqual({
      id: 'a1',
      name: 'Omar Ali',
      slug: 'omar-ali',
    })
    expect(() => parseAuthor({ id: 'a1', slug: 'Omar Ali' })).toThrow(/parseAuthor: 2 problems/)
    expect(safeParseAuthor({ id: 'a1', name: '', slug: 'x' }).success).toBe(false)
    expect(authorJsonSchema.required).toEqual(['id', 'name', 'slug'])
  })

  it('parseTag defaults visibility to public (mirrors @example)', () => {
    expect(TagSchema.parse({ name: 'Wildfire', slug: 'wildfire' })).toEqual({
      name: 'Wildfire',
      slug: 'wildfire',
      visibility: 'public',
    })
    expect(parseTag({ name: '#featured', slug: 'hash-featured', visibility: 'internal' })).toEqual({
      name: '#featured',
      slug: 'hash-featured',
      visibility: 'internal',
    })
    expect(safeParseTag({ name: 'Wildfire', slug: 'Wild Fire' }).success).toBe(false)
    expect(tagJsonSchema.required).toEqual(['name', 'slug'])
  })

  it('parseTeaser normalizes publishedAt (mirrors @example)', () => {
    expect(
      TeaserSchema.parse({
        id: 'a1',
        slug: 'x',
        title: 'X',
        excerpt: '',
        excerptSource: 'auto',
        truncated: false,
        authors: [],
        readingMinutes: 1,
        access: 'public',
      }).title,
    ).toBe('X')
    expect(parseTeaser({ ...teaser, publishedAt: '2026-11-24T08:00:00+02:00' }).publishedAt).toBe(
      '2026-11-24T06:00:00.000Z',
    )
    expect(safeParseTeaser({ id: 'a1' }).success).toBe(false)
    expect(teaserJsonSchema.type).toBe('object')
  })

  it('parseComment defaults status to pending and trims the email, lowercasing only its domain (mirrors @example)', () => {
    expect(CommentSchema.parse(comment).status).toBe('pending')
    expect(parseComment({ ...comment, author: { name: 'Ana', email: ' Ana@Example.COM ' } }).author.email).toBe(
      'Ana@example.com',
    )
    expect(
      safeParseComment({ id: 'c1', articleId: 'a1', author: { name: '' }, html: '', createdAt: 'yesterday' }).success,
    ).toBe(false)
    expect(commentJsonSchema.required).toEqual(['id', 'articleId', 'author', 'html', 'createdAt'])
  })

  it('parseComment keeps extra fields of verdict reasons (offsets, categories)', () => {
    const verdict = {
      action: 'hold',
      score: 2,
      reasons: [{ code: 'term', message: 'Profanity', start: 3, end: 7, category: 'profanity' }],
      policyVersion: '1',
    }
    expect(parseComment({ ...comment, verdict }).verdict).toEqual(verdict)
  })

  it('parseSubscription trims, normalizes dates and defaults history (mirrors @example)', () => {
    expect(SubscriptionSchema.parse(subscription).history).toEqual([])
    expect(
      parseSubscription({
        email: '  Ana@Example.COM ',
        status: 'pending_confirmation',
        newsletters: ['morning-briefing'],
        createdAt: '2026-11-24T10:00:00+01:00',
      }),
    ).toEqual({
      email: 'Ana@example.com',
      status: 'pending_confirmation',
      newsletters: ['morning-briefing'],
      createdAt: '2026-11-24T09:00:00.000Z',
      history: [],
    })
    expect(safeParseSubscription({ ...subscription, email: 'not-an-email' }).success).toBe(false)
    expect(subscriptionJsonSchema.required).toEqual(['email', 'status', 'newsletters', 'createdAt'])
  })

  it('lists every subscription event once, and the history accepts exactly those (mirrors @example)', () => {
    expect(SUBSCRIPTION_EVENT_TYPES.includes('confirmed')).toBe(true)
    expect(SUBSCRIPTION_EVENT_TYPES.length).toBe(7)
    expect(new Set(SUBSCRIPTION_EVENT_TYPES).size).toBe(SUBSCRIPTION_EVENT_TYPES.length)
    const entry = { at: '2026-11-24T10:00:00Z', from: 'pending_confirmation', to: 'subscribed' }
    for (const event of SUBSCRIPTION_EVENT_TYPES)
      expect(safeParseSubscription({ ...subscription, history: [{ ...entry, event }] }).success, event).toBe(true)
    expect(safeParseSubscription({ ...subscription, history: [{ ...entry, event: 'renewed' }] }).success).toBe(false)
  })

  it('keeps an empty newsletters array as "none"', () => {
    expect(parseSubscription({ ...subscription, newsletters: [] }).newsletters).toEqual([])
  })

  it.each([
    ['a 1 MB email', 'a'.repeat(1_000_000) + '@example.com'],
    ['a lone surrogate in the email', 'ana\uD800@example.com'],
    ['a display name', 'Ana <ana@example.com>'],
    ['a domain with a trailing hyphen label', 'ana@exa-.com'],
    ['a numeric TLD', 'ana@example.123'],
  ])('refuses %s without throwing from safeParse', (_name, email) => {
    expect(safeParseSubscription({ ...subscription, email }).success).toBe(false)
  })
})

describe('formatPath and SafeParseResult', () => {
  it('formats issue paths as the CLI prints them (mirrors @example)', async () => {
    const { formatPath } = await import('../../src/schema/index.js')
    expect(formatPath(['authors', 0, 'name'])).toBe('authors.0.name')
    expect(formatPath([])).toBe('(root)')
  })

  it('narrows on success (mirrors @example)', () => {
    const result = safeParseTag({ name: 'Tide', slug: 'tide' })
    expect(result.success && result.data.visibility).toBe('public')
  })
})
