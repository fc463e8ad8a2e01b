// The text half of copydesk's HTML scanner: a resumable reader that turns HTML (or plain text)
// into normalized text on demand. `read(target)` stops at the first word boundary after `target`
// characters, so an excerpt of a 1 MB article costs what its first paragraphs cost. It only
// appends to its output, never reads it back (reading a growing cons string flattens it).
//
// Output rules: entities decoded once (`&amp;lt;` → `&lt;`, by the `entities` package); HTML
// whitespace collapsed to one space; a space at every block boundary (recorded in `blocks`);
// `<br>` → `\n` and `<pre>` kept verbatim in multi-line mode, both a plain space otherwise; no
// leading separator; lone surrogates → U+FFFD; NUL dropped (as browsers do).
import { decodeHTML } from 'entities/decode'
import { HtmlWalker, isHtmlSpace, SEP_BLOCK, SEP_NONE, SEP_SPACE } from './htmlWalker.js'

/** How a {@link TextReader} reads its input. */
export interface TextReaderMode {
  /** `true`: HTML (tags, entities); `false`: plain text (every character is text). */
  html: boolean
  /** `true`: `<br>` → `\n`, `<pre>` verbatim; `false`: one line (both become spaces). */
  lines: boolean
  /** STOP_MORE | STOP_MEMBERS (html only). */
  stops: number
  /** Extra element names to drop (lowercase). */
  skip: ReadonlySet<string> | undefined
}

/** A letter, digit or `#`: what may follow `&` in a character reference. */
export function isRefChar(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10 || c === 35
}

/**
 * End of the character reference starting at the `&` at `i`, before `limit`: named references
 * are at most 32 characters (plus `;`), numeric ones may carry any number of leading zeros.
 */
export function refEnd(h: string, i: number, limit: number): number {
  let j = i + 1
  const end = h.charCodeAt(j) === 35 ? limit : Math.min(limit, i + 40)
  while (j < end && isRefChar(h.charCodeAt(j))) j++
  if (j < limit && h.charCodeAt(j) === 59) j++
  return j
}

/** A resumable HTML/plain-text → normalized-text reader. */
export class TextReader extends HtmlWalker {
  /** The normalized text read so far (never starts with a separator, never ends with one). */
  text = ''
  /** Indexes in `text` where a new block starts (just after a block-boundary space). */
  readonly blocks: number[] = []
  private readonly html: boolean
  private readonly lines: boolean

  constructor(input: string, mode: TextReaderMode) {
    super(input, mode.html ? mode.stops : 0, mode.skip)
    this.html = mode.html
    this.lines = mode.lines
  }

  /** Reads until `text` has at least `target` characters (or the input ends); returns `done`. */
  read(target: number): boolean {
    const h = this.h
    while (!this.done && this.text.length < target) {
      if (this.pos >= this.n) {
        this.done = true
        break
      }
      if (this.html && h.charCodeAt(this.pos) === 60 && this.isMarkup(this.pos)) this.markup()
      else this.run(target)
    }
    return this.done
  }

  /** Appends `s` (no collapsible whitespace, no lone surrogate) after the separator owed. */
  private put(s: string): void {
    if (this.sep !== SEP_NONE || this.brs !== 0) {
      if (this.text.length > 0) {
        if (this.brs > 0 && this.lines) this.text += this.brs === 1 ? '\n' : '\n'.repeat(this.brs)
        else this.text += ' '
        if (this.sep === SEP_BLOCK) this.blocks.push(this.text.length)
      }
      this.sep = SEP_NONE
      this.brs = 0
    }
    this.text += s
  }

  /** Appends verbatim source text h[from, to); outside `<pre>` a trailing space becomes owed. */
  private flush(from: number, to: number): void {
    if (to <= from) return
    if (this.h.charCodeAt(to - 1) === 32 && !(this.lines && this.pre > 0)) {
      if (--to > from) this.put(this.h.slice(from, to))
      if (this.sep === SEP_NONE) this.sep = SEP_SPACE
      return
    }
    this.put(this.h.slice(from, to))
  }

  /** Appends decoded reference text, which may hold whitespace (`&#10;`) to collapse. */
  private putDecoded(s: string, verbatim: boolean): void {
    let from = 0
    for (let i = 0; i < s.length; i++) {
      if (!verbatim && isHtmlSpace(s.charCodeAt(i))) {
        if (i > from) this.put(s.slice(from, i))
        if (this.sep === SEP_NONE) this.sep = SEP_SPACE
        from = i + 1
      }
    }
    if (from < s.length) this.put(from === 0 ? s : s.slice(from))
  }

  /** Reads one text run from `pos`: to the next markup, the end, or past `target` characters. */
  private run(target: number): void {
    const h = this.h
    const n = this.n
    const html = this.html
    const verbatim = this.lines && this.pre > 0
    let i = this.pos
    let seg = i
    // A text without spaces (a 1 MB "word") must not be read whole either: stop a little past
    // the target (at a character boundary; references are decoded whole).
    const limit = target === Number.POSITIVE_INFINITY ? n : Math.min(n, i + Math.max(0, target - this.text.length) + 64)
    while (i < limit) {
      const c = h.charCodeAt(i)
      if (c > 60) {
        if (c < 0xd800 || c > 0xdfff) {
          i++
          continue
        }
        if (c <= 0xdbff && (h.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          i += 2
          continue
        }
        // Lone surrogates (a run of them at once) become U+FFFD.
        this.flush(seg, i)
        let k = i + 1
        for (; k < limit; k++) {
          const d = h.charCodeAt(k)
          if (d < 0xd800 || d > 0xdfff || (d <= 0xdbff && (h.charCodeAt(k + 1) & 0xfc00) === 0xdc00)) break
        }
        this.put(k === i + 1 ? '\uFFFD' : '\uFFFD'.repeat(k - i))
        i = seg = k
        continue
      }
      if (c <= 32 && isHtmlSpace(c)) {
        if (verbatim) {
          // Inside <pre>: keep whitespace, normalizing CRLF and CR to LF.
          if (c === 13) {
            this.flush(seg, i)
            this.put('\n')
            i += h.charCodeAt(i + 1) === 10 ? 2 : 1
            seg = i
          } else i++
          continue
        }
        // A single space between two characters is already normalized: keep it in the segment.
        if (c === 32 && i > seg && i + 1 < n && !isHtmlSpace(h.charCodeAt(i + 1))) {
          if (this.text.length + (i - seg) >= target) {
            this.flush(seg, i)
            if (this.sep === SEP_NONE) this.sep = SEP_SPACE
            this.pos = i + 1
            return
          }
          i++
          continue
        }
        this.flush(seg, i)
        let newlines = 0
        for (; i < n; i++) {
          const d = h.charCodeAt(i)
          if (!isHtmlSpace(d)) break
          if (d === 10) newlines++
        }
        // In plain text a blank line separates paragraphs (a block boundary).
        const sep = !html && newlines >= 2 ? SEP_BLOCK : SEP_SPACE
        if (this.sep < sep) this.sep = sep
        seg = i
        if (this.text.length >= target) break
        continue
      }
      if (c === 38 && html && isRefChar(h.charCodeAt(i + 1))) {
        this.flush(seg, i)
        const j = refEnd(h, i, n)
        this.putDecoded(decodeHTML(h.slice(i, j)), verbatim)
        i = seg = j
        if (this.text.length >= target) break
        continue
      }
      if (c === 60 && html && this.isMarkup(i)) break
      if (c === 0) {
        this.flush(seg, i)
        seg = ++i
        continue
      }
      i++
    }
    this.flush(seg, i)
    this.pos = i
    if (i >= n) this.done = true
  }
}

/** Reads all of `input`. */
export function readAll(input: string, mode: TextReaderMode): TextReader {
  const reader = new TextReader(input, mode)
  reader.read(Number.POSITIVE_INFINITY)
  return reader
}
