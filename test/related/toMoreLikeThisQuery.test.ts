import { describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import type { Article } from '../../src/schema/types.js'
import { toMoreLikeThisQuery } from '../../src/related/index.js'

const newsroom = articles as unknown as Article[]
const wildfire = { id: 'a1', title: 'Wildfire on Alder Ridge', tags: ['wildfire'], publishedAt: '2026-10-03T22:15:00Z' }

describe('toMoreLikeThisQuery', () => {
  it('maps halfLifeDays and recencyWeight to an exp decay mixed by function_score (the @example)', () => {
    const body = toMoreLikeThisQuery(wildfire, { halfLifeDays: 30, excludeNewer: true })
    expect(body.size).toBe(4)
    expect(body.query.function_score['functions']).toEqual([
      { exp: { publishedAt: { origin: '2026-10-03T22:15:00.000Z', scale: '30d', decay: 0.5 } }, weight: 0.3 },
      { weight: 0.7 },
    ])
    expect(body.query.function_score['score_mode']).toBe('sum')
    expect(body.query.function_score['boost_mode']).toBe('multiply')
  })

  it('builds more_like_this with the same field boosts, term limits and df floor', () => {
    const art = newsroom.find((a) => a.id === 'art-006') as Article
    const body = toMoreLikeThisQuery(art, { queryTerms: 25, maxDocFreq: 5000 })
    const bool = (body.query.function_score['query'] as { bool: Record<string, unknown[]> }).bool
    const similar = (bool['must']?.[0] as { bool: { should: Record<string, Record<string, unknown>>[] } }).bool.should
    const mlt = similar[0]?.['more_like_this'] as Record<string, unknown>
    expect(mlt['fields']).toEqual(['title^3', 'subtitle^2', 'body'])
    expect(mlt['max_query_terms']).toBe(25)
    expect(mlt['min_term_freq']).toBe(1)
    expect(mlt['min_doc_freq']).toBe(2)
    expect(mlt['max_doc_freq']).toBe(5000)
    expect(mlt['include']).toBe(false)
    const like = (mlt['like'] as { doc: Record<string, string> }[])[0]?.doc
    expect(like?.['title']).toBe(art.title)
    expect(like?.['body']).toMatch(/Alder Ridge/)
    expect(similar.slice(1)).toEqual([
      { term: { tags: { value: 'wildfire', boost: 0.35 } } },
      { term: { tags: { value: 'evacuations', boost: 0.35 } } },
    ])
    expect(bool['should']).toEqual([
      { term: { section: { value: 'climate', boost: 0.05 } } },
      { terms: { authors: ['auth-jose'], boost: 0.05 } },
    ])
    expect(bool['must_not']).toEqual([{ ids: { values: ['art-006'] } }])
    expect(bool['filter']).toEqual([{ terms: { status: ['published'] } }])
    expect(body.query.function_score['functions']).toBeUndefined()
  })

  it('maps filters: excludeIds, sameSection, excludeNewer, maxAgeDays, statuses', () => {
    const body = toMoreLikeThisQuery(
      { ...wildfire, section: 'Climate' },
      { excludeIds: ['x'], sameSection: true, excludeNewer: true, maxAgeDays: 30, statuses: ['published', 'archived'] },
    )
    const bool = (body.query.function_score['query'] as { bool: Record<string, unknown[]> }).bool
    expect(bool['must_not']).toEqual([{ ids: { values: ['a1', 'x'] } }])
    expect(bool['filter']).toEqual([
      { terms: { status: ['published', 'archived'] } },
      { term: { section: 'climate' } },
      { range: { publishedAt: { lte: '2026-10-03T22:15:00.000Z', gte: '2026-10-03T22:15:00.000Z||-720h' } } },
    ])
  })

  it('references the stored doc with likeIndex, renames fields and sends a stop-word list', () => {
    const body = toMoreLikeThisQuery(wildfire, {
      likeIndex: 'articles',
      fields: { title: 'headline', tags: 'tag_slugs' },
      stopWordList: ['the', 'a'],
      titleWeight: 4,
    })
    const bool = (body.query.function_score['query'] as { bool: Record<string, unknown[]> }).bool
    const similar = (bool['must']?.[0] as { bool: { should: Record<string, Record<string, unknown>>[] } }).bool.should
    const mlt = similar[0]?.['more_like_this'] as Record<string, unknown>
    expect(mlt['like']).toEqual([{ _index: 'articles', _id: 'a1' }])
    expect(mlt['fields']).toEqual(['headline^4', 'subtitle^2', 'body'])
    expect(mlt['stop_words']).toEqual(['the', 'a'])
    expect(similar[1]).toEqual({ term: { tag_slugs: { value: 'wildfire', boost: 0.35 } } })
  })

  it('never sends gated text by default', () => {
    const gated = newsroom.find((a) => a.id === 'art-007') as Article
    expect(JSON.stringify(toMoreLikeThisQuery(gated))).not.toContain('SECRET-GATED-PARAGRAPH')
  })

  it('rejects bad input and options', () => {
    expect(() => toMoreLikeThisQuery({ title: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => toMoreLikeThisQuery(wildfire, { halfLifeDays: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})
