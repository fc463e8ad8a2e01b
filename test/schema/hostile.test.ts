// Issue 17: safeParseX never throws and stays bounded on hostile input; parseX throws
// VALIDATION_FAILED; formatPath refuses what is not a path.
import { describe, expect, it } from 'vitest'
import {
  articleJsonSchema,
  formatPath,
  parseArticle,
  parseSubscription,
  parseTeaser,
  safeParseArticle,
  safeParseComment,
  safeParseSubscription,
  safeParseTeaser,
  SCHEMA_LIMITS,
  subscriptionJsonSchema,
} from '../../src/schema/index.js'
import { VALID_ARTICLE as article, VALID_SUBSCRIPTION as subscription, VALID_TEASER as teaser } from './_fixtures.js'

function failure(result: { success: boolean; error?: unknown }): {
  code: string
  issues: { path: unknown[]; code: string }[]
} {
  expect(result.success).toBe(false)
  return result.error as { code: string; issues: { path: unknown[]; code: string }[] }
}

describe('arrays past SCHEMA_LIMITS are refused before validation (issue 17)', () => {
  it('safeParseArticle with 150,000 numeric authors returns a failure instead of overflowing the stack', () => {
    const started = Date.now()
    const error = failure(safeParseArticle({ ...article, authors: Array(150_000).fill(1) }))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues).toEqual([
      { path: ['authors'], code: 'too_big', message: 'Too many items: at most 100 (SCHEMA_LIMITS), received 150000' },
    ])
    expect(() => parseArticle({ ...article, authors: Array(150_000).fill(1) })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^parseArticle: 1 problem/),
      }),
    )
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('safeParseTeaser with 100,000 empty authors returns a failure', () => {
    const error = failure(safeParseTeaser({ ...teaser, authors: Array.from({ length: 100_000 }, () => ({})) }))
    expect(error.issues[0]).toMatchObject({ path: ['authors'], code: 'too_big' })
    expect(() => parseTeaser({ ...teaser, authors: Array(100_000).fill({}) })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    )
  })

  it.each([
    ['tags', { ...article, tags: Array(101).fill({ name: 'x', slug: 'x' }) }],
    ['oldSlugs', { ...article, oldSlugs: Array(1001).fill('x') }],
  ])('refuses too many %s on an article', (key, input) => {
    expect(failure(safeParseArticle(input)).issues[0]?.path).toEqual([key])
  })

  it('accepts arrays at their maximum', () => {
    const authors = Array.from({ length: SCHEMA_LIMITS.authors }, (_, i) => ({
      id: `u${i}`,
      name: 'N',
      slug: `n-${i}`,
    }))
    expect(safeParseArticle({ ...article, authors }).success).toBe(true)
    const newsletters = Array.from({ length: SCHEMA_LIMITS.newsletters }, (_, i) => `n-${i}`)
    expect(safeParseSubscription({ ...subscription, newsletters }).success).toBe(true)
  })

  it('refuses 100k newsletters and 100k history entries on a subscription', () => {
    const started = Date.now()
    const newsletters = Array.from({ length: 100_000 }, (_, i) => `n-${i}`)
    expect(failure(safeParseSubscription({ ...subscription, newsletters })).issues[0]?.path).toEqual(['newsletters'])
    const history = Array(100_000).fill({ at: 'x', from: 'x', to: 'x', event: 'x' })
    expect(() => parseSubscription({ ...subscription, history })).toThrow(/^parseSubscription: 1 problem/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses too many verdict reasons on a comment', () => {
    const comment = {
      id: 'c1',
      articleId: 'a1',
      author: { name: 'Ana' },
      html: '<p>Hi</p>',
      createdAt: '2026-11-24T10:00:00Z',
      verdict: { action: 'hold', score: 1, reasons: Array(1001).fill({ code: 'x', message: 'x' }) },
    }
    expect(failure(safeParseComment(comment)).issues[0]?.path).toEqual(['verdict', 'reasons'])
  })

  it('reports at most SCHEMA_LIMITS.issues issues and counts the rest in the message', () => {
    const authors = Array.from({ length: 100 }, () => ({ id: 1, name: 2, slug: 3 }))
    const error = failure(safeParseArticle({ ...article, authors })) as unknown as {
      issues: unknown[]
      message: string
    }
    expect(error.issues).toHaveLength(SCHEMA_LIMITS.issues)
    expect(error.message).toMatch(/^safeParseArticle: 300 problems in object: .*; and 297 more$/)
  })

  it('states the maxima in the JSON Schemas', () => {
    const properties = articleJsonSchema.properties as Record<string, { maxItems?: number }>
    expect(properties.authors?.maxItems).toBe(100)
    expect((subscriptionJsonSchema.properties as Record<string, { maxItems?: number }>).newsletters?.maxItems).toBe(
      1000,
    )
  })
})

describe('safeParseX never throws (issue 17)', () => {
  it('turns a throwing getter into a failure whose cause is the thrown error', () => {
    const boom = new Error('boom')
    const hostile = {
      ...article,
      get title(): string {
        throw boom
      },
    }
    const result = safeParseArticle(hostile)
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.error.code).toBe('VALIDATION_FAILED')
      expect(result.error.cause).toBe(boom)
    }
    expect(() => parseArticle(hostile)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }))
  })

  it('leaves accessor fields to zod: the pre-check reads only data properties', () => {
    let ran = false
    const input = {
      ...article,
      get authors(): unknown[] {
        ran = true
        return Array(200).fill(1)
      },
    }
    expect(safeParseArticle(input).success).toBe(false)
    expect(ran).toBe(true) // zod reads it; the pre-check does not run getters
  })

  it('handles cyclic, frozen and prototype-keyed input', () => {
    const cyclic: Record<string, unknown> = { ...article }
    cyclic.self = cyclic
    expect(safeParseArticle(cyclic).success).toBe(true)
    expect(safeParseArticle(Object.freeze({ ...article })).success).toBe(true)
    const proto = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as unknown
    expect(safeParseArticle(proto).success).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('formatPath refuses what is not a path (issue 17)', () => {
  it.each([
    ['null', null],
    ['a string', 'authors.0'],
    ['an object key', [{}]],
    ['a symbol', [Symbol('x')]],
  ])('throws INVALID_INPUT for %s', (_name, path) => {
    expect(() => formatPath(path as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/^formatPath: path/) }),
    )
  })
})
