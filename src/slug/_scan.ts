// The slug scanners. Each is one left-to-right pass that stops once the slug is longer than the
// length budget, so a 1 MB title costs no more than its first few hundred sluggable characters
// (plus the linear normalization of the slow paths).
import type { ResolvedSlugOptions } from './_options.js'
import { cut, fallbackSlug, stripInvisible } from './_fallback.js'
import { contextual, tableFor } from './_translit.js'

// No-break space, en and em dashes, curly double quotes, ellipsis, guillemets, bullet, NNBSP.
const TYPOGRAPHIC_SEPARATORS: readonly number[] = [
  0xa0, 0x2013, 0x2014, 0x201c, 0x201d, 0x2026, 0xab, 0xbb, 0x2022, 0x202f,
]

/**
 * Plain ASCII input (most English headlines): lower-case once, then copy runs of [a-z0-9].
 * Returns `undefined` at the first non-ASCII character, for the full scanners to take over.
 */
function asciiFast(input: string, o: ResolvedSlugOptions): string | undefined {
  const s = input.toLowerCase()
  const { separator, maxLength, conjunction, apostropheSeparates } = o
  const n = s.length
  let out = ''
  let pending = false
  let start = -1
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0) {
      out = pending && out.length > 0 ? out + separator + s.slice(start, i) : out + s.slice(start, i)
      pending = false
      start = -1
      if (out.length > maxLength) break
    }
    if (c >= 128) {
      // Typographic punctuation common in English headlines stays on the fast path; any other
      // non-ASCII character hands over to the full scanners.
      if (c === 0x2019 || c === 0x2018) {
        if (!apostropheSeparates) continue
      } else if (!TYPOGRAPHIC_SEPARATORS.includes(c)) return undefined
    }
    if (c === 39 && !apostropheSeparates) continue // "don't" → "dont"
    if (c === 38 && conjunction !== '') {
      out = out.length > 0 ? out + separator + conjunction : conjunction
      if (out.length > maxLength) break
    }
    pending = true
  }
  return out
}

const MARK_RE = /\p{M}/u
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u

// Tokens a character turns into: [a-z0-9] letters of the current word, ' ' a word break, and
// DROPPED a word break where a letter no table could romanize was (a CJK character, Hebrew, …).
const DROPPED = '!'

/** What a character becomes when no table has it: its compatibility decomposition, or nothing. */
function decompose(cp: number, table: Map<number, string>): string {
  const ch = String.fromCodePoint(cp)
  if (MARK_RE.test(ch)) return '' // a combining mark the letter table did not absorb
  if (!LETTER_OR_NUMBER_RE.test(ch)) return ' ' // punctuation, symbols, emoji, spaces, lone surrogates
  const parts = ch.normalize('NFKD') // ﬁ → fi, Ｇ → G, ḥ → h + mark, ① → 1, ½ → 1⁄2
  if (parts === ch) return DROPPED
  let tokens = ''
  for (const part of parts) {
    const c = part.codePointAt(0)!
    if (c < 128)
      tokens += (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? part.toLowerCase() : ' '
    else tokens += table.get(c) ?? (MARK_RE.test(part) ? '' : LETTER_OR_NUMBER_RE.test(part) ? DROPPED : ' ')
  }
  return tokens
}

function isApostrophe(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2018 || cp === 0x02bc
}

/** ascii mode, any input: NFC, then the letter tables, context rules and decompositions. */
function transliterate(input: string, o: ResolvedSlugOptions): string {
  const s = stripInvisible(input).normalize('NFC')
  const table = tableFor(o.lang)
  const { separator, maxLength, conjunction, apostropheSeparates, lang } = o
  const seen = new Map<number, string>()
  let out = ''
  let word = ''
  let prev = -1
  let dropped = false
  const n = s.length
  const flush = (): void => {
    if (word === '') return
    out = out === '' ? word : out + separator + word
    word = ''
  }
  for (let i = 0; i < n && out.length + word.length <= maxLength;) {
    let cp = s.charCodeAt(i)
    let size = 1
    if (cp < 128) {
      if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) word += s[i]
      else if (cp >= 65 && cp <= 90) word += String.fromCharCode(cp + 32)
      else if (cp === 39 && !apostropheSeparates) {
        // deleted: the word goes on
      } else {
        flush()
        if (cp === 38 && conjunction !== '') {
          word = conjunction
          flush()
        }
      }
      prev = cp
      i++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = s.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + low - 0xdc00 + 0x10000
        size = 2
      }
    }
    let tokens: string | undefined
    if (isApostrophe(cp)) tokens = apostropheSeparates ? ' ' : ''
    else if (cp === 0xb7 && (prev | 32) === 108 && (s.charCodeAt(i + 1) | 32) === 108)
      tokens = '' // Catalan l·l
    else {
      tokens = contextual(lang, cp, prev, i + size < n ? s.codePointAt(i + size)! : -1) ?? table.get(cp) ?? seen.get(cp)
      if (tokens === undefined) {
        tokens = decompose(cp, table)
        seen.set(cp, tokens)
      }
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!
      if (t === ' ') flush()
      else if (t === DROPPED) {
        flush()
        dropped = true
      } else word += t
    }
    prev = cp
    i += size
  }
  flush()
  // Digits alone are no slug for a headline whose words could not be romanized ("日銀、17年ぶり…"
  // would give "17"): the fallback is used instead.
  if (dropped && !/[a-z]/.test(out)) return ''
  return out
}

const APOSTROPHES_RE = /['\u2018\u2019\u02BC]+/g
const CATALAN_DOT_RE = /(l)\u00B7(?=l)/gi
// Letters and digits outside Thai, Lao and Tibetan, whose ordinary vowel signs (Thai SARA AM)
// have compatibility decompositions that must not be applied.
const LETTERS_RE = /(?:(?![\u0E00-\u0FFF])[\p{L}\p{N}])+/gu
// A word: a letter or digit, then letters, digits and the combining marks attached to them. Each
// match is one greedy run with nothing after it, so matching is linear.
const WORD_RE = /[\p{Ll}\p{Lm}\p{Lo}\p{Nd}][\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{Mn}\p{Mc}]*|&/gu

/** unicode mode: letters of every script are kept, lower-cased, NFC (compatibility forms folded). */
function unicodeWords(input: string, o: ResolvedSlugOptions): string {
  let s = stripInvisible(input)
  // Apostrophes and the Catalan middle dot go before normalization, so that what they separated
  // (a letter and a stray combining mark) composes now rather than on a second run.
  const apostrophe = o.apostropheSeparates ? ' ' : ''
  s = s.replace(APOSTROPHES_RE, apostrophe)
  if (s.includes('\u00B7')) s = s.replace(CATALAN_DOT_RE, '$1')
  s = s.normalize('NFC')
  // Compatibility letters and digits (ﬁ, ｆｕｌｌ-width, 𝐛𝐨𝐥𝐝, ①) fold to their plain forms; symbols
  // such as ™ are left alone so they separate words rather than spell "tm". (ŉ folds to ʼn.)
  if (s.normalize('NFKC') !== s)
    s = s.replace(LETTERS_RE, (run) => run.normalize('NFKC')).replace(APOSTROPHES_RE, apostrophe)
  if (o.lang === 'tr' || o.lang === 'az') s = s.replace(/I/g, 'ı').replace(/\u0130/g, 'i')
  s = s.toLowerCase().normalize('NFC')
  const { separator, maxLength, conjunction } = o
  let out = ''
  for (const match of s.matchAll(WORD_RE)) {
    const word = match[0] === '&' ? conjunction : match[0]
    if (word === '') continue
    out = out === '' ? word : out + separator + word
    if (out.length > maxLength) break
  }
  return out
}

/** The whole slug algorithm on a checked string with resolved options. */
export function makeSlug(input: string, o: ResolvedSlugOptions): string {
  let slug = asciiFast(input, o)
  if (slug === undefined) slug = o.mode === 'ascii' ? transliterate(input, o) : unicodeWords(input, o)
  if (slug === '') return fallbackSlug(input, o.separator)
  return cut(slug, o.maxLength, o.separator)
}
