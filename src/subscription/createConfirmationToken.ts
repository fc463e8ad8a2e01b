import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { encodeBase64url } from './_base64url.js'
import { parseEmailAddress } from './_email.js'
import { newsletterList, resolveNow, resolveOptions } from './_options.js'
import { importHmacKey, isPurpose, secretBytes, TOKEN_HEADER } from './_token.js'
import type { TokenPurpose } from './types.js'

/** What to put in a token; `iat` and `exp` are added by {@link createConfirmationToken}. */
export interface ConfirmationTokenInput {
  /** The subscriber's address; normalized with {@link normalizeEmail} before signing. */
  email: string
  /**
   * Newsletter slugs the confirmation (or unsubscribe) is about. `[]` means none, never "the
   * defaults": resolve defaults before you sign.
   * @defaultValue `[]`
   */
  newsletters?: readonly string[] | undefined
  /**
   * `confirm` for the double opt-in link, `unsubscribe` for one-click unsubscribe links
   * ({@link unsubscribeHeaders}). A token verifies only for the purpose it was made for.
   * @defaultValue `'confirm'`
   */
  purpose?: TokenPurpose | undefined
}

/** Options for {@link createConfirmationToken}. */
export interface CreateConfirmationTokenOptions {
  /**
   * The issue time (`iat`); the expiry is `now + ttlSeconds`.
   * @defaultValue `new Date()`
   */
  now?: Date | undefined
  /**
   * Lifetime in seconds, a positive integer. The default is 24 hours for `confirm` (Ghost's magic
   * link lifetime) and 90 days for `unsubscribe` (an unsubscribe link must keep working for weeks
   * after the email is sent: 30 days at least under CAN-SPAM).
   * @defaultValue `86400` for `confirm`, `7776000` for `unsubscribe`
   */
  ttlSeconds?: number | undefined
}

const DEFAULT_TTL: Readonly<Record<TokenPurpose, number>> = { confirm: 86_400, unsubscribe: 7_776_000 }
const FN = 'createConfirmationToken'

/**
 * Signs a double opt-in (or unsubscribe) token with HMAC-SHA256 through Web Crypto
 * (`crypto.subtle`), so the same code runs in Node ≥ 20, browsers, Deno, Bun and edge runtimes.
 * The token is a standard JWT (`HS256`, header `{"alg":"HS256","typ":"JWT"}`) whose payload is
 * `{ email, newsletters, purpose, iat, exp }`, all base64url, so any JWT library can verify it too.
 * Deterministic: the same input, secret and `now` give the same string. The token is signed, not
 * encrypted: the address is readable by whoever holds the link.
 *
 * @param payload - The address, newsletters and purpose.
 * @param secret - A server-side secret of at least 32 bytes (a string is UTF-8 encoded).
 * @param options - `now` and `ttlSeconds`.
 * @returns A promise of the token: three base64url parts joined by dots, URL-safe as is.
 * @throws {@link CopydeskError} (as a rejected promise) `INVALID_INPUT` when the payload is not an
 *   object, the email is refused by {@link parseEmail}, `newsletters` is not an array of non-empty
 *   strings or `purpose` is unknown; `INVALID_OPTIONS` for a secret shorter than 32 bytes, an
 *   invalid `now` or a `ttlSeconds` that is not a positive integer.
 *
 * @example
 * ```ts
 * const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1' // 32 bytes; keep yours out of the code
 * await createConfirmationToken({ email: 'ana@example.com', newsletters: ['morning-briefing'] }, secret,
 *   { now: new Date('2026-11-24T10:00:00Z') })
 * // 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImFuYUBleGFtcGxlLmNvbSIsIm5ld3NsZXR0ZXJzIjpbIm1vcm5pbmctYnJpZWZpbmciXSwicHVycG9zZSI6ImNvbmZpcm0iLCJpYXQiOjE3OTU1MTQ0MDAsImV4cCI6MTc5NTYwMDgwMH0.8X_nqA5JnkJCCfJnkOqgKXiSuDIZGW55IuFxx9rUjKo'
 * ```
 */
export async function createConfirmationToken(
  payload: ConfirmationTokenInput,
  secret: string | Uint8Array,
  options?: CreateConfirmationTokenOptions,
): Promise<string> {
  const opts = resolveOptions<CreateConfirmationTokenOptions>(FN, options)
  const key = secretBytes(FN, secret)
  const now = resolveNow(FN, opts.now)
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: payload must be an object with an email, received ${describe(payload)}`,
    )
  }
  const parsed = parseEmailAddress(FN, payload.email, {})
  if (!parsed.success) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: payload.email is refused: ${parsed.message} (${parsed.reason}), received ${describe(payload.email)}`,
      {
        issues: [{ path: ['email'], code: parsed.reason, message: parsed.message }],
      },
    )
  }
  const newsletters =
    payload.newsletters === undefined ? [] : newsletterList(FN, payload.newsletters, 'payload.newsletters')
  const purpose = payload.purpose ?? 'confirm'
  if (!isPurpose(purpose)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${FN}: payload.purpose must be 'confirm' or 'unsubscribe', received ${describe(purpose)}`,
    )
  }
  const ttl = opts.ttlSeconds ?? DEFAULT_TTL[purpose]
  if (typeof ttl !== 'number' || !Number.isSafeInteger(ttl) || ttl <= 0) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${FN}: options.ttlSeconds must be a positive integer number of seconds, received ${describe(ttl)}`,
    )
  }
  const iat = Math.floor(now.getTime() / 1000)
  const claims = { email: parsed.email, newsletters, purpose, iat, exp: iat + ttl }
  const encoder = new TextEncoder()
  const signingInput = `${TOKEN_HEADER}.${encodeBase64url(encoder.encode(JSON.stringify(claims)))}`
  const hmacKey = await importHmacKey(key)
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(signingInput)))
  return `${signingInput}.${encodeBase64url(signature)}`
}
