// Collection statistics for scoring: BM25 idf per term and idf per tag, either over the whole
// index (cached until the index changes) or "as of" a slot position (only the docs up to and
// including it, for excludeNewer: newer docs then cannot change an older doc's answer).
import type { Store } from './_store.js'

/** Scoring knobs the statistics need. */
export interface StatsConfig {
  k1: number
  b: number
  minDocFreq: number
  maxDocFreqRatio: number
}

/** The statistics one query scores with. */
export interface Stats {
  n: number
  /** Key under which per-slot norms may be cached; 0 = do not cache. */
  normKey: number
  avgLen: number
  /** BM25 idf of a term, or -1 when the term is filtered out (df < min or df > max). */
  idf(term: number): number
  /** BM25 idf of a term with no filter (df counted as at least 1), for near-duplicate cosines. */
  idfAll(term: number): number
  /** The same for a query doc that is not in the index (its own occurrence counted). */
  idfExternal(term: number): number
  /** idfAll for a query doc that is not in the index; -1 = a term unknown to the index. */
  idfAllExternal(term: number): number
  /** Tag idf (df counted as given), 0 for df = 0. */
  tagIdf(tag: number, extra: number): number
  /** Tag document frequency. */
  tagDf(tag: number): number
  /** Term document frequency. */
  termDf(term: number): number
}

/** Document frequencies up to this are never cut by `maxDocFreqRatio`. */
export const SMALL_SITE = 50

function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

function upperBound(data: Uint32Array, from: number, to: number, pos: number, shift: number): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (shift === 8 ? (data[mid] as number) >>> 8 <= pos : (data[mid] as number) <= pos) lo = mid + 1
    else hi = mid
  }
  return lo - from
}

/** Caches shared by the queries of one index. */
export class StatsCache {
  private idf: Float64Array = new Float64Array(0)
  private idfVer: Uint32Array = new Uint32Array(0)
  private raw: Float64Array = new Float64Array(0)
  private ver = 0
  private asOfEpoch = 0
  private normKey = 0
  private keyedVersion = -1
  private keyedLayout = -1

  constructor(
    private readonly store: Store,
    private readonly config: StatsConfig,
  ) {}

  private ensure(): void {
    const size = this.store.terms.names.length
    if (this.idf.length < size) {
      const cap = Math.max(size, this.idf.length * 2, 1024)
      const idf = new Float64Array(cap)
      idf.set(this.idf)
      const ver = new Uint32Array(cap)
      ver.set(this.idfVer)
      const raw = new Float64Array(cap)
      raw.set(this.raw)
      this.idf = idf
      this.idfVer = ver
      this.raw = raw
    }
  }

  /**
   * Whether a term with document frequency `df` among `n` docs scores. The share cut never
   * applies below {@link SMALL_SITE} docs: on a small site the words two stories share are often
   * in half of them, and the idf already weighs them down.
   */
  private allowed(df: number, n: number): boolean {
    return (
      df >= this.config.minDocFreq &&
      df <= Math.max(this.config.maxDocFreqRatio * n, this.config.minDocFreq, SMALL_SITE)
    )
  }

  /** Statistics over every doc in the index. */
  global(): Stats {
    this.ensure()
    const store = this.store
    const n = store.n
    const df = store.terms.df
    const tagDf = store.tags.df
    // Versions from the store are ≥ 1 and odd/even mixes cannot collide with as-of epochs,
    // which live in the high half of the 32-bit range.
    const ver = store.version % 0x7fffffff
    const cache = this.idf
    const cacheVer = this.idfVer
    const raw = this.raw
    const allowed = (df: number, n: number): boolean => this.allowed(df, n)
    if (this.keyedVersion !== store.version || this.keyedLayout !== store.layout) {
      this.keyedVersion = store.version
      this.keyedLayout = store.layout
      this.normKey = (this.normKey % 0x7ffffffe) + 1
    }
    const idf = (t: number): number => {
      if (cacheVer[t] === ver) return cache[t] as number
      const d = df[t] as number
      raw[t] = bm25Idf(n, Math.max(d, 1))
      const v = allowed(d, n) ? (raw[t] as number) : -1
      cache[t] = v
      cacheVer[t] = ver
      return v
    }
    return {
      n,
      normKey: this.normKey,
      avgLen: n > 0 ? store.totalLen / n : 1,
      idf,
      idfAll(t) {
        if (cacheVer[t] !== ver) idf(t)
        return raw[t] as number
      },
      idfExternal(t) {
        const d = (df[t] as number) + 1
        return allowed(d, n + 1) ? bm25Idf(n + 1, d) : -1
      },
      idfAllExternal(t) {
        return t < 0 ? bm25Idf(n + 1, 1) : bm25Idf(n + 1, (df[t] as number) + 1)
      },
      tagIdf(g, extra) {
        const d = (g >= 0 ? (tagDf[g] as number) : 0) + extra
        return d > 0 ? bm25Idf(n + extra, d) : 0
      },
      tagDf(g) {
        return g >= 0 ? (tagDf[g] as number) : 0
      },
      termDf(t) {
        return df[t] as number
      },
    }
  }

  /** Statistics over slots 0..pos (the store must be merged and ordered). */
  asOf(pos: number): Stats {
    this.ensure()
    const store = this.store
    const n = pos + 1
    const cache = this.idf
    const cacheVer = this.idfVer
    this.asOfEpoch = (this.asOfEpoch + 1) % 0x7fffffff
    const ver = 0x80000000 + this.asOfEpoch
    const raw = this.raw
    const allowed = (df: number, n: number): boolean => this.allowed(df, n)
    const df = (t: number): number => {
      const from = store.postOff[t] ?? 0
      const to = store.postOff[t + 1] ?? from
      return upperBound(store.postData, from, to, pos, 8)
    }
    const tagDf = (g: number): number => {
      if (g < 0) return 0
      const from = store.tagOff[g] ?? 0
      const to = store.tagOff[g + 1] ?? from
      return upperBound(store.tagData, from, to, pos, 0)
    }
    const idf = (t: number): number => {
      if (cacheVer[t] === ver) return cache[t] as number
      const d = df(t)
      raw[t] = bm25Idf(n, Math.max(d, 1))
      const v = allowed(d, n) ? (raw[t] as number) : -1
      cache[t] = v
      cacheVer[t] = ver
      return v
    }
    return {
      n,
      normKey: 0,
      avgLen: n > 0 ? (store.prefixLen[pos] as number) / n : 1,
      idf,
      idfAll(t) {
        if (cacheVer[t] !== ver) idf(t)
        return raw[t] as number
      },
      idfExternal(t) {
        const d = df(t) + 1
        return allowed(d, n + 1) ? bm25Idf(n + 1, d) : -1
      },
      idfAllExternal(t) {
        return t < 0 ? bm25Idf(n + 1, 1) : bm25Idf(n + 1, df(t) + 1)
      },
      tagIdf(g, extra) {
        const d = tagDf(g) + extra
        return d > 0 ? bm25Idf(n + extra, d) : 0
      },
      tagDf,
      termDf: df,
    }
  }
}
