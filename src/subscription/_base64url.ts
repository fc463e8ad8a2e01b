// base64url (RFC 4648 §5) without padding, written out so copydesk needs neither btoa/atob nor
// Buffer. Decoding is strict: only the 64 URL-safe characters, no padding, and the unused low bits
// of the last character must be zero, so every byte string has exactly one encoding and changing
// any character of a token changes the bytes it decodes to.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function value(code: number): number {
  if (code >= 65 && code <= 90) return code - 65
  if (code >= 97 && code <= 122) return code - 71
  if (code >= 48 && code <= 57) return code + 4
  if (code === 45) return 62
  if (code === 95) return 63
  return -1
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = (bytes[i] as number) << 16
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8)
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!
  }
  return out
}

/** Decodes canonical unpadded base64url; `null` for anything else. */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  const rest = text.length % 4
  if (rest === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let o = 0
  let i = 0
  for (; i + 3 < text.length; i += 4) {
    const a = value(text.charCodeAt(i))
    const b = value(text.charCodeAt(i + 1))
    const c = value(text.charCodeAt(i + 2))
    const d = value(text.charCodeAt(i + 3))
    if ((a | b | c | d) < 0) return null
    const n = (a << 18) | (b << 12) | (c << 6) | d
    out[o++] = n >>> 16
    out[o++] = (n >>> 8) & 255
    out[o++] = n & 255
  }
  if (rest === 2) {
    const a = value(text.charCodeAt(i))
    const b = value(text.charCodeAt(i + 1))
    if ((a | b) < 0 || (b & 15) !== 0) return null
    out[o] = (a << 2) | (b >>> 4)
  } else if (rest === 3) {
    const a = value(text.charCodeAt(i))
    const b = value(text.charCodeAt(i + 1))
    const c = value(text.charCodeAt(i + 2))
    if ((a | b | c) < 0 || (c & 3) !== 0) return null
    const n = (a << 18) | (b << 12) | (c << 6)
    out[o] = n >>> 16
    out[o + 1] = (n >>> 8) & 255
  }
  return out
}
