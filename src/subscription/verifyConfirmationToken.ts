import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { decodeBase64url } from './_base64url.js'
import { resolveNow, resolveOptions } from './_options.js'
import { importHmacKey, isPurpose, secretBytes, TOKEN_HEADER } from './_token.js'
import type { ConfirmationTokenPayload, TokenPurpose, VerifyConfirmationTokenResult } from './types.js'

/** Options for {@link verifyConfirmationToken}. */
export interface VerifyConfirmationTokenOptions {
  /**
   * The purpose the caller expects; a valid token made for the other purpose gives `wrong_purpose`.
   * @defaultValue `'confirm'`
   */
  purpose?: TokenPurpose | undefined
  /**
   * The time to check the expiry against.
   * @defaultValue `new Date()`
   */
  now?: Date | undefined
}

const FN = 'verifyConfirmationToken'
/** Far above any real token (~250 characters); longer input is refused unread. */
const MAX_TOKEN_LENGTH = 4096

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
 * character in the header or payload gives `bad_signature` (or `malformed` when the change breaks
 * the structure), a token for the other purpose gives `wrong_purpose`, and one at or past its
 * `exp` gives `expired`. Stateless: to make a link single-use, record the confirmation (the
 * subscription's status) and treat a second click as "already confirmed".
 *
 * @param token - The token from the link; any value (a missing query parameter gives `malformed`).
 * @param secret - The secret it was signed with (at least 32 bytes).
 * @param options - Expected `purpose` and `now`.
 * @returns A promise of `{ valid: true, payload }` or `{ valid: false, reason }`.
 * @throws {@link CopydeskError} (as a rejected promise) `INVALID_OPTIONS` for a secret shorter than
 *   32 bytes, an unknown `purpose` or an invalid `now`.
 *
 * @example
 * ```ts
 * const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
 * const token = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now: new Date('2026-11-24T10:00:00Z') })
 * await verifyConfirmationToken(token, secret, { now: new Date('2026-11-24T12:00:00Z') })
 * // { valid: true, payload: { email: 'ana@example.com', newsletters: [], purpose: 'confirm', iat: 1795514400, exp: 1795600800 } }
 * await verifyConfirmationToken(token, secret, { now: new Date('2026-11-25T10:00:00Z') })
 * // { valid: false, reason: 'expired' }
 * await verifyConfirmationToken(token, secret, { purpose: 'unsubscribe', now: new Date('2026-11-24T12:00:00Z') })
 * // { valid: false, reason: 'wrong_purpose' }
 * ```
 */
export async function verifyConfirmationToken(
  token: unknown,
  secret: string | Uint8Array,
  options?: VerifyConfirmationTokenOptions,
): Promise<VerifyConfirmationTokenResult> {
  const opts = resolveOptions<VerifyConfirmationTokenOptions>(FN, options)
  const key = secretBytes(FN, secret)
  const now = resolveNow(FN, opts.now)
  const purpose = opts.purpose ?? 'confirm'
  if (!isPurpose(purpose)) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${FN}: options.purpose must be 'confirm' or 'unsubscribe', received ${describe(purpose)}`,
    )
  }
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { valid: false, reason: 'malformed' }
  const first = token.indexOf('.')
  const second = token.indexOf('.', first + 1)
  if (first === -1 || second === -1 || token.indexOf('.', second + 1) !== -1)
    return { valid: false, reason: 'malformed' }
  if (token.slice(0, first) !== TOKEN_HEADER) return { valid: false, reason: 'malformed' }
  const signingInput = token.slice(0, second)
  const signature = decodeBase64url(token.slice(second + 1))
  if (signature === null || signature.length !== 32) return { valid: false, reason: 'malformed' }
  // The payload part must at least look like base64url before we spend an HMAC on it.
  if (second - first - 1 === 0 || decodeBase64url(token.slice(first + 1, second)) === null)
    return { valid: false, reason: 'malformed' }

  const hmacKey = await importHmacKey(key)
  const ok = await crypto.subtle.verify('HMAC', hmacKey, signature, new TextEncoder().encode(signingInput))
  if (!ok) return { valid: false, reason: 'bad_signature' }

  const payload = decodeClaims(token.slice(first + 1, second))
  if (payload === null) return { valid: false, reason: 'malformed' }
  if (payload.purpose !== purpose) return { valid: false, reason: 'wrong_purpose' }
  if (Math.floor(now.getTime() / 1000) >= payload.exp) return { valid: false, reason: 'expired' }
  return { valid: true, payload }
}
