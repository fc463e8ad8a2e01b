// The related index's postings, rebuilt by every merge: per term the slots whose search terms
// include it (`slot << 8 | tf`, CSR by term, in slot order, so date order after a merge), per tag
// the slots that carry it, and the cumulative doc length by slot (as-of statistics).
import type { BagReader } from './_bag.js'

/** The parts of the store the postings are built from. */
export interface PostingsSource {
  readonly terms: { readonly names: readonly string[] }
  readonly tags: { readonly names: readonly string[] }
  readonly slots: number
  /** Decodes slot `s`'s search terms into `reader.buf`; returns how many. */
  bag(s: number, reader: BagReader, searchOnly: boolean): number
  readonly reader: BagReader
  readonly metaPool: Int32Array
  readonly metaStart: Uint32Array
  readonly tagLen: Uint8Array
  readonly len: Float64Array
}

/** The postings of a merged store. */
export interface Postings {
  postOff: Uint32Array
  postData: Uint32Array
  tagOff: Uint32Array
  tagData: Uint32Array
  prefixLen: Float64Array
}

/** Builds the term and tag postings and the length prefix sums of slots `0..store.slots`. */
export function buildPostings(store: PostingsSource): Postings {
  const reader = store.reader
  const nTerms = store.terms.names.length
  const off = new Uint32Array(nTerms + 1)
  for (let s = 0; s < store.slots; s++) {
    const count = store.bag(s, reader, true)
    for (let i = 0; i < count; i++) off[((reader.buf[i] as number) >>> 8) + 1]! += 1
  }
  for (let t = 0; t < nTerms; t++) off[t + 1]! += off[t] as number
  const data = new Uint32Array(off[nTerms] as number)
  const fill = off.slice(0, nTerms)
  for (let s = 0; s < store.slots; s++) {
    const count = store.bag(s, reader, true)
    const buf = reader.buf
    for (let i = 0; i < count; i++) {
      const p = buf[i] as number
      data[fill[p >>> 8]!++] = s * 256 + (p & 255)
    }
  }

  const nTags = store.tags.names.length
  const toff = new Uint32Array(nTags + 1)
  for (let s = 0; s < store.slots; s++) {
    const m = store.metaStart[s] as number
    for (let i = m; i < m + (store.tagLen[s] as number); i++) toff[(store.metaPool[i] as number) + 1]! += 1
  }
  for (let g = 0; g < nTags; g++) toff[g + 1]! += toff[g] as number
  const tdata = new Uint32Array(toff[nTags] as number)
  const tfill = toff.slice(0, nTags)
  for (let s = 0; s < store.slots; s++) {
    const m = store.metaStart[s] as number
    for (let i = m; i < m + (store.tagLen[s] as number); i++) tdata[tfill[store.metaPool[i] as number]!++] = s
  }

  const prefix = new Float64Array(store.slots)
  let sum = 0
  for (let s = 0; s < store.slots; s++) prefix[s] = sum += store.len[s] as number
  return { postOff: off, postData: data, tagOff: toff, tagData: tdata, prefixLen: prefix }
}
