// One related() query: query vector → candidates (BM25 over the postings of the top query
// terms, the pending docs, and docs sharing a rare tag) → exact scores (BM25 cosine over the full
// bags, IDF-weighted tag cosine, section/author bonuses, recency) → near-duplicate cut → MMR →
// fallback. Scratch buffers are reused across queries.
import type { Stats } from './_stats.js'
import type { Store } from './_store.js'
import { better, type Candidate, type Scratch, toPick } from './_pick.js'
import type { ResolvedRelatedOptions } from './options.js'
import type { RelatedPick } from './types.js'

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

const DAY = 86_400_000

/**
 * Both norms of slot `s` (BM25 weights over the filtered terms, and over all terms) into
 * `out[0]` and `out[1]`.
 */
function slotNorms(store: Store, stats: Stats, k1: number, b: number, s: number, out: Float64Array): void {
  const { idf, idfAll } = stats
  const kl = k1 * (1 - b + (b * (store.len[s] as number)) / stats.avgLen)
  const pool = store.bagPool
  let filtered = 0
  let all = 0
  const start = store.bagStart[s] as number
  const end = start + (store.bagLen[s] as number)
  for (let j = start; j < end; j++) {
    const p = pool[j] as number
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
 * Both norms of slot `s`, from the scratch caches when `stats` allows caching (computed and
 * cached otherwise); `out` receives them.
 */
function cachedNorms(
  store: Store,
  stats: Stats,
  scratch: Scratch,
  k1: number,
  b: number,
  s: number,
  out: Float64Array,
): void {
  const key = stats.normKey
  if (key !== 0 && scratch.normKey[s] === key) {
    out[0] = scratch.norm[s] as number
    out[1] = scratch.normAll[s] as number
    return
  }
  slotNorms(store, stats, k1, b, s, out)
  if (key !== 0) {
    scratch.norm[s] = out[0] as number
    scratch.normAll[s] = out[1] as number
    scratch.normKey[s] = key
  }
}

/**
 * Computes every alive slot's norms under `stats` into the scratch caches, so the first queries
 * after a bulk load do not pay for them one by one.
 */
export function warmNorms(store: Store, stats: Stats, scratch: Scratch, k1: number, b: number): void {
  if (stats.normKey === 0) return
  scratch.fit(store.slots, store.terms.names.length)
  const out = new Float64Array(2)
  for (let s = 0; s < store.slots; s++) if (store.alive[s] === 1) cachedNorms(store, stats, scratch, k1, b, s, out)
}

/** Runs one query. */
export function runQuery(store: Store, stats: Stats, scratch: Scratch, q: QuerySource, c: QueryConfig): RelatedPick[] {
  scratch.fit(store.slots, store.terms.names.length)
  const epoch = scratch.epoch
  const { k1, b } = c
  const avgLen = stats.avgLen
  const external = q.slot < 0
  const lastSlot = q.asOf >= 0 ? q.asOf : store.slots - 1
  const qDate = q.date
  const hasDate = !Number.isNaN(qDate)
  const tfn = (tf: number, len: number): number => (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / avgLen))

  // 1. Query vector, normalized; terms ordered by weight (ties: term string).
  const qTerms: number[] = []
  const qWeights: number[] = []
  let qNorm = 0
  for (let i = 0; i < q.bag.length; i++) {
    const p = q.bag[i] as number
    const t = p >>> 8
    const idf = external ? stats.idfExternal(t) : stats.idf(t)
    if (idf < 0) continue
    const w = idf * tfn(p & 255, q.len)
    qTerms.push(t)
    qWeights.push(w)
    qNorm += w * w
  }
  qNorm = Math.sqrt(qNorm)
  const names = store.terms.names
  const order = qTerms.map((_, i) => i)
  order.sort(
    (x, y) =>
      (qWeights[y] as number) - (qWeights[x] as number) ||
      ((names[qTerms[x] as number] as string) < (names[qTerms[y] as number] as string) ? -1 : 1),
  )
  const qDense = scratch.qDense
  const qIndex = scratch.qIndex
  for (const i of order) qDense[qTerms[i] as number] = (qWeights[i] as number) / qNorm
  const top = order.slice(0, c.queryTerms)

  // The query over all its terms (no df filter), for near-duplicate cosines.
  const qAll = scratch.qAll
  const qAllTerms: number[] = []
  let qAllNorm = 0
  for (let i = 0; i < q.bag.length; i++) {
    const p = q.bag[i] as number
    const t = p >>> 8
    const w = (external ? stats.idfAllExternal(t) : stats.idfAll(t)) * tfn(p & 255, q.len)
    qAll[t] = w
    qAllTerms.push(t)
    qAllNorm += w * w
  }
  for (const tf of q.unknown) qAllNorm += (stats.idfAllExternal(-1) * tfn(tf, q.len)) ** 2
  qAllNorm = Math.sqrt(qAllNorm)
  if (qAllNorm > 0) for (const t of qAllTerms) qAll[t] = (qAll[t] as number) / qAllNorm
  top.forEach((i, rank) => (qIndex[qTerms[i] as number] = rank + 1))

  // Candidate generation reads at most `maxPostings` postings: over that budget the most common
  // of the top terms (lowest idf, least telling) are left out of it, the rarest always kept;
  // exact scores still use every term. Decided on document frequencies, so a fresh and an
  // incrementally built index decide alike.
  let scan = top
  if (c.maxPostings !== Infinity) {
    const df = top.map((i) => stats.termDf(qTerms[i] as number))
    let total = df.reduce((sum, d) => sum + d, 0)
    if (total > c.maxPostings) {
      // Ranks into `top`, most common first (stable: equal df keep their weight order).
      const byDf = top.map((_, r) => r).sort((x, y) => (df[y] as number) - (df[x] as number))
      const skip = new Set<number>()
      for (const r of byDf) {
        if (total <= c.maxPostings || skip.size >= top.length - 1) break
        skip.add(r)
        total -= df[r] as number
        qIndex[qTerms[top[r] as number] as number] = 0
      }
      scan = top.filter((_, r) => !skip.has(r))
    }
  }

  // Tag vector of the query (IDF-weighted, normalized).
  const qTagW = new Map<number, number>()
  let qTagNorm = 0
  for (const g of q.tags) {
    const w = stats.tagIdf(g, external ? 1 : 0)
    if (g >= 0) qTagW.set(g, w)
    qTagNorm += w * w
  }
  qTagNorm = Math.sqrt(qTagNorm)

  // 2. Eligibility filters.
  const mask = c.statusMask
  const maxAge = c.maxAgeDays === undefined || !hasDate ? -1 : c.maxAgeDays * DAY
  // The doc itself, by id: its slot when indexed (a doc passed in may share an indexed id).
  const self = q.slot >= 0 ? q.slot : (store.slotOf.get(q.id) ?? -1)
  const eligible = (s: number): boolean => {
    if (store.alive[s] !== 1 || s === self || s > lastSlot) return false
    if (((1 << (store.status[s] as number)) & mask) === 0) return false
    if (c.sameSection && store.section[s] !== q.section) return false
    if (maxAge >= 0 && !(Math.abs(store.date[s]! - qDate) <= maxAge)) return false
    return c.excludeSlots.size === 0 || !c.excludeSlots.has(s)
  }

  // 3. Text candidates: BM25 over the postings of the top query terms, plus pending docs.
  const acc = scratch.acc
  const touched = scratch.touched
  let nTouched = 0
  const postOff = store.postOff
  const postData = store.postData
  const len = store.len
  const committedTerms = postOff.length - 1
  for (const i of scan) {
    const t = qTerms[i] as number
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
  if (store.committed < store.slots && top.length > 0) {
    const contrib = new Float64Array(top.length)
    for (let s = store.committed; s < store.slots; s++) {
      if (store.alive[s] !== 1) continue
      contrib.fill(0)
      let any = false
      const start = store.bagStart[s] as number
      const end = start + (store.searchLen[s] as number)
      for (let j = start; j < end; j++) {
        const p = store.bagPool[j] as number
        const rank = qIndex[p >>> 8] as number
        if (rank === 0) continue
        const t = p >>> 8
        const idfDoc = stats.idf(t)
        if (idfDoc < 0) continue
        contrib[rank - 1] = (qDense[t] as number) * idfDoc * tfn(p & 255, len[s] as number)
        any = true
      }
      if (!any) continue
      let sum = 0
      for (let r = 0; r < contrib.length; r++) sum += contrib[r] as number
      acc[s] = sum
      touched[nTouched++] = s
    }
  }
  const heap: number[] = []
  const score = scratch.score
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
    if (value < floor || !eligible(s)) continue
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
  for (const i of top) qIndex[qTerms[i] as number] = 0

  // 4. Tag candidates: docs sharing the query's rarest tags.
  const seen = scratch.seen
  const cands: number[] = []
  for (const s of heap) {
    seen[s] = epoch
    cands.push(s)
  }
  const textCount = cands.length
  const rareMax = Math.max(c.rareTagRatio * stats.n, c.tagCandidates)
  const qTagsByDf = [...qTagW.keys()].map((g) => ({ g, df: stats.tagDf(g) })).filter((x) => x.df > 0 && x.df <= rareMax)
  qTagsByDf.sort((x, y) => x.df - y.df || x.g - y.g)
  let tagAdded = 0
  const addTagCandidate = (s: number): void => {
    if (seen[s] === epoch || !eligible(s)) return
    seen[s] = epoch
    cands.push(s)
    tagAdded++
  }
  for (const { g } of qTagsByDf) {
    if (tagAdded >= c.tagCandidates) break
    const end = store.tagOff[g + 1] ?? 0
    for (let j = store.tagOff[g] ?? end; j < end && tagAdded < c.tagCandidates; j++) {
      const s = store.tagData[j] as number
      if (s > lastSlot) break
      addTagCandidate(s)
    }
    for (let s = store.committed; s < store.slots && tagAdded < c.tagCandidates; s++) {
      const m = store.metaStart[s] as number
      for (let j = m; j < m + (store.tagLen[s] as number); j++) if (store.metaPool[j] === g) addTagCandidate(s)
    }
  }

  // 5. Exact scores. A doc's norm is cached per slot while the statistics stay the same.
  const scored: Candidate[] = []
  const idf = stats.idf
  const pair = scratch.pair
  const docVector = (s: number, visit: (t: number, w: number) => void): number => {
    let norm = 0
    const start = store.bagStart[s] as number
    const end = start + (store.bagLen[s] as number)
    for (let j = start; j < end; j++) {
      const p = store.bagPool[j] as number
      const i = idf(p >>> 8)
      if (i < 0) continue
      const w = i * tfn(p & 255, len[s] as number)
      norm += w * w
      visit(p >>> 8, w)
    }
    return Math.sqrt(norm)
  }
  const normOf = (s: number): number => {
    cachedNorms(store, stats, scratch, k1, b, s, pair)
    return pair[0] as number
  }
  const idfAll = stats.idfAll
  const normAllOf = (s: number): number => {
    cachedNorms(store, stats, scratch, k1, b, s, pair)
    return pair[1] as number
  }
  /** Near-duplicate cosine (all terms) of slot s with a dense normalized all-terms vector. */
  const cosAll = (s: number, dense: Float64Array): number => {
    const norm = normAllOf(s)
    if (norm === 0) return 0
    let dot = 0
    const start = store.bagStart[s] as number
    const end = start + (store.bagLen[s] as number)
    for (let j = start; j < end; j++) {
      const p = store.bagPool[j] as number
      const v = dense[p >>> 8] as number
      if (v !== 0) dot += idfAll(p >>> 8) * tfn(p & 255, len[s] as number) * v
    }
    return dot / norm
  }
  /** Dot product of slot s's (unnormalized) vector with a dense normalized vector. */
  const dotWith = (s: number, dense: Float64Array): number => {
    let dot = 0
    const start = store.bagStart[s] as number
    const end = start + (store.bagLen[s] as number)
    const kl = k1 * (1 - b + (b * (len[s] as number)) / avgLen)
    for (let j = start; j < end; j++) {
      const p = store.bagPool[j] as number
      const v = dense[p >>> 8] as number
      if (v === 0) continue
      const i = idf(p >>> 8)
      if (i < 0) continue
      const tf = p & 255
      dot += ((i * tf * (k1 + 1)) / (tf + kl)) * v
    }
    return dot
  }
  const qAuthors = new Set(q.authors)
  // One 0–1 scale: the weights of the parts this query doc can have.
  const scale =
    c.wText +
      (q.tags.length > 0 ? c.wTags : 0) +
      (q.section >= 0 ? c.wSection : 0) +
      (q.authors.length > 0 ? c.wAuthor : 0) || 1
  const halfLife = c.halfLifeDays
  const texts = cands.map((s) => {
    const norm = normOf(s)
    return norm > 0 ? dotWith(s, qDense) / norm : 0
  })
  const FB = c.feedback
  const FBM = c.feedbackDocs
  if (FB > 0 && textCount > FBM) {
    // Only text candidates feed back: which tag candidates are found depends on slot order.
    const order = cands
      .slice(0, textCount)
      .map((_, i) => i)
      .sort((x, y) =>
        better(store, texts[x] as number, cands[x] as number, texts[y] as number, cands[y] as number) ? -1 : 1,
      )
    const fb = scratch.pDense
    const used: number[] = []
    for (const i of order.slice(0, FBM)) {
      const s = cands[i] as number
      const norm = normOf(s)
      if (norm === 0) continue
      docVector(s, (t, w) => {
        if (fb[t] === 0) used.push(t)
        fb[t]! += (FB * w) / norm / FBM
      })
    }
    let n2 = 0
    for (const t of qTerms) n2 += ((qDense[t] as number) + (fb[t] as number)) ** 2
    for (const t of used) if (qDense[t] === 0) n2 += (fb[t] as number) ** 2
    for (const t of qTerms) fb[t]! += qDense[t] as number
    const qn = Math.sqrt(n2)
    cands.forEach((s, i) => {
      const norm = normOf(s)
      texts[i] = norm > 0 && qn > 0 ? dotWith(s, fb) / norm / qn : 0
    })
    for (const t of used) fb[t] = 0
    for (const t of qTerms) fb[t] = 0
  }
  cands.forEach((s, ci) => {
    const norm = normOf(s)
    const text = texts[ci] as number
    let tagDot = 0
    let tagNorm = 0
    const m = store.metaStart[s] as number
    const tl = store.tagLen[s] as number
    for (let j = m; j < m + tl; j++) {
      const g = store.metaPool[j] as number
      const w = stats.tagIdf(g, 0)
      tagNorm += w * w
      tagDot += w * (qTagW.get(g) ?? 0)
    }
    const tags = tagNorm > 0 && qTagNorm > 0 ? tagDot / Math.sqrt(tagNorm) / qTagNorm : 0
    const section = q.section >= 0 && store.section[s] === q.section ? c.wSection : 0
    let author = 0
    for (let j = m + tl; j < m + tl + (store.authorLen[s] as number); j++)
      if (qAuthors.has(store.metaPool[j] as number)) author = c.wAuthor
    let recency = 1
    if (halfLife !== undefined) {
      const d = store.date[s] as number
      const decay = hasDate && !Number.isNaN(d) ? 0.5 ** (Math.abs(d - qDate) / DAY / halfLife) : 0
      recency = 1 - c.recencyWeight + c.recencyWeight * decay
    }
    const score = ((c.wText * text + c.wTags * tags + section + author) / scale) * recency
    scored.push({
      slot: s,
      text,
      textScore: (c.wText * text) / scale,
      tags: (c.wTags * tags) / scale,
      section: section / scale,
      author: author / scale,
      recency,
      score,
      norm,
      maxSim: 0,
    })
  })
  const byScore = (x: Candidate, y: Candidate): number => (better(store, x.score, x.slot, y.score, y.slot) ? -1 : 1)
  scored.sort(byScore)

  // 6. Near-duplicate cut, threshold, MMR.
  // Near-duplicates are judged on all terms (rare and common ones too), so two stories that
  // share only their matchable words are not mistaken for copies.
  const poolSize = Math.max(c.limit * 4, 16)
  const nearDup = new Set<number>()
  const isNearDupOfQuery = (s: number, text: number): boolean => {
    // A copy shares the rare terms too: its filtered text cosine is high as well, so docs far
    // below the threshold on it are not compared on all terms (saves most of the work).
    if (c.nearDuplicate >= 1 || text < c.nearDuplicate * 0.5) return false
    const dup = cosAll(s, qAll) > c.nearDuplicate
    if (dup) nearDup.add(s)
    return dup
  }
  const pool: Candidate[] = []
  for (const x of scored) {
    if (pool.length >= poolSize) break
    if (x.score >= c.minScore && x.score > 0 && !isNearDupOfQuery(x.slot, x.text)) pool.push(x)
  }
  const picked: Candidate[] = []
  const pDense = scratch.pDense
  while (picked.length < c.limit && pool.length > 0) {
    let best = -1
    let bestValue = -Infinity
    pool.forEach((x, i) => {
      const value = c.mmrLambda * x.score - (1 - c.mmrLambda) * x.maxSim
      if (
        best < 0 ||
        value > bestValue ||
        (value === bestValue &&
          better(store, x.score, x.slot, (pool[best] as Candidate).score, (pool[best] as Candidate).slot))
      ) {
        best = i
        bestValue = value
      }
    })
    const p = pool.splice(best, 1)[0] as Candidate
    picked.push(p)
    if (pool.length === 0 || picked.length >= c.limit) break
    const pNorm = normAllOf(p.slot)
    const pStart = store.bagStart[p.slot] as number
    const pEnd = pStart + (store.bagLen[p.slot] as number)
    for (let j = pStart; j < pEnd; j++) {
      const e = store.bagPool[j] as number
      pDense[e >>> 8] = pNorm > 0 ? (idfAll(e >>> 8) * tfn(e & 255, len[p.slot] as number)) / pNorm : 0
    }
    for (let i = pool.length - 1; i >= 0; i--) {
      const x = pool[i] as Candidate
      const sim = cosAll(x.slot, pDense)
      if (sim > c.nearDuplicate && c.nearDuplicate < 1) pool.splice(i, 1)
      else x.maxSim = Math.max(x.maxSim, sim)
    }
    for (let j = pStart; j < pEnd; j++) pDense[(store.bagPool[j] as number) >>> 8] = 0
  }

  // MMR chose which docs make the row; the row itself is shown best first.
  picked.sort(byScore)

  // 7. Fallback: fill the row with the latest eligible docs (same section first).
  const picks = picked.map((x) => toPick(store, x, 'similar', qDense, qTagW, docVector, c, q.hidden))
  if (picks.length < c.limit && c.fallback !== 'none') {
    const taken = new Set(picked.map((x) => x.slot))
    const scoredBySlot = new Map(scored.map((x) => [x.slot, x]))
    const passes = c.fallback === 'section' && q.section >= 0 ? [true, false] : [false]
    for (const sectionOnly of passes) {
      const want = c.limit - picks.length
      if (want <= 0) break
      const latest: number[] = []
      for (let s = 0; s <= lastSlot && s < store.slots; s++) {
        if (taken.has(s) || nearDup.has(s) || !eligible(s)) continue
        if (isNearDupOfQuery(s, scoredBySlot.get(s)?.text ?? 1)) continue
        if (sectionOnly && store.section[s] !== q.section) continue
        latest.push(s)
        if (latest.length > want * 4) {
          latest.sort((x, y) => (better(store, 0, x, 0, y) ? -1 : 1))
          latest.length = want
        }
      }
      latest.sort((x, y) => (better(store, 0, x, 0, y) ? -1 : 1))
      for (const s of latest.slice(0, want)) {
        taken.add(s)
        const x = scoredBySlot.get(s) ?? {
          slot: s,
          text: 0,
          textScore: 0,
          tags: 0,
          section: 0,
          author: 0,
          recency: 1,
          score: 0,
          norm: 0,
          maxSim: 0,
        }
        picks.push(
          toPick(
            store,
            x,
            'fallback',
            qDense,
            qTagW,
            docVector,
            c,
            q.hidden,
            q.section >= 0 && store.section[s] === q.section,
          ),
        )
      }
    }
  }
  for (const t of qTerms) qDense[t] = 0
  for (const t of qAllTerms) qAll[t] = 0
  return picks
}
