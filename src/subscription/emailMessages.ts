import { pure } from '../_internal/pure.js'
import type { EmailRejectionReason } from './types.js'

/**
 * English sentences for each {@link EmailRejectionReason}; a refusal from {@link parseEmail} /
 * {@link safeParseEmail} quotes the matching one in its `message`. Show your own copy keyed by
 * `error.reason`.
 *
 * @example
 * ```ts
 * EMAIL_REJECTION_MESSAGES['display-name']
 * // 'Enter only the email address, without a name or angle brackets'
 * ```
 */
export const EMAIL_REJECTION_MESSAGES: Readonly<Record<EmailRejectionReason, string>> = /*@__PURE__*/ pure(() =>
  Object.freeze({
    'not-a-string': 'The email address must be text',
    empty: 'Enter an email address',
    'too-long': 'The email address is too long',
    'control-character': 'The email address contains a line break or control character',
    'multiple-addresses': 'Enter one email address only',
    'display-name': 'Enter only the email address, without a name or angle brackets',
    whitespace: 'The email address must not contain spaces',
    'missing-at': 'The email address has no "@"',
    'multiple-at': 'The email address has more than one "@"',
    'local-part-empty': 'The email address has nothing before "@"',
    'local-part-non-ascii': 'The part before "@" must use Latin letters, digits and punctuation only',
    'local-part-invalid': 'The part before "@" contains characters or dots that are not allowed',
    'local-part-too-long': 'The part before "@" is longer than 64 characters',
    'domain-empty': 'The email address has nothing after "@"',
    'domain-ip-literal': 'Use a domain name after "@", not an IP address',
    'domain-invalid': 'The part after "@" is not a valid domain',
    'blocked-domain': 'Addresses at this domain cannot be used',
    'disposable-domain': 'Please use a permanent email address, not a disposable one',
  }),
)
