// Stage 4 of a query: exact scores of the candidates on one 0–1 scale. Text: BM25 cosine over
// their full bags, after pseudo-relevance feedback (Rocchio: the centroid of the best text
// candidates added to the query); tags: IDF-weighted cosine; section/author bonuses; recency.
import { better, type Candidate } from './_pick.js'
import { DAY, type QueryContext } from './_context.js'
import type { Candidates } from './_candidates.js'
import type { QueryVector } from './_queryVector.js'
import { docVector, dotWith, normOf } from './_vectors.js'

/** The candidates scored, best first. */
export function scoreCandidates(ctx: QueryContext, qv: QueryVector, found: Candidates): Candidate[] {
  const { q, c, store } = ctx
  const texts = textCosines(ctx, qv, found)
  const qAuthors = new Set(q.authors)
  // One 0–1 scale: the weights of the parts this query doc can have.
  const scale =
    c.wText +
      (q.tags.length > 0 ? c.wTags : 0) +
      (q.section >= 0 ? c.wSection : 0) +
      (q.authors.length > 0 ? c.wAuthor : 0) || 1
  const scored = found.slots.map((s, ci): Candidate => {
    const text = texts[ci] as number
    const tags = tagCosine(ctx, qv, s)
    const section = q.section >= 0 && store.section[s] === q.section ? c.wSection : 0
    let author = 0
    const m = (store.metaStart[s] as number) + (store.tagLen[s] as number)
    for (let j = m; j < m + (store.authorLen[s] as number); j++)
      if (qAuthors.has(store.metaPool[j] as number)) author = c.wAuthor
    const recency = recencyOf(ctx, s)
    return {
      slot: s,
      text,
      textScore: (c.wText * text) / scale,
      tags: (c.wTags * tags) / scale,
      section: section / scale,
      author: author / scale,
      recency,
      score: ((c.wText * text + c.wTags * tags + section + author) / scale) * recency,
      norm: normOf(ctx, s),
      maxSim: 0,
    }
  })
  scored.sort(byScore(ctx))
  return scored
}

/** Orders candidates best first (score, then date, then id). */
export function byScore(ctx: QueryContext): (x: Candidate, y: Candidate) => number {
  return (x, y) => (better(ctx.store, x.score, x.slot, y.score, y.slot) ? -1 : 1)
}

/** The text cosine of each candidate with the query (expanded by feedback when it applies). */
function textCosines(ctx: QueryContext, qv: QueryVector, found: Candidates): number[] {
  const qDense = ctx.scratch.qDense
  const withFeedback = ctx.c.feedback > 0 && found.textCount > ctx.c.feedbackDocs
  // With feedback, only the text candidates' first cosines are read (to choose the feedback
  // docs); every cosine is computed again with the expanded query.
  const first = withFeedback ? found.textCount : found.slots.length
  const texts = found.slots.map((s, i) => {
    const norm = i < first ? normOf(ctx, s) : 0
    return norm > 0 ? dotWith(ctx, s, qDense) / norm : 0
  })
  if (withFeedback) feedback(ctx, qv, found, texts)
  return texts
}

/**
 * Pseudo-relevance feedback: adds the centroid of the best text candidates, weighted `feedback`,
 * to the query vector (in scratch.pDense, cleared after) and computes `texts` again with it.
 */
function feedback(ctx: QueryContext, qv: QueryVector, found: Candidates, texts: number[]): void {
  const { c, store } = ctx
  const { slots, textCount } = found
  const qDense = ctx.scratch.qDense
  // Only text candidates feed back: which tag candidates are found depends on slot order.
  const order = slots
    .slice(0, textCount)
    .map((_, i) => i)
    .sort((x, y) =>
      better(store, texts[x] as number, slots[x] as number, texts[y] as number, slots[y] as number) ? -1 : 1,
    )
  const fb = ctx.scratch.pDense
  const used: number[] = []
  for (const i of order.slice(0, c.feedbackDocs)) {
    const s = slots[i] as number
    const norm = normOf(ctx, s)
    if (norm === 0) continue
    docVector(ctx, s, (t, w) => {
      if (fb[t] === 0) used.push(t)
      fb[t]! += (c.feedback * w) / norm / c.feedbackDocs
    })
  }
  let n2 = 0
  for (const t of qv.terms) n2 += ((qDense[t] as number) + (fb[t] as number)) ** 2
  for (const t of used) if (qDense[t] === 0) n2 += (fb[t] as number) ** 2
  for (const t of qv.terms) fb[t]! += qDense[t] as number
  const qn = Math.sqrt(n2)
  slots.forEach((s, i) => {
    const norm = normOf(ctx, s)
    texts[i] = norm > 0 && qn > 0 ? dotWith(ctx, s, fb) / norm / qn : 0
  })
  for (const t of used) fb[t] = 0
  for (const t of qv.terms) fb[t] = 0
}

/** IDF-weighted tag cosine of slot `s` with the query. */
function tagCosine(ctx: QueryContext, qv: QueryVector, s: number): number {
  const { store, stats } = ctx
  let dot = 0
  let norm = 0
  const m = store.metaStart[s] as number
  for (let j = m; j < m + (store.tagLen[s] as number); j++) {
    const g = store.metaPool[j] as number
    const w = stats.tagIdf(g, 0)
    norm += w * w
    dot += w * (qv.tagW.get(g) ?? 0)
  }
  return norm > 0 && qv.tagNorm > 0 ? dot / Math.sqrt(norm) / qv.tagNorm : 0
}

/** The recency factor of slot `s` (1 without `halfLifeDays`). */
function recencyOf(ctx: QueryContext, s: number): number {
  const { c, q } = ctx
  if (c.halfLifeDays === undefined) return 1
  const d = ctx.store.date[s] as number
  const decay = ctx.hasDate && !Number.isNaN(d) ? 0.5 ** (Math.abs(d - q.date) / DAY / c.halfLifeDays) : 0
  return 1 - c.recencyWeight + c.recencyWeight * decay
}
