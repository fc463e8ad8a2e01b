import { requireAddress, resolveEmailOptions } from './_email.js'
import type { ParseEmailOptions } from './types.js'

export type { ParseEmailOptions } from './types.js'

/**
 * Checks and normalizes one email address typed into a subscribe form, and throws when it is
 * refused ({@link safeParseEmail} returns the same answer without throwing). The address is
 * trimmed; it must be one bare address (no display name, no second address, no CR/LF or other
 * control character, so it is safe in a mail header); the part before `@` must be a dot-atom of
 * ASCII characters of at most 64 octets; the domain is lowercased and IDN labels are converted to
 * punycode (`用户@例子.广告` is refused for its non-ASCII local part, `ana@例子.广告` becomes
 * `ana@xn--fsqu00a.xn--4rr70v`); the whole address must fit in 254 octets. This is a practical
 * subset of RFC 5321/5322: quoted local parts, comments and IP-address literals are refused. The
 * rules and their order are listed at {@link EmailRejectionReason}. Linear time; a 1 MB string is
 * refused as `too-long` before it is scanned. Idempotent:
 * `parseEmail(parseEmail(x)) === parseEmail(x)`.
 *
 * @param input - Anything; typically the value of the form's email field.
 * @param options - Blocked and disposable domains, local-part case folding.
 * @returns The normalized address.
 * @throws {@link CopydeskError} `INVALID_INPUT` when the address is refused: `reason` is the
 *   kebab-case {@link EmailRejectionReason} (also `issues[0].code`), and the message quotes
 *   {@link EMAIL_REJECTION_MESSAGES}. `INVALID_OPTIONS` when an option has the wrong type or a list
 *   entry is not a domain.
 *
 * @example
 * ```ts
 * parseEmail('  Ana.Lima@Example.COM ')                          // 'Ana.Lima@example.com'
 * parseEmail('Ana.Lima@Example.COM', { lowercaseLocalPart: true }) // 'ana.lima@example.com'
 * parseEmail('ana@例子.广告')                                      // 'ana@xn--fsqu00a.xn--4rr70v'
 * parseEmail('Ana <ana@example.com>')
 * // throws CopydeskError INVALID_INPUT, reason 'display-name': parseEmail: input is refused: Enter only
 * // the email address, without a name or angle brackets (display-name), received string "Ana <ana@example.com>"
 * ```
 */
export function parseEmail(input: unknown, options?: ParseEmailOptions): string {
  return requireAddress('parseEmail', input, resolveEmailOptions('parseEmail', options), 'input')
}
