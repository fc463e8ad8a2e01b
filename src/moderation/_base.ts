// The normalized text every matcher works on (built by `buildBase` in _normalize.ts), its unit
// flags and the text-quality counts gathered on the way.

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
