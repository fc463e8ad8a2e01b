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
})
