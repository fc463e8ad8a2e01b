// Leetspeak tables and the walk flags a match carries (which evasions the walk undid).

/** The walk read a leet symbol as a letter. */
export const W_LEET = 1
/** The walk read `*` as one letter or none. */
export const W_WILDCARD = 2
/** The walk read a repeated letter as one. */
export const W_REPEAT = 4
/** The walk joined short tokens ("f u c k"). */
export const W_SPACING = 8
/** The walk crossed from one word of a listed phrase to the next. */
export const W_PHRASE = 16
/** ... across punctuation rather than one space. */
export const W_PHRASE_PUNCT = 32
/** Walk flags that mean an evasion was undone (or phrase words were joined by punctuation). */
export const REPORTED: number = W_LEET | W_WILDCARD | W_REPEAT | W_SPACING | W_PHRASE_PUNCT

/** Leetspeak symbol → the letters it may stand for. */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'il',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'il',
  '+': 't',
  '€': 'e',
  '¡': 'i',
  '(': 'c',
}
/** Digits that stand for a vowel may stand for any vowel ("f4ck"): read only where that makes a term. */
export const VOWEL_DIGITS: Record<string, string> = { '0': 'aeiu', '1': 'aeou', '3': 'aiou', '4': 'eiou' }
/** Multi-character leet: `|_|` u, `()` o, `|<` k, `|)` d, `|3` b. */
export const MULTI_LEET: readonly (readonly [string, string])[] = [
  ['|_|', 'u'],
  ['()', 'o'],
  ['|<', 'k'],
  ['|)', 'd'],
  ['|3', 'b'],
]

/** The number of set bits of `x`. */
export function countBits(x: number): number {
  let c = 0
  for (let v = x; v !== 0; v &= v - 1) c++
  return c
}
