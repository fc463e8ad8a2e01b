// The related index's dictionaries (terms, tags, sections, authors): string ↔ small-integer ids
// with document frequencies, and the growable typed arrays the store is built of.
import { CopydeskError } from '../errors.js'

/** Ids (and slots) are stored in 24 bits (`id << 8 | tf`). */
export const MAX_IDS: number = 1 << 24

export type Numbers = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array

/** `a` if it holds `n` entries, else a copy at least twice as long. */
export function grow<T extends Numbers>(a: T, n: number): T {
  if (n <= a.length) return a
  const b = new (a.constructor as new (length: number) => T)(Math.max(n, a.length * 2))
  b.set(a)
  return b
}

/** A copy of `s` that shares no memory with a longer string. */
function flat(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1)
}

/** A string ↔ small-integer dictionary with document frequencies. */
export class Vocab {
  readonly index: Map<string, number> = new Map()
  readonly names: string[] = []
  df: Int32Array = new Int32Array(256)

  /** The id of `name`, creating it; `fn` names the public function called in the refusal. */
  intern(name: string, fn: string): number {
    let id = this.index.get(name)
    if (id === undefined) {
      // A token can be a slice of the whole (lower-cased) body; copy it so the dictionary does
      // not keep every body it ever saw alive (engines share memory between a slice and its parent).
      name = flat(name)
      id = this.names.length
      if (id >= MAX_IDS) throw new CopydeskError('INVALID_INPUT', `${fn}: more than 16,777,216 distinct terms`)
      this.index.set(name, id)
      this.names.push(name)
      this.df = grow(this.df, id + 1)
    }
    return id
  }

  /** The id of `name`, or -1. */
  get(name: string): number {
    return this.index.get(name) ?? -1
  }
}
