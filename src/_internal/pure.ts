/**
 * Runs a schema factory. Marked side-effect-free so bundlers drop every schema a consumer does not
 * use: a `/*@__PURE__*\/` comment covers only the outermost call, not chained `.check()` calls or
 * nested factory calls in its arguments, whereas a call to this function is pure as a whole.
 */
// @__NO_SIDE_EFFECTS__
export function pure<T>(factory: () => T): T {
  return factory()
}
