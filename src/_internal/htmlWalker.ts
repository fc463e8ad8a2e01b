// The markup half of copydesk's HTML scanner: a small state machine over char codes (no DOM, no
// regex) that consumes one tag, comment, CDATA section or bogus comment at a time, together with
// everything a dropped element hides, and records what the text consumers need: block boundaries,
// line breaks, images, `<pre>` depth and the `<!--more-->` / `<!--members-only-->` markers.
// Linear: every character is looked at a bounded number of times, whatever the nesting.
// The text half lives in htmlReader.ts (text) and words.ts (counts).
import { E_BLOCK, E_BR, E_IMG, E_PRE, E_RAW, E_TREE, E_VOID, ELEMENT_FLAGS, IMPLIED_CLOSERS } from './htmlElements.js'
import { isHtmlSpace, rawTextEnd } from './htmlRawText.js'

export { isHtmlSpace }

/** A comment marker that can end the readable part of an article. */
export type HtmlMarker = 'more' | 'members-only'

/** Stop at `<!--more-->` (WordPress also allows `<!--more Read on-->`). */
export const STOP_MORE = 1
/** Stop at Ghost's `<!--members-only-->` paywall marker. */
export const STOP_MEMBERS = 2

/** Separator owed before the next text: none. */
export const SEP_NONE = 0
/** Separator owed: whitespace (one space). */
export const SEP_SPACE = 1
/** Separator owed: a block boundary (one space, and a hard sentence boundary). */
export const SEP_BLOCK = 2

function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26
}

/** Walks the markup of one HTML string; subclasses read the text between. */
export class HtmlWalker {
  /** The HTML. */
  readonly h: string
  /** Its length. */
  readonly n: number
  /** Where the walker is. */
  pos = 0
  /** The input is exhausted, or a stop marker was reached. */
  done = false
  /** The marker that stopped the walk. */
  marker: HtmlMarker | undefined = undefined
  /** Index of that marker's `<!--`. */
  markerAt = -1
  /** Separator owed before the next text (SEP_*). */
  sep: number = SEP_NONE
  /** `<br>` elements since the last text. */
  brs = 0
  /** `<img>` elements seen outside dropped content. */
  images = 0
  /** Open `<pre>`/`<listing>` elements. */
  pre = 0
  /** Set by `tagEnd`: the tag ended with `/>`. */
  private selfClosing = false
  private skipName = ''
  private skipDepth = 0
  private readonly stops: number
  private readonly extraSkip: ReadonlySet<string> | undefined

  constructor(html: string, stops: number, extraSkip: ReadonlySet<string> | undefined) {
    this.h = html
    this.n = html.length
    this.stops = stops
    this.extraSkip = extraSkip !== undefined && extraSkip.size > 0 ? extraSkip : undefined
    if (this.n === 0) this.done = true
  }

  /** Whether the `<` at `i` starts markup; any other `<` is text ("a < b", "<3"). */
  isMarkup(i: number): boolean {
    const c = this.h.charCodeAt(i + 1)
    if (isAsciiLetter(c) || c === 33 || c === 63) return true
    return c === 47 && i + 2 < this.n
  }

  /** Consumes the markup at `pos` (where `isMarkup(pos)`), and all content it drops. */
  markup(): void {
    this.item()
    while (this.skipDepth > 0 && !this.done) {
      const j = this.h.indexOf('<', this.pos)
      if (j < 0) {
        this.finish()
        return
      }
      this.pos = j
      if (this.isMarkup(j)) this.item()
      else this.pos = j + 1
    }
  }

  /** Marks the walk as finished at the end of the input. */
  protected finish(): void {
    this.pos = this.n
    this.done = true
  }

  private item(): void {
    const h = this.h
    const p = this.pos
    const c = h.charCodeAt(p + 1)
    if (isAsciiLetter(c)) this.startTag(p)
    else if (c === 47) {
      const d = h.charCodeAt(p + 2)
      if (isAsciiLetter(d)) this.endTag(p)
      else if (d === 62)
        this.pos = p + 3 // `</>` is ignored
      else this.bogus(p + 2)
    } else if (c === 33 && h.startsWith('--', p + 2)) this.comment(p)
    else if (c === 33 && h.startsWith('[CDATA[', p + 2)) {
      // Not text in HTML content (a bogus comment to browsers): dropped up to `]]>`.
      const close = h.indexOf(']]>', p + 9)
      if (close < 0) this.finish()
      else this.pos = close + 3
    } else this.bogus(p + 2) // `<!DOCTYPE …>`, `<!x>`, `<?xml …?>`
  }

  private bogus(from: number): void {
    const close = this.h.indexOf('>', from)
    if (close < 0) this.finish()
    else this.pos = close + 1
  }

  private comment(p: number): void {
    const h = this.h
    const k = p + 4
    let bodyEnd: number
    let end: number
    if (h.charCodeAt(k) === 62) {
      bodyEnd = k // `<!-->`
      end = k + 1
    } else if (h.startsWith('->', k)) {
      bodyEnd = k // `<!--->`
      end = k + 2
    } else {
      let j = h.indexOf('--', k)
      for (;;) {
        if (j < 0) {
          bodyEnd = end = this.n // an unclosed comment runs to the end, as in browsers
          break
        }
        if (h.charCodeAt(j + 2) === 62) {
          bodyEnd = j
          end = j + 3
          break
        }
        if (h.startsWith('!>', j + 2)) {
          bodyEnd = j
          end = j + 4
          break
        }
        j = h.indexOf('--', j + 1)
      }
    }
    this.pos = end
    if (end >= this.n) this.done = true
    if (this.stops === 0 || this.skipDepth > 0 || bodyEnd - k > 80) return
    const body = h.slice(k, bodyEnd).trim().toLowerCase()
    let marker: HtmlMarker | undefined
    if (body === 'more' || (body.startsWith('more') && isHtmlSpace(body.charCodeAt(4)))) marker = 'more'
    else if (body === 'members-only') marker = 'members-only'
    if (marker === undefined || (this.stops & (marker === 'more' ? STOP_MORE : STOP_MEMBERS)) === 0) return
    this.marker = marker
    this.markerAt = p
    this.done = true
  }

  /** Reads a lowercase tag name starting at `from`; leaves `pos` just after it. */
  private tagName(from: number): string {
    const h = this.h
    let i = from
    let upper = false
    for (; i < this.n; i++) {
      const c = h.charCodeAt(i)
      if (c <= 32 ? isHtmlSpace(c) : c === 47 || c === 62) break
      if (c >= 65 && c <= 90) upper = true
    }
    this.pos = i
    const name = h.slice(from, i)
    return upper ? name.toLowerCase() : name
  }

  /**
   * Skips attributes from `i` to the end of the tag: quoted values may hold `>`, unquoted values
   * end at whitespace or `>`. Returns the index after `>`, or -1 when the input ends first (the
   * browser then drops the unfinished tag).
   */
  private tagEnd(i: number): number {
    const h = this.h
    const n = this.n
    let slash = false
    for (;;) {
      for (; i < n; i++) {
        const c = h.charCodeAt(i)
        if (c === 62) {
          this.selfClosing = slash
          return i + 1
        }
        if (c === 47) slash = true
        else if (isHtmlSpace(c)) slash = false
        else break
      }
      if (i >= n) return -1
      slash = false
      // Attribute name: its first character is taken whatever it is (even `=`).
      for (i++; i < n; i++) {
        const c = h.charCodeAt(i)
        if (c === 61 || c === 62 || c === 47 || isHtmlSpace(c)) break
      }
      while (i < n && isHtmlSpace(h.charCodeAt(i))) i++
      if (h.charCodeAt(i) !== 61) continue
      i++
      while (i < n && isHtmlSpace(h.charCodeAt(i))) i++
      const q = h.charCodeAt(i)
      if (q === 34 || q === 39) {
        const close = h.indexOf(q === 34 ? '"' : "'", i + 1)
        if (close < 0) return -1
        i = close + 1
      } else {
        for (; i < n; i++) {
          const c = h.charCodeAt(i)
          if (c === 62 || isHtmlSpace(c)) break
        }
      }
    }
  }

  private flagsOf(name: string): number {
    const flags = ELEMENT_FLAGS.get(name) ?? 0
    // A void element (`img`) has no content to drop: skipping it would swallow the rest.
    return this.extraSkip !== undefined && (flags & (E_RAW | E_VOID)) === 0 && this.extraSkip.has(name)
      ? flags | E_TREE
      : flags
  }

  private startTag(p: number): void {
    const name = this.tagName(p + 1)
    this.selfClosing = false
    const end = this.tagEnd(this.pos)
    if (end < 0) {
      this.finish()
      return
    }
    this.pos = end
    const flags = this.flagsOf(name)
    if (this.skipDepth > 0) {
      if (name === this.skipName && !this.selfClosing) this.skipDepth++
      else if ((flags & E_RAW) !== 0) this.skipRawText(name)
      return
    }
    if ((flags & E_BLOCK) !== 0) this.sep = SEP_BLOCK
    if ((flags & E_RAW) !== 0) this.skipRawText(name)
    else if ((flags & E_TREE) !== 0) {
      // `<svg/>` and `<math/>` are complete (foreign content honours `/>`); HTML elements are not.
      if (!(this.selfClosing && (name === 'svg' || name === 'math'))) {
        this.skipName = name
        this.skipDepth = 1
      }
    } else if ((flags & E_BR) !== 0) this.brs++
    else if ((flags & E_IMG) !== 0) this.images++
    else if ((flags & E_PRE) !== 0) {
      this.pre++
      // The parser drops a newline right after `<pre>`.
      const h = this.h
      if (h.charCodeAt(end) === 10) this.pos = end + 1
      else if (h.charCodeAt(end) === 13) this.pos = h.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    }
  }

  private endTag(p: number): void {
    const name = this.tagName(p + 2)
    const end = this.tagEnd(this.pos)
    if (end < 0) {
      this.finish()
      return
    }
    const flags = this.flagsOf(name)
    if (this.skipDepth > 0) {
      if (name === this.skipName) {
        if (--this.skipDepth > 0) {
          this.pos = end
          return
        }
      } else if (name === 'body' || name === 'html' || IMPLIED_CLOSERS.get(this.skipName)?.includes(name) === true) {
        // The dropped element was left open; this end tag closes it and then takes effect.
        this.skipDepth = 0
        if (((ELEMENT_FLAGS.get(this.skipName) ?? 0) & E_BLOCK) !== 0) this.sep = SEP_BLOCK
      } else {
        this.pos = end
        return
      }
    }
    this.pos = end
    if ((flags & E_BLOCK) !== 0) this.sep = SEP_BLOCK
    if ((flags & E_BR) !== 0) this.brs++
    else if ((flags & E_PRE) !== 0 && this.pre > 0) this.pre--
  }

  /** Skips the content of a raw-text element, leaving `pos` at its end tag (or finishing). */
  private skipRawText(name: string): void {
    const end = rawTextEnd(this.h, this.pos, name)
    if (end < 0) this.finish()
    else this.pos = end
  }
}

/**
 * Index of the first `<!--more-->` or `<!--members-only-->` comment that is markup (not inside
 * a script, a dropped element or an attribute), or -1. Linear; reads only markup.
 */
export function markerIndex(html: string, marker: HtmlMarker): number {
  const w = new HtmlWalker(html, marker === 'more' ? STOP_MORE : STOP_MEMBERS, undefined)
  while (!w.done) {
    const j = html.indexOf('<', w.pos)
    if (j < 0) break
    w.pos = j
    if (w.isMarkup(j)) w.markup()
    else w.pos = j + 1
  }
  return w.marker === undefined ? -1 : w.markerAt
}
