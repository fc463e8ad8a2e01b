import type { SafeParseResult } from '../errors.js'
import { checkAddress, emailError, resolveEmailOptions } from './_email.js'
import type { ParseEmailOptions } from './types.js'

/** Options for {@link safeParseEmail}: the same as {@link ParseEmailOptions}. */
export type SafeParseEmailOptions = ParseEmailOptions

/**
 * {@link parseEmail} without throwing for the address: `{ success: true, data }` with the
 * normalized address, or `{ success: false, error }` where `error` is the `CopydeskError`
 * `parseEmail` would have thrown (`error.reason` is the kebab-case {@link EmailRejectionReason};
 * show `EMAIL_REJECTION_MESSAGES[error.reason]` or your own copy). Options are still checked:
 * a bad option is a programming error and throws.
 *
 * @param input - Anything; typically the value of the form's email field.
 * @param options - Blocked and disposable domains, local-part case folding.
 * @returns A {@link SafeParseResult} of the normalized address.
 * @throws {@link CopydeskError} `INVALID_OPTIONS` when an option has the wrong type or a list entry
 *   is not a domain (never for the input itself).
 *
 * @example
 * ```ts
 * safeParseEmail(' Ana@Example.COM ')           // { success: true, data: 'Ana@example.com' }
 * const result = safeParseEmail('ana.example.com')
 * result.success                                // false
 * result.success || result.error.reason         // 'missing-at'
 * safeParseEmail('ana@mailinator.com', { rejectDisposable: true }).success // false
 * ```
 */
export function safeParseEmail(input: unknown, options?: SafeParseEmailOptions): SafeParseResult<string> {
  const result = checkAddress(input, resolveEmailOptions('safeParseEmail', options))
  if (typeof result === 'string') return { success: true, data: result }
  return { success: false, error: emailError('safeParseEmail', 'input', result.reason, input) }
}
