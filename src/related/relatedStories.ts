import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import { guard } from './_guard.js'
import { RelatedIndexImpl } from './_index.js'
import { resolveIndexOptions, resolveRelatedOptions } from './_options.js'
import type { CreateRelatedIndexOptions, RelatedOptions } from './options.js'
import type { RelatedDoc, RelatedPick } from './types.js'

/** Options of {@link relatedStories}: the index options and the query options in one object. */
export interface RelatedStoriesOptions extends CreateRelatedIndexOptions, RelatedOptions {}

/**
 * One-shot related stories for small sites: indexes `candidates` plus `doc` and returns `doc`'s
 * picks. For many queries over the same docs, build a {@link createRelatedIndex} once instead.
 *
 * @param doc - The article to find related stories for.
 * @param candidates - The other articles (the doc itself, by id, is skipped).
 * @param options - Index and query options.
 * @returns At most `limit` picks with their reasons.
 * @throws {@link CopydeskError} `INVALID_INPUT` for a bad doc or candidate list; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * const picks = relatedStories(
 *   { id: 'budget-1', title: 'Council passes the city budget', tags: ['budget'] },
 *   [
 *     { id: 'budget-2', title: 'Budget vote: what the council cut', tags: ['budget'] },
 *     { id: 'derby', title: 'Mariners win the derby', tags: ['football'] },
 *   ],
 * )
 * picks.map((pick) => pick.id) // ['budget-2']
 * ```
 */
export function relatedStories(
  doc: RelatedDoc,
  candidates: Iterable<RelatedDoc>,
  options?: RelatedStoriesOptions,
): RelatedPick[] {
  return guard('relatedStories', () => relatedStoriesInner(doc, candidates, options))
}

function relatedStoriesInner(
  doc: RelatedDoc,
  candidates: Iterable<RelatedDoc>,
  options?: RelatedStoriesOptions,
): RelatedPick[] {
  if (typeof doc !== 'object' || doc === null) {
    throw new CopydeskError('INVALID_INPUT', `relatedStories: doc must be an object, received ${describe(doc)}`)
  }
  if (
    candidates === null ||
    typeof candidates !== 'object' ||
    typeof (candidates as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `relatedStories: candidates must be an iterable of docs, received ${describe(candidates)}`,
    )
  }
  // The index's checks and refusals name relatedStories, the function the user called.
  const fn = 'relatedStories'
  const index = new RelatedIndexImpl(resolveIndexOptions(options, fn))
  const query = resolveRelatedOptions(options, fn)
  const docs: RelatedDoc[] = []
  for (const candidate of candidates)
    if (typeof candidate !== 'object' || candidate === null || candidate.id !== doc.id) docs.push(candidate)
  docs.push(doc)
  index.addDocs(docs, fn)
  return index.query(doc.id, query, fn)
}
