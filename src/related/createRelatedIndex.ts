import { RelatedIndexImpl } from './_index.js'
import { resolveIndexOptions } from './_options.js'
import type { CreateRelatedIndexOptions } from './options.js'
import type { RelatedIndex } from './types.js'

/**
 * Creates an empty in-memory related-story index. Docs are analyzed once when added (title ×3,
 * dek ×2, body ×1; stop words; CJK/Thai segmented) and scored per query with BM25 cosine, an
 * IDF-weighted tag cosine, section/author bonuses and optional recency; near-duplicates are cut
 * and the row is diversified (MMR). See docs/related.md.
 *
 * @param options - How text is analyzed and weighted (fixed for the index's life).
 * @returns An empty {@link RelatedIndex}.
 * @throws {@link CopydeskError} `INVALID_OPTIONS` when an option is out of range.
 *
 * @example
 * ```ts
 * const index = createRelatedIndex()
 * index.addAll([
 *   { id: 'fire-1', title: 'Wildfire forces evacuation on Alder Ridge', tags: ['wildfire'] },
 *   { id: 'fire-2', title: 'Alder Ridge wildfire evacuation lifted', tags: ['wildfire'] },
 *   { id: 'jazz-1', title: 'Jazz festival returns to the piers', tags: ['jazz'] },
 * ])
 * index.related('fire-1').map((pick) => pick.id) // ['fire-2']
 * index.related('fire-1')[0]?.sharedTags         // ['wildfire']
 * ```
 */
export function createRelatedIndex(options?: CreateRelatedIndexOptions): RelatedIndex {
  return new RelatedIndexImpl(resolveIndexOptions(options, 'createRelatedIndex'))
}
