// The fast path of initials() for names made of ASCII letters and single spaces (most display names
// in English-language comments): the same rules (titles, suffixes, particles; no prefix of the
// default list can occur) without segmentation, normalization, a regex or splitting into words.
// Words are read as [start, end) ranges of the name; a word is sliced out only when it could be a
// title, a suffix or a particle.
import { upperGrapheme } from './_name.js'
import { DEFAULT_PARTICLES, SUFFIXES, TITLES, type ResolvedInitialsOptions } from './_nameWords.js'

/** Longest name the fast path reads (longer ones take the full rules, which bound their work). */
const MAX_NAME = 256

/**
 * Whether `name` is ASCII letters in words separated by single spaces (`/^[a-z]+(?: [a-z]+)*$/i`),
 * and at most {@link MAX_NAME} characters.
 */
function isAsciiName(name: string): boolean {
  const n = name.length
  if (n === 0 || n > MAX_NAME) return false
  let previousSpace = true
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i)
    if (c === 32) {
      if (previousSpace) return false
      previousSpace = true
      continue
    }
    const lower = c | 32
    if (lower < 97 || lower > 122) return false
    previousSpace = false
  }
  return !previousSpace
}

/** Per ASCII code: 1 when some word of `words` starts with that letter (either case). */
function startsTable(words: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(128)
  for (const word of words) {
    const c = word.charCodeAt(0)
    table[c] = 1
    table[c - 32] = 1
  }
  return table
}

const TITLE_STARTS: Uint8Array = /*@__PURE__*/ startsTable(TITLES)
const SUFFIX_STARTS: Uint8Array = /*@__PURE__*/ startsTable(SUFFIXES)

/**
 * Whether the word `name[start, end)` is in `words`, whose first letters are `starts` and whose
 * entries have at most 4 letters, compared in lower case. Most words fail on length or first letter
 * and are never sliced.
 */
function inSet(words: ReadonlySet<string>, starts: Uint8Array, name: string, start: number, end: number): boolean {
  return end - start <= 4 && starts[name.charCodeAt(start)] === 1 && words.has(name.slice(start, end).toLowerCase())
}

const ASCII_LETTERS: readonly string[] = /*@__PURE__*/ Array.from({ length: 128 }, (_, i) => String.fromCharCode(i))

/** One ASCII letter, upper-cased as {@link upperGrapheme} would. */
function asciiUpper(code: number, o: ResolvedInitialsOptions): string {
  if (!o.uppercase) return ASCII_LETTERS[code]!
  if (o.locale !== undefined) return upperGrapheme(ASCII_LETTERS[code]!, o.locale)
  return ASCII_LETTERS[code >= 97 ? code - 32 : code]!
}

/**
 * The initials of a plain ASCII name under the rules of initials(), or `undefined` to hand any other
 * name to the full rules. Callers check `o.fast` (the default prefixes) first.
 */
export function asciiInitials(name: string, o: ResolvedInitialsOptions): string | undefined {
  if (!isAsciiName(name)) return undefined
  const n = name.length
  // The current first word is name[loStart, loEnd), the current last word name[hiStart, hiEnd).
  let loStart = 0
  let loEnd = name.indexOf(' ')
  if (loEnd === -1) return asciiUpper(name.charCodeAt(0), o)
  let hiEnd = n
  let hiStart = name.lastIndexOf(' ') + 1
  const nextWord = (): void => {
    loStart = loEnd + 1
    const space = name.indexOf(' ', loStart)
    loEnd = space === -1 ? n : space
  }
  while (loStart < hiStart && inSet(TITLES, TITLE_STARTS, name, loStart, loEnd)) nextWord()
  while (loStart < hiStart && inSet(SUFFIXES, SUFFIX_STARTS, name, hiStart, hiEnd)) {
    hiEnd = hiStart - 1
    hiStart = name.lastIndexOf(' ', hiEnd - 1) + 1
  }
  // The default particles are all lower case: a capitalized word is never one of them.
  const lowerOnly = o.particles === DEFAULT_PARTICLES
  while (
    loStart < hiStart &&
    !(lowerOnly && name.charCodeAt(loStart) < 97) &&
    o.particles.has(name.slice(loStart, loEnd))
  )
    nextWord()
  const first = asciiUpper(name.charCodeAt(loStart), o)
  if (o.maxInitials === 1 || loStart === hiStart) return first
  return first + asciiUpper(name.charCodeAt(hiStart), o)
}
