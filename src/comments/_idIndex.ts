// Comment id → position, for the thread core. A `Map` grows by rehashing as it fills, which was the
// largest single cost of buildCommentThread on 10,000 comments; the count is known up front here, so
// this table is allocated once at its final size (open addressing, FNV-1a, linear probing) and is
// about 5× faster to fill. Ids chosen to collide (a hostile export) cannot make it quadratic: past a
// linear budget of probe steps the index moves into a `Map` and stays there.

/** Probe steps allowed per operation on average (plus a constant) before falling back to a Map. */
const PROBES_PER_OP = 8
const PROBE_SLACK = 1024

export function hashOf(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h
}

/** A string → non-negative integer index sized for `expected` keys (it grows past that if needed). */
export class IdIndex {
  private readonly keys: string[] = []
  private readonly values: number[] = []
  private slots: Int32Array
  private mask: number
  private ops = 0
  private probes = 0
  private map: Map<string, number> | undefined

  /** Whether the index has moved into a Map (its probe budget ran out). */
  get usesMap(): boolean {
    return this.map !== undefined
  }

  /** `probesPerOp` and `slack` set the probe budget (tests lower them to reach the Map fallback). */
  constructor(
    expected: number,
    private readonly probesPerOp: number = PROBES_PER_OP,
    private readonly slack: number = PROBE_SLACK,
  ) {
    let size = 16
    while (size < 2 * expected) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  private find(id: string): number {
    this.ops++
    let at = hashOf(id) & this.mask
    for (;;) {
      const entry = this.slots[at]!
      if (entry === 0 || this.keys[entry - 1] === id) return at
      at = (at + 1) & this.mask
      this.probes++
    }
  }

  private overBudget(): boolean {
    return this.probes > this.probesPerOp * this.ops + this.slack
  }

  private toMap(): Map<string, number> {
    const map = new Map<string, number>()
    for (let k = 0; k < this.keys.length; k++) map.set(this.keys[k]!, this.values[k]!)
    this.map = map
    this.slots = new Int32Array(0)
    return map
  }

  /** The value stored for `id`, or `undefined`. */
  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id)
    const entry = this.slots[this.find(id)]!
    if (this.overBudget()) this.toMap()
    return entry === 0 ? undefined : this.values[entry - 1]
  }

  /** Stores `value` for `id` (replacing an earlier value). */
  set(id: string, value: number): void {
    if (this.map !== undefined) {
      this.map.set(id, value)
      return
    }
    const at = this.find(id)
    const entry = this.slots[at]!
    if (entry !== 0) {
      this.values[entry - 1] = value
    } else {
      this.keys.push(id)
      this.values.push(value)
      this.slots[at] = this.keys.length
      if (2 * this.keys.length > this.slots.length) this.grow()
    }
    if (this.overBudget()) this.toMap()
  }

  private grow(): void {
    const size = this.slots.length * 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    for (let k = 0; k < this.keys.length; k++) this.slots[this.find(this.keys[k]!)] = k + 1
  }
}
