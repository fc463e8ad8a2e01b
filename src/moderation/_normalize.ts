// The base normalization every matcher works on. One left-to-right pass over the input, one
// cluster (a code point plus its combining marks) at a time, so it is linear and every output
// code unit remembers the input range it came from:
//
//   1. lone surrogates and C0/C1 control characters are dropped;
//   2. default-ignorable code points (zero-width space/joiners, soft hyphen, variation selectors,
//      tag characters, …) and bidirectional controls are dropped; text inside a right-to-left
//      override (U+202E … U+202C, a line break or the end) is reversed into display order;
//   3. each cluster is NFKC-normalized (full-width, mathematical, circled, superscript letters,
//      ligatures → plain letters); clusters of alphabetic scripts lose their combining marks
//      (accents, Zalgo); scripts whose marks carry meaning (Thai, Devanagari, Arabic …) keep up
//      to three marks per cluster;
//   4. Latin-script look-alikes (small capitals, dotless i, Latin alpha) become ASCII, typographic
//      quotes become ASCII quotes, letters are lower-cased, and white-space runs become one space;
//   5. a second pass applies the UTS #39 skeleton to tokens that mix Latin with Greek/Cyrillic/…
//      letters, and to all-look-alike tokens in a mostly-Latin text ("ѕех" in English prose),
//      never to real Russian or Greek text.
import { pure } from '../_internal/pure.js'
import { CONFUSABLE_TO_LATIN } from './lists/_confusables.js'
import {
  ASCII_INFO,
  BIDI,
  charInfo,
  EMOJI,
  LOWER,
  SYMBOL,
  UPPER,
  codePointAt,
  IGNORABLE,
  LATIN,
  LETTER,
  LOOKALIKE_SCRIPT,
  MARK,
  NUMBER,
  RTL,
  SPACE,
  SPACELESS,
} from './_unicode.js'

/** An invisible character was removed right before this unit. */
export const F_INVISIBLE = 1
/** The unit was reordered out of a right-to-left override. */
export const F_BIDI = 2
/** Combining marks were removed from the unit's cluster. */
export const F_MARKS = 4
/** NFKC changed the unit's cluster (full-width, mathematical, circled … forms). */
export const F_WIDTH = 8
/** The unit is a look-alike replaced by the Latin letter it imitates. */
export const F_CONFUSABLE = 16

/** Counts gathered while normalizing, used by the verdict's text-quality rules. */
export interface BaseSignals {
  /** Default-ignorable and control characters removed (bidi controls excluded). */
  invisible: number
  /** Of those, how many sat between two Latin/Greek/Cyrillic letters (an evasion, not an emoji joiner). */
  invisibleInWords: number
  /** Unicode tag characters (U+E0000 block), which can smuggle hidden text. */
  tagCharacters: number
  /** Left-to-right and right-to-left overrides (U+202D, U+202E). */
  bidiOverrides: number
  /** Other bidi controls: embeddings, isolates, LRM/RLM/ALM. */
  bidiOther: number
  /** Combining marks seen. */
  marks: number
  /** Clusters carrying three or more combining marks. */
  heavyClusters: number
  /** The most marks on one cluster. */
  maxMarks: number
  /** Units replaced by their Latin look-alike. */
  confusables: number
  /** Lone surrogate code units dropped. */
  loneSurrogates: number
  /** Latin letters seen. */
  latinLetters: number
  /** Letters of right-to-left scripts seen. */
  rtlLetters: number
  /** Upper-case letters seen. */
  upper: number
  /** Letters that have case (upper or lower) seen. */
  cased: number
  /** Visible characters (not white space, not invisible). */
  visible: number
  /** Symbols and emoji seen. */
  symbols: number
  /** Different visible characters (counted up to 64). */
  unique: number
  /** The longest run of one repeated visible character, in characters. */
  longestRun: number
  /** Where that run is in the input. */
  longestRunSpan: [number, number]
  /** The first invisible or bidi character, in the input. */
  firstInvisible: [number, number] | undefined
}

/** The normalized text with its position map back to the input. */
export interface Base {
  /** Normalized, lower-cased text. */
  text: string
  /** `starts[i]`: input offset where the source of `text[i]` starts. */
  starts: Int32Array
  /** `ends[i]`: input offset where the source of `text[i]` ends. */
  ends: Int32Array
  /** `flags[i]`: the `F_*` bits of unit `i`. */
  flags: Uint8Array
  /** Counts for the quality rules. */
  signals: BaseSignals
}

interface Cluster {
  out: string
  flags: number
  /** Latin skeleton of a single-unit look-alike letter. */
  alt: string | undefined
}

const clusterCache: Map<string, Cluster> = /*@__PURE__*/ new Map()
/** Typographic quotes and apostrophes that NFKC keeps, folded to ASCII so "I’ll" matches "i'll". */
const QUOTES: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
}
const MARK_RE = /\p{M}/gu

function normalizeCluster(cluster: string, marks: number): Cluster {
  const cached = clusterCache.get(cluster)
  if (cached !== undefined) return cached
  const nfkc = cluster.normalize('NFKC')
  let flags = nfkc !== cluster.normalize('NFC') ? F_WIDTH : 0
  const first = codePointAt(nfkc, 0)
  const info = first < 0 ? 0 : charInfo(first)
  let out: string
  let alt: string | undefined
  const meaningfulMarks =
    (info & (SPACELESS | RTL)) !== 0 || ((info & LETTER) !== 0 && (info & (LATIN | LOOKALIKE_SCRIPT)) === 0)
  if (meaningfulMarks && marks < 4) {
    out = nfkc.toLowerCase()
  } else {
    const stripped = nfkc.normalize('NFD').replace(MARK_RE, '')
    if (stripped.length !== nfkc.length || marks > 0) flags |= F_MARKS
    let mapped = ''
    for (const ch of stripped) {
      const cp = ch.codePointAt(0) as number
      const chInfo = charInfo(cp)
      const latin = (chInfo & LATIN) !== 0 && cp > 0x7f ? CONFUSABLE_TO_LATIN.get(ch) : undefined
      if (latin !== undefined) {
        mapped += latin
        flags |= F_CONFUSABLE
      } else if (QUOTES[ch] !== undefined) {
        mapped += QUOTES[ch]
      } else {
        mapped += ch
        if ((chInfo & LOOKALIKE_SCRIPT) !== 0 && stripped.length === ch.length) alt = CONFUSABLE_TO_LATIN.get(ch)
      }
    }
    out = mapped.toLowerCase()
  }
  const result: Cluster = { out, flags, alt: out.length === 1 ? alt : undefined }
  if (cluster.length <= 8 && clusterCache.size < 20000) clusterCache.set(cluster, result)
  return result
}

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

/**
 * Normalizes `input` for matching; see the file comment for the stages. Linear in the input.
 * The returned `starts`, `ends` and `flags` may be views of shared scratch memory: they are valid
 * until the next call, so every caller finishes with a Base before normalizing anything else.
 */
export function buildBase(input: string): Base {
  // Growable typed arrays: a 1 MB comment would otherwise push three million boxed numbers and
  // build a million-node string rope; the text is made from the code units at the end. Inputs up
  // to POOL_LIMIT reuse one scratch set (allocating typed arrays costs microseconds per call).
  let capacity = Math.max(16, input.length + 8)
  let units: Uint16Array
  let starts: Int32Array
  let ends: Int32Array
  let flags: Uint8Array
  if (capacity <= POOL_LIMIT) {
    if (pool.units.length < capacity) {
      const grown = Math.min(POOL_LIMIT, Math.max(capacity, pool.units.length * 2))
      pool.units = new Uint16Array(grown)
      pool.starts = new Int32Array(grown)
      pool.ends = new Int32Array(grown)
      pool.flags = new Uint8Array(grown)
    }
    capacity = pool.units.length
    units = pool.units
    starts = pool.starts
    ends = pool.ends
    flags = pool.flags
  } else {
    units = new Uint16Array(capacity)
    starts = new Int32Array(capacity)
    ends = new Int32Array(capacity)
    flags = new Uint8Array(capacity)
  }
  let size = 0
  const alts = new Map<number, string>()
  const signals: BaseSignals = {
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
  // Text-quality counts, gathered in this pass so the verdict needs no second one.
  const seenAscii = pool.seen.fill(0)
  const seenOther = new Set<number>()
  let runChar = -1
  let runStart = 0
  let runCount = 0
  // Counters kept in locals (copied into `signals` at the end): this is the hottest loop.
  let visible = 0
  let unique = 0
  let upper = 0
  let cased = 0
  let symbols = 0
  let longestRun = 0
  let longestStart = 0
  let longestEnd = 0
  const see = (cp: number, info: number, at: number, end: number): void => {
    visible++
    if (cp < 128) {
      if (seenAscii[cp] === 0) {
        seenAscii[cp] = 1
        unique++
      }
    } else if (unique < 64 && !seenOther.has(cp)) {
      seenOther.add(cp)
      unique++
    }
    if ((info & UPPER) !== 0) {
      upper++
      cased++
    } else if ((info & LOWER) !== 0) cased++
    if ((info & (SYMBOL | EMOJI)) !== 0) symbols++
    if (cp === runChar) runCount++
    else {
      runChar = cp
      runStart = at
      runCount = 1
    }
    if (runCount > longestRun) {
      longestRun = runCount
      longestStart = runStart
      longestEnd = end
    }
  }
  let lookalikeLetters = 0
  let pendingFlags = 0
  let lastLetterInfo = 0
  let rlo = false
  let buffer: Pending[] = []

  const append = (s: string, start: number, end: number, f: number, alt: string | undefined): void => {
    if (s === ' ' && size > 0 && units[size - 1] === 32) {
      ends[size - 1] = end
      return
    }
    if (size + s.length > capacity) {
      capacity = Math.max(capacity * 2, size + s.length)
      const grownUnits = new Uint16Array(capacity)
      grownUnits.set(units)
      units = grownUnits
      const grownStarts = new Int32Array(capacity)
      grownStarts.set(starts)
      starts = grownStarts
      const grownEnds = new Int32Array(capacity)
      grownEnds.set(ends)
      ends = grownEnds
      const grownFlags = new Uint8Array(capacity)
      grownFlags.set(flags)
      flags = grownFlags
    }
    if (alt !== undefined) alts.set(size, alt)
    for (let k = 0; k < s.length; k++) {
      units[size] = s.charCodeAt(k)
      starts[size] = start
      ends[size] = end
      flags[size] = f
      size++
    }
  }
  const emit = (s: string, start: number, end: number, f: number, alt?: string): void => {
    const withPending = f | pendingFlags
    pendingFlags = 0
    if (rlo) buffer.push({ s, start, end, flags: withPending | F_BIDI, alt })
    else append(s, start, end, withPending, alt)
  }
  const flush = (): void => {
    rlo = false
    for (let k = buffer.length - 1; k >= 0; k--) {
      const p = buffer[k] as Pending
      append(p.s, p.start, p.end, p.flags, p.alt)
    }
    buffer = []
  }

  const n = input.length
  let i = 0
  while (i < n) {
    const code = input.charCodeAt(i)
    if (code < 0x80 && !rlo && pendingFlags === 0) {
      // A run of plain ASCII in a tight loop, every hot variable in a local (the closures above
      // keep theirs in a heap context, which is slow per character); synced back after the run.
      const u = units
      const st = starts
      const en = ends
      const fl = flags
      let k = i
      let sz = size
      let lastUnit = sz > 0 ? (u[sz - 1] as number) : -1
      let vis = visible
      let cas = cased
      let up = upper
      let sym = symbols
      let uniq = unique
      let lat = 0
      let rc = runChar
      let rs = runStart
      let rn = runCount
      let lr = longestRun
      let ls = longestStart
      let le = longestEnd
      let letter = false
      while (k < n && sz < capacity) {
        const c = input.charCodeAt(k)
        if (c >= 0x80 || (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 127) break
        if (k + 1 < n && input.charCodeAt(k + 1) >= 0x300) break
        let unit = c
        if (c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13) {
          unit = 32
          rc = -1
          letter = false
          if (lastUnit === 32) {
            en[sz - 1] = k + 1
            k++
            continue
          }
        } else {
          if (c >= 65 && c <= 90) {
            unit = c + 32
            up++
            cas++
            lat++
            letter = true
          } else if (c >= 97 && c <= 122) {
            cas++
            lat++
            letter = true
          } else {
            letter = false
            if (((ASCII_INFO[c] as number) & (SYMBOL | EMOJI)) !== 0) sym++
          }
          vis++
          if (seenAscii[c] === 0) {
            seenAscii[c] = 1
            uniq++
          }
          if (c === rc) rn++
          else {
            rc = c
            rs = k
            rn = 1
          }
          if (rn > lr) {
            lr = rn
            ls = rs
            le = k + 1
          }
        }
        u[sz] = unit
        st[sz] = k
        en[sz] = k + 1
        fl[sz] = 0
        sz++
        lastUnit = unit
        k++
      }
      if (k > i) {
        size = sz
        visible = vis
        cased = cas
        upper = up
        symbols = sym
        unique = uniq
        signals.latinLetters += lat
        runChar = rc
        runStart = rs
        runCount = rn
        longestRun = lr
        longestStart = ls
        longestEnd = le
        lastLetterInfo = letter ? LETTER | LATIN : 0
        i = k
        continue
      }
    }
    // ASCII fast path: a printable character not followed by a combining mark.
    if (code < 0x80) {
      const next = i + 1 < n ? input.charCodeAt(i + 1) : 0
      if (next < 0x300 || (charInfo(Math.max(0, codePointAt(input, i + 1))) & MARK) === 0) {
        let unit = code
        if (code === 10 || code === 13) {
          if (rlo) flush()
          unit = 32
          runChar = -1
        } else if (code === 32 || code === 9 || code === 12 || code === 11) {
          unit = 32
          runChar = -1
        } else if (code < 32 || code === 127) {
          signals.invisible++
          signals.firstInvisible ??= [i, i + 1]
          pendingFlags |= F_INVISIBLE
          runChar = -1
          i++
          continue
        } else if (code >= 65 && code <= 90) {
          signals.latinLetters++
          lastLetterInfo = LETTER | LATIN
          unit = code + 32
        } else if (code >= 97 && code <= 122) {
          signals.latinLetters++
          lastLetterInfo = LETTER | LATIN
        } else {
          lastLetterInfo = 0
        }
        if (unit === 32) {
          // white space: no count
        } else if (code >= 97 && code <= 122 && code !== runChar && seenAscii[code] === 1) {
          // The common case inlined: a lower-case letter already seen, not repeating the last one.
          visible++
          cased++
          runChar = code
          runStart = i
          runCount = 1
          if (longestRun === 0) {
            longestRun = 1
            longestStart = i
            longestEnd = i + 1
          }
        } else see(code, ASCII_INFO[code] as number, i, i + 1)
        if (rlo || pendingFlags !== 0 || size >= capacity) {
          emit(String.fromCharCode(unit), i, i + 1, 0)
        } else if (unit === 32 && size > 0 && units[size - 1] === 32) {
          ends[size - 1] = i + 1
        } else {
          // Inline append of one unit: the hot path for plain text.
          units[size] = unit
          starts[size] = i
          ends[size] = i + 1
          flags[size] = 0
          size++
        }
        i++
        continue
      }
    }
    const cp = codePointAt(input, i)
    if (cp < 0) {
      signals.loneSurrogates++
      pendingFlags |= F_INVISIBLE
      runChar = -1
      i++
      continue
    }
    const cpSize = cp > 0xffff ? 2 : 1
    const info = charInfo(cp)
    if ((info & (BIDI | IGNORABLE)) !== 0 || (cp >= 0x80 && cp <= 0x9f)) {
      signals.firstInvisible ??= [i, i + cpSize]
      runChar = -1
    }
    if ((info & BIDI) !== 0) {
      if (cp === 0x202d || cp === 0x202e) signals.bidiOverrides++
      else signals.bidiOther++
      if (cp === 0x202e) {
        if (!rlo) rlo = true
      } else if (cp === 0x202c || cp === 0x2069) {
        if (rlo) flush()
      }
      i += cpSize
      continue
    }
    if ((info & IGNORABLE) !== 0 || (cp >= 0x80 && cp <= 0x9f)) {
      signals.invisible++
      if (cp >= 0xe0000 && cp <= 0xe007f) signals.tagCharacters++
      if ((lastLetterInfo & (LATIN | LOOKALIKE_SCRIPT)) !== 0) {
        let j = i + cpSize
        while (j < n) {
          const c2 = codePointAt(input, j)
          if (c2 < 0 || (charInfo(c2) & IGNORABLE) === 0) break
          j += c2 > 0xffff ? 2 : 1
        }
        const after = codePointAt(input, j)
        if (after >= 0 && (charInfo(after) & (LATIN | LOOKALIKE_SCRIPT)) !== 0) signals.invisibleInWords++
      }
      pendingFlags |= F_INVISIBLE
      i += cpSize
      continue
    }
    if ((info & MARK) !== 0) {
      // A mark with no base character (after a space, at the start, or after a removed character).
      signals.marks++
      pendingFlags |= F_MARKS
      i += cpSize
      continue
    }
    // A cluster: this code point and the combining marks after it.
    let j = i + cpSize
    let marks = 0
    while (j < n) {
      const c2 = codePointAt(input, j)
      if (c2 < 0) break
      const f2 = charInfo(c2)
      if ((f2 & MARK) === 0) break
      marks++
      j += c2 > 0xffff ? 2 : 1
    }
    if (marks > 0) {
      signals.marks += marks
      if (marks >= 3) signals.heavyClusters++
      if (marks > signals.maxMarks) signals.maxMarks = marks
    }
    if ((info & SPACE) !== 0) {
      if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) {
        if (rlo) flush()
      }
      runChar = -1
      emit(' ', i, j, 0)
      i = j
      continue
    }
    if ((info & LETTER) !== 0) {
      lastLetterInfo = info
      if ((info & LATIN) !== 0) signals.latinLetters++
      else if ((info & LOOKALIKE_SCRIPT) !== 0) lookalikeLetters++
      else if ((info & RTL) !== 0) signals.rtlLetters++
    } else {
      lastLetterInfo = 0
    }
    see(cp, info, i, j)
    const cluster = normalizeCluster(input.slice(i, j), marks)
    if (cluster.out.length > 0) {
      if (cluster.out.trim() === '') emit(' ', i, j, cluster.flags)
      else emit(cluster.out, i, j, cluster.flags, cluster.alt)
    } else {
      pendingFlags |= cluster.flags
    }
    i = j
  }
  if (rlo) flush()
  signals.visible = visible
  signals.unique = unique
  signals.upper = upper
  signals.cased = cased
  signals.symbols = symbols
  signals.longestRun = longestRun
  signals.longestRunSpan = [longestStart, longestEnd]
  const unitFlags = flags.subarray(0, size)
  const codes = units.subarray(0, size)
  if (alts.size > 0) skeletonPass(codes, unitFlags, alts, signals, signals.latinLetters >= lookalikeLetters)
  let text = ''
  for (let k = 0; k < size; k += 8192)
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(size, k + 8192)) as unknown as number[])
  return { text, starts: starts.subarray(0, size), ends: ends.subarray(0, size), flags: unitFlags, signals }
}

/**
 * Cyrillic letters that look Latin but belong to no national alphabet's everyday words in the way
 * о or с do (Macedonian ѕ, Ukrainian/Belarusian і, Serbian ј, Bashkir һ, Komi ԁ, Kurdish ԛ ԝ,
 * palochka): a word made only of look-alikes that contains one of them is a disguise.
 */
const STRONG_LOOKALIKES = 'ѕіјһԁԛԝӏѵѡЅІЈҺԀԚԜӀѴѠ'

/**
 * UTS #39 skeleton for tokens that mix Latin with look-alike scripts, and for tokens made only of
 * look-alikes when the text is mostly Latin or the token uses a letter of STRONG_LOOKALIKES.
 * `alts` holds the Latin letter for every look-alike unit.
 */
function skeletonPass(
  units: Uint16Array,
  flags: Uint8Array,
  alts: Map<number, string>,
  signals: BaseSignals,
  latinContext: boolean,
): void {
  const n = units.length
  const at = (i: number): number => {
    const c = units[i] as number
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = units[i + 1] as number
      if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
    }
    return c
  }
  let i = 0
  while (i < n) {
    const cp = at(i)
    const info = charInfo(cp)
    if ((info & (LETTER | MARK | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1
      continue
    }
    const start = i
    let latin = 0
    let look = 0
    let lookWithAlt = 0
    let strong = 0
    while (i < n) {
      const c = at(i)
      const f = charInfo(c)
      if ((f & (LETTER | MARK | NUMBER)) === 0) break
      if ((f & LATIN) !== 0) latin++
      else if ((f & LOOKALIKE_SCRIPT) !== 0) {
        look++
        if (alts.has(i)) lookWithAlt++
        if (STRONG_LOOKALIKES.includes(String.fromCharCode(units[i] as number))) strong++
      }
      i += c > 0xffff ? 2 : 1
    }
    if (look > 0 && (latin > 0 || (look === lookWithAlt && (latinContext || strong > 0)))) {
      for (let k = start; k < i; k++) {
        const alt = alts.get(k)
        if (alt === undefined) continue
        units[k] = alt.charCodeAt(0)
        flags[k] = (flags[k] as number) | F_CONFUSABLE
        signals.confusables++
      }
    }
  }
}

/** The input range `[start, end)` of normalized units `[s, e)` (order may be reversed by bidi). */
export function originalRange(base: Base, s: number, e: number): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (let k = s; k < e; k++) {
    const a = base.starts[k] as number
    const b = base.ends[k] as number
    if (a < lo) lo = a
    if (b > hi) hi = b
  }
  return lo === Infinity ? [0, 0] : [lo, hi]
}
