import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
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
   * At most this many initials: `2` gives first and last name ("OA"), `1` the first only.
   * @defaultValue `2`
   */
  maxLength?: 1 | 2 | undefined
  /**
   * Upper-case the initials (a grapheme that would grow, such as 'ß' → 'SS', stays as it is).
   * @defaultValue `true`
   */
  uppercase?: boolean | undefined
  /**
   * BCP 47 locale for upper-casing ('tr' turns 'i' into 'İ'). `undefined` uses the
   * locale-independent Unicode mapping, so the result never depends on the machine.
   * @defaultValue `undefined`
   */
  locale?: string | readonly string[] | undefined
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
const EXTENDS = /^[\p{Grapheme_Extend}\p{Mc}\u200D\u0E33\u0EB3\u1160-\u11FF\uD7B0-\uD7FF\u{1F3FB}-\u{1F3FF}]/u
const NO_INITIAL = ''

function optionsError(what: string, value: unknown): CopydeskError {
  return new CopydeskError('INVALID_OPTIONS', `initials: ${what}, received ${describe(value)}`)
}

function stringList(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string')) {
    throw optionsError(`options.${name} must be an array of strings`, value)
  }
  return value as string[]
}

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
 *   for a bad option (including a locale `Intl` rejects).
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
export function initials(name: string, options: InitialsOptions = {}): string {
  if (typeof name !== 'string')
    throw new CopydeskError('INVALID_INPUT', `initials: name must be a string, received ${describe(name)}`)
  if (typeof options !== 'object' || options === null) throw optionsError('options must be an object', options)
  const maxLength = options.maxLength ?? 2
  if (maxLength !== 1 && maxLength !== 2) throw optionsError('options.maxLength must be 1 or 2', maxLength)
  const uppercase = options.uppercase ?? true
  if (typeof uppercase !== 'boolean') throw optionsError('options.uppercase must be a boolean', uppercase)
  const emoji = options.emoji ?? false
  if (typeof emoji !== 'boolean') throw optionsError('options.emoji must be a boolean', emoji)
  const fallback = options.fallback ?? ''
  if (typeof fallback !== 'string') throw optionsError('options.fallback must be a string', fallback)
  const locale = options.locale
  if (locale !== undefined) {
    const list: unknown[] = Array.isArray(locale) ? locale : [locale]
    let valid = list.length > 0 && list.every((l) => typeof l === 'string')
    try {
      if (valid) Intl.getCanonicalLocales(list as string[])
    } catch {
      valid = false
    }
    if (!valid) throw optionsError('options.locale must be a BCP 47 locale or a non-empty list of them', locale)
  }
  const particles =
    options.particles === undefined ? DEFAULT_PARTICLES : new Set(stringList(options.particles, 'particles'))
  const prefixes = stringList(options.prefixes ?? NAME_PREFIXES, 'prefixes')

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
  if (maxLength === 1 || lo === hi || isEastAsian(first)) return up(first)
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
