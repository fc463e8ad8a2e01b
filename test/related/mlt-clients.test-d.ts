// Scale-out you can trust (issue 15 item 5): toMoreLikeThisQuery's request body type-checks
// against the search request types of the official clients, @elastic/elasticsearch and
// @opensearch-project/opensearch (versions in docs/related.md).
import type { estypes } from '@elastic/elasticsearch'
import type { API } from '@opensearch-project/opensearch'
import { describe, expectTypeOf, it } from 'vitest'
import { toMoreLikeThisQuery, type MoreLikeThisRequest } from '../../src/related/index.js'

describe('toMoreLikeThisQuery and the search clients', () => {
  it('is an Elasticsearch SearchRequest body', () => {
    const body = toMoreLikeThisQuery({ id: 'a', title: 'Seawall vote' }, { halfLifeDays: 30 })
    const request: estypes.SearchRequest = { index: 'articles', ...body }
    expectTypeOf(request.size).toEqualTypeOf<number | undefined>()
    expectTypeOf<MoreLikeThisRequest['query']>().toMatchTypeOf<estypes.QueryDslQueryContainer>()
  })

  it('is an OpenSearch Search_RequestBody', () => {
    const body = toMoreLikeThisQuery({ id: 'a', title: 'Seawall vote' })
    const request: API.Search_Request = { index: 'articles', body }
    expectTypeOf(request.body).toMatchTypeOf<API.Search_RequestBody | undefined>()
    expectTypeOf<MoreLikeThisRequest>().toMatchTypeOf<API.Search_RequestBody>()
  })
})
