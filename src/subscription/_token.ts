// HMAC-SHA256 through Web Crypto, shared by createConfirmationToken and verifyConfirmationToken.
// A token is a compact JWS (RFC 7515) — a JWT (RFC 7519) with HS256 — whose header is always the
// fixed string below: `<header>.<payload>.<signature>`, each part unpadded base64url.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { TokenPurpose } from './types.js'

/** base64url of `{"alg":"HS256","typ":"JWT"}`, the only header copydesk writes or accepts. */
export const TOKEN_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'

/** Secrets shorter than this many bytes are refused (RFC 2104 recommends ≥ the hash length). */
export const MIN_SECRET_BYTES = 32

export const PURPOSES: readonly TokenPurpose[] = ['confirm', 'unsubscribe']

/** The secret as bytes (a copy), or INVALID_OPTIONS when it is not a long enough string or Uint8Array. */
export function secretBytes(fn: string, secret: unknown): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer>
  if (typeof secret === 'string') {
    bytes = new TextEncoder().encode(secret)
  } else if (secret instanceof Uint8Array || Object.prototype.toString.call(secret) === '[object Uint8Array]') {
    bytes = new Uint8Array(secret as Uint8Array)
  } else {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: secret must be a string or a Uint8Array, received ${describe(secret)}`,
    )
  }
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: secret must be at least ${MIN_SECRET_BYTES} bytes, received ${bytes.length} (generate one with crypto.getRandomValues(new Uint8Array(32)))`,
    )
  }
  return bytes
}

// importKey costs as much as the HMAC itself (~90 µs each in Node's Web Crypto), and a site uses
// one or two secrets: keep the last few imported keys. Bounded, never observable in results.
const keyCache = new Map<string, Promise<CryptoKey>>()
const KEY_CACHE_SIZE = 4

/** The non-extractable HMAC-SHA256 key for these bytes (memoized for the last few secrets). */
export function importHmacKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  let id = ''
  for (let i = 0; i < bytes.length; i++) id += String.fromCharCode(bytes[i] as number)
  const cached = keyCache.get(id)
  if (cached !== undefined) return cached
  const key = crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value as string)
  keyCache.set(id, key)
  // A failed import must not stay cached.
  key.catch(() => keyCache.delete(id))
  return key
}

export function isPurpose(value: unknown): value is TokenPurpose {
  return value === 'confirm' || value === 'unsubscribe'
}
