// The output side of the base normalization (_normalize.ts): growable typed arrays for the
// normalized units and their input ranges, the right-to-left override buffer, and the
// text-quality counters. The stage functions write into one BaseBuilder; `finish` runs the
// skeleton pass and returns the Base.
import { pure } from '../_internal/pure.js'
import { F_BIDI, type Base, type BaseSignals } from './_base.js'
import { skeletonPass } from './_skeleton.js'
import { EMOJI, LOWER, SYMBOL, UPPER } from './_unicode.js'

interface Pending {
  s: string
  start: number
  end: number
  flags: number
  alt: string | undefined
}

/** Inputs up to this many code units use the shared scratch arrays. */
const POOL_LIMIT = 1 << 16

/** Scratch arrays reused by every call (grown on demand up to POOL_LIMIT). */
const pool: { units: Uint16Array; starts: Int32Array; ends: Int32Array; flags: Uint8Array; seen: Uint8Array } =
  /*@__PURE__*/ pure(() => ({
    units: new Uint16Array(0),
    starts: new Int32Array(0),
    ends: new Int32Array(0),
    flags: new Uint8Array(0),
    seen: new Uint8Array(128),
  }))

function emptySignals(): BaseSignals {
  return {
    invisible: 0,
    invisibleInWords: 0,
    tagCharacters: 0,
    bidiOverrides: 0,
    bidiOther: 0,
    marks: 0,
    heavyClusters: 0,
    maxMarks: 0,
    confusables: 0,
    loneSurrogates: 0,
    latinLetters: 0,
    rtlLetters: 0,
    upper: 0,
    cased: 0,
    visible: 0,
    symbols: 0,
    unique: 0,
    longestRun: 0,
    longestRunSpan: [0, 0],
    firstInvisible: undefined,
  }
}

/**
 * Mutable state of one normalization. Growable typed arrays: a 1 MB comment would otherwise push
 * three million boxed numbers and build a million-node string rope; the text is made from the code
 * units at the end. Inputs up to POOL_LIMIT reuse one scratch set (allocating typed arrays costs
 * microseconds per call), so a Base's arrays are valid until the next normalization.
 */
export class BaseBuilder {
  capacity: number
  units: Uint16Array
  starts: Int32Array
  ends: Int32Array
  flags: Uint8Array
  size: number = 0
  readonly alts: Map<number, string> = new Map()
  readonly signals: BaseSignals = emptySignals()
  // Text-quality counts, gathered in the one pass so the verdict needs no second one; kept as
  // fields (copied into `signals` by `finish`) because this is the hottest loop.
  readonly seenAscii: Uint8Array = pool.seen.fill(0)
  readonly seenOther: Set<number> = new Set()
  runChar: number = -1
  runStart: number = 0
  runCount: number = 0
  visible: number = 0
  unique: number = 0
  upper: number = 0
  cased: number = 0
  symbols: number = 0
  longestRun: number = 0
  longestStart: number = 0
  longestEnd: number = 0
  lookalikeLetters: number = 0
  /** `F_*` bits of removed characters, given to the next unit written. */
  pendingFlags: number = 0
  /** charInfo of the last letter written (0 after a non-letter). */
  lastLetterInfo: number = 0
  /** Inside a right-to-left override: units wait in `buffer` to be written reversed. */
  rlo: boolean = false
  buffer: Pending[] = []

  constructor(inputLength: number) {
    let capacity = Math.max(16, inputLength + 8)
    if (capacity <= POOL_LIMIT) {
      if (pool.units.length < capacity) {
        const grown = Math.min(POOL_LIMIT, Math.max(capacity, pool.units.length * 2))
        pool.units = new Uint16Array(grown)
        pool.starts = new Int32Array(grown)
        pool.ends = new Int32Array(grown)
        pool.flags = new Uint8Array(grown)
      }
      capacity = pool.units.length
      this.units = pool.units
      this.starts = pool.starts
      this.ends = pool.ends
      this.flags = pool.flags
    } else {
      this.units = new Uint16Array(capacity)
      this.starts = new Int32Array(capacity)
      this.ends = new Int32Array(capacity)
      this.flags = new Uint8Array(capacity)
    }
    this.capacity = capacity
  }

  /** Counts one visible character `cp` of input range `[at, end)` for the quality rules. */
  see(cp: number, info: number, at: number, end: number): void {
    this.visible++
    if (cp < 128) {
      if (this.seenAscii[cp] === 0) {
        this.seenAscii[cp] = 1
        this.unique++
      }
    } else if (this.unique < 64 && !this.seenOther.has(cp)) {
      this.seenOther.add(cp)
      this.unique++
    }
    if ((info & UPPER) !== 0) {
      this.upper++
      this.cased++
    } else if ((info & LOWER) !== 0) this.cased++
    if ((info & (SYMBOL | EMOJI)) !== 0) this.symbols++
    if (cp === this.runChar) this.runCount++
    else {
      this.runChar = cp
      this.runStart = at
      this.runCount = 1
    }
    if (this.runCount > this.longestRun) {
      this.longestRun = this.runCount
      this.longestStart = this.runStart
      this.longestEnd = end
    }
  }

  /** Makes room for `extra` more units. */
  grow(extra: number): void {
    this.capacity = Math.max(this.capacity * 2, this.size + extra)
    const units = new Uint16Array(this.capacity)
    units.set(this.units)
    this.units = units
    const starts = new Int32Array(this.capacity)
    starts.set(this.starts)
    this.starts = starts
    const ends = new Int32Array(this.capacity)
    ends.set(this.ends)
    this.ends = ends
    const flags = new Uint8Array(this.capacity)
    flags.set(this.flags)
    this.flags = flags
  }

  /** Writes `s` (from input range `[start, end)`); a space after a space only extends it. */
  append(s: string, start: number, end: number, f: number, alt: string | undefined): void {
    if (s === ' ' && this.size > 0 && this.units[this.size - 1] === 32) {
      this.ends[this.size - 1] = end
      return
    }
    if (this.size + s.length > this.capacity) this.grow(s.length)
    if (alt !== undefined) this.alts.set(this.size, alt)
    for (let k = 0; k < s.length; k++) {
      this.units[this.size] = s.charCodeAt(k)
      this.starts[this.size] = start
      this.ends[this.size] = end
      this.flags[this.size] = f
      this.size++
    }
  }

  /** Writes `s` with the pending flags, or buffers it inside a right-to-left override. */
  emit(s: string, start: number, end: number, f: number, alt?: string): void {
    const withPending = f | this.pendingFlags
    this.pendingFlags = 0
    if (this.rlo) this.buffer.push({ s, start, end, flags: withPending | F_BIDI, alt })
    else this.append(s, start, end, withPending, alt)
  }

  /** Ends a right-to-left override: writes its buffered units in display order. */
  flush(): void {
    this.rlo = false
    for (let k = this.buffer.length - 1; k >= 0; k--) {
      const p = this.buffer[k] as Pending
      this.append(p.s, p.start, p.end, p.flags, p.alt)
    }
    this.buffer = []
  }

  /** Closes any override, copies the counters into the signals, runs the skeleton pass. */
  finish(): Base {
    if (this.rlo) this.flush()
    const signals = this.signals
    signals.visible = this.visible
    signals.unique = this.unique
    signals.upper = this.upper
    signals.cased = this.cased
    signals.symbols = this.symbols
    signals.longestRun = this.longestRun
    signals.longestRunSpan = [this.longestStart, this.longestEnd]
    const size = this.size
    const unitFlags = this.flags.subarray(0, size)
    const codes = this.units.subarray(0, size)
    if (this.alts.size > 0)
      skeletonPass(codes, unitFlags, this.alts, signals, signals.latinLetters >= this.lookalikeLetters)
    let text = ''
    for (let k = 0; k < size; k += 8192)
      text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(size, k + 8192)) as unknown as number[])
    return {
      text,
      starts: this.starts.subarray(0, size),
      ends: this.ends.subarray(0, size),
      flags: unitFlags,
      signals,
    }
  }
}
