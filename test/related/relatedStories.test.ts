import { describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import type { Article } from '../../src/schema/types.js'
import { createRelatedIndex, relatedStories } from '../../src/related/index.js'

const newsroom = articles as unknown as Article[]

describe('relatedStories', () => {
  it('finds the budget story for the budget story (the @example)', () => {
    const picks = relatedStories({ id: 'budget-1', title: 'Council passes the city budget', tags: ['budget'] }, [
      { id: 'budget-2', title: 'Budget vote: what the council cut', tags: ['budget'] },
      { id: 'derby', title: 'Mariners win the derby', tags: ['football'] },
    ])
    expect(picks.map((pick) => pick.id)).toEqual(['budget-2'])
  })

  it('answers like an index built over the same articles', () => {
    const index = createRelatedIndex()
    index.addAll(newsroom)
    const jazz = newsroom.find((a) => a.id === 'art-011') as Article
    expect(relatedStories(jazz, newsroom)).toEqual(index.related('art-011'))
    expect(relatedStories(jazz, newsroom, { limit: 2, sameSection: true }).map((p) => p.id)).toEqual([
      'art-012',
      'art-013',
    ])
  })

  it('rejects a missing doc or a non-iterable candidate list', () => {
    expect(() => relatedStories(null as never, [])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() => relatedStories({ id: 'a', title: 'A' }, 5 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })

  it('names relatedStories in every refusal, from its own checks and from the index it builds', () => {
    const doc = { id: 'a', title: 'Harbor seawall vote' }
    const cases: [() => unknown, string][] = [
      [() => relatedStories(doc, [{ id: 'b', title: 'x', status: 'private' } as never]), 'INVALID_INPUT'],
      [() => relatedStories(doc, [{ id: 'b', title: 'x', publishedAt: 'not a date' }]), 'INVALID_INPUT'],
      [() => relatedStories(doc, [{ title: 'no id' } as never]), 'INVALID_INPUT'],
      [() => relatedStories(doc, [], { limit: -1 }), 'INVALID_OPTIONS'],
      [() => relatedStories(doc, [], { titleWeight: 1.5 }), 'INVALID_OPTIONS'],
      [() => relatedStories(doc, [], { fallback: 'nope' as never }), 'INVALID_OPTIONS'],
      [() => relatedStories(doc, [], [] as never), 'INVALID_OPTIONS'],
    ]
    for (const [call, code] of cases) {
      expect(call).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/^relatedStories: /) }))
    }
  })

  it('refuses a bad query option before reading any candidate', () => {
    let read = 0
    const candidates = {
      *[Symbol.iterator]() {
        read++
        yield { id: 'b', title: 'B' }
      },
    }
    expect(() => relatedStories({ id: 'a', title: 'A' }, candidates, { mmrLambda: 2 })).toThrow(
      /^relatedStories: options\.mmrLambda/,
    )
    expect(read).toBe(0)
  })
})
