import { checkOptions, nowOption, oneOfOption } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import type { NowOption } from '../options.js'
import { decodeBase64url } from './_base64url.js'
import { importHmacKey, PURPOSES, secretBytes, TOKEN_HEADER, isPurpose } from './_token.js'
import type {
  ConfirmationTokenPayload,
  TokenPurpose,
  TokenRejectionReason,
  VerifyConfirmationTokenResult,
} from './types.js'

/** Options for {@link verifyConfirmationToken}. */
export interface VerifyConfirmationTokenOptions extends NowOption {
  /**
   * The purpose the caller expects; a valid token made for the other purpose gives `wrong-purpose`.
   * @defaultValue `'confirm'`
   */
  purpose?: TokenPurpose | undefined
}

const FN = 'verifyConfirmationToken'
/** Far above any real token (~250 characters); longer input is refused unread. */
const MAX_TOKEN_LENGTH = 4096

const MESSAGES: Readonly<Record<TokenRejectionReason, string>> = {
  malformed: 'is not a copydesk token (three base64url parts with the HS256 header and its claims)',
  'bad-signature': 'has a signature that does not match (changed, or signed with another secret)',
  expired: 'has expired',
  'wrong-purpose': 'was made for another purpose',
}

function refused(reason: TokenRejectionReason, token: unknown, detail = ''): VerifyConfirmationTokenResult {
  return {
    success: false,
    error: new CopydeskError(
      'INVALID_INPUT',
      `${FN}: token ${MESSAGES[reason]}${detail} (${reason}), received ${describe(token)}`,
      {
        reason,
        issues: [{ path: [], code: reason, message: `The token ${MESSAGES[reason]}` }],
      },
    ),
  }
}

function isClaims(value: unknown): value is ConfirmationTokenPayload {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.email === 'string' &&
    Array.isArray(v.newsletters) &&
    (v.newsletters as unknown[]).every((n) => typeof n === 'string') &&
    isPurpose(v.purpose) &&
    Number.isSafeInteger(v.iat) &&
    Number.isSafeInteger(v.exp)
  )
}

function decodeClaims(part: string): ConfirmationTokenPayload | null {
  const bytes = decodeBase64url(part)
  if (bytes === null) return null
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    if (!isClaims(value)) return null
    return {
      email: value.email,
      newsletters: [...value.newsletters],
      purpose: value.purpose,
      iat: value.iat,
      exp: value.exp,
    }
  } catch {
    return null
  }
}

/**
 * Checks a token made by {@link createConfirmationToken}: structure, then the HMAC-SHA256 signature
 * (compared in constant time by `crypto.subtle.verify`), then the purpose, then the expiry. Never
 * throws for the token itself: a missing, truncated or tampered token is an answer, not an error.
 * The signature is checked over the token text before the payload is decoded, so a changed
 * character in the header or payload gives `bad-signature` (or `malformed` when the change breaks
 * the structure), a token for the other purpose gives `wrong-purpose`, and one at or past its
 * `exp` gives `expired`: the result is `{ success: false, error }` with that reason in
 * `error.reason` (a `CopydeskError` `INVALID_INPUT`), the same shape as every `safeParseX`. Stateless: to make a link single-use, record the confirmation (the
 * subscription's status) and treat a second click as "already confirmed".
 *
 * @param token - The token from the link; any value (a missing query parameter gives `malformed`).
 * @param secret - The secret it was signed with (at least 32 bytes).
 * @param options - Expected `purpose`, and `now` (a Date, epoch milliseconds or an ISO 8601 string).
 * @returns A promise of `{ success: true, data }` (the signed claims) or `{ success: false, error }`.
 * @throws {@link CopydeskError} (as a rejected promise) `INVALID_OPTIONS` for a secret shorter than
 *   32 bytes, an unknown `purpose` or an invalid `now`.
 *
 * @example
 * ```ts
 * const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
 * const token = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: '2026-11-24T10:00:00Z' })
 * await verifyConfirmationToken(token, secret, { now: '2026-11-24T12:00:00Z' })
 * // { success: true, data: { email: 'ana@example.com', newsletters: [], purpose: 'confirm', iat: 1795514400, exp: 1795600800 } }
 * const late = await verifyConfirmationToken(token, secret, { now: '2026-11-25T10:00:00Z' })
 * late.success || late.error.reason // 'expired'
 * const other = await verifyConfirmationToken(token, secret, { purpose: 'unsubscribe', now: '2026-11-24T12:00:00Z' })
 * other.success || other.error.reason // 'wrong-purpose'
 * ```
 */
export async function verifyConfirmationToken(
  token: unknown,
  secret: string | Uint8Array,
  options?: VerifyConfirmationTokenOptions,
): Promise<VerifyConfirmationTokenResult> {
  const opts = checkOptions<VerifyConfirmationTokenOptions>(FN, options)
  const key = secretBytes(FN, secret)
  const now = nowOption(FN, opts.now)
  const purpose = oneOfOption(FN, 'purpose', opts.purpose, PURPOSES, 'confirm')
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return refused('malformed', token)
  const first = token.indexOf('.')
  const second = token.indexOf('.', first + 1)
  if (first === -1 || second === -1 || token.indexOf('.', second + 1) !== -1) return refused('malformed', token)
  if (token.slice(0, first) !== TOKEN_HEADER) return refused('malformed', token)
  const signingInput = token.slice(0, second)
  const signature = decodeBase64url(token.slice(second + 1))
  if (signature === null || signature.length !== 32) return refused('malformed', token)
  // The payload part must at least look like base64url before we spend an HMAC on it.
  if (second - first - 1 === 0 || decodeBase64url(token.slice(first + 1, second)) === null)
    return refused('malformed', token)

  const hmacKey = await importHmacKey(key)
  const ok = await crypto.subtle.verify('HMAC', hmacKey, signature, new TextEncoder().encode(signingInput))
  if (!ok) return refused('bad-signature', token)

  const payload = decodeClaims(token.slice(first + 1, second))
  if (payload === null) return refused('malformed', token)
  if (payload.purpose !== purpose) return refused('wrong-purpose', token, ` ('${payload.purpose}', not '${purpose}')`)
  if (Math.floor(now.getTime() / 1000) >= payload.exp) {
    const at = payload.exp * 1000
    return refused('expired', token, Math.abs(at) <= 8.64e15 ? ` (at ${new Date(at).toISOString()})` : '')
  }
  return { success: true, data: payload }
}
