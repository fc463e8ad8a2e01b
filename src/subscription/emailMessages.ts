import { pure } from '../_internal/pure.js'
import type { EmailRejectionReason } from './types.js'

/**
 * English sentences for each {@link EmailRejectionReason}; {@link parseEmail} puts the matching one in
 * `message`. Replace them with your own copy keyed by `reason`.
 *
 * @example
 * ```ts
 * EMAIL_REJECTION_MESSAGES.display_name
 * // 'Enter only the email address, without a name or angle brackets'
 * ```
 */
export const EMAIL_REJECTION_MESSAGES: Readonly<Record<EmailRejectionReason, string>> = /*@__PURE__*/ pure(() =>
  Object.freeze({
    not_a_string: 'The email address must be text',
    empty: 'Enter an email address',
    too_long: 'The email address is too long',
    control_character: 'The email address contains a line break or control character',
    multiple_addresses: 'Enter one email address only',
    display_name: 'Enter only the email address, without a name or angle brackets',
    whitespace: 'The email address must not contain spaces',
    missing_at: 'The email address has no "@"',
    multiple_at: 'The email address has more than one "@"',
    local_part_empty: 'The email address has nothing before "@"',
    local_part_non_ascii: 'The part before "@" must use Latin letters, digits and punctuation only',
    local_part_invalid: 'The part before "@" contains characters or dots that are not allowed',
    local_part_too_long: 'The part before "@" is longer than 64 characters',
    domain_empty: 'The email address has nothing after "@"',
    domain_ip_literal: 'Use a domain name after "@", not an IP address',
    domain_invalid: 'The part after "@" is not a valid domain',
    blocked_domain: 'Addresses at this domain cannot be used',
    disposable_domain: 'Please use a permanent email address, not a disposable one',
  }),
)
