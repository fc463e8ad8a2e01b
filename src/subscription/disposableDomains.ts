import { pure } from '../_internal/pure.js'

/**
 * A short built-in list of well-known disposable ("temporary inbox") email providers, checked by
 * {@link parseEmail} only when `rejectDisposable: true`. Written for copydesk from the providers'
 * own public sites (not copied from a third-party list); deliberately short, so it never blocks a
 * real mailbox provider. Subdomains match too (`x.mailinator.com`). Add your own with the
 * `disposableDomains` option; for a comprehensive list, load one (e.g. the community-maintained
 * `disposable-email-domains` project) and pass it as a `Set`.
 *
 * @example
 * ```ts
 * DISPOSABLE_EMAIL_DOMAINS.includes('mailinator.com') // true
 * DISPOSABLE_EMAIL_DOMAINS.includes('gmail.com')      // false
 * ```
 */
export const DISPOSABLE_EMAIL_DOMAINS: readonly string[] = /*@__PURE__*/ pure(() =>
  Object.freeze([
    '10minutemail.com',
    '10minutemail.net',
    '1secmail.com',
    '1secmail.net',
    '1secmail.org',
    'burnermail.io',
    'discard.email',
    'dispostable.com',
    'dropmail.me',
    'emailondeck.com',
    'fakeinbox.com',
    'getairmail.com',
    'getnada.com',
    'grr.la',
    'guerrillamail.biz',
    'guerrillamail.com',
    'guerrillamail.de',
    'guerrillamail.info',
    'guerrillamail.net',
    'guerrillamail.org',
    'guerrillamailblock.com',
    'inboxkitten.com',
    'mailcatch.com',
    'maildrop.cc',
    'mailinator.com',
    'mailnesia.com',
    'mailpoof.com',
    'mintemail.com',
    'mohmal.com',
    'moakt.com',
    'mytemp.email',
    'pokemail.net',
    'sharklasers.com',
    'spam4.me',
    'spamgourmet.com',
    'temp-mail.io',
    'temp-mail.org',
    'tempail.com',
    'tempmail.dev',
    'tempr.email',
    'throwawaymail.com',
    'tmpmail.net',
    'tmpmail.org',
    'trashmail.com',
    'trashmail.de',
    'trashmail.net',
    'yopmail.com',
    'yopmail.fr',
    'yopmail.net',
  ]),
)
