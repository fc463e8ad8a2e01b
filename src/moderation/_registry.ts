// Links each public TermList object to its compiled automata, so moderateComment can reuse the
// normalization it already did instead of going through the public methods.
import type { CompiledList } from './_compile.js'

const compiledLists: WeakMap<object, CompiledList> = /*@__PURE__*/ new WeakMap()

/** Remembers the compiled form of a list. */
export function registerList(list: object, compiled: CompiledList): void {
  compiledLists.set(list, compiled)
}

/** The compiled form of a list made by createTermList, or `undefined` for a foreign object. */
export function compiledOf(list: object): CompiledList | undefined {
  return compiledLists.get(list)
}
