// Word counting in one streaming pass, per script run. A word of a spaced script (Latin,
// Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, …) is a whitespace-separated token with at
// least one letter or digit. A run of a script written without spaces (Han, Kana, Thai, Lao,
// Khmer, Myanmar) is split by Intl.Segmenter and each word-like segment counts. Han and Kana
// letters are also counted one by one, for reading speeds given in characters per minute.
import { decodeHTML } from 'entities/decode'
import { astralFlags, charFlags, CJK, SPACE, SPACELESS, WORD } from './charClass.js'
import { refEnd } from './htmlReader.js'
import { HtmlWalker } from './htmlWalker.js'
import { eachSegment } from './segmenter.js'

/** Whether `s` holds a Han or Kana letter. */
export function hasCjk(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      if ((astralFlags(s.codePointAt(i) as number) & CJK) !== 0) return true
      i++
    } else if ((charFlags(c) & CJK) !== 0) return true
  }
  return false
}

/** A streaming word counter: feed it text pieces; call `end()` at every word break. */
export class WordTally {
  /** Words, except segmenter words that contain Han or Kana. */
  words = 0
  /** Segmenter words that contain Han or Kana. */
  cjkWords = 0
  /** Han and Kana letters. */
  cjkChars = 0
  private counted = false
  private acc = ''
  private accumulating = false
  private readonly locale: string

  constructor(locale: string) {
    this.locale = locale
  }

  /** Counts s[from, to); a token may continue into the next piece (inline tags do not split words). */
  feed(s: string, from: number, to: number): void {
    let i = from
    let accFrom = this.accumulating ? from : -1
    while (i < to) {
      const c = s.charCodeAt(i)
      if (c < 0x80) {
        if (c === 32 || (c >= 9 && c <= 13)) {
          if (accFrom >= 0) {
            if (i > accFrom) this.acc += s.slice(accFrom, i)
            accFrom = -1
          }
          this.end()
        } else if (c === 0) {
          // NUL is dropped (as the text reader and browsers drop it): it must not split a run.
          if (accFrom >= 0) {
            if (i > accFrom) this.acc += s.slice(accFrom, i)
            accFrom = i + 1
          }
        } else if (!this.counted && !this.accumulating && (((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10)) {
          this.counted = true
          this.words++
        }
        i++
        continue
      }
      let flags: number
      let width = 1
      if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        flags = astralFlags(((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000)
        width = 2
      } else flags = charFlags(c)
      if ((flags & SPACE) !== 0) {
        if (accFrom >= 0) {
          if (i > accFrom) this.acc += s.slice(accFrom, i)
          accFrom = -1
        }
        this.end()
      } else if ((flags & SPACELESS) !== 0) {
        if (!this.accumulating) {
          this.accumulating = true
          accFrom = i
        }
        if ((flags & CJK) !== 0) this.cjkChars++
      } else if (!this.counted && !this.accumulating && (flags & WORD) !== 0) {
        this.counted = true
        this.words++
      }
      i += width
    }
    if (accFrom >= 0 && to > accFrom) this.acc += s.slice(accFrom, to)
  }

  /** Ends the current token: whitespace, a block boundary or the end of the input. */
  end(): void {
    this.counted = false
    if (!this.accumulating) return
    this.accumulating = false
    const run = this.acc
    this.acc = ''
    eachSegment(run, 0, run.length, 'word', this.locale, (start, end, wordLike) => {
      if (!wordLike) return
      if (hasCjk(run, start, end)) this.cjkWords++
      else this.words++
    })
  }
}

/** The counts of an HTML body: words as {@link WordTally} counts them, and `<img>` elements. */
export interface HtmlWordCount {
  /** The tally, ended. */
  tally: WordTally
  /** `<img>` elements outside dropped content. */
  images: number
}

/**
 * Counts the words of an HTML body in one pass, without building its text: the same tags,
 * references, dropped elements and markers as the text reader, and a word break at every block
 * boundary and `<br>`.
 */
export function countHtmlWords(
  html: string,
  stops: number,
  skip: ReadonlySet<string> | undefined,
  locale: string,
): HtmlWordCount {
  const walker = new HtmlWalker(html, stops, skip)
  const tally = new WordTally(locale)
  const n = html.length
  let nextAmp = -1
  while (!walker.done && walker.pos < n) {
    const p = walker.pos
    if (html.charCodeAt(p) === 60 && walker.isMarkup(p)) {
      walker.markup()
      if (walker.sep !== 0 || walker.brs !== 0) {
        tally.end()
        walker.sep = 0
        walker.brs = 0
      }
      continue
    }
    let end = n
    for (let from = p + 1; ;) {
      const j = html.indexOf('<', from)
      if (j < 0) break
      if (walker.isMarkup(j)) {
        end = j
        break
      }
      from = j + 1
    }
    let a = p
    while (a < end) {
      if (nextAmp < a) nextAmp = html.indexOf('&', a) >>> 0 // -1 → 2^32 - 1: no more
      if (nextAmp >= end) {
        tally.feed(html, a, end)
        break
      }
      tally.feed(html, a, nextAmp)
      const j = refEnd(html, nextAmp, end)
      const decoded = j === nextAmp + 1 ? '&' : decodeHTML(html.slice(nextAmp, j))
      tally.feed(decoded, 0, decoded.length)
      a = j
    }
    walker.pos = end
  }
  tally.end()
  return { tally, images: walker.images }
}
