// Public types shared by several copydesk/subscription functions.

/**
 * Why {@link parseEmail} refused an address. The checks run in the order listed, and the first
 * failing one is reported:
 *
 * - `not_a_string`: the input is not a string.
 * - `empty`: nothing but whitespace.
 * - `too_long`: longer than 1,024 characters before any other check, or longer than 254 octets
 *   once the domain is in its ASCII (punycode) form.
 * - `control_character`: a C0/C1 control character, DEL, or U+2028/U+2029 inside the address
 *   (a line break is how header injection works: `a@x.com\r\nBcc: …`).
 * - `multiple_addresses`: two or more `@` with a `,`, `;` or whitespace between them.
 * - `display_name`: a `<` or `>`, as in `Ana <ana@example.com>`; send the bare address.
 * - `whitespace`: a space (or any Unicode space) inside the address.
 * - `missing_at`: no `@`.
 * - `multiple_at`: more than one `@` in what is otherwise one address (`a@b@example.com`).
 * - `local_part_empty`: nothing before `@`.
 * - `local_part_non_ascii`: a non-ASCII character before `@` (SMTPUTF8 mailboxes are refused, see
 *   docs/subscription.md).
 * - `local_part_invalid`: a character other than letters, digits and
 *   ``! # $ % & ' * + - / = ? ^ _ ` { | } ~ .``, or a dot at the start, the end or doubled. Quoted
 *   local parts (`"ana lima"@…`) and comments (`ana(x)@…`) are refused by this rule.
 * - `local_part_too_long`: more than 64 octets before `@`.
 * - `domain_empty`: nothing after `@`.
 * - `domain_ip_literal`: an address literal such as `[192.0.2.1]`.
 * - `domain_invalid`: not a hostname with at least two labels of 1–63 letters/digits/hyphens (no
 *   hyphen at either end) and an alphabetic top-level domain of two or more letters, once IDN
 *   labels are converted to punycode; a trailing dot is refused.
 * - `blocked_domain`: the domain or one of its parent domains is in `blockedDomains`.
 * - `disposable_domain`: `rejectDisposable` is on and the domain (or a parent) is a known
 *   disposable provider.
 */
export type EmailRejectionReason =
  | 'not_a_string'
  | 'empty'
  | 'too_long'
  | 'control_character'
  | 'multiple_addresses'
  | 'display_name'
  | 'whitespace'
  | 'missing_at'
  | 'multiple_at'
  | 'local_part_empty'
  | 'local_part_non_ascii'
  | 'local_part_invalid'
  | 'local_part_too_long'
  | 'domain_empty'
  | 'domain_ip_literal'
  | 'domain_invalid'
  | 'blocked_domain'
  | 'disposable_domain'

/**
 * The result of {@link parseEmail}: the normalized address, or why it was refused.
 *
 * @example
 * ```ts
 * const ok: ParseEmailResult = { success: true, email: 'ana@example.com' }
 * const no: ParseEmailResult = { success: false, reason: 'missing_at', message: 'The email address has no "@"' }
 * ```
 */
export type ParseEmailResult =
  | {
      /** The address is acceptable. */
      success: true
      /** Trimmed, domain lowercased and in ASCII (punycode) form. */
      email: string
    }
  | {
      /** The address was refused. */
      success: false
      /** The first check that failed, a stable code for your own copy. */
      reason: EmailRejectionReason
      /** An English sentence for the reason, from {@link EMAIL_REJECTION_MESSAGES}. */
      message: string
    }

/** What a confirmation token is for: confirming a sign-up or one-click unsubscribing. */
export type TokenPurpose = 'confirm' | 'unsubscribe'

/**
 * The signed claims inside a confirmation or unsubscribe token.
 *
 * @example
 * ```ts
 * const payload: ConfirmationTokenPayload = { email: 'ana@example.com', newsletters: ['morning-briefing'],
 *   purpose: 'confirm', iat: 1795514400, exp: 1795600800 }
 * ```
 */
export interface ConfirmationTokenPayload {
  /** The normalized address the token was issued for. */
  email: string
  /** Newsletter slugs the token is about; `[]` means none (never "the defaults"). */
  newsletters: string[]
  /** What the token may be used for. */
  purpose: TokenPurpose
  /** Issued at, in whole seconds since 1970-01-01 UTC (JWT `iat`). */
  iat: number
  /** Expires at, in whole seconds since 1970-01-01 UTC (JWT `exp`); the token is expired when `now >= exp`. */
  exp: number
}

/** Why {@link verifyConfirmationToken} refused a token. */
export type TokenRejectionReason = 'malformed' | 'bad_signature' | 'expired' | 'wrong_purpose'

/**
 * The result of {@link verifyConfirmationToken}.
 *
 * @example
 * ```ts
 * const refused: VerifyConfirmationTokenResult = { valid: false, reason: 'expired' }
 * ```
 */
export type VerifyConfirmationTokenResult =
  | {
      /** The signature matches, the purpose is the expected one and the token has not expired. */
      valid: true
      /** The signed claims. */
      payload: ConfirmationTokenPayload
    }
  | {
      /** The token must not be honoured. */
      valid: false
      /**
       * `malformed` (not three base64url parts with copydesk's header and a well-formed payload),
       * `bad_signature` (changed, or signed with another secret), `wrong_purpose`, or `expired`.
       */
      reason: TokenRejectionReason
    }
