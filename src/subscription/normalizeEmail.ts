import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { parseEmailAddress } from './_email.js'
import type { ParseEmailOptions } from './parseEmail.js'

/** Options for {@link normalizeEmail}: the same as {@link ParseEmailOptions}. */
export type NormalizeEmailOptions = ParseEmailOptions

/**
 * The throwing twin of {@link parseEmail}: returns the normalized address (trimmed, domain
 * lowercased and in punycode) or throws. Idempotent: `normalizeEmail(normalizeEmail(x)) ===
 * normalizeEmail(x)`.
 *
 * @param input - One email address.
 * @param options - Blocked and disposable domains, local-part case folding.
 * @returns The normalized address.
 * @throws {@link CopydeskError} `INVALID_INPUT` when the address is refused; the message names the
 *   reason and `issues[0].code` is the {@link EmailRejectionReason}. `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * normalizeEmail(' Reader@Example.COM ')                         // 'Reader@example.com'
 * normalizeEmail('Reader@Example.COM', { lowercaseLocalPart: true }) // 'reader@example.com'
 * normalizeEmail('señor@bücher.de')
 * // throws CopydeskError INVALID_INPUT: normalizeEmail: The part before "@" must use Latin letters,
 * // digits and punctuation only (local_part_non_ascii), received string "señor@bücher.de"
 * ```
 */
export function normalizeEmail(input: unknown, options: NormalizeEmailOptions = {}): string {
  const result = parseEmailAddress('normalizeEmail', input, options)
  if (result.success) return result.email
  throw new CopydeskError(
    'INVALID_INPUT',
    `normalizeEmail: ${result.message} (${result.reason}), received ${describe(input)}`,
    {
      issues: [{ path: [], code: result.reason, message: result.message }],
    },
  )
}
