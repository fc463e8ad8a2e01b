// Reads sanitize-html's canonical output (allowed tags only, lower-case names, quoted attributes,
// text escaped with &amp; &lt; &gt; &quot; only) back into plain text, with its links and a map
// from text positions to HTML positions, so a reason can point at the text and at the HTML.
import { hostOf } from './_hosts.js'
import { decodeEntity, decodeEntities } from './_sanitizeAnchors.js'
import type { Sanitized } from './_sanitizeSettings.js'
import type { CommentLink, Finding } from './types.js'

const BLOCK_BREAK: Record<string, number> = { p: 2, blockquote: 2, pre: 2, ul: 2, ol: 2, hr: 2, li: 1, br: 1 }
const HREF_RE = /\shref="([^"]*)"/

/** The decoded href of a canonical `<a …>` tag. */
function hrefOf(tag: string): string | undefined {
  const m = HREF_RE.exec(tag)
  return m === null ? undefined : decodeEntities(m[1] as string)
}

/** Whether a character code is white space the way HTML collapses it (space, tab, LF, CR, FF). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12
}

/**
 * The end of the run of ordinary characters starting at `i`: up to a tag, an entity or white
 * space; a single space between two ordinary characters needs no collapsing and stays in the run.
 */
function runEnd(html: string, i: number): number {
  const n = html.length
  let j = i + 1
  while (j < n) {
    const c = html.charCodeAt(j)
    if (c === 32) {
      const d = html.charCodeAt(j + 1)
      if (j + 1 < n && d !== 60 && d !== 38 && !isSpace(d)) {
        j += 2
        continue
      }
      break
    }
    if (c === 60 || c === 38 || isSpace(c)) break
    j++
  }
  return j
}

/**
 * The text being assembled from slices of the HTML (runs of ordinary characters) and a few
 * synthetic pieces (line breaks, collapsed spaces, decoded entities); each piece is a segment of
 * the position map (recorded only when `record` is on), so nothing is written per character.
 */
class TextBuilder {
  readonly parts: string[] = []
  private readonly segText: number[] = []
  private readonly segHtml: number[] = []
  private readonly segHtmlEnd: number[] = []
  private readonly segVerbatim: boolean[] = []
  readonly spans: { href: string; start: number; end: number }[] = []
  size = 0
  private last = -1
  private pendingBreak = 0
  private breakAt = 0
  private pendingSpace = -1
  private pre = 0
  private open: { href: string; start: number } | undefined

  constructor(private readonly record: boolean) {}

  piece(text: string, htmlStart: number, htmlEnd: number, verbatim: boolean): void {
    if (text === '') return
    this.parts.push(text)
    if (this.record) {
      this.segText.push(this.size)
      this.segHtml.push(htmlStart)
      this.segHtmlEnd.push(htmlEnd)
      this.segVerbatim.push(verbatim)
    }
    this.size += text.length
    this.last = text.charCodeAt(text.length - 1)
  }

  /** Settles a pending line break or space before visible text. */
  settle(): void {
    if (this.pendingBreak > 0) {
      if (this.size > 0) this.piece(this.pendingBreak === 2 ? '\n\n' : '\n', this.breakAt, this.breakAt, false)
      this.pendingBreak = 0
      this.pendingSpace = -1
    } else if (this.pendingSpace !== -1) {
      if (this.size > 0 && this.last !== 10) this.piece(' ', this.pendingSpace, this.pendingSpace + 1, false)
      this.pendingSpace = -1
    }
    if (this.open !== undefined && this.open.start === -1) this.open.start = this.size
  }

  /** Reads the tag at `i` (breaks, `<pre>`, links) and returns the index after it. */
  tag(html: string, i: number): number {
    const close = html.indexOf('>', i)
    const end = close === -1 ? html.length : close + 1
    const closing = html.charCodeAt(i + 1) === 47
    let k = closing ? i + 2 : i + 1
    while (k < end) {
      const c = html.charCodeAt(k)
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) break
      k++
    }
    // sanitize-html writes tag names in lower case.
    const name = html.slice(closing ? i + 2 : i + 1, k)
    const brk = BLOCK_BREAK[name]
    if (brk !== undefined) {
      if (name === 'br' && this.pendingBreak === 0 && this.size > 0) {
        this.piece('\n', i, end, false)
        this.pendingSpace = -1
      } else if (brk > this.pendingBreak) {
        this.pendingBreak = brk
        this.breakAt = i
      }
    }
    if (name === 'pre') this.pre += closing ? -1 : 1
    if (name === 'a') this.link(html, i, end, closing)
    return end
  }

  private link(html: string, i: number, end: number, closing: boolean): void {
    if (!closing) {
      const href = hrefOf(html.slice(i, end))
      if (href !== undefined) this.open = { href, start: -1 }
    } else if (this.open !== undefined) {
      const { href, start } = this.open
      this.spans.push({ href, start: start === -1 ? this.size : start, end: this.size })
      this.open = undefined
    }
  }

  /** White space at `i`: collapsed outside `<pre>`, kept (CR as LF) inside. */
  space(html: string, i: number, code: number): void {
    if (this.pre === 0) {
      if (this.pendingSpace === -1) this.pendingSpace = i
    } else {
      this.settle()
      this.piece(code === 13 ? '\n' : (html[i] as string), i, i + 1, false)
    }
  }

  /** The HTML offset of text unit `t` (its start, or its end when `end` is true). */
  htmlOffset(t: number, end: boolean): number {
    const segText = this.segText
    if (segText.length === 0) return 0
    let lo = 0
    let hi = segText.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((segText[mid] as number) <= t) lo = mid
      else hi = mid - 1
    }
    if (!(this.segVerbatim[lo] as boolean)) return end ? (this.segHtmlEnd[lo] as number) : (this.segHtml[lo] as number)
    const offset = (this.segHtml[lo] as number) + (t - (segText[lo] as number))
    return end ? offset + 1 : offset
  }
}

/** Reads the whole of `html` into `out`. */
function readInto(html: string, out: TextBuilder): void {
  let i = 0
  const n = html.length
  while (i < n) {
    const code = html.charCodeAt(i)
    if (code === 60) {
      i = out.tag(html, i)
      continue
    }
    if (code === 38) {
      const semi = html.indexOf(';', i)
      if (semi !== -1 && semi - i <= 12) {
        out.settle()
        out.piece(decodeEntity(html.slice(i, semi + 1)), i, semi + 1, false)
        i = semi + 1
        continue
      }
    }
    if (isSpace(code)) {
      out.space(html, i, code)
      i++
      continue
    }
    const j = runEnd(html, i)
    out.settle()
    out.piece(html.slice(i, j), i, j, true)
    i = j
  }
}

/**
 * Reads sanitize-html's canonical output back into text with a position map and its links. The
 * position map is only recorded on demand (a second pass with `record`), when a reason needs it.
 */
export function readBack(html: string, removed: Finding[], record = false): Sanitized {
  const out = new TextBuilder(record)
  readInto(html, out)
  const text = out.parts.join('')
  const links: CommentLink[] = out.spans.map(({ href, start, end }) => ({
    href,
    host: hostOf(href),
    text: text.slice(start, end),
    source: 'anchor',
    span: [start, end],
  }))
  let mapped: ((start: number, end: number) => [number, number]) | undefined
  const htmlSpan = (start: number, end: number): [number, number] => {
    if (!record) {
      mapped ??= readBack(html, removed, true).htmlSpan
      return mapped(start, end)
    }
    const from = out.htmlOffset(start, false)
    return end <= start ? [from, from] : [from, out.htmlOffset(end - 1, true)]
  }
  return { html, text, removed, links, htmlSpan }
}
