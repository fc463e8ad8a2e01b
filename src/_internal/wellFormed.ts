// Lone surrogates → U+FFFD, so output is always well-formed UTF-16 (String#toWellFormed is ES2024).
// Fixed-width lookarounds only: linear.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replaces every lone surrogate with U+FFFD; returns the input itself when there is none. */
export function toWellFormed(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return text.replace(LONE_SURROGATE_RE, '\uFFFD')
  }
  return text
}
