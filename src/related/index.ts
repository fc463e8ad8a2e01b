/**
 * Related stories: an in-memory, explainable related-story index. BM25 cosine over title, dek
 * and body with per-language stop words, IDF-weighted tags, section/author bonuses and optional
 * recency; near-duplicate wire copies are cut, the row is diversified (MMR), and every pick says
 * why it was chosen. `toMoreLikeThisQuery` gives the OpenSearch/Elasticsearch equivalent for
 * sites past one process.
 *
 * @example
 * ```ts
 * import { createRelatedIndex } from 'copydesk/related'
 * const index = createRelatedIndex()
 * index.addAll(articles)
 * index.related('art-006', { limit: 4 }) // [{ id: 'art-008', score: …, scoreParts: {…}, reasons: [{ code: 'shared-tags', … }], label: 'Also on evacuations and wildfire', … }, …]
 * ```
 *
 * @module copydesk/related
 */
export { createRelatedIndex } from './createRelatedIndex.js'
export { loadRelatedIndex } from './loadRelatedIndex.js'
export { relatedStories, type RelatedStoriesOptions } from './relatedStories.js'
export {
  toMoreLikeThisQuery,
  type MoreLikeThisFields,
  type MoreLikeThisRequest,
  type ToMoreLikeThisQueryOptions,
} from './toMoreLikeThisQuery.js'
export type { CreateRelatedIndexOptions, RelatedMessages, RelatedOptions, RelatedWeights } from './options.js'
export type * from './types.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
