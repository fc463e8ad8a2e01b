// One related() query, stage by stage (each stage in its own module):
//   1. query vector (_queryVector.ts): BM25 weights of the query doc, its top terms, the
//      `maxPostings` budget, its tag vector;
//   2. eligibility (_context.ts): status, section, age, excluded ids, as-of slot;
//   3. candidates (_candidates.ts): BM25 over the postings of the top query terms and the
//      pending docs, the best `candidates` kept, plus docs sharing a rare tag;
//   4. exact scores (_score.ts): BM25 cosine over the full bags (with pseudo-relevance
//      feedback), IDF-weighted tag cosine, section/author bonuses, recency;
//   5. the row (_row.ts): near-duplicate cut, threshold, MMR, fallback.
// Scratch buffers are reused across queries; each stage leaves the ones it used zeroed.
import { candidates } from './_candidates.js'
import { eligibility, type QueryConfig, type QueryContext, type QuerySource } from './_context.js'
import type { Scratch } from './_pick.js'
import { buildQueryVector, clearQueryVector } from './_queryVector.js'
import { fallbackPicks, selectRow } from './_row.js'
import { scoreCandidates } from './_score.js'
import type { Stats } from './_stats.js'
import type { Store } from './_store.js'
import type { RelatedPick } from './types.js'

/** Runs one query. */
export function runQuery(store: Store, stats: Stats, scratch: Scratch, q: QuerySource, c: QueryConfig): RelatedPick[] {
  scratch.fit(store.slots, store.terms.names.length)
  const lastSlot = q.asOf >= 0 ? q.asOf : store.slots - 1
  const ctx: QueryContext = {
    store,
    stats,
    scratch,
    k1: c.k1,
    b: c.b,
    q,
    c,
    external: q.slot < 0,
    lastSlot,
    hasDate: !Number.isNaN(q.date),
    eligible: eligibility(store, q, c, lastSlot),
  }
  const qv = buildQueryVector(ctx)
  const found = candidates(ctx, qv)
  const scored = scoreCandidates(ctx, qv, found)
  const row = selectRow(ctx, scored)
  const picks = fallbackPicks(ctx, qv, scored, row)
  clearQueryVector(ctx, qv)
  return picks
}
