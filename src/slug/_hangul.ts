// Korean Hangul syllables → Revised Romanization, letter by letter (대한민국 → daehanminguk,
// 서울 → seoul). Sound changes beyond the common ones are not modelled: a final consonant before a
// vowel-initial syllable is written as an initial (한국어 → hangugeo), and ㄹㄹ, ㄹㄴ and ㄴㄹ are
// written ll (설날 → seollal, 신라 → silla).

const INITIALS: readonly string[] = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
]
const VOWELS: readonly string[] = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
]
// Final consonants as pronounced at the end of a syllable, and when carried to a following vowel.
const FINALS: readonly string[] = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
]
const CARRIED: readonly string[] = [
  '',
  'g',
  'kk',
  'ks',
  'n',
  'nj',
  'n',
  'd',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'r',
  'm',
  'b',
  'bs',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  '',
]

const FIRST = 0xac00
const LAST = 0xd7a3
const IEUNG = 11 // ㅇ: a silent initial, i.e. the syllable starts with its vowel
const NIEUN_INITIAL = 2
const RIEUL_INITIAL = 5
const NIEUN_FINAL = 4
const RIEUL_FINAL = 8

function isSyllable(cp: number): boolean {
  return cp >= FIRST && cp <= LAST
}

/** Romanizes one Hangul syllable given its neighbours (-1 when there is none). */
export function hangulSyllable(cp: number, prev: number, next: number): string {
  const index = cp - FIRST
  const initial = Math.floor(index / 588)
  const vowel = Math.floor((index % 588) / 28)
  const final = index % 28
  let head = INITIALS[initial]!
  // ㄹ+ㄹ and ㄹ+ㄴ are both pronounced ll (설날 → seollal), and so is ㄴ+ㄹ (신라 → silla).
  const prevFinal = isSyllable(prev) ? (prev - FIRST) % 28 : -1
  if ((initial === RIEUL_INITIAL || initial === NIEUN_INITIAL) && prevFinal === RIEUL_FINAL) head = 'l'
  if (initial === RIEUL_INITIAL && prevFinal === NIEUN_FINAL) head = 'l'
  const nextInitial = isSyllable(next) ? Math.floor((next - FIRST) / 588) : -1
  if (final === NIEUN_FINAL && nextInitial === RIEUL_INITIAL) return `${head}${VOWELS[vowel]!}l`
  return head + VOWELS[vowel]! + (nextInitial === IEUNG ? CARRIED[final]! : FINALS[final]!)
}
