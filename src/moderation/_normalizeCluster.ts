// Stages 3 and 4 of the base normalization for one cluster (a code point plus its combining
// marks): NFKC, combining-mark removal for alphabetic scripts, Latin look-alikes and typographic
// quotes to ASCII, lower case. Memoized: most clusters repeat.
import { CONFUSABLE_TO_LATIN } from './lists/_confusables.js'
import { F_CONFUSABLE, F_MARKS, F_WIDTH } from './_base.js'
import { charInfo, codePointAt, LATIN, LETTER, LOOKALIKE_SCRIPT, RTL, SPACELESS } from './_unicode.js'

/** One normalized cluster. */
export interface Cluster {
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

/** Normalizes one cluster of `marks` combining marks (see the file comment). */
export function normalizeCluster(cluster: string, marks: number): Cluster {
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
