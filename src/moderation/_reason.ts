// The reason builder every rule uses.
import type { Reason } from './types.js'

/** Builds a reason, leaving out empty optional fields. */
export function reason(code: string, message: string, weight: number, span?: [number, number], count?: number): Reason {
  const r: Reason = { code, message, weight: Math.round(weight * 100) / 100 }
  if (span !== undefined) r.span = span
  if (count !== undefined && count > 1) r.count = count
  return r
}

/** `n word` or `n words`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
