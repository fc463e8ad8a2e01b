// The related index's storage. Every doc keeps its analyzed "bag" (distinct terms with
// field-weighted counts), delta-coded into one byte pool (_bag.ts); nothing stored
// depends on collection statistics, so an index built incrementally holds exactly what a fresh
// build holds. Full postings (`slot << 8 | tf`, CSR by term) cover the slots up to `committed`;
// docs added since are "pending" and scanned directly until the next merge, which also compacts
// removed slots and renumbers slots in (date, id) order so postings are date-ordered (as-of
// statistics for `excludeNewer` are then binary searches).
import { CopydeskError } from '../errors.js'
import type { Bag } from './_analyze.js'
import { BagReader, encodeBag, MAX_ENTRY_UNITS } from './_bag.js'
import type { ReadDoc } from './_doc.js'
import { buildPostings } from './_postings.js'
import { grow, MAX_IDS, Vocab } from './_vocab.js'

/** A doc ready to store: its fields and its bag. */
export interface StoredInput {
  read: Pick<ReadDoc, 'id' | 'tags' | 'section' | 'authors' | 'date' | 'status'>
  bag: Bag
}

/** All the index's data. Fields are public to the query module of this entry only. */
export class Store {
  readonly terms: Vocab = new Vocab()
  readonly tags: Vocab = new Vocab()
  readonly sections: Vocab = new Vocab()
  readonly authors: Vocab = new Vocab()

  /**
   * With `gated: 'full'`: per doc id, the terms found only in its gated text, never listed as
   * shared terms.
   */
  readonly hidden: Map<string, ReadonlySet<string>> = new Map()

  /** Slots used (alive or dead). */
  slots = 0
  ids: string[] = []
  readonly slotOf: Map<string, number> = new Map()
  alive: Uint8Array = new Uint8Array(64)
  date: Float64Array = new Float64Array(64)
  section: Int32Array = new Int32Array(64)
  status: Uint8Array = new Uint8Array(64)
  len: Float64Array = new Float64Array(64)
  /** Offset of each bag in `bagPool`, its length in 16-bit units, its number of terms. */
  bagStart: Uint32Array = new Uint32Array(64)
  bagUnits: Uint32Array = new Uint32Array(64)
  bagLen: Uint32Array = new Uint32Array(64)
  /** How many entries of each bag (from its start) are search terms, in the postings. */
  searchLen: Uint16Array = new Uint16Array(64)
  bagPool: Uint16Array = new Uint16Array(16_384)
  bagUsed = 0
  metaStart: Uint32Array = new Uint32Array(64)
  tagLen: Uint8Array = new Uint8Array(64)
  authorLen: Uint8Array = new Uint8Array(64)
  /** Tag ids then author ids of each slot. */
  metaPool: Int32Array = new Int32Array(256)
  metaUsed = 0

  /** Alive docs, their summed lengths, and a counter bumped on every change of statistics. */
  n = 0
  totalLen = 0
  version = 1
  /** Bumped by every merge (slots are renumbered). */
  layout = 0
  dead = 0

  /** Slots below this are in the postings; slots from here on are pending. */
  committed = 0
  postOff: Uint32Array = new Uint32Array(1)
  postData: Uint32Array = new Uint32Array(0)
  tagOff: Uint32Array = new Uint32Array(1)
  tagData: Uint32Array = new Uint32Array(0)
  /** Cumulative length by slot (valid when `ordered`). */
  prefixLen: Float64Array = new Float64Array(0)
  /** True when every slot is committed, alive and in (date, id) order. */
  ordered = true

  /** Decodes bags for the store's own work (postings, removals, snapshots). */
  readonly reader: BagReader = new BagReader()

  /**
   * Decodes slot `s`'s bag (only its search terms when `searchOnly`) into `reader.buf` as
   * `termId << 8 | tf` entries, search terms first; returns how many.
   */
  bag(s: number, reader: BagReader, searchOnly = false): number {
    const searched = this.searchLen[s] as number
    return reader.read(
      this.bagPool,
      this.bagStart[s] as number,
      searchOnly ? searched : (this.bagLen[s] as number),
      searched,
    )
  }

  /** Adds a doc (replacing one with the same id). */
  add(input: StoredInput, fn: string): void {
    const { read, bag } = input
    const old = this.slotOf.get(read.id)
    if (old !== undefined) this.removeSlot(old)
    const slot = this.slots
    if (slot >= MAX_IDS) throw new CopydeskError('INVALID_INPUT', `${fn}: more than 16,777,216 docs`)
    const cap = slot + 1
    this.alive = grow(this.alive, cap)
    this.date = grow(this.date, cap)
    this.section = grow(this.section, cap)
    this.status = grow(this.status, cap)
    this.len = grow(this.len, cap)
    this.bagStart = grow(this.bagStart, cap)
    this.bagLen = grow(this.bagLen, cap)
    this.bagUnits = grow(this.bagUnits, cap)
    this.searchLen = grow(this.searchLen, cap)
    this.metaStart = grow(this.metaStart, cap)
    this.tagLen = grow(this.tagLen, cap)
    this.authorLen = grow(this.authorLen, cap)

    const raw: number[] = []
    for (let i = 0; i < bag.terms.length; i++) {
      const t = this.terms.intern(bag.terms[i] as string, fn)
      raw.push(t * 256 + Math.min(255, Math.max(1, Math.round(bag.tf[i] as number))))
    }
    // Search terms first, then the others; each group in term order.
    const searched = Math.min(bag.searched, raw.length, 65_535)
    const packed = raw
      .slice(0, searched)
      .sort((a, b) => a - b)
      .concat(raw.slice(searched).sort((a, b) => a - b))
    this.searchLen[slot] = searched
    this.bagPool = grow(this.bagPool, this.bagUsed + packed.length * MAX_ENTRY_UNITS)
    this.bagStart[slot] = this.bagUsed
    this.bagLen[slot] = packed.length
    const end = encodeBag(packed, searched, this.bagPool, this.bagUsed)
    this.bagUnits[slot] = end - this.bagUsed
    this.bagUsed = end
    for (const p of packed) this.terms.df[p >>> 8]! += 1
    const tagIds = read.tags.slice(0, 255).map((t) => this.tags.intern(t, fn))
    const authorIds = read.authors.slice(0, 255).map((a) => this.authors.intern(a, fn))
    this.metaPool = grow(this.metaPool, this.metaUsed + tagIds.length + authorIds.length)
    this.metaStart[slot] = this.metaUsed
    this.tagLen[slot] = tagIds.length
    this.authorLen[slot] = authorIds.length
    for (const g of tagIds) {
      this.metaPool[this.metaUsed++] = g
      this.tags.df[g]! += 1
    }
    for (const a of authorIds) this.metaPool[this.metaUsed++] = a

    this.ids[slot] = read.id
    this.slotOf.set(read.id, slot)
    this.alive[slot] = 1
    this.date[slot] = read.date
    this.section[slot] = read.section === undefined ? -1 : this.sections.intern(read.section, fn)
    this.status[slot] = read.status
    this.len[slot] = bag.length
    this.slots = cap
    this.n++
    this.totalLen += bag.length
    this.version++
    this.ordered = false
  }

  /** Removes a doc by id; false when absent. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return false
    this.removeSlot(slot)
    return true
  }

  private removeSlot(slot: number): void {
    const count = this.bag(slot, this.reader)
    const entries = this.reader.buf
    for (let i = 0; i < count; i++) this.terms.df[(entries[i] as number) >>> 8]! -= 1
    const m = this.metaStart[slot] as number
    for (let i = m; i < m + (this.tagLen[slot] as number); i++) this.tags.df[this.metaPool[i] as number]! -= 1
    this.alive[slot] = 0
    this.hidden.delete(this.ids[slot] as string)
    this.slotOf.delete(this.ids[slot] as string)
    this.n--
    this.totalLen -= this.len[slot] as number
    this.version++
    this.dead++
    this.ordered = false
  }

  /** Whether queries should merge first: many pending or dead slots. */
  needsMerge(deltaLimit: number): boolean {
    return this.slots - this.committed > deltaLimit || this.dead > Math.max(1024, this.slots / 4)
  }

  /**
   * Compacts dead slots, orders slots by (date, id) (undated last) and rebuilds the postings.
   * Statistics do not change, so answers are the same before and after.
   */
  merge(): void {
    if (this.ordered) return
    const order: number[] = []
    for (let s = 0; s < this.slots; s++) if (this.alive[s] === 1) order.push(s)
    const date = this.date
    const ids = this.ids
    order.sort((a, b) => {
      const da = date[a] as number
      const db = date[b] as number
      const na = Number.isNaN(da)
      const nb = Number.isNaN(db)
      if (na !== nb) return na ? 1 : -1
      if (!na && da !== db) return da - db
      const ia = ids[a] as string
      const ib = ids[b] as string
      return ia < ib ? -1 : ia > ib ? 1 : 0
    })
    const n = order.length
    const cap = Math.max(64, n)
    const next = {
      ids: new Array<string>(n),
      alive: new Uint8Array(cap).fill(1, 0, n),
      date: new Float64Array(cap),
      section: new Int32Array(cap),
      status: new Uint8Array(cap),
      len: new Float64Array(cap),
      bagStart: new Uint32Array(cap),
      bagLen: new Uint32Array(cap),
      bagUnits: new Uint32Array(cap),
      searchLen: new Uint16Array(cap),
      metaStart: new Uint32Array(cap),
      tagLen: new Uint8Array(cap),
      authorLen: new Uint8Array(cap),
    }
    let bagTotal = 0
    let metaTotal = 0
    for (const s of order) {
      bagTotal += this.bagUnits[s] as number
      metaTotal += (this.tagLen[s] as number) + (this.authorLen[s] as number)
    }
    const bagPool = new Uint16Array(Math.max(16_384, bagTotal))
    const metaPool = new Int32Array(Math.max(256, metaTotal))
    let bu = 0
    let mu = 0
    order.forEach((s, i) => {
      next.ids[i] = this.ids[s] as string
      next.date[i] = this.date[s] as number
      next.section[i] = this.section[s] as number
      next.status[i] = this.status[s] as number
      next.len[i] = this.len[s] as number
      const bs = this.bagStart[s] as number
      const units = this.bagUnits[s] as number
      bagPool.set(this.bagPool.subarray(bs, bs + units), bu)
      next.bagStart[i] = bu
      next.bagUnits[i] = units
      next.bagLen[i] = this.bagLen[s] as number
      next.searchLen[i] = this.searchLen[s] as number
      bu += units
      const ms = this.metaStart[s] as number
      const ml = (this.tagLen[s] as number) + (this.authorLen[s] as number)
      metaPool.set(this.metaPool.subarray(ms, ms + ml), mu)
      next.metaStart[i] = mu
      next.tagLen[i] = this.tagLen[s] as number
      next.authorLen[i] = this.authorLen[s] as number
      mu += ml
    })
    Object.assign(this, next, { bagPool, metaPool, bagUsed: bu, metaUsed: mu, slots: n, dead: 0, committed: n })
    this.slotOf.clear()
    next.ids.forEach((id, i) => this.slotOf.set(id, i))
    Object.assign(this, buildPostings(this))
    this.ordered = true
    this.layout++
  }
}
