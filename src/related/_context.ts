// The shared state of one related() query: the query doc resolved to ids, the resolved options,
// and the eligibility test (stage 2 of the query; see _query.ts for the stages).
import type { Store } from './_store.js'
import type { VectorSpace } from './_vectors.js'
import type { ResolvedRelatedOptions } from './options.js'

/** Resolved query options, with excluded ids mapped to slots and the index's BM25 knobs. */
export type QueryConfig = Omit<ResolvedRelatedOptions, 'excludeIds'> & {
  excludeSlots: ReadonlySet<number>
  k1: number
  b: number
}

/** The doc a query is about, resolved to ids. */
export interface QuerySource {
  slot: number
  id: string
  /** Packed `termId << 8 | tf` entries (terms unknown to the index left out). */
  bag: ArrayLike<number>
  /** Weighted counts of the terms unknown to the index (external docs only). */
  unknown: readonly number[]
  len: number
  /** Tag ids (-1 for tags unknown to the index). */
  tags: number[]
  section: number
  authors: number[]
  date: number
  /** Last slot the statistics may see (excludeNewer), or -1 for the whole index. */
  asOf: number
  /** Terms found only in the query doc's gated text (`gatedBody: 'full'`). */
  hidden: ReadonlySet<string> | undefined
}

/** Everything the stages of one query share. */
export interface QueryContext extends VectorSpace {
  q: QuerySource
  c: QueryConfig
  /** The query doc is not in the index (its own occurrence counts in the statistics). */
  external: boolean
  /** Last slot that may be picked or counted. */
  lastSlot: number
  hasDate: boolean
  /** Whether slot `s` may be picked (alive, not the doc itself, status, section, age, excluded). */
  eligible: (s: number) => boolean
}

export const DAY = 86_400_000

/** Stage 2: the eligibility test of one query. */
export function eligibility(store: Store, q: QuerySource, c: QueryConfig, lastSlot: number): (s: number) => boolean {
  const mask = c.statusMask
  const maxAge = c.maxAgeDays === undefined || Number.isNaN(q.date) ? -1 : c.maxAgeDays * DAY
  // The doc itself, by id: its slot when indexed (a doc passed in may share an indexed id).
  const self = q.slot >= 0 ? q.slot : (store.slotOf.get(q.id) ?? -1)
  return (s: number): boolean => {
    if (store.alive[s] !== 1 || s === self || s > lastSlot) return false
    if (((1 << (store.status[s] as number)) & mask) === 0) return false
    if (c.sameSection && store.section[s] !== q.section) return false
    if (maxAge >= 0 && !(Math.abs(store.date[s]! - q.date) <= maxAge)) return false
    return c.excludeSlots.size === 0 || !c.excludeSlots.has(s)
  }
}
