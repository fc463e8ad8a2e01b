// The word lists initials() reads names with (public particles and prefixes; titles and suffixes),
// and its resolved options.

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

export const DEFAULT_PARTICLES: ReadonlySet<string> = /*@__PURE__*/ new Set(NAME_PARTICLES)

/** Honorifics dropped from the start of a name (with or without a full stop). */
export const TITLES: ReadonlySet<string> = /*@__PURE__*/ new Set([
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
export const SUFFIXES: ReadonlySet<string> = /*@__PURE__*/ new Set([
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

/** The checked options of {@link initials} (shared with the ASCII fast path). */
export interface ResolvedInitialsOptions {
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
