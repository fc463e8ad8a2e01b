// A doc's bag as stored: its `termId << 8 | tf` entries (search terms first, then the others,
// each group in ascending term order) delta-coded into 16-bit units. An entry is one unit
// `delta << 2 | c`, where `c` is tf − 1 for tf 1–3 (95% of entries) and 3 for "tf in the next
// unit"; a delta over 16,382 (a few per bag at most: the deltas of a group add up to at most the
// vocabulary size) is written as the escape unit 0xffff, the term id's low 16 bits, then its high
// bits `<< 2 | c`. The delta restarts at the second group. A news article's bag takes ≈ 2 bytes per
// term instead of 4, and reading it back is one pass without unpredictable branches.

/** 16-bit units one entry can take at most. */
export const MAX_ENTRY_UNITS = 4

/** The unit that announces a term id written in full. */
export const ESCAPE = 0xffff
const MAX_DELTA = 16_382

/**
 * Encodes `packed` (two ascending groups split at `searched`) into `out` from `pos`; returns the
 * position after the last unit. `out` must have `packed.length * MAX_ENTRY_UNITS` units free.
 */
export function encodeBag(packed: readonly number[], searched: number, out: Uint16Array, pos: number): number {
  let prev = 0
  for (let i = 0; i < packed.length; i++) {
    if (i === searched) prev = 0
    const p = packed[i] as number
    const t = p >>> 8
    const tf = p & 255
    const c = tf < 4 ? tf - 1 : 3
    const delta = t - prev
    prev = t
    if (delta <= MAX_DELTA) out[pos++] = delta * 4 + c
    else {
      out[pos++] = ESCAPE
      out[pos++] = t & 0xffff
      out[pos++] = (t >>> 16) * 4 + c
    }
    if (c === 3) out[pos++] = tf
  }
  return pos
}

/**
 * Decodes the first `count` entries of the bag at `pos` in `pool` (whose first group has
 * `searched` entries) into `out` from index `at`, as `termId << 8 | tf`.
 */
export function decodeBag(
  pool: Uint16Array,
  pos: number,
  count: number,
  searched: number,
  out: Uint32Array,
  at: number,
): void {
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
    out[at + i] = t * 256 + (c < 3 ? c + 1 : (pool[pos++] as number))
  }
}

/** Reads bags back into a reusable buffer of `termId << 8 | tf` entries. */
export class BagReader {
  /** The entries of the last bag read (valid up to the count `read` returned). */
  buf: Uint32Array = new Uint32Array(512)

  /** Decodes `count` entries (see {@link decodeBag}) into `buf`; returns `count`. */
  read(pool: Uint16Array, pos: number, count: number, searched: number): number {
    if (this.buf.length < count) this.buf = new Uint32Array(Math.max(count, this.buf.length * 2))
    decodeBag(pool, pos, count, searched, this.buf, 0)
    return count
  }
}
