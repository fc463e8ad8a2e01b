// Stage 3 of a query: the candidates scored exactly. Text candidates come from a BM25 sum over
// the postings of the query's top terms (and a direct scan of the pending docs), the best
// `candidates` kept in a heap; tag candidates are docs sharing the query's rarest tags.
import { better } from './_pick.js'
import type { QueryContext } from './_context.js'
import type { QueryVector } from './_queryVector.js'
import { tfn } from './_vectors.js'

/** The candidates of one query: text candidates first (`textCount` of them), then tag candidates. */
export interface Candidates {
  slots: number[]
  textCount: number
}

/** Finds the candidates (and clears scratch.qIndex). */
export function candidates(ctx: QueryContext, qv: QueryVector): Candidates {
  let touched = scanPostings(ctx, qv)
  touched = scanPending(ctx, qv, touched)
  const heap = bestTouched(ctx, touched)
  for (const i of qv.top) ctx.scratch.qIndex[qv.terms[i] as number] = 0
  const { scratch } = ctx
  const slots: number[] = []
  for (const s of heap) {
    scratch.seen[s] = scratch.epoch
    slots.push(s)
  }
  const textCount = slots.length
  addTagCandidates(ctx, qv, slots)
  return { slots, textCount }
}

/** BM25 partial scores into scratch.acc over the postings of the scanned terms; returns the count touched. */
function scanPostings(ctx: QueryContext, qv: QueryVector): number {
  const { store, stats, scratch, lastSlot, k1, b } = ctx
  const { acc, touched, qDense } = scratch
  const avgLen = stats.avgLen
  const { postOff, postData, len } = store
  const committedTerms = postOff.length - 1
  let nTouched = 0
  for (const i of qv.scan) {
    const t = qv.terms[i] as number
    if (t >= committedTerms) continue
    const idfDoc = stats.idf(t)
    if (idfDoc < 0) continue
    const qw = (qDense[t] as number) * idfDoc
    const end = postOff[t + 1] as number
    for (let j = postOff[t] as number; j < end; j++) {
      const e = postData[j] as number
      const s = e >>> 8
      if (s > lastSlot) break
      if (acc[s] === 0) touched[nTouched++] = s
      const tf = e & 255
      acc[s]! += (qw * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (len[s] as number)) / avgLen))
    }
  }
  return nTouched
}

/** The same sums for the pending docs (added since the last merge), read from their search terms. */
function scanPending(ctx: QueryContext, qv: QueryVector, nTouched: number): number {
  const { store, stats, scratch } = ctx
  if (store.committed >= store.slots || qv.top.length === 0) return nTouched
  const { acc, touched, qDense, qIndex } = scratch
  const contrib = new Float64Array(qv.top.length)
  for (let s = store.committed; s < store.slots; s++) {
    if (store.alive[s] !== 1) continue
    contrib.fill(0)
    let any = false
    const count = store.bag(s, scratch.bags, true)
    const entries = scratch.bags.buf
    for (let j = 0; j < count; j++) {
      const p = entries[j] as number
      const rank = qIndex[p >>> 8] as number
      if (rank === 0) continue
      const t = p >>> 8
      const idfDoc = stats.idf(t)
      if (idfDoc < 0) continue
      contrib[rank - 1] = (qDense[t] as number) * idfDoc * tfn(ctx, p & 255, store.len[s] as number)
      any = true
    }
    if (!any) continue
    let sum = 0
    for (let r = 0; r < contrib.length; r++) sum += contrib[r] as number
    acc[s] = sum
    touched[nTouched++] = s
  }
  return nTouched
}

/**
 * The best `candidates` eligible touched docs (a min-heap on the sums, normalized by the number
 * of search terms); resets scratch.acc for the next query.
 */
function bestTouched(ctx: QueryContext, nTouched: number): number[] {
  const { store, scratch, c } = ctx
  const { acc, touched, score } = scratch
  const heap: number[] = []
  const worse = (x: number, y: number): boolean => better(store, score[y] as number, y, score[x] as number, x)
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l
      if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m] as number, heap[i] as number]
      i = m
    }
  }
  // The heap's weakest score once it is full: a doc scoring strictly less cannot enter, so it
  // skips the eligibility checks and the comparisons (most touched docs, on large indexes).
  let floor = -Infinity
  const searchLen = store.searchLen
  for (let k = 0; k < nTouched; k++) {
    const s = touched[k] as number
    // acc holds only touched docs: read, reset (for the next query), then rank eligible ones.
    const raw = acc[s] as number
    acc[s] = 0
    const value = raw / Math.sqrt((searchLen[s] as number) + 1)
    if (value < floor || !ctx.eligible(s)) continue
    score[s] = value
    if (heap.length < c.candidates) {
      heap.push(s)
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >>> 1
        if (!worse(heap[i] as number, heap[p] as number)) break
        ;[heap[i], heap[p]] = [heap[p] as number, heap[i] as number]
        i = p
      }
    } else if (worse(heap[0] as number, s)) {
      heap[0] = s
      siftDown(0)
    }
    if (heap.length >= c.candidates) floor = score[heap[0] as number] as number
  }
  return heap
}

/** Adds up to `tagCandidates` eligible docs sharing the query's rarest tags to `slots`. */
function addTagCandidates(ctx: QueryContext, qv: QueryVector, slots: number[]): void {
  const { store, stats, scratch, c, lastSlot } = ctx
  const { seen, epoch } = scratch
  const rareMax = Math.max(c.rareTagRatio * stats.n, c.tagCandidates)
  const byDf = [...qv.tagW.keys()].map((g) => ({ g, df: stats.tagDf(g) })).filter((x) => x.df > 0 && x.df <= rareMax)
  byDf.sort((x, y) => x.df - y.df || x.g - y.g)
  let added = 0
  const add = (s: number): void => {
    if (seen[s] === epoch || !ctx.eligible(s)) return
    seen[s] = epoch
    slots.push(s)
    added++
  }
  for (const { g } of byDf) {
    if (added >= c.tagCandidates) break
    const end = store.tagOff[g + 1] ?? 0
    for (let j = store.tagOff[g] ?? end; j < end && added < c.tagCandidates; j++) {
      const s = store.tagData[j] as number
      if (s > lastSlot) break
      add(s)
    }
    for (let s = store.committed; s < store.slots && added < c.tagCandidates; s++) {
      const m = store.metaStart[s] as number
      for (let j = m; j < m + (store.tagLen[s] as number); j++) if (store.metaPool[j] === g) add(s)
    }
  }
}
