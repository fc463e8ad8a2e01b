// Grapheme clusters (user-perceived characters, UAX #29) without paying Intl.Segmenter's
// ~1.5 µs per cluster on ordinary text. A boundary between two G_PLAIN code units is always a
// cluster boundary, and G_EXTEND units always join the cluster before them, so clusters made of
// plain units and marks are counted in a tight loop. Only a stretch around a G_COMPLEX unit
// (emoji ZWJ sequences, flags, Hangul jamo, Indic conjuncts, controls) goes to the segmenter.
import { charFlags, G_COMPLEX, G_EXTEND, G_MASK, G_PLAIN } from './charClass.js'
import { segmenter } from './segmenter.js'

function cls(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0x7f) return c >= 0x20 ? G_PLAIN : G_COMPLEX
  return charFlags(c) & G_MASK
}

/** First index ≥ `i + 1` where a plain unit follows a plain unit (a sure boundary), else `end`. */
function sureBoundaryAfter(s: string, i: number, end: number): number {
  let prevPlain = false
  for (let j = i + 1; j < end; j++) {
    const plain = cls(s, j) === G_PLAIN
    if (plain && prevPlain) return j
    prevPlain = plain
  }
  return end
}

// Code units looked at in one slow step; a longer complex stretch (1 MB of emoji) goes in steps.
const WINDOW = 128
/** The longest cluster measured as one; see `advanceGraphemes`. */
const MAX_CLUSTER = 32

/**
 * Index just after `count` grapheme clusters of `s` starting at `from` (a cluster boundary), or
 * -1 when fewer than `count` clusters follow. Returns `s.length` when exactly `count` follow.
 * Text appended to `s` later can extend the last cluster but never changes earlier boundaries.
 * A cluster longer than 32 code units (only abuse makes one: the longest emoji sequences take
 * about 20) counts as several, 32 units each, so an excerpt of "Zalgo" text stays short.
 */
export function advanceGraphemes(s: string, from: number, count: number): number {
  const n = s.length
  if (count > n - from) return -1 // every cluster is at least one code unit
  let i = from
  let g = 0
  let window = WINDOW
  while (g < count) {
    if (i >= n) return -1
    // Fast path: printable ASCII followed by printable ASCII (or the end) is a cluster.
    const c = s.charCodeAt(i)
    if (c >= 0x20 && c < 0x7f) {
      const d = s.charCodeAt(i + 1)
      if ((d >= 0x20 && d < 0x7f) || i + 1 === n) {
        i++
        g++
        continue
      }
    }
    // A plain unit, or a mark that starts a cluster (at the start, after a control or a capped
    // cluster), with the marks that follow it.
    if (cls(s, i) !== G_COMPLEX) {
      let j = i + 1
      let next = G_PLAIN
      const cap = i + MAX_CLUSTER
      while (j < n && (next = cls(s, j)) === G_EXTEND && j < cap) j++
      if (j >= n || next !== G_COMPLEX) {
        g++
        i = j
        continue
      }
    }
    // Slow step: segment from this boundary to a sure boundary, at most `window` units at a time.
    const sure = sureBoundaryAfter(s, i, Math.min(n, i + window))
    const capped = sure === i + window && sure < n
    const piece = s.slice(i, sure)
    let lastStart = 0
    let last = 0
    for (const seg of segmenter('grapheme', 'en').segment(piece)) {
      lastStart = seg.index
      last = seg.index + seg.segment.length
      if (capped && last === piece.length) break // the last cluster may continue past the window
      g++
      if (g === count) return i + last
    }
    if (capped && lastStart === 0) {
      if (window < MAX_CLUSTER) {
        window *= 2 // one cluster longer than the window: look further
        continue
      }
      // Only abuse makes a cluster this long ("Zalgo" marks, a ZWJ chain of hundreds of emoji):
      // count every MAX_CLUSTER code units of it as a cluster, so no input is read whole.
      const stop = i + window
      while (i + MAX_CLUSTER <= stop) {
        i += MAX_CLUSTER
        if ((s.charCodeAt(i - 1) & 0xfc00) === 0xd800) i++
        if (++g === count) return i
      }
      window = WINDOW
      continue
    }
    i += capped ? lastStart : last
    window = WINDOW
  }
  return i
}

/** Number of grapheme clusters in `s` (the ellipsis length, short strings). */
export function graphemeLength(s: string): number {
  let count = 0
  let i = 0
  for (;;) {
    const next = advanceGraphemes(s, i, 1)
    if (next < 0) return count
    count++
    i = next
  }
}

/**
 * Where to start segmenting to judge `p`: a sure boundary at most 2 × MAX_CLUSTER units before
 * it, else that far back (the rules only look a few characters back from `p`).
 */
function sureBoundaryBefore(s: string, p: number): number {
  const stop = Math.max(0, p - 2 * MAX_CLUSTER)
  for (let b = p - 1; b > stop; b--) if (cls(s, b - 1) === G_PLAIN && cls(s, b) === G_PLAIN) return b
  return stop
}

/** Whether `p` is a grapheme cluster boundary of `s`. */
export function isGraphemeBoundary(s: string, p: number): boolean {
  if (p <= 0 || p >= s.length) return true
  if (cls(s, p - 1) === G_PLAIN && cls(s, p) === G_PLAIN) return true
  const b = sureBoundaryBefore(s, p)
  const seg = segmenter('grapheme', 'en')
    .segment(s.slice(b, p + 2))
    .containing(p - b)
  return seg === undefined || seg.index === p - b
}

/** The largest cluster boundary ≤ `p`. */
export function graphemeFloor(s: string, p: number): number {
  if (isGraphemeBoundary(s, p)) return p
  const b = sureBoundaryBefore(s, p)
  const seg = segmenter('grapheme', 'en')
    .segment(s.slice(b, p + 2))
    .containing(p - b)
  return seg === undefined ? p : b + seg.index
}
