// Scratch buffers reused across queries, the candidate record, the deterministic order of
// picks, and the conversion of a scored candidate into a public RelatedPick.
import { BagReader } from './_bag.js'
import type { Store } from './_store.js'
import type { RelatedMessages, ResolvedRelatedOptions } from './options.js'
import type { RelatedPick, RelatedReason } from './types.js'

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
  /** Decodes bags one at a time (norms, doc vectors, pending docs). */
  readonly bags: BagReader = new BagReader()

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
  c: Pick<ResolvedRelatedOptions, 'explainTerms' | 'messages'>,
  queryHidden: ReadonlySet<string> | undefined,
  sameSection: boolean = x.section > 0,
): RelatedPick {
  const explainTerms = c.explainTerms
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
  const sharedTags = tags.map((e) => store.tags.names[e.g] as string)
  // Never a word a reader cannot read: terms found only in gated text (gatedBody 'full') are left out.
  const hidden = store.hidden.get(store.ids[x.slot] as string)
  const sharedTerms = shared
    .map((e) => names[e.t] as string)
    .filter((t) => hidden?.has(t) !== true && queryHidden?.has(t) !== true)
    .slice(0, explainTerms)
  const reasons = explain(store, x, kind, sameSection, sharedTags, sharedTerms, c.messages)
  return {
    id: store.ids[x.slot] as string,
    score: round(x.score),
    kind,
    scoreParts: {
      text: round(x.textScore),
      tags: round(x.tags),
      section: round(x.section),
      author: round(x.author),
      recency: round(x.recency),
    },
    reasons,
    label: reasons[0]?.message ?? '',
    sharedTags,
    sharedTerms,
  }
}

/** A key as readers see it: `king-tide` → `king tide`; a section capitalised. */
function shown(key: string, capital: boolean): string {
  const text = key.replace(/-/g, ' ')
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/** The explained reasons of a pick, strongest first. */
function explain(
  store: Store,
  x: Candidate,
  kind: RelatedPick['kind'],
  sameSection: boolean,
  sharedTags: readonly string[],
  sharedTerms: readonly string[],
  m: Readonly<RelatedMessages>,
): RelatedReason[] {
  const list = (items: readonly string[]): string =>
    items
      .slice(0, 2)
      .map((i) => shown(i, false))
      .join(m.and)
  const sectionId = store.section[x.slot] as number
  const section = sectionId >= 0 ? shown(store.sections.names[sectionId] as string, true) : ''
  const out: RelatedReason[] = []
  if (kind === 'fallback') {
    if (sameSection) out.push({ code: 'fallback-section', message: m.fallbackSection.replace('{section}', section) })
    else out.push({ code: 'fallback-latest', message: m.fallbackLatest })
    return out
  }
  if (sharedTags.length > 0)
    out.push({ code: 'shared-tags', message: m.sharedTags.replace('{list}', list(sharedTags)) })
  if (sharedTerms.length > 0)
    out.push({ code: 'shared-terms', message: m.sharedTerms.replace('{list}', list(sharedTerms)) })
  if (x.section > 0) out.push({ code: 'same-section', message: m.sameSection.replace('{section}', section) })
  if (x.author > 0) out.push({ code: 'same-author', message: m.sameAuthor })
  return out
}
