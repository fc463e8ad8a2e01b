import {
  booleanOption,
  checkOptions,
  checkString,
  localeOption,
  oneOfOption,
  stringListOption,
  stringOption,
} from '../_internal/check.js'
import { asciiInitials } from './_asciiInitials.js'
import {
  bare,
  bounded,
  commaOrder,
  emailName,
  END_WORDS,
  NO_INITIAL,
  WORD_LIMIT,
  wordInitial,
} from './_initialWords.js'
import { cleanName, graphemes, isEastAsian, isEmoji, upperGrapheme } from './_name.js'
import { DEFAULT_PARTICLES, NAME_PREFIXES, SUFFIXES, TITLES, type ResolvedInitialsOptions } from './_nameWords.js'

export { NAME_PARTICLES, NAME_PREFIXES } from './_nameWords.js'

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

const FN = 'initials'

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
