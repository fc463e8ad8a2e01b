// The RelatedIndex implementation behind createRelatedIndex and loadRelatedIndex.
import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import { htmlToText } from '../text/index.js'
import { createAnalyzer, type Bag } from './_analyze.js'
import { guard } from './_guard.js'
import { readDoc, STATUS_NAMES, type ReadDoc } from './_doc.js'
import { Scratch } from './_pick.js'
import type { QuerySource } from './_context.js'
import { runQuery } from './_query.js'
import { StatsCache } from './_stats.js'
import { Store } from './_store.js'
import { warmNorms } from './_vectors.js'
import { resolveRelatedOptions } from './_options.js'
import type { RelatedOptions, ResolvedIndexOptions, ResolvedRelatedOptions } from './options.js'
import type {
  RelatedAllOptions,
  RelatedDoc,
  RelatedIndex,
  RelatedIndexJson,
  RelatedIndexJsonDoc,
  RelatedPick,
} from './types.js'

const toText = (html: string): string => htmlToText(html)

/** The in-memory related-story index. */
export class RelatedIndexImpl implements RelatedIndex {
  /** @internal */
  readonly store: Store = new Store()
  private readonly stats: StatsCache
  private readonly scratch: Scratch = new Scratch()
  private readonly analyze: (fields: Parameters<ReturnType<typeof createAnalyzer>>[0]) => Bag

  constructor(private readonly options: ResolvedIndexOptions) {
    this.stats = new StatsCache(this.store, options)
    this.analyze = createAnalyzer(options)
  }

  get size(): number {
    return this.store.n
  }

  add(doc: RelatedDoc): void {
    const fn = 'RelatedIndex.add'
    return guard(fn, () => this.addDoc(doc, fn))
  }

  /** @internal Adds one doc; `fn` is the public function called (named by every refusal). */
  addDoc(doc: RelatedDoc, fn: string): void {
    const read = readDoc(doc, fn, this.options.gatedBody, toText, this.options.maxBodyTokens * 32)
    const bag = this.analyze(read)
    this.store.add({ read, bag }, fn)
    const hidden = this.hiddenTerms(read, bag)
    if (hidden !== undefined) this.store.hidden.set(read.id, hidden)
  }

  /** With `gatedBody: 'full'`: the doc's terms found only in its gated text. */
  private hiddenTerms(read: ReadDoc, bag: Bag): ReadonlySet<string> | undefined {
    if (read.readable === undefined) return undefined
    const open = new Set(this.analyze({ ...read, body: read.readable }).terms)
    const hidden = new Set(bag.terms.filter((t) => !open.has(t)))
    return hidden.size > 0 ? hidden : undefined
  }

  addAll(docs: Iterable<RelatedDoc>): void {
    const fn = 'RelatedIndex.addAll'
    return guard(fn, () => this.addDocs(docs, fn))
  }

  /** @internal Adds docs, then merges and warms the caches; `fn` is the public function called. */
  addDocs(docs: Iterable<RelatedDoc>, fn: string): void {
    if (
      docs === null ||
      typeof docs !== 'object' ||
      typeof (docs as Iterable<unknown>)[Symbol.iterator] !== 'function'
    ) {
      throw new CopydeskError('INVALID_INPUT', `${fn}: docs must be an iterable of docs, received ${describe(docs)}`)
    }
    for (const doc of docs) this.addDoc(doc, fn)
    this.store.merge()
    this.warm()
  }

  /** @internal Fills the per-doc norm caches after a bulk load (same answers, faster first queries). */
  warm(): void {
    const { store, scratch, options } = this
    warmNorms({ store, stats: this.stats.global(), scratch, k1: options.k1, b: options.b })
  }

  remove(id: string): boolean {
    if (typeof id !== 'string')
      throw new CopydeskError('INVALID_INPUT', `RelatedIndex.remove: id must be a string, received ${describe(id)}`)
    return this.store.remove(id)
  }

  has(id: string): boolean {
    return typeof id === 'string' && this.store.slotOf.has(id)
  }

  related(idOrDoc: string | RelatedDoc, options?: RelatedOptions): RelatedPick[] {
    const fn = 'RelatedIndex.related'
    return guard(fn, () => this.query(idOrDoc, resolveRelatedOptions(options, fn), fn))
  }

  /** @internal One query with resolved options; `fn` is the public function called. */
  query(idOrDoc: string | RelatedDoc, o: ResolvedRelatedOptions, fn: string): RelatedPick[] {
    const store = this.store
    if (typeof idOrDoc === 'string' && !store.slotOf.has(idOrDoc)) {
      throw new CopydeskError('NOT_FOUND', `${fn}: no doc with id ${describe(idOrDoc)} in the index`)
    }
    if (typeof idOrDoc !== 'string' && (typeof idOrDoc !== 'object' || idOrDoc === null)) {
      throw new CopydeskError('INVALID_INPUT', `${fn}: expected an id or a doc, received ${describe(idOrDoc)}`)
    }
    if (store.needsMerge(this.options.deltaLimit) || (o.excludeNewer && !store.ordered)) store.merge()
    const source = typeof idOrDoc === 'string' ? this.indexedSource(idOrDoc) : this.externalSource(idOrDoc, fn)
    if (o.limit === 0 || store.n === 0) return []
    if (o.excludeNewer) source.asOf = source.slot >= 0 ? source.slot : this.position(source.date, source.id)
    if (source.asOf === -1 && o.excludeNewer) return []
    const excludeSlots = new Set<number>()
    for (const id of o.excludeIds) {
      const s = store.slotOf.get(id)
      if (s !== undefined) excludeSlots.add(s)
    }
    const stats = o.excludeNewer ? this.stats.asOf(source.asOf) : this.stats.global()
    return runQuery(store, stats, this.scratch, source, { ...o, excludeSlots, k1: this.options.k1, b: this.options.b })
  }

  relatedAll(options?: RelatedAllOptions): Map<string, RelatedPick[]> {
    const fn = 'RelatedIndex.relatedAll'
    return guard(fn, () => this.relatedAllInner(options, fn))
  }

  private relatedAllInner(options: RelatedAllOptions | undefined, fn: string): Map<string, RelatedPick[]> {
    const o = resolveRelatedOptions(options, fn)
    const onProgress = options?.onProgress
    if (onProgress !== undefined && typeof onProgress !== 'function') {
      throw new CopydeskError(
        'INVALID_OPTIONS',
        `${fn}: options.onProgress must be a function, received ${describe(onProgress)}`,
      )
    }
    this.store.merge()
    const ids = this.store.ids.slice(0, this.store.slots)
    const out = new Map<string, RelatedPick[]>()
    const every = Math.max(1, Math.floor(ids.length / 100))
    ids.forEach((id, i) => {
      out.set(id, this.query(id, o, fn))
      if (onProgress !== undefined && ((i + 1) % every === 0 || i + 1 === ids.length)) onProgress(i + 1, ids.length)
    })
    return out
  }

  toJSON(): RelatedIndexJson {
    const s = this.store
    const remap = (df: Int32Array, names: readonly string[]): { list: string[]; map: Int32Array } => {
      const map = new Int32Array(names.length).fill(-1)
      const list: string[] = []
      names.forEach((name, i) => {
        if ((df[i] as number) > 0) {
          map[i] = list.length
          list.push(name)
        }
      })
      return { list, map }
    }
    const terms = remap(s.terms.df, s.terms.names)
    const tags = remap(s.tags.df, s.tags.names)
    const used = (pick: (slot: number) => number[]): Int32Array => {
      const counts = new Int32Array(Math.max(s.sections.names.length, s.authors.names.length))
      for (let slot = 0; slot < s.slots; slot++)
        if (s.alive[slot] === 1) for (const x of pick(slot)) if (x >= 0) counts[x]! += 1
      return counts
    }
    const authorIds = (slot: number): number[] => {
      const m = (s.metaStart[slot] as number) + (s.tagLen[slot] as number)
      return Array.from(s.metaPool.subarray(m, m + (s.authorLen[slot] as number)))
    }
    const sections = remap(
      used((slot) => [s.section[slot] as number]),
      s.sections.names,
    )
    const authors = remap(used(authorIds), s.authors.names)
    const docs: RelatedIndexJsonDoc[] = []
    for (let slot = 0; slot < s.slots; slot++) {
      if (s.alive[slot] !== 1) continue
      const count = s.bag(slot, s.reader)
      const bag = Array.from(s.reader.buf.subarray(0, count), (p) => (terms.map[p >>> 8] as number) * 256 + (p & 255))
      const m = s.metaStart[slot] as number
      const date = s.date[slot] as number
      docs.push({
        id: s.ids[slot] as string,
        date: Number.isNaN(date) ? null : date,
        section: s.section[slot] === -1 ? -1 : (sections.map[s.section[slot] as number] as number),
        status: STATUS_NAMES[s.status[slot] as number] as string,
        length: s.len[slot] as number,
        tags: Array.from(s.metaPool.subarray(m, m + (s.tagLen[slot] as number)), (g) => tags.map[g] as number),
        authors: authorIds(slot).map((a) => authors.map[a] as number),
        bag,
        searched: s.searchLen[slot] as number,
        ...(s.hidden.has(s.ids[slot] as string) ? { hidden: [...(s.hidden.get(s.ids[slot] as string) ?? [])] } : {}),
      })
    }
    const { stopWords, ...rest } = this.options
    const options = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === Infinity ? null : v]))
    return {
      format: 'copydesk-related-index',
      version: 2,
      options: { ...options, stopWords },
      terms: terms.list,
      tags: tags.list,
      sections: sections.list,
      authors: authors.list,
      docs,
    }
  }

  private indexedSource(id: string): QuerySource {
    const s = this.store
    const slot = s.slotOf.get(id) as number
    const m = s.metaStart[slot] as number
    const tl = s.tagLen[slot] as number
    // Decode first: the call may replace the reader's buffer with a larger one.
    const count = s.bag(slot, s.reader)
    return {
      slot,
      id,
      bag: s.reader.buf.slice(0, count),
      unknown: [],
      len: s.len[slot] as number,
      tags: Array.from(s.metaPool.subarray(m, m + tl)),
      section: s.section[slot] as number,
      authors: Array.from(s.metaPool.subarray(m + tl, m + tl + (s.authorLen[slot] as number))),
      date: s.date[slot] as number,
      asOf: -1,
      hidden: s.hidden.get(id),
    }
  }

  private externalSource(doc: RelatedDoc, fn: string): QuerySource {
    const read = readDoc(doc, fn, this.options.gatedBody, toText, this.options.maxBodyTokens * 32)
    const bag = this.analyze(read)
    const hidden = this.hiddenTerms(read, bag)
    const s = this.store
    const packed: number[] = []
    const unknown: number[] = []
    bag.terms.forEach((term, i) => {
      const t = s.terms.get(term)
      const tf = Math.min(255, Math.max(1, Math.round(bag.tf[i] as number)))
      if (t >= 0) packed.push(t * 256 + tf)
      else unknown.push(tf)
    })
    packed.sort((a, b) => a - b)
    return {
      slot: -1,
      id: read.id,
      bag: packed,
      unknown,
      len: bag.length,
      tags: read.tags.map((g) => s.tags.get(g)),
      section: read.section === undefined ? -1 : s.sections.get(read.section),
      authors: read.authors.map((a) => s.authors.get(a)).filter((a) => a >= 0),
      date: read.date,
      asOf: -1,
      hidden,
    }
  }

  /** Last ordered slot at or before (date, id); -1 when none. */
  private position(date: number, id: string): number {
    const s = this.store
    let lo = 0
    let hi = s.slots
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const d = s.date[mid] as number
      const before = Number.isNaN(d)
        ? !Number.isNaN(date)
          ? false
          : (s.ids[mid] as string) <= id
        : Number.isNaN(date) || d < date || (d === date && (s.ids[mid] as string) <= id)
      if (before) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }
}
