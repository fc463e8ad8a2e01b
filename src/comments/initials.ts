import {
  booleanOption,
  checkOptions,
  checkString,
  localeOption,
  oneOfOption,
  stringListOption,
  stringOption,
} from '../_internal/check.js'
import { cleanName, graphemes, isEastAsian, isEmoji, isInitial, upperGrapheme } from './_name.js'

/**
 * Name particles that are separate words ("Ludwig **van** Beethoven", "**de la** Cruz"). When a
 * name *starts* with one written in lower case ("van Gogh"), it is skipped. Capitalized
 * ("Van Morrison") they are ordinary names.
 *
 * @example
 * ```ts
 * initials('de la Cruz')                                   // 'C'
 * initials('zu Guttenberg', { particles: [...NAME_PARTICLES, 'zu'] }) // 'G'
 * ```
 */
export const NAME_PARTICLES: readonly string[] = [
  'a',
  'af',
  'al',
  'av',
  'bin',
  'bint',
  'da',
  'das',
  'de',
  'degli',
  'dei',
  'del',
  'della',
  'dello',
  'den',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'lo',
  'ten',
  'ter',
  'van',
  'vander',
  'von',
  'y',
]

/**
 * Prefixes written onto a surname ("Omar **al-**Rashid", "Charles **d'**Artagnan", Arabic
 * "**ال**حسن"). They are stripped, case-sensitively, from the last name before its initial is
 * taken, when what remains still has a letter.
 *
 * @example
 * ```ts
 * initials('Omar al-Rashid')                   // 'OR'
 * initials('Omar al-Rashid', { prefixes: [] }) // 'OA'
 * ```
 */
export const NAME_PREFIXES: readonly string[] = [
  'al-',
  'Al-',
  'el-',
  'El-',
  "d'",
  'd’',
  "l'",
  'l’',
  "dell'",
  'dell’',
  'ال',
]

const DEFAULT_PARTICLES: ReadonlySet<string> = /*@__PURE__*/ new Set(NAME_PARTICLES)

/** Honorifics dropped from the start of a name (with or without a full stop). */
const TITLES: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'rev',
  'fr',
])
/** Generational and academic suffixes dropped from the end (dots ignored: "Ph.D." is "phd"). */
const SUFFIXES: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'esq',
  'mba',
  'obe',
  'mbe',
  'cbe',
  'kc',
  'qc',
])

/** Options for {@link initials}. */
export interface InitialsOptions {
  /**
   * At most this many initials (graphemes): `2` gives first and last name ("OA"), `1` the first
   * only. (Called `maxLength` before 0.2.0.)
   * @defaultValue `2`
   */
  maxInitials?: 1 | 2 | undefined
  /**
   * Upper-case the initials (a grapheme that would grow, such as 'ß' → 'SS', stays as it is).
   * @defaultValue `true`
   */
  uppercase?: boolean | undefined
  /**
   * BCP 47 language tag for upper-casing ('tr' turns 'i' into 'İ'). `undefined` uses the
   * locale-independent Unicode mapping, so the result never depends on the machine.
   * @defaultValue `undefined`
   */
  locale?: string | undefined
  /**
   * When the name has no letter or digit (empty, emoji-only, punctuation): `true` returns its
   * first emoji (a whole flag, keycap or ZWJ sequence) before falling back to `fallback`.
   * @defaultValue `false`
   */
  emoji?: boolean | undefined
  /**
   * Returned, as given, when no initial can be taken. The default empty string lets a UI show
   * its generic avatar icon instead.
   * @defaultValue `''`
   */
  fallback?: string | undefined
  /**
   * Separate-word particles skipped at the start of a name when written in lower case.
   * @defaultValue {@link NAME_PARTICLES}
   */
  particles?: readonly string[] | undefined
  /**
   * Prefixes stripped from the front of the last name.
   * @defaultValue {@link NAME_PREFIXES}
   */
  prefixes?: readonly string[] | undefined
}

/** Graphemes examined per word: enough for any real word, bounded for hostile input. */
const WORD_LIMIT = 64
/** Words read from each end of the name. */
const END_WORDS = 32
/** Longest grapheme kept whole (the longest emoji ZWJ sequences are about 20 code units). */
const GRAPHEME_UNITS = 32
const MARKS = /^.\p{M}{0,2}/su
/** What can extend a preceding character into one grapheme: marks, joiners, variation selectors,
 * emoji modifiers and tags, Thai/Lao SARA AM, Hangul vowel and final jamo. */
// eslint-disable-next-line no-misleading-character-class -- a class of lone joiners and modifiers on purpose (u flag: one code point each)
const EXTENDS = /^[\p{Grapheme_Extend}\p{Mc}\u200D\u0E33\u0EB3\u1160-\u11FF\uD7B0-\uD7FF\u{1F3FB}-\u{1F3FF}]/u
const NO_INITIAL = ''

/** A grapheme, or for an absurdly long one (zalgo text) its first character and up to 2 marks. */
function bounded(g: string): string {
  return g.length <= GRAPHEME_UNITS ? g : MARKS.exec(g)![0]
}

/**
 * The first grapheme of a word that can be an initial, or ''. Fast path: a first code point from
 * a script without prepended or conjoining characters (below U+0900, kana, CJK ideographs, Hangul
 * syllables), not followed by anything that extends a grapheme, is a grapheme by itself.
 */
function wordInitial(word: string): string {
  const cp = word.codePointAt(0)
  if (cp === undefined) return NO_INITIAL
  if (
    cp < 0x900 ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7a3)
  ) {
    const first = String.fromCodePoint(cp)
    if (!EXTENDS.test(word.slice(first.length, first.length + 2))) return isInitial(first) ? first : slowInitial(word)
  }
  return slowInitial(word)
}

function slowInitial(word: string): string {
  for (const g of graphemes(word, WORD_LIMIT)) if (isInitial(g)) return bounded(g)
  return NO_INITIAL
}

const bare = (word: string): string => word.toLowerCase().replace(/\./g, '')

/** "jane.doe@example.com" reads as "jane doe"; anything with a space or no local part is kept. */
function emailName(text: string): string {
  const at = text.indexOf('@')
  return at > 0 && !/\s/.test(text) ? text.slice(0, at).replace(/[._+-]+/g, ' ') : text
}

/** Reorders "Álvarez, José" to "José Álvarez" and drops ", Jr." / ", PhD" style tails. */
function commaOrder(text: string, particles: ReadonlySet<string>): string {
  if (!/[,，]/.test(text)) return text
  const parts = text
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  while (parts.length > 1 && parts[parts.length - 1]!.split(/\s+/).every((w) => SUFFIXES.has(bare(w)))) parts.pop()
  if (parts.length !== 2) return parts.join(' ')
  const family = parts[0]!.split(/\s+/).filter((w) => !particles.has(w))
  return family.length === 1 ? `${parts[1]} ${parts[0]}` : parts[0]!
}

const FN = 'initials'

interface ResolvedInitialsOptions {
  maxInitials: 1 | 2
  uppercase: boolean
  emoji: boolean
  fallback: string
  locale: string | undefined
  particles: ReadonlySet<string>
  prefixes: readonly string[]
  /** Whether a plain ASCII name may take {@link asciiInitials}: default prefixes (none of which is
   * made of ASCII letters only). */
  fast: boolean
}

const DEFAULTS: ResolvedInitialsOptions = {
  maxInitials: 2,
  uppercase: true,
  emoji: false,
  fallback: '',
  locale: undefined,
  particles: DEFAULT_PARTICLES,
  prefixes: NAME_PREFIXES,
  fast: true,
}

function resolveOptions(options: unknown): ResolvedInitialsOptions {
  const o = checkOptions<InitialsOptions>(FN, options)
  const particles = stringListOption(FN, 'particles', o.particles, undefined)
  const prefixes = stringListOption(FN, 'prefixes', o.prefixes, NAME_PREFIXES)
  return {
    maxInitials: oneOfOption(FN, 'maxInitials', o.maxInitials, [1, 2], 2),
    uppercase: booleanOption(FN, 'uppercase', o.uppercase, true),
    emoji: booleanOption(FN, 'emoji', o.emoji, false),
    fallback: stringOption(FN, 'fallback', o.fallback, ''),
    locale: localeOption(FN, o.locale, undefined),
    particles: particles === undefined ? DEFAULT_PARTICLES : new Set(particles),
    prefixes,
    fast: prefixes === NAME_PREFIXES,
  }
}

// Plain ASCII letters in words of one space (most display names in English-language comments).
const ASCII_NAME_RE = /^[a-z]+(?: [a-z]+)*$/i

/**
 * The fast path for names made of ASCII letters and single spaces: the same rules (titles,
 * suffixes, particles; no prefix of the default list can occur) without segmentation or
 * normalization. `undefined` hands any other name to the full rules.
 */
function asciiInitials(name: string, o: ResolvedInitialsOptions): string | undefined {
  if (name.length > 256 || !ASCII_NAME_RE.test(name)) return undefined
  const words = name.split(' ')
  let lo = 0
  let hi = words.length - 1
  // Titles and suffixes are at most 4 letters: longer words, and words whose first letter starts
  // no title (no suffix), skip the lookup.
  while (lo < hi && mayBe(TITLE_STARTS, words[lo]!) && TITLES.has(words[lo]!.toLowerCase())) lo++
  while (lo < hi && mayBe(SUFFIX_STARTS, words[hi]!) && SUFFIXES.has(words[hi]!.toLowerCase())) hi--
  // The default particles are all lower case: a capitalized word is never one of them.
  const lowerOnly = o.particles === DEFAULT_PARTICLES
  while (lo < hi && !(lowerOnly && words[lo]!.charCodeAt(0) < 97) && o.particles.has(words[lo]!)) lo++
  const first = asciiUpper(words[lo]!.charCodeAt(0), o)
  if (o.maxInitials === 1 || lo === hi) return first
  return first + asciiUpper(words[hi]!.charCodeAt(0), o)
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

/** Whether an ASCII word could be in the set whose first letters are `starts` (≤ 4 letters). */
function mayBe(starts: Uint8Array, word: string): boolean {
  return word.length <= 4 && starts[word.charCodeAt(0)] === 1
}

/** One ASCII letter, upper-cased as {@link upperGrapheme} would. */
function asciiUpper(code: number, o: ResolvedInitialsOptions): string {
  if (!o.uppercase) return ASCII_LETTERS[code]!
  if (o.locale !== undefined) return upperGrapheme(ASCII_LETTERS[code]!, o.locale)
  return ASCII_LETTERS[code >= 97 ? code - 32 : code]!
}

const ASCII_LETTERS: readonly string[] = /*@__PURE__*/ Array.from({ length: 128 }, (_, i) => String.fromCharCode(i))

/**
 * The initials for a round avatar: the first grapheme of the first name and of the last name,
 * upper-cased. Never splits a grapheme (no lone surrogate, no half emoji, accents kept:
 * "José Álvarez" → "JÁ").
 *
 * Rules, in order:
 * 1. HTML-looking tags, controls and invisible characters are ignored.
 * 2. An email address reads as its local part ("jane.doe@example.com" → "JD").
 * 3. "Last, First" reads as "First Last"; ", Jr." / ", PhD" / ", Editor" tails are dropped.
 * 4. Words with no letter or digit (emoji, punctuation) are skipped.
 * 5. A leading title (Dr, Prof, Mr, Mrs, Ms, Mx, Miss, Sir, Dame, Rev, Fr) is dropped, and so are
 *    trailing suffixes (Jr, Sr, II–IV, PhD, MD, Esq, MBA, OBE, MBE, CBE, KC, QC) and trailing
 *    words that start with a digit ("Best Deals 4U" → "BD").
 * 6. Leading lower-case {@link NAME_PARTICLES} are skipped ("van Gogh" → "G").
 * 7. The initials are the first letter-or-digit grapheme of the first and the last word, after
 *    stripping {@link NAME_PREFIXES} from the last ("Omar al-Rashid" → "OR"). Thai and Lao
 *    leading vowels are passed over to reach the consonant.
 * 8. A name whose first initial is Han, kana or Hangul gets one initial ("李小龙" → "李"), as
 *    Chinese, Japanese and Korean avatars do.
 *
 * @param name - A display name. Any string; only the first and last 32 words and the first 64
 *   graphemes of a word are read, so hostile input returns in bounded time.
 * @param options - Length, case, emoji and fallback; see {@link InitialsOptions}.
 * @returns At most two graphemes, well-formed; `options.fallback` (default `''`) when the name
 *   has no letter or digit.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `name` is not a string; `INVALID_OPTIONS`
 *   for a bad option (an array or `null` as options, a locale that is not a BCP 47 tag).
 *
 * @example
 * ```ts
 * initials('Omar Ali')              // 'OA'
 * initials('Ali')                   // 'A'
 * initials('李小龙')                 // '李'
 * initials('José Álvarez')          // 'JÁ'
 * initials('Ludwig van Beethoven')  // 'LB'
 * initials('ليلى حداد')             // 'لح'
 * initials('김민준')                 // '김'
 * initials('🌊🐟')                  // ''
 * initials('🌊🐟', { emoji: true }) // '🌊'
 * initials('ilker şahin', { locale: 'tr' }) // 'İŞ'
 * ```
 */
export function initials(name: string, options?: InitialsOptions): string {
  checkString(FN, name, 'name')
  const o = options === undefined ? DEFAULTS : resolveOptions(options)
  if (o.fast) {
    const quick = asciiInitials(name, o)
    if (quick !== undefined) return quick
  }
  const { maxInitials, uppercase, emoji, fallback, locale, particles, prefixes } = o
  const text = commaOrder(emailName(cleanName(name, '').trim()), particles)
  const all = text.split(/\s+/)
  const words = all.length > 2 * END_WORDS ? [...all.slice(0, END_WORDS), ...all.slice(-END_WORDS)] : all
  let lo = 0
  let hi = words.length - 1
  const skipEmpty = (): void => {
    while (lo <= hi && wordInitial(words[lo]!) === NO_INITIAL) lo++
    while (hi > lo && wordInitial(words[hi]!) === NO_INITIAL) hi--
  }
  skipEmpty()
  if (lo > hi) {
    if (emoji) for (const word of words) for (const g of graphemes(word, WORD_LIMIT)) if (isEmoji(g)) return bounded(g)
    return fallback
  }
  const drop = (test: () => boolean, step: () => void): void => {
    while (lo < hi && test()) {
      step()
      skipEmpty()
    }
  }
  drop(
    () => TITLES.has(bare(words[lo]!)),
    () => lo++,
  )
  drop(
    () => SUFFIXES.has(bare(words[hi]!)) || /^\p{N}/u.test(wordInitial(words[hi]!)),
    () => hi--,
  )
  drop(
    () => particles.has(words[lo]!),
    () => lo++,
  )

  const up = (g: string): string => (uppercase ? upperGrapheme(g, locale) : g)
  const first = wordInitial(words[lo]!)
  if (maxInitials === 1 || lo === hi || isEastAsian(first)) return up(first)
  let last = words[hi]!
  for (const prefix of prefixes) {
    if (prefix !== '' && last.startsWith(prefix) && wordInitial(last.slice(prefix.length)) !== NO_INITIAL) {
      last = last.slice(prefix.length)
      break
    }
  }
  const a = up(first)
  const b = up(wordInitial(last))
  const pair = a + b
  // Two initials could fuse into one grapheme (a Devanagari virama then a consonant makes a
  // conjunct; a Malayalam prepended letter absorbs what follows); then only the first is kept.
  if (!/^[\u0000-\u02FF]*$/.test(pair)) {
    let count = 0
    for (const _ of graphemes(pair, 3)) count++
    if (count !== 2) return a
  }
  return pair
}
