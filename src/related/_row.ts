// Stage 5 of a query: the row. Near-duplicates of the query or of a pick are cut (judged on all
// terms, so two stories that share only their matchable words are not mistaken for copies),
// picks under `minScore` dropped, MMR chooses the row among the best, which is then shown best
// first; `fallback` fills a short row with the latest eligible docs (same section first).
import type { QueryContext } from './_context.js'
import { better, type Candidate, toPick } from './_pick.js'
import type { QueryVector } from './_queryVector.js'
import { byScore } from './_score.js'
import { clearDense, cosAll, docVector, fillAllDense } from './_vectors.js'
import type { RelatedPick } from './types.js'

/** The chosen row, and the slots found to be near-duplicates of the query on the way. */
export interface Row {
  picked: Candidate[]
  nearDup: Set<number>
}

/**
 * Whether slot `s` (text cosine `text`) is a near-duplicate of the query; remembered in `nearDup`.
 * A copy shares the rare terms too: its filtered text cosine is high as well, so docs far below
 * the threshold on it are not compared on all terms (saves most of the work).
 */
function isNearDupOfQuery(ctx: QueryContext, nearDup: Set<number>, s: number, text: number): boolean {
  const limit = ctx.c.nearDuplicate
  if (limit >= 1 || text < limit * 0.5) return false
  const dup = cosAll(ctx, s, ctx.scratch.qAll) > limit
  if (dup) nearDup.add(s)
  return dup
}

/** Near-duplicate cut, threshold and MMR over the scored candidates (best first). */
export function selectRow(ctx: QueryContext, scored: readonly Candidate[]): Row {
  const { c, store } = ctx
  const poolSize = Math.max(c.limit * 4, 16)
  const nearDup = new Set<number>()
  const pool: Candidate[] = []
  for (const x of scored) {
    if (pool.length >= poolSize) break
    if (x.score >= c.minScore && x.score > 0 && !isNearDupOfQuery(ctx, nearDup, x.slot, x.text)) pool.push(x)
  }
  const picked: Candidate[] = []
  const pDense = ctx.scratch.pDense
  while (picked.length < c.limit && pool.length > 0) {
    let best = -1
    let bestValue = -Infinity
    pool.forEach((x, i) => {
      const value = c.mmrLambda * x.score - (1 - c.mmrLambda) * x.maxSim
      const b = pool[best]
      if (best < 0 || value > bestValue || (value === bestValue && better(store, x.score, x.slot, b!.score, b!.slot))) {
        best = i
        bestValue = value
      }
    })
    const p = pool.splice(best, 1)[0] as Candidate
    picked.push(p)
    if (pool.length === 0 || picked.length >= c.limit) break
    fillAllDense(ctx, p.slot, pDense)
    for (let i = pool.length - 1; i >= 0; i--) {
      const x = pool[i] as Candidate
      const sim = cosAll(ctx, x.slot, pDense)
      if (sim > c.nearDuplicate && c.nearDuplicate < 1) pool.splice(i, 1)
      else x.maxSim = Math.max(x.maxSim, sim)
    }
    clearDense(ctx, p.slot, pDense)
  }
  // MMR chose which docs make the row; the row itself is shown best first.
  picked.sort(byScore(ctx))
  return { picked, nearDup }
}

/** A candidate record for a fallback doc that was not scored. */
function unscored(slot: number): Candidate {
  return { slot, text: 0, textScore: 0, tags: 0, section: 0, author: 0, recency: 1, score: 0, norm: 0, maxSim: 0 }
}

/** The row as public picks, filled with fallback picks when `fallback` asks for them. */
export function fallbackPicks(
  ctx: QueryContext,
  qv: QueryVector,
  scored: readonly Candidate[],
  row: Row,
): RelatedPick[] {
  const { c, q, store } = ctx
  const qDense = ctx.scratch.qDense
  const vector = (s: number, visit: (t: number, w: number) => void): number => docVector(ctx, s, visit)
  const pick = (x: Candidate, kind: RelatedPick['kind'], sameSection?: boolean): RelatedPick =>
    toPick(store, x, kind, qDense, qv.tagW, vector, c, q.hidden, sameSection)
  const picks = row.picked.map((x) => pick(x, 'similar'))
  if (picks.length >= c.limit || c.fallback === 'none') return picks
  const taken = new Set(row.picked.map((x) => x.slot))
  const scoredBySlot = new Map(scored.map((x) => [x.slot, x]))
  const passes = c.fallback === 'section' && q.section >= 0 ? [true, false] : [false]
  const newestFirst = (x: number, y: number): number => (better(store, 0, x, 0, y) ? -1 : 1)
  for (const sectionOnly of passes) {
    const want = c.limit - picks.length
    if (want <= 0) break
    const latest: number[] = []
    for (let s = 0; s <= ctx.lastSlot && s < store.slots; s++) {
      if (taken.has(s) || row.nearDup.has(s) || !ctx.eligible(s)) continue
      if (isNearDupOfQuery(ctx, row.nearDup, s, scoredBySlot.get(s)?.text ?? 1)) continue
      if (sectionOnly && store.section[s] !== q.section) continue
      latest.push(s)
      if (latest.length > want * 4) {
        latest.sort(newestFirst)
        latest.length = want
      }
    }
    latest.sort(newestFirst)
    for (const s of latest.slice(0, want)) {
      taken.add(s)
      const sameSection = q.section >= 0 && store.section[s] === q.section
      picks.push(pick(scoredBySlot.get(s) ?? unscored(s), 'fallback', sameSection))
    }
  }
  return picks
}
