// Intl.Segmenter, used only where it is needed and only on bounded windows. In V8 11 (Node 20)
// each step of a segment iterator costs time proportional to the whole string, and dictionary
// word breaking (Chinese, Japanese, Thai) processes the whole string on the first step, so
// iterating a long string is quadratic (32,000 graphemes: 1.3 s). Every caller here segments
// windows of a few hundred code units, restarting each window at the start of the previous
// window's last segment (the boundaries before it were seen with text after them).

let cache: Map<string, Intl.Segmenter> | undefined

/** A shared segmenter for a granularity and a (valid, canonical) locale. */
export function segmenter(granularity: 'grapheme' | 'word' | 'sentence', locale: string): Intl.Segmenter {
  const map = cache ?? (cache = new Map())
  const key = `${granularity}|${locale}`
  let found = map.get(key)
  if (found === undefined) {
    found = new Intl.Segmenter(locale, { granularity })
    if (map.size < 64) map.set(key, found)
  }
  return found
}

/** Window sizes in code units; a window holding a single segment is doubled until it holds two. */
const WINDOW = { grapheme: 128, word: 256, sentence: 1024 } as const

/**
 * Calls `each(start, end, wordLike)` for every segment of `s[from, to)` in order (absolute
 * indexes), segmenting bounded windows; stops early when `each` returns `false`. Linear in
 * `to - from` whatever the text (1 MB of CJK, one 1 MB "sentence").
 */
export function eachSegment(
  s: string,
  from: number,
  to: number,
  granularity: 'grapheme' | 'word' | 'sentence',
  locale: string,
  each: (start: number, end: number, wordLike: boolean) => boolean | void,
): void {
  const seg = segmenter(granularity, locale)
  const size = WINDOW[granularity]
  let a = from
  let window = size
  while (a < to) {
    const b = Math.min(to, a + window)
    let lastStart = -1
    let lastEnd = 0
    let lastWordLike = false
    let emitted = 0
    for (const x of seg.segment(s.slice(a, b))) {
      if (lastStart >= 0) {
        // A later segment exists, so this one is complete.
        if (each(a + lastStart, a + lastEnd, lastWordLike) === false) return
        emitted++
      }
      lastStart = x.index
      lastEnd = x.index + x.segment.length
      lastWordLike = x.isWordLike === true
    }
    if (b === to) {
      if (lastStart >= 0) each(a + lastStart, a + lastEnd, lastWordLike)
      return
    }
    if (emitted === 0) {
      window *= 2 // one segment fills the window (a long run-on sentence, "Zalgo" marks)
      continue
    }
    a += lastStart
    window = size
  }
}

/** The canonical form of a BCP 47 language tag (`'EN-us'` → `'en-US'`), or `undefined` if it is not one. */
export function canonicalLocale(tag: string): string | undefined {
  if (tag.length === 0 || tag.length > 64) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}
