import { checkOptions, checkRecord, intOption, refuse } from '../_internal/check.js'
import type { NowOption } from '../options.js'
import { encodeBase64url } from './_base64url.js'
import { DEFAULT_EMAIL_OPTIONS, requireAddress } from './_email.js'
import { newsletterList, subscriptionNow } from './_options.js'
import { importHmacKey, isPurpose, secretBytes, TOKEN_HEADER } from './_token.js'
import type { TokenPurpose } from './types.js'

/** What to put in a token; `iat` and `exp` are added by {@link createConfirmationToken}. */
export interface ConfirmationTokenInput {
  /** The subscriber's address; normalized with {@link parseEmail} before signing. */
  email: string
  /**
   * Newsletter slugs the confirmation (or unsubscribe) is about (at most
   * `SCHEMA_LIMITS.newsletters`, duplicates dropped). `[]` means none, never "the defaults":
   * resolve defaults before you sign.
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
export interface CreateConfirmationTokenOptions extends NowOption {
  /**
   * Lifetime in seconds, an integer from 1 to 3153600000 (100 years). The issue time (`iat`) is
   * `now`; the expiry is `now + ttlSeconds`. The default is 24 hours for `confirm` (Ghost's magic
   * link lifetime) and 90 days for `unsubscribe` (an unsubscribe link must keep working for weeks
   * after the email is sent: 30 days at least under CAN-SPAM).
   * @defaultValue `86400` for `confirm`, `7776000` for `unsubscribe`
   */
  ttlSeconds?: number | undefined
}

const DEFAULT_TTL: Readonly<Record<TokenPurpose, number>> = { confirm: 86_400, unsubscribe: 7_776_000 }
const FN = 'createConfirmationToken'
/** 100 years: keeps `exp` a safe integer for any accepted `now`. */
const MAX_TTL = 3_153_600_000

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
 *   object, the email is refused by {@link parseEmail} (`reason` is the rule), `newsletters` is not
 *   an array of newsletter slugs or `purpose` is unknown; `INVALID_OPTIONS` for a secret shorter
 *   than 32 bytes, an invalid `now` or `ttlSeconds`.
 *
 * @example
 * ```ts
 * const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1' // 32 bytes; keep yours out of the code
 * await createConfirmationToken({ email: 'ana@example.com', newsletters: ['morning-briefing'] }, secret,
 *   { now: '2026-11-24T10:00:00Z' })
 * // 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImFuYUBleGFtcGxlLmNvbSIsIm5ld3NsZXR0ZXJzIjpbIm1vcm5pbmctYnJpZWZpbmciXSwicHVycG9zZSI6ImNvbmZpcm0iLCJpYXQiOjE3OTU1MTQ0MDAsImV4cCI6MTc5NTYwMDgwMH0.8X_nqA5JnkJCCfJnkOqgKXiSuDIZGW55IuFxx9rUjKo'
 * ```
 */
export async function createConfirmationToken(
  payload: ConfirmationTokenInput,
  secret: string | Uint8Array,
  options?: CreateConfirmationTokenOptions,
): Promise<string> {
  const opts = checkOptions<CreateConfirmationTokenOptions>(FN, options)
  const key = secretBytes(FN, secret)
  const now = subscriptionNow(FN, opts.now)
  const input = checkRecord(FN, payload, 'payload')
  const email = requireAddress(FN, input.email, DEFAULT_EMAIL_OPTIONS, 'payload.email', ['email'])
  const newsletters =
    input.newsletters === undefined ? [] : newsletterList(FN, input.newsletters, 'payload.newsletters')
  const purpose = input.purpose ?? 'confirm'
  if (!isPurpose(purpose)) {
    throw refuse(FN, 'INVALID_INPUT', 'payload.purpose', "'confirm' or 'unsubscribe'", purpose)
  }
  const ttl = intOption(FN, 'ttlSeconds', opts.ttlSeconds, { min: 1, max: MAX_TTL }, DEFAULT_TTL[purpose])
  const iat = Math.floor(now.getTime() / 1000)
  const claims = { email, newsletters, purpose, iat, exp: iat + ttl }
  const encoder = new TextEncoder()
  const signingInput = `${TOKEN_HEADER}.${encodeBase64url(encoder.encode(JSON.stringify(claims)))}`
  const hmacKey = await importHmacKey(key)
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(signingInput)))
  return `${signingInput}.${encodeBase64url(signature)}`
}
