// Percent-encoding that never throws: lone surrogates (which make encodeURIComponent throw a
// URIError) are replaced by U+FFFD first, as String.prototype.toWellFormed (ES2024) would.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replaces lone surrogates with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE_RE, '\uFFFD')
}

/**
 * `encodeURIComponent` on well-formed text, plus `! ' ( ) *` (RFC 3986 reserved, which
 * `encodeURIComponent` leaves alone), so a link is safe inside any HTML attribute quoting.
 */
export function encode(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/** A query string from pairs, skipping undefined values: `a=1&b=x%20y`. */
export function query(pairs: readonly (readonly [string, string | undefined])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&')
}
