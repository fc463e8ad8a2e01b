// The markup half of copydesk's HTML scanner: a small state machine over char codes (no DOM, no
// regex) that consumes one tag, comment, CDATA section or bogus comment at a time, together with
// everything a dropped element hides, and records what the text consumers need: block boundaries,
// line breaks, images, `<pre>` depth and the `<!--more-->` / `<!--members-only-->` markers.
// Linear: every character is looked at a bounded number of times, whatever the nesting.
// The text half lives in htmlReader.ts (text) and words.ts (counts).
import { E_BLOCK, E_BR, E_IMG, E_PRE, E_RAW, E_TREE, E_VOID, ELEMENT_FLAGS, IMPLIED_CLOSERS } from './htmlElements.js'
import { isHtmlSpace, rawTextEnd } from './htmlRawText.js'
import { commentBounds, tagEnd } from './htmlSyntax.js'
import { isAsciiLetter, keyCode, keyedFlags, NO_KEY } from './htmlTagKeys.js'

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
  /** Set by `startTag`: the tag ended with `/>`. */
  private selfClosing = false
  /** Set by `tagName`: where the current name is, and its key (NO_KEY when it has none). */
  private nameFrom = 0
  private nameTo = 0
  private nameKey = NO_KEY
  private nameUpper = false
  private skipName = ''
  private skipKey = NO_KEY
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
    if (this.skipDepth === 0 && this.extraSkip === undefined && this.simpleTags()) return
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

  /**
   * The hot path of deeply nested markup: consumes a run of attribute-less `<name>` / `</name>`
   * tags of elements that are inline or plain blocks (flags 0 or E_BLOCK, names with a key), with
   * exactly the effect `item()` has on them (a block boundary is owed), in one tight loop. Stops
   * at the first tag it cannot take whole; returns whether it consumed any.
   */
  private simpleTags(): boolean {
    const h = this.h
    const n = this.n
    let pos = this.pos
    const start = pos
    while (h.charCodeAt(pos) === 60) {
      let i = pos + 1
      let c = h.charCodeAt(i)
      if (c === 47) c = h.charCodeAt(++i)
      let code = (c | 32) - 97
      if (code >>> 0 >= 26) break
      // The key of `keyOf`, inline: letters 1–26, digits 1–5 as 27–31, at most 6 characters.
      let key = code + 1
      const from = i
      for (;;) {
        c = h.charCodeAt(++i)
        code = (c | 32) - 97
        if (code >>> 0 < 26) key = key * 32 + code + 1
        else if ((c - 49) >>> 0 < 5) key = key * 32 + c - 22
        else break
        if (i - from >= 6) break
      }
      if (c !== 62) break
      const flags = keyedFlags(key)
      if ((flags & ~E_BLOCK) !== 0) break
      if (flags !== 0) this.sep = SEP_BLOCK
      pos = i + 1
    }
    if (pos === start) return false
    this.pos = pos
    if (pos >= n) this.done = true
    return true
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
    const [bodyEnd, end] = commentBounds(h, k)
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

  /** Scans a tag name starting at `from` (see `nameFrom`, `nameKey`); leaves `pos` just after it. */
  private tagName(from: number): void {
    const h = this.h
    let i = from
    let upper = false
    let key = 0
    for (; i < this.n; i++) {
      const c = h.charCodeAt(i)
      if (c <= 32 ? isHtmlSpace(c) : c === 47 || c === 62) break
      if (c >= 65 && c <= 90) upper = true
      if (key !== NO_KEY) {
        const code = keyCode(c)
        key = code === 0 || i - from >= 6 ? NO_KEY : key * 32 + code
      }
    }
    this.pos = i
    this.nameFrom = from
    this.nameTo = i
    this.nameKey = i === from ? NO_KEY : key
    this.nameUpper = upper
  }

  /** The current tag name as a lowercase string (built only off the hot path). */
  private name(): string {
    const name = this.h.slice(this.nameFrom, this.nameTo)
    return this.nameUpper ? name.toLowerCase() : name
  }

  /** Whether the current tag name is the dropped element's name. */
  private isSkipName(): boolean {
    if (this.nameKey !== NO_KEY || this.skipKey !== NO_KEY) return this.nameKey === this.skipKey
    return this.name() === this.skipName
  }

  /** Flags of the current tag name. */
  private flags(): number {
    if (this.extraSkip === undefined && this.nameKey !== NO_KEY) return keyedFlags(this.nameKey)
    const name = this.name()
    const flags = ELEMENT_FLAGS.get(name) ?? 0
    // A void element (`img`) has no content to drop: skipping it would swallow the rest.
    return this.extraSkip !== undefined && (flags & (E_RAW | E_VOID)) === 0 && this.extraSkip.has(name)
      ? flags | E_TREE
      : flags
  }

  private startTag(p: number): void {
    this.tagName(p + 1)
    const ended = tagEnd(this.h, this.pos)
    if (ended < 0) {
      this.finish()
      return
    }
    this.selfClosing = (ended & 1) === 1
    const end = ended >>> 1
    this.pos = end
    const flags = this.flags()
    if (this.skipDepth > 0) {
      if (!this.selfClosing && this.isSkipName()) this.skipDepth++
      else if ((flags & E_RAW) !== 0) this.skipRawText(this.name())
      return
    }
    if ((flags & E_BLOCK) !== 0) this.sep = SEP_BLOCK
    if ((flags & E_RAW) !== 0) this.skipRawText(this.name())
    else if ((flags & E_TREE) !== 0) {
      const name = this.name()
      // `<svg/>` and `<math/>` are complete (foreign content honours `/>`); HTML elements are not.
      if (!(this.selfClosing && (name === 'svg' || name === 'math'))) {
        this.skipName = name
        this.skipKey = this.nameKey
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
    this.tagName(p + 2)
    const ended = tagEnd(this.h, this.pos)
    if (ended < 0) {
      this.finish()
      return
    }
    const end = ended >>> 1
    const flags = this.flags()
    if (this.skipDepth > 0) {
      const name = this.name()
      if (this.isSkipName()) {
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
