// Name cleaning and grapheme helpers shared by initials and avatarColor. No regex here can
// backtrack: every pattern is a character class, a fixed-width lookaround or a tag-like run
// that stops at the next '<' or '>'.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// C0/C1 controls other than whitespace become spaces (a tab or newline separates words).
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g
// Invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
// zero-width space, LRM/RLM, bidi embeddings/isolates, word joiner, invisible operators, BOM.
// ZWJ and ZWNJ stay: they belong to emoji sequences and to Persian/Indic spelling.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g
const TAG = /<[^<>]*>/g
const NEEDS_CLEANING =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uD800-\uDFFF<]/

/**
 * The name as text to read: lone surrogates (replaced by `lone`), controls and invisible format
 * characters removed, HTML-looking tags dropped, NFC.
 */
export function cleanName(name: string, lone: string): string {
  if (!NEEDS_CLEANING.test(name)) return name.normalize('NFC')
  return name
    .replace(LONE_SURROGATE, lone)
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(TAG, ' ')
    .normalize('NFC')
}

let segmenter: Intl.Segmenter | undefined

/** The graphemes of `text`, lazily, at most `limit` of them. */
export function* graphemes(text: string, limit: number): Generator<string> {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' })
  let seen = 0
  for (const { segment } of segmenter.segment(text)) {
    if (seen++ >= limit) return
    yield segment
  }
}

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u
const EMOJI_START = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[0-9#*]\uFE0F?\u20E3)/u
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u
// Thai and Lao vowels written before the consonant they follow in speech, and the vowel letters
// that only ever follow one (SARA AM, LAKKHANGYAO).
const LEADING_VOWEL = /^[\u0E33\u0E40-\u0E45\u0EB3\u0EC0-\u0EC4]/
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const GEORGIAN = /^\p{Script=Georgian}/u

/** Whether a grapheme is an emoji: it starts with a pictograph or a flag letter, or is a keycap. */
export function isEmoji(g: string): boolean {
  return EMOJI_START.test(g)
}

/** Whether a grapheme can be an initial: it starts with a letter or digit and is no emoji. */
export function isInitial(g: string): boolean {
  return LETTER_OR_DIGIT.test(g) && !LEADING_VOWEL.test(g) && !EMOJI.test(g)
}

/** Han, kana or Hangul: names in these scripts get one initial. */
export function isEastAsian(g: string): boolean {
  return EAST_ASIAN.test(g)
}

/**
 * The grapheme in upper case, or unchanged when upper-casing would turn it into more than one
 * grapheme ('ß' → 'SS', 'ﬁ' → 'FI') or when the script has no capitals in everyday use
 * (Georgian Mtavruli).
 */
export function upperGrapheme(g: string, locale: string | readonly string[] | undefined): string {
  if (GEORGIAN.test(g)) return g
  const up = locale === undefined ? g.toUpperCase() : g.toLocaleUpperCase(locale as string | string[])
  if (up === g) return g
  if (up.length === 1 || (up.length === 2 && up.codePointAt(0)! > 0xffff)) return up
  let count = 0
  for (const _ of graphemes(up, 2)) count++
  return count === 1 ? up : g
}
