// The slug of input with nothing sluggable in it, the length budget, and invisible characters.

/**
 * Characters removed before anything else (they neither join nor separate words): format
 * characters (zero-width space/joiners, soft hyphen, bidi controls and isolates, BOM, tag
 * characters), the combining grapheme joiner, variation selectors and the Hangul fillers.
 */
// eslint-disable-next-line no-misleading-character-class -- lone fillers and joiners on purpose (u flag: one code point each)
const INVISIBLE_RE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]+/gu

/** Removes zero-width, bidi and other invisible characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, '')
}

const MARK_RE = /\p{M}/u

/**
 * cyrb53 (bryc, public domain): a 53-bit string hash using only 32-bit integer arithmetic
 * (`Math.imul`), so every JavaScript engine gives the same number.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

const HASH_SPACE = 36 ** 8

/**
 * The fallback slug: `n`, the separator, and 8 base-36 digits of a hash of the input (after
 * removing invisible characters, NFC normalization and trimming), e.g. `n-1x9kq3zt`.
 */
export function fallbackSlug(input: string, separator: string): string {
  const key = stripInvisible(input).normalize('NFC').trim()
  return `n${separator}${(hash53(key) % HASH_SPACE).toString(36).padStart(8, '0')}`
}

/**
 * Applies the length budget: cuts at the last separator within `max` when that keeps at least
 * half of the budget, otherwise inside the word, never between a character and its combining
 * marks or inside a surrogate pair, and never leaving a trailing separator.
 */
export function cut(slug: string, max: number, separator: string): string {
  if (slug.length <= max) return slug
  if (slug[max] === separator) return slug.slice(0, max)
  const boundary = slug.lastIndexOf(separator, max - 1)
  if (boundary > 0 && boundary * 2 >= max) return slug.slice(0, boundary)
  let end = max
  while (end > 1) {
    const c = slug.charCodeAt(end)
    if (c >= 0xdc00 && c <= 0xdfff) {
      end--
      continue
    }
    if (c >= 0x300 && MARK_RE.test(String.fromCodePoint(slug.codePointAt(end)!))) {
      end--
      continue
    }
    break
  }
  if (slug[end - 1] === separator) end--
  return slug.slice(0, end)
}
