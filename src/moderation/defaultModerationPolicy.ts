import { createModerationPolicy, type ModerationPolicy } from './createModerationPolicy.js'

let cached: ModerationPolicy | undefined

/**
 * The policy {@link moderateComment} uses when none is given: `createModerationPolicy()` with
 * every default, built on first use and shared afterwards (a policy is immutable).
 *
 * @returns The default policy.
 *
 * @example
 * ```ts
 * defaultModerationPolicy().thresholds // { hold: 5, reject: 10 }
 * defaultModerationPolicy().maxLinks // 2
 * ```
 */
export function defaultModerationPolicy(): ModerationPolicy {
  cached ??= createModerationPolicy()
  return cached
}
