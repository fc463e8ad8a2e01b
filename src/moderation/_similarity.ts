// Near-duplicate detection over supplied history: character 5-gram shingles of the NFKC, lower-cased
// text (letters and digits only, so "Great article!!" and "great article" coincide), hashed to
// 32-bit integers, compared by Jaccard similarity. Texts are cut to their first 5,000 normalized
// characters, so a comparison costs at most a few thousand set operations.
import { charInfo, codePointAt, LETTER, NUMBER } from './_unicode.js'

const MAX_CHARS = 5000
const SHINGLE = 5

/** A text prepared for comparison. */
export interface Fingerprint {
  /** Letters and digits of the normalized text, single spaces between words. */
  canonical: string
  /** Hashed shingles. */
  shingles: Set<number>
}

/** Prepares a plain text for duplicate checks. */
export function fingerprint(text: string): Fingerprint {
  const base = (text.length > MAX_CHARS * 2 ? text.slice(0, MAX_CHARS * 2) : text).normalize('NFKC').toLowerCase()
  let canonical = ''
  let space = false
  for (let i = 0; i < base.length && canonical.length < MAX_CHARS; i++) {
    const cp = codePointAt(base, i)
    if (cp > 0xffff) {
      i++
      continue
    }
    if (cp >= 0 && (charInfo(cp) & (LETTER | NUMBER)) !== 0) {
      if (space && canonical !== '') canonical += ' '
      canonical += base[i]
      space = false
    } else {
      space = true
    }
  }
  const shingles = new Set<number>()
  const compact = canonical.replace(/ /g, '')
  for (let i = 0; i + SHINGLE <= compact.length; i++) {
    let h = 0x811c9dc5
    for (let k = i; k < i + SHINGLE; k++) {
      h ^= compact.charCodeAt(k)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    shingles.add(h)
  }
  return { canonical, shingles }
}

/** Jaccard similarity of two fingerprints (1 for identical canonical texts). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.canonical === b.canonical) return 1
  if (a.shingles.size === 0 || b.shingles.size === 0) return 0
  const [small, large] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles]
  let shared = 0
  for (const h of small) if (large.has(h)) shared++
  return shared / (a.shingles.size + b.shingles.size - shared)
}
