import type { SafeParseResult } from '../errors.js'

// Public types shared by several copydesk/subscription functions.

/**
 * Why {@link parseEmail} (and {@link safeParseEmail}) refused an address: the `reason` of the
 * `CopydeskError`. The checks run in the order listed, and the first failing one is reported:
 *
 * - `not-a-string`: the input is not a string.
 * - `empty`: nothing but whitespace.
 * - `too-long`: longer than 1,024 characters before any other check, or longer than 254 octets
 *   once the domain is in its ASCII (punycode) form.
 * - `control-character`: a C0/C1 control character, DEL, or U+2028/U+2029 inside the address
 *   (a line break is how header injection works: `a@x.com\r\nBcc: …`).
 * - `multiple-addresses`: two or more `@` with a `,`, `;` or whitespace between them.
 * - `display-name`: a `<` or `>`, as in `Ana <ana@example.com>`; send the bare address.
 * - `whitespace`: a space (or any Unicode space) inside the address.
 * - `missing-at`: no `@`.
 * - `multiple-at`: more than one `@` in what is otherwise one address (`a@b@example.com`).
 * - `local-part-empty`: nothing before `@`.
 * - `local-part-non-ascii`: a non-ASCII character before `@` (SMTPUTF8 mailboxes are refused, see
 *   docs/subscription.md).
 * - `local-part-invalid`: a character other than letters, digits and
 *   ``! # $ % & ' * + - / = ? ^ _ ` { | } ~ .``, or a dot at the start, the end or doubled. Quoted
 *   local parts (`"ana lima"@…`) and comments (`ana(x)@…`) are refused by this rule.
 * - `local-part-too-long`: more than 64 octets before `@`.
 * - `domain-empty`: nothing after `@`.
 * - `domain-ip-literal`: an address literal such as `[192.0.2.1]`.
 * - `domain-invalid`: not a hostname with at least two labels of 1–63 letters/digits/hyphens (no
 *   hyphen at either end) and an alphabetic top-level domain of two or more letters, once IDN
 *   labels are converted to punycode; a trailing dot is refused.
 * - `blocked-domain`: the domain or one of its parent domains is in `blockedDomains`.
 * - `disposable-domain`: `rejectDisposable` is on and the domain (or a parent) is a known
 *   disposable provider.
 */
export type EmailRejectionReason =
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'control-character'
  | 'multiple-addresses'
  | 'display-name'
  | 'whitespace'
  | 'missing-at'
  | 'multiple-at'
  | 'local-part-empty'
  | 'local-part-non-ascii'
  | 'local-part-invalid'
  | 'local-part-too-long'
  | 'domain-empty'
  | 'domain-ip-literal'
  | 'domain-invalid'
  | 'blocked-domain'
  | 'disposable-domain'

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

/**
 * Why {@link verifyConfirmationToken} refused a token (the failure's `error.reason`):
 * `malformed` (not three base64url parts with copydesk's header and a well-formed payload),
 * `bad-signature` (changed, or signed with another secret), `wrong-purpose`, or `expired`.
 */
export type TokenRejectionReason = 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose'

/**
 * The result of {@link verifyConfirmationToken}: `{ success: true, data }` with the signed claims,
 * or `{ success: false, error }` where `error` is a `CopydeskError` `INVALID_INPUT` whose `reason`
 * is a {@link TokenRejectionReason}.
 *
 * @example
 * ```ts
 * const result: VerifyConfirmationTokenResult = await verifyConfirmationToken(token, secret)
 * if (!result.success) result.error.reason // 'expired'
 * ```
 */
export type VerifyConfirmationTokenResult = SafeParseResult<ConfirmationTokenPayload>

/** Options for {@link parseEmail} and {@link safeParseEmail}. */
export interface ParseEmailOptions {
  /**
   * Domains to refuse (reason `blocked-domain`); a listed domain also blocks its subdomains.
   * Array entries are normalized (trimmed, lowercased, IDN → punycode, a leading `@`, `.` or `*.`
   * dropped) on each call. A `Set` is looked up as is, so its entries must already be lowercase
   * ASCII domains: use one for thousands of domains.
   * @defaultValue `[]`
   */
  blockedDomains?: readonly string[] | ReadonlySet<string> | undefined
  /**
   * Refuse known disposable-inbox providers (reason `disposable-domain`): the built-in
   * {@link DISPOSABLE_EMAIL_DOMAINS} plus `disposableDomains`.
   * @defaultValue `false`
   */
  rejectDisposable?: boolean | undefined
  /**
   * More disposable domains, checked only when `rejectDisposable` is on; same forms as
   * `blockedDomains`.
   * @defaultValue `[]`
   */
  disposableDomains?: readonly string[] | ReadonlySet<string> | undefined
  /**
   * Also lowercase the part before `@`. RFC 5321 lets a mail server treat `Ana` and `ana` as two
   * mailboxes (none of the big providers do); turn this on to deduplicate subscribers by address.
   * @defaultValue `false`
   */
  lowercaseLocalPart?: boolean | undefined
}
