// Stage 1 of a query: the query doc's BM25 vector (normalized, dense in scratch.qDense), its
// all-terms vector for near-duplicate cosines (scratch.qAll), its top terms for the candidate
// search (ranked in scratch.qIndex) within the `maxPostings` budget, and its tag vector.
import type { QueryContext } from './_context.js'
import { tfn } from './_vectors.js'

/** The query doc as vectors. */
export interface QueryVector {
  /** Its terms that pass the df filters. */
  terms: number[]
  /** Positions in `terms` of the top `queryTerms` terms by weight (ties: term string). */
  top: number[]
  /** The positions of `top` the candidate search reads (within `maxPostings`). */
  scan: number[]
  /** All its terms known to the index (the entries set in scratch.qAll). */
  allTerms: number[]
  /** Tag id → IDF weight (tags unknown to the index left out). */
  tagW: Map<number, number>
  /** Norm of the tag vector (unknown tags included). */
  tagNorm: number
}

/** Builds the query vectors into the scratch buffers. */
export function buildQueryVector(ctx: QueryContext): QueryVector {
  const { q, stats, scratch, external } = ctx
  const terms: number[] = []
  const weights: number[] = []
  let norm = 0
  for (let i = 0; i < q.bag.length; i++) {
    const p = q.bag[i] as number
    const t = p >>> 8
    const idf = external ? stats.idfExternal(t) : stats.idf(t)
    if (idf < 0) continue
    const w = idf * tfn(ctx, p & 255, q.len)
    terms.push(t)
    weights.push(w)
    norm += w * w
  }
  norm = Math.sqrt(norm)
  const names = ctx.store.terms.names
  const order = terms.map((_, i) => i)
  order.sort(
    (x, y) =>
      (weights[y] as number) - (weights[x] as number) ||
      ((names[terms[x] as number] as string) < (names[terms[y] as number] as string) ? -1 : 1),
  )
  const qDense = scratch.qDense
  for (const i of order) qDense[terms[i] as number] = (weights[i] as number) / norm
  const top = order.slice(0, ctx.c.queryTerms)
  top.forEach((i, rank) => (scratch.qIndex[terms[i] as number] = rank + 1))
  return {
    terms,
    top,
    scan: withinBudget(ctx, terms, top),
    allTerms: allTermsVector(ctx),
    ...tagVector(ctx),
  }
}

/** The query over all its terms (no df filter), normalized into scratch.qAll; returns its terms. */
function allTermsVector(ctx: QueryContext): number[] {
  const { q, stats, external } = ctx
  const qAll = ctx.scratch.qAll
  const allTerms: number[] = []
  let norm = 0
  for (let i = 0; i < q.bag.length; i++) {
    const p = q.bag[i] as number
    const t = p >>> 8
    const w = (external ? stats.idfAllExternal(t) : stats.idfAll(t)) * tfn(ctx, p & 255, q.len)
    qAll[t] = w
    allTerms.push(t)
    norm += w * w
  }
  for (const tf of q.unknown) norm += (stats.idfAllExternal(-1) * tfn(ctx, tf, q.len)) ** 2
  norm = Math.sqrt(norm)
  if (norm > 0) for (const t of allTerms) qAll[t] = (qAll[t] as number) / norm
  return allTerms
}

/**
 * The candidate search reads at most `maxPostings` postings: over that budget the most common of
 * the top terms (lowest idf, least telling) are left out of it (their qIndex rank zeroed), the
 * rarest always kept; exact scores still use every term. Decided on document frequencies, so a
 * fresh and an incrementally built index decide alike.
 */
function withinBudget(ctx: QueryContext, terms: readonly number[], top: number[]): number[] {
  const { c, stats } = ctx
  if (c.maxPostings === Infinity) return top
  const df = top.map((i) => stats.termDf(terms[i] as number))
  let total = df.reduce((sum, d) => sum + d, 0)
  if (total <= c.maxPostings) return top
  // Ranks into `top`, most common first (stable: equal df keep their weight order).
  const byDf = top.map((_, r) => r).sort((x, y) => (df[y] as number) - (df[x] as number))
  const skip = new Set<number>()
  for (const r of byDf) {
    if (total <= c.maxPostings || skip.size >= top.length - 1) break
    skip.add(r)
    total -= df[r] as number
    ctx.scratch.qIndex[terms[top[r] as number] as number] = 0
  }
  return top.filter((_, r) => !skip.has(r))
}

/** The query's IDF-weighted tag vector. */
function tagVector(ctx: QueryContext): { tagW: Map<number, number>; tagNorm: number } {
  const tagW = new Map<number, number>()
  let norm = 0
  for (const g of ctx.q.tags) {
    const w = ctx.stats.tagIdf(g, ctx.external ? 1 : 0)
    if (g >= 0) tagW.set(g, w)
    norm += w * w
  }
  return { tagW, tagNorm: Math.sqrt(norm) }
}

/** Zeroes what {@link buildQueryVector} set in the scratch buffers (qIndex is cleared by the candidate search). */
export function clearQueryVector(ctx: QueryContext, qv: QueryVector): void {
  const { qDense, qAll } = ctx.scratch
  for (const t of qv.terms) qDense[t] = 0
  for (const t of qv.allTerms) qAll[t] = 0
}
