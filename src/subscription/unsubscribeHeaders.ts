import { isRecord, refuse } from '../_internal/check.js'
import { toWellFormed } from '../_internal/wellFormed.js'
import { CopydeskError } from '../errors.js'
import { decodeBase64url } from './_base64url.js'
import { DEFAULT_EMAIL_OPTIONS, requireAddress } from './_email.js'
import { TOKEN_HEADER } from './_token.js'

/** Options for {@link unsubscribeHeaders}. `url` and `token` are required. */
export interface UnsubscribeHeadersOptions {
  /**
   * Your one-click endpoint, an absolute `https:` URL (RFC 8058 requires HTTPS). It receives
   * `POST` with the body `List-Unsubscribe=One-Click`; the token is appended as a query parameter.
   */
  url: string
  /** An `unsubscribe`-purpose token from {@link createConfirmationToken}. */
  token: string
  /**
   * An address for the `mailto:` fallback (older clients unsubscribe by sending an email).
   * @defaultValue none (HTTPS only)
   */
  mailto?: string | undefined
  /**
   * The subject of the `mailto:` message; the token is appended after a space so your mailbox
   * handler can verify it.
   * @defaultValue `'unsubscribe'`
   */
  mailtoSubject?: string | undefined
  /**
   * The query parameter that carries the token.
   * @defaultValue `'token'`
   */
  param?: string | undefined
}

/** The two header fields of an RFC 8058 one-click unsubscribe. */
export interface UnsubscribeHeaders {
  /** `<https://…?token=…>`, followed by `, <mailto:…>` when `mailto` is given (RFC 2369). */
  'List-Unsubscribe': string
  /** Always `List-Unsubscribe=One-Click` (RFC 8058 §3.1). */
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
}

const FN = 'unsubscribeHeaders'

function optionsError(what: string, expected: string, value: unknown): CopydeskError {
  return refuse(FN, 'INVALID_OPTIONS', what, expected, value)
}

/** A string without lone surrogates (which `encodeURIComponent` cannot encode). */
function textOption(value: unknown, what: string, nonEmpty: boolean): string {
  if (typeof value !== 'string' || (nonEmpty && value.length === 0) || toWellFormed(value) !== value) {
    throw optionsError(
      what,
      `a${nonEmpty ? ' non-empty' : ''} string of well-formed Unicode (no lone surrogate)`,
      value,
    )
  }
  return value
}

function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    // Controls (CR/LF would inject headers), space, and the characters that end or split a
    // List-Unsubscribe entry.
    if (
      c <= 32 ||
      c === 127 ||
      c === 60 ||
      c === 62 ||
      c === 44 ||
      c === 34 ||
      (c >= 0x80 && c <= 0x9f) ||
      c === 0x2028 ||
      c === 0x2029
    )
      return true
  }
  return false
}

/** The purpose claim of an unverified token, or `null` if it does not decode. */
function tokenPurpose(token: string): unknown {
  const parts = token.split('.')
  if (parts.length !== 3 || parts[0] !== TOKEN_HEADER) return null
  const bytes = decodeBase64url(parts[1] ?? '')
  if (bytes === null) return null
  try {
    return (
      (JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { purpose?: unknown }).purpose ?? null
    )
  } catch {
    return null
  }
}

/**
 * The `List-Unsubscribe` and `List-Unsubscribe-Post` header fields for RFC 8058 one-click
 * unsubscribe, which Gmail and Yahoo require of bulk senders. Checks that the token is an
 * `unsubscribe` token (its signature is checked later, by {@link verifyConfirmationToken} in your
 * endpoint), that the URL is HTTPS, and that nothing can break out of the header (CR/LF, `<`, `>`,
 * `,`, spaces). Sign the message with DKIM covering both fields, as RFC 8058 §4 requires. Your
 * endpoint must accept a `POST` without cookies or a login, and should treat a repeat as success
 * (`applySubscriptionEvent(…, 'unsubscribed', { onRepeat: 'ignore' })`).
 *
 * @param options - `url`, `token`, and optionally `mailto`, `mailtoSubject`, `param`.
 * @returns The two header fields, ready for your mailer (unfolded; mailers fold long lines).
 * @throws {@link CopydeskError} `INVALID_OPTIONS` when `url` is not an absolute `https:` URL or
 *   contains a control character, space, `<`, `>`, `,` or `"`; when `token` is not a copydesk token
 *   with purpose `unsubscribe`; when `mailto` is not an address {@link parseEmail} accepts (`reason`
 *   says why); or when `param`/`mailtoSubject` is not a string of well-formed Unicode (a lone
 *   surrogate cannot be percent-encoded).
 *
 * @example
 * ```ts
 * const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
 * const token = await createConfirmationToken({ email: 'ana@example.com', purpose: 'unsubscribe' }, secret)
 * unsubscribeHeaders({ url: 'https://news.example.com/unsubscribe', token, mailto: 'unsubscribe@news.example.com' })
 * // { 'List-Unsubscribe': '<https://news.example.com/unsubscribe?token=eyJhbGciOi…>, <mailto:unsubscribe@news.example.com?subject=unsubscribe%20eyJhbGciOi…>',
 * //   'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
 * ```
 */
export function unsubscribeHeaders(options: UnsubscribeHeadersOptions): UnsubscribeHeaders {
  if (!isRecord(options)) throw optionsError('options', 'an object with url and token', options)
  const { url, token, mailto } = options
  if (typeof url !== 'string') throw optionsError('options.url', 'a string', url)
  if (hasUnsafeCharacter(url)) {
    throw optionsError(
      'options.url',
      'a URL without control characters, spaces or <>," (they would break the header)',
      url,
    )
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw optionsError('options.url', 'an absolute URL', url)
  }
  if (parsed.protocol !== 'https:') throw optionsError('options.url', 'an https: URL (RFC 8058)', url)
  if (parsed.hash !== '') throw optionsError('options.url', 'a URL without a #fragment', url)
  if (typeof token !== 'string' || tokenPurpose(token) !== 'unsubscribe') {
    throw optionsError(
      'options.token',
      "an unsubscribe token from createConfirmationToken({ …, purpose: 'unsubscribe' })",
      token,
    )
  }
  const param = options.param === undefined ? 'token' : textOption(options.param, 'options.param', true)
  const mailtoSubject =
    options.mailtoSubject === undefined
      ? 'unsubscribe'
      : textOption(options.mailtoSubject, 'options.mailtoSubject', false)

  const href = parsed.href
  const separator = parsed.search === '' ? (href.endsWith('?') ? '' : '?') : '&'
  let value = `<${href}${separator}${encodeURIComponent(param)}=${token}>`
  if (mailto !== undefined) {
    const address = requireAddress(FN, mailto, DEFAULT_EMAIL_OPTIONS, 'options.mailto', ['mailto'], 'INVALID_OPTIONS')
    const subject = encodeURIComponent(mailtoSubject === '' ? token : `${mailtoSubject} ${token}`)
    value += `, <mailto:${address}?subject=${subject}>`
  }
  return { 'List-Unsubscribe': value, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}
