// The abbreviation pass over Intl.Segmenter's sentences: V8/ICU ends a sentence after "Dr. " or
// "Mr. " before a capitalized word ("Dr. Chen"), and after "U.S. " before one ("the U.S. Senate").
// A segment that ends with one of these is joined to the next.
import { pure } from '../_internal/pure.js'

/** Titles and abbreviations that (nearly) never end a sentence, lowercase, without the final dot. */
const TITLES: ReadonlySet<string> = /*@__PURE__*/ pure(
  () =>
    new Set(
      (
        'mr mrs ms mx dr prof sr jr st rev fr hon gov sen rep gen col lt sgt capt cmdr adm maj pres supt insp ' +
        'messrs mme mlle mt ft vs cf e.g i.e approx ca dept fig vol pp hr frau herr nr bzw z.b u.a d.h sra srta'
      ).split(' '),
    ),
)

/** Abbreviations that do not end a sentence when a number follows ("No. 5", "Jan. 6"). */
const BEFORE_NUMBER: ReadonlySet<string> = /*@__PURE__*/ pure(
  () => new Set('no nos jan feb mar apr jun jul aug sep sept oct nov dec art sec ch p'.split(' ')),
)

function isUpper(c: number): boolean {
  return (c - 65) >>> 0 < 26
}

/**
 * Whether a sentence segment (trailing spaces removed) ends with an abbreviation, so that the
 * next segment (starting with the character `next`) continues the same sentence.
 */
export function endsWithAbbreviation(segment: string, next: number): boolean {
  const n = segment.length
  if (n < 2 || segment.charCodeAt(n - 1) !== 46) return false
  // The last word: back to a space or an opening bracket/quote, at most 12 characters.
  let start = n - 1
  while (start > 0 && n - start < 12) {
    const c = segment.charCodeAt(start - 1)
    if (c === 32 || c === 40 || c === 34 || c === 0x201c || c === 0x2018 || c === 0xa0 || c === 91) break
    start--
  }
  const word = segment.slice(start, n - 1)
  if (word.length === 0) return false
  // An initial ("J. R. R. Tolkien") or a dotted capital acronym ("U.S.", "D.C.", "U.K.").
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return true
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(word)) return true
  const lower = word.toLowerCase()
  if (TITLES.has(lower)) return true
  return (next - 48) >>> 0 < 10 && BEFORE_NUMBER.has(lower)
}
