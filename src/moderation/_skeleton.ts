// Stage 5 of the base normalization: the UTS #39 skeleton pass over the normalized units.
import { F_CONFUSABLE, type BaseSignals } from './_base.js'
import { charInfo, LATIN, LETTER, LOOKALIKE_SCRIPT, MARK, NUMBER } from './_unicode.js'

/**
 * Cyrillic letters that look Latin but belong to no national alphabet's everyday words in the way
 * о or с do (Macedonian ѕ, Ukrainian/Belarusian і, Serbian ј, Bashkir һ, Komi ԁ, Kurdish ԛ ԝ,
 * palochka): a word made only of look-alikes that contains one of them is a disguise.
 */
const STRONG_LOOKALIKES = 'ѕіјһԁԛԝӏѵѡЅІЈҺԀԚԜӀѴѠ'

/**
 * UTS #39 skeleton for tokens that mix Latin with look-alike scripts, and for tokens made only of
 * look-alikes when the text is mostly Latin or the token uses a letter of STRONG_LOOKALIKES.
 * `alts` holds the Latin letter for every look-alike unit.
 */
export function skeletonPass(
  units: Uint16Array,
  flags: Uint8Array,
  alts: Map<number, string>,
  signals: BaseSignals,
  latinContext: boolean,
): void {
  const n = units.length
  const at = (i: number): number => {
    const c = units[i] as number
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = units[i + 1] as number
      if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
    }
    return c
  }
  let i = 0
  while (i < n) {
    const cp = at(i)
    const info = charInfo(cp)
    if ((info & (LETTER | MARK | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1
      continue
    }
    const start = i
    let latin = 0
    let look = 0
    let lookWithAlt = 0
    let strong = 0
    while (i < n) {
      const c = at(i)
      const f = charInfo(c)
      if ((f & (LETTER | MARK | NUMBER)) === 0) break
      if ((f & LATIN) !== 0) latin++
      else if ((f & LOOKALIKE_SCRIPT) !== 0) {
        look++
        if (alts.has(i)) lookWithAlt++
        if (STRONG_LOOKALIKES.includes(String.fromCharCode(units[i] as number))) strong++
      }
      i += c > 0xffff ? 2 : 1
    }
    if (look > 0 && (latin > 0 || (look === lookWithAlt && (latinContext || strong > 0)))) {
      for (let k = start; k < i; k++) {
        const alt = alts.get(k)
        if (alt === undefined) continue
        units[k] = alt.charCodeAt(0)
        flags[k] = (flags[k] as number) | F_CONFUSABLE
        signals.confusables++
      }
    }
  }
}
