// Scratch buffers reused across queries, the candidate record, the deterministic order of
// picks, and the conversion of a scored candidate into a public RelatedPick.
import type { Store } from './_store.js'
import type { RelatedPick } from './types.js'

/** Reusable buffers. */
export class Scratch {
  acc: Float64Array = new Float64Array(0)
  score: Float64Array = new Float64Array(0)
  seen: Uint32Array = new Uint32Array(0)
  epoch = 0
  qDense: Float64Array = new Float64Array(0)
  pDense: Float64Array = new Float64Array(0)
  qIndex: Int32Array = new Int32Array(0)
  touched: Int32Array = new Int32Array(0)
  norm: Float64Array = new Float64Array(0)
  normKey: Uint32Array = new Uint32Array(0)
  normAll: Float64Array = new Float64Array(0)
  /** Two norms handed back by the norm cache. */
  readonly pair: Float64Array = new Float64Array(2)
  qAll: Float64Array = new Float64Array(0)

  fit(slots: number, terms: number): void {
    if (this.acc.length < slots) {
      const cap = Math.max(slots, this.acc.length * 2, 64)
      this.acc = new Float64Array(cap)
      this.score = new Float64Array(cap)
      this.seen = new Uint32Array(cap)
      this.touched = new Int32Array(cap)
      this.norm = new Float64Array(cap)
      this.normKey = new Uint32Array(cap)
      this.normAll = new Float64Array(cap)
      this.epoch = 0
    }
    if (this.qDense.length < terms) {
      const cap = Math.max(terms, this.qDense.length * 2, 1024)
      this.qDense = new Float64Array(cap)
      this.pDense = new Float64Array(cap)
      this.qAll = new Float64Array(cap)
      this.qIndex = new Int32Array(cap)
    }
    this.epoch = (this.epoch + 1) >>> 0
    if (this.epoch === 0) {
      this.seen.fill(0)
      this.epoch = 1
    }
  }
}

/** A scored candidate. */
export interface Candidate {
  slot: number
  /** Text cosine (BM25 over the filtered terms), before its weight. */
  text: number
  /** `text` × the text weight. */
  textScore: number
  tags: number
  section: number
  author: number
  recency: number
  score: number
  norm: number
  maxSim: number
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000

/** Orders slots by score desc, then date desc (undated last), then id asc. */
export function better(store: Store, sa: number, a: number, sb: number, b: number): boolean {
  if (sa !== sb) return sa > sb
  const da = store.date[a] as number
  const db = store.date[b] as number
  if (da !== db && !(Number.isNaN(da) && Number.isNaN(db))) {
    if (Number.isNaN(da)) return false
    if (Number.isNaN(db)) return true
    return da > db
  }
  return (store.ids[a] as string) < (store.ids[b] as string)
}

/** Turns a scored candidate into a public pick, with its shared tags and terms. */
export function toPick(
  store: Store,
  x: Candidate,
  kind: RelatedPick['kind'],
  qDense: Float64Array,
  qTagW: Map<number, number>,
  docVector: (s: number, visit: (t: number, w: number) => void) => number,
  explainTerms: number,
): RelatedPick {
  const shared: { t: number; v: number }[] = []
  if (x.text > 0 && explainTerms > 0) {
    docVector(x.slot, (t, w) => {
      const v = w * (qDense[t] as number)
      if (v > 0) shared.push({ t, v })
    })
  }
  const names = store.terms.names
  shared.sort((a, b) => b.v - a.v || ((names[a.t] as string) < (names[b.t] as string) ? -1 : 1))
  const m = store.metaStart[x.slot] as number
  const tags: { g: number; w: number }[] = []
  for (let j = m; j < m + (store.tagLen[x.slot] as number); j++) {
    const g = store.metaPool[j] as number
    const w = qTagW.get(g)
    if (w !== undefined) tags.push({ g, w })
  }
  tags.sort((a, b) => b.w - a.w || ((store.tags.names[a.g] as string) < (store.tags.names[b.g] as string) ? -1 : 1))
  return {
    id: store.ids[x.slot] as string,
    score: round(x.score),
    kind,
    reasons: {
      text: round(x.textScore),
      tags: round(x.tags),
      section: x.section,
      author: x.author,
      recency: round(x.recency),
    },
    sharedTags: tags.map((e) => store.tags.names[e.g] as string),
    sharedTerms: shared.slice(0, explainTerms).map((e) => names[e.t] as string),
  }
}
