import { describe, expectTypeOf, it } from 'vitest'
import type { Article } from '../../src/schema/types.js'
import {
  createRelatedIndex,
  loadRelatedIndex,
  relatedStories,
  toMoreLikeThisQuery,
  type MoreLikeThisRequest,
  type RelatedDoc,
  type RelatedIndex,
  type RelatedIndexJson,
  type RelatedPick,
} from '../../src/related/index.js'

describe('copydesk/related types', () => {
  it('accepts an Article wherever a RelatedDoc goes', () => {
    expectTypeOf<Article>().toMatchTypeOf<RelatedDoc>()
    expectTypeOf(relatedStories).parameter(0).toEqualTypeOf<RelatedDoc>()
  })
  it('has the public signatures', () => {
    expectTypeOf(createRelatedIndex).returns.toEqualTypeOf<RelatedIndex>()
    expectTypeOf(loadRelatedIndex).parameter(0).toEqualTypeOf<RelatedIndexJson | string>()
    expectTypeOf(toMoreLikeThisQuery).returns.toEqualTypeOf<MoreLikeThisRequest>()
    expectTypeOf<RelatedIndex['related']>().returns.toEqualTypeOf<RelatedPick[]>()
    expectTypeOf<RelatedIndex['relatedAll']>().returns.toEqualTypeOf<Map<string, RelatedPick[]>>()
    expectTypeOf<RelatedPick['kind']>().toEqualTypeOf<'similar' | 'fallback'>()
    expectTypeOf<RelatedPick['reasons'][number]['code']>().toEqualTypeOf<
      'shared-terms' | 'shared-tags' | 'same-section' | 'same-author' | 'fallback-section' | 'fallback-latest'
    >()
    expectTypeOf<RelatedPick['label']>().toEqualTypeOf<string>()
    expectTypeOf<RelatedPick['scoreParts']>().toEqualTypeOf<{
      text: number
      tags: number
      section: number
      author: number
      recency: number
    }>()
  })
})
