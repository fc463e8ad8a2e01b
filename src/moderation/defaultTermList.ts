import { createTermList, type TermList } from './createTermList.js'
import { scunthorpeAllowlist } from './lists/allowlist.js'
import { englishTerms } from './lists/english.js'

let cached: TermList | undefined

/**
 * The default term list: {@link englishTerms} with {@link scunthorpeAllowlist}, compiled on first
 * use and shared afterwards (a term list is immutable). The default moderation policy uses it.
 *
 * @returns The compiled default list.
 *
 * @example
 * ```ts
 * defaultTermList().match('What the f.u.c.k').map((m) => m.term) // ['fuck']
 * defaultTermList().test('Fukushima, Scunthorpe and magna cum laude') // false
 * ```
 */
export function defaultTermList(): TermList {
  cached ??= createTermList(englishTerms, { allowlist: scunthorpeAllowlist })
  return cached
}
