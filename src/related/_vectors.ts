// A stored doc as a BM25 vector: its norms (cached per slot while the statistics stay the same),
// its weighted terms, and its dot products with a dense query vector. Every reader of a doc's
// bag at query time goes through here: the hot dot products decode it in place, the others into
// scratch.bags, one bag at a time (a helper reads its norms, which decode into the same buffer,
// before it decodes the bag itself).
import { ESCAPE } from './_bag.js'
import type { Scratch } from './_pick.js'
import type { Stats } from './_stats.js'
import type { Store } from './_store.js'

/** What the vector helpers read: the index, the statistics of this query, BM25's knobs. */
export interface VectorSpace {
  store: Store
  stats: Stats
  scratch: Scratch
  k1: number
  b: number
}

/** BM25's length factor `k1 · (1 − b + b · len / avgLen)` of a doc of length `len`. */
export function lengthFactor(v: VectorSpace, len: number): number {
  return v.k1 * (1 - v.b + (v.b * len) / v.stats.avgLen)
}

/**
 * Both norms of slot `s` (BM25 weights over the filtered terms, and over all terms) into
 * `out[0]` and `out[1]`.
 */
function slotNorms(v: VectorSpace, s: number, out: Float64Array): void {
  const { store, stats, k1 } = v
  const { idf, idfAll } = stats
  const kl = lengthFactor(v, store.len[s] as number)
  let filtered = 0
  let all = 0
  const count = store.bag(s, v.scratch.bags)
  const entries = v.scratch.bags.buf
  for (let j = 0; j < count; j++) {
    const p = entries[j] as number
    const tf = p & 255
    const f = (tf * (k1 + 1)) / (tf + kl)
    const wa = idfAll(p >>> 8) * f
    all += wa * wa
    const i = idf(p >>> 8)
    if (i < 0) continue
    const w = i * f
    filtered += w * w
  }
  out[0] = Math.sqrt(filtered)
  out[1] = Math.sqrt(all)
}

/**
 * Both norms of slot `s`, from the scratch caches when the statistics allow caching (computed and
 * cached otherwise), into `scratch.pair`.
 */
function cachedNorms(v: VectorSpace, s: number): Float64Array {
  const { stats, scratch } = v
  const out = scratch.pair
  const key = stats.normKey
  if (key !== 0 && scratch.normKey[s] === key) {
    out[0] = scratch.norm[s] as number
    out[1] = scratch.normAll[s] as number
    return out
  }
  slotNorms(v, s, out)
  if (key !== 0) {
    scratch.norm[s] = out[0] as number
    scratch.normAll[s] = out[1] as number
    scratch.normKey[s] = key
  }
  return out
}

/** The norm of slot `s` over its filtered terms. */
export function normOf(v: VectorSpace, s: number): number {
  return cachedNorms(v, s)[0] as number
}

/** The norm of slot `s` over all its terms (near-duplicate cosines). */
export function normAllOf(v: VectorSpace, s: number): number {
  return cachedNorms(v, s)[1] as number
}

/**
 * Computes every alive slot's norms into the scratch caches, so the first queries after a bulk
 * load do not pay for them one by one.
 */
export function warmNorms(v: VectorSpace): void {
  if (v.stats.normKey === 0) return
  const { store } = v
  v.scratch.fit(store.slots, store.terms.names.length)
  for (let s = 0; s < store.slots; s++) if (store.alive[s] === 1) cachedNorms(v, s)
}

/** Visits slot `s`'s filtered terms with their BM25 weights; returns the vector's norm. */
export function docVector(v: VectorSpace, s: number, visit: (t: number, w: number) => void): number {
  const { store, k1 } = v
  const idf = v.stats.idf
  const kl = lengthFactor(v, store.len[s] as number)
  let norm = 0
  const count = store.bag(s, v.scratch.bags)
  const entries = v.scratch.bags.buf
  for (let j = 0; j < count; j++) {
    const p = entries[j] as number
    const i = idf(p >>> 8)
    if (i < 0) continue
    const tf = p & 255
    const w = i * ((tf * (k1 + 1)) / (tf + kl))
    norm += w * w
    visit(p >>> 8, w)
  }
  return Math.sqrt(norm)
}

/** Dot product of slot `s`'s (unnormalized, filtered) vector with a dense normalized vector. */
export function dotWith(v: VectorSpace, s: number, dense: Float64Array): number {
  const { store, k1 } = v
  const idf = v.stats.idf
  const kl = lengthFactor(v, store.len[s] as number)
  let dot = 0
  // The hot loop of the rerank: the bag is decoded in place (see _bag.ts), without a copy.
  const pool = store.bagPool
  let pos = store.bagStart[s] as number
  const count = store.bagLen[s] as number
  const searched = store.searchLen[s] as number
  let t = 0
  for (let i = 0; i < count; i++) {
    if (i === searched) t = 0
    let x = pool[pos++] as number
    if (x === ESCAPE) {
      const low = pool[pos++] as number
      x = pool[pos++] as number
      t = (x >>> 2) * 65_536 + low
    } else t += x >>> 2
    const c = x & 3
    const tf = c < 3 ? c + 1 : (pool[pos++] as number)
    const d = dense[t] as number
    if (d === 0) continue
    const w = idf(t)
    if (w < 0) continue
    dot += ((w * tf * (k1 + 1)) / (tf + kl)) * d
  }
  return dot
}

/** Cosine over all terms (no df filter) of slot `s` with a dense normalized all-terms vector. */
export function cosAll(v: VectorSpace, s: number, dense: Float64Array): number {
  const norm = normAllOf(v, s)
  if (norm === 0) return 0
  const { store, k1 } = v
  const idfAll = v.stats.idfAll
  const kl = lengthFactor(v, store.len[s] as number)
  let dot = 0
  // Decoded in place, as in dotWith.
  const pool = store.bagPool
  let pos = store.bagStart[s] as number
  const count = store.bagLen[s] as number
  const searched = store.searchLen[s] as number
  let t = 0
  for (let i = 0; i < count; i++) {
    if (i === searched) t = 0
    let x = pool[pos++] as number
    if (x === ESCAPE) {
      const low = pool[pos++] as number
      x = pool[pos++] as number
      t = (x >>> 2) * 65_536 + low
    } else t += x >>> 2
    const c = x & 3
    const tf = c < 3 ? c + 1 : (pool[pos++] as number)
    const d = dense[t] as number
    if (d === 0) continue
    dot += idfAll(t) * ((tf * (k1 + 1)) / (tf + kl)) * d
  }
  return dot / norm
}

/** Writes slot `s`'s normalized all-terms vector into `dense` (clear it with {@link clearDense}). */
export function fillAllDense(v: VectorSpace, s: number, dense: Float64Array): void {
  const { store, k1 } = v
  const idfAll = v.stats.idfAll
  const norm = normAllOf(v, s)
  const kl = lengthFactor(v, store.len[s] as number)
  const count = store.bag(s, v.scratch.bags)
  const entries = v.scratch.bags.buf
  for (let j = 0; j < count; j++) {
    const p = entries[j] as number
    const tf = p & 255
    dense[p >>> 8] = norm > 0 ? (idfAll(p >>> 8) * ((tf * (k1 + 1)) / (tf + kl))) / norm : 0
  }
}

/** Zeroes the entries of `dense` that slot `s`'s terms set. */
export function clearDense(v: VectorSpace, s: number, dense: Float64Array): void {
  const { store } = v
  const count = store.bag(s, v.scratch.bags)
  const entries = v.scratch.bags.buf
  for (let j = 0; j < count; j++) dense[(entries[j] as number) >>> 8] = 0
}

/** BM25's saturated term frequency of a term counted `tf` times in a doc of length `len`. */
export function tfn(v: VectorSpace, tf: number, len: number): number {
  return (tf * (v.k1 + 1)) / (tf + lengthFactor(v, len))
}
