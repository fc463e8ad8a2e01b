// A resumable, single-pass HTML → text reader: the one scanner behind htmlToText, excerpt,
// readingTime and the teaser. A small state machine over char codes (no DOM, no backtracking
// regex): tags with quoted/unquoted attributes (a `>` inside quotes does not end a tag),
// comments, CDATA and bogus comments, raw-text elements, skipped subtrees, entities decoded once
// per text run by the `entities` package, a space at block boundaries, `\n` for `<br>`, and
// whitespace collapsed outside `<pre>`. It can stop as soon as the caller has enough text, so an
// excerpt of a 1 MB article costs what its first paragraphs cost.
import { decodeHTML } from 'entities'
import { BLOCK_ELEMENTS, RAW_TEXT_ELEMENTS, SKIPPED_ELEMENTS } from './htmlElements.js'

/** Options of {@link createHtmlReader}. */
export interface HtmlReaderOptions {
  /** Extra element names whose content is dropped (lowercase), e.g. `figcaption`, `aside`. */
  skip?: readonly string[]
  /** Stop at `<!--more-->`. */
  stopAtMore?: boolean
  /** Stop at `<!--members-only-->` (Ghost's paywall marker). */
  stopAtMembersOnly?: boolean
}

/** Where the reader stopped early, if it did. */
export type HtmlMarker = 'more' | 'members-only'

/** A resumable reader. */
export interface HtmlReader {
  /** Reads until at least `minLength` characters of text are collected or the input ends; returns `true` when the input is exhausted (or a stop marker was reached). */
  read(minLength: number): boolean
  /** The text collected so far (whitespace collapsed; may end with one pending space trimmed). */
  text(): string
  /** The marker that stopped the reader, if any. */
  marker(): HtmlMarker | undefined
  /** How many `<img>` tags were seen (outside skipped elements). */
  images(): number
}

const LT = 60
const GT = 62
const SLASH = 47
const BANG = 33
const QUESTION = 63
const DQ = 34
const SQ = 39

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT || Number.isNaN(c)
}

/**
 * Finds the `>` that ends a tag starting at `from` (just after the tag name), skipping quoted
 * attribute values. Returns the index of `>` or -1. `selfClosing` reports a `/` right before `>`.
 */
function findTagEnd(html: string, from: number): { end: number; selfClosing: boolean } {
  let i = from
  const n = html.length
  let quote = 0
  let afterEquals = false
  while (i < n) {
    const c = html.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === GT) {
      return { end: i, selfClosing: i > from && html.charCodeAt(i - 1) === SLASH }
    } else if ((c === DQ || c === SQ) && afterEquals) {
      quote = c
    }
    if (quote === 0 && !isSpace(c)) afterEquals = c === 61
    i++
  }
  return { end: -1, selfClosing: false }
}

/** Index of the end tag `</name` (case-insensitive) at or after `from`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  let i = from
  for (;;) {
    const at = html.indexOf('</', i)
    if (at === -1) return -1
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && isNameEnd(html.charCodeAt(at + 2 + name.length))) {
      return at
    }
    i = at + 2
  }
}

/**
 * Creates a resumable reader over `html`. Malformed input never throws: an unclosed tag or
 * comment swallows the rest of the input, as browsers do; a `<` that cannot start a tag is text.
 */
export function createHtmlReader(html: string, options: HtmlReaderOptions = {}): HtmlReader {
  const extraSkip = new Set(options.skip ?? [])
  const n = html.length
  let pos = 0
  let out = ''
  let pendingSpace = false
  let preDepth = 0
  let skipName = ''
  let skipDepth = 0
  let stopped: HtmlMarker | undefined
  let imageCount = 0
  let done = n === 0

  function pushSpace(): void {
    if (out.length > 0 && !out.endsWith('\n')) pendingSpace = true
  }

  function pushText(decoded: string): void {
    if (preDepth > 0) {
      if (pendingSpace) out += ' '
      pendingSpace = false
      out += decoded
      return
    }
    let start = 0
    const len = decoded.length
    for (let i = 0; i < len; i++) {
      if (isSpace(decoded.charCodeAt(i))) {
        if (i > start) {
          if (pendingSpace) out += ' '
          out += decoded.slice(start, i)
          pendingSpace = false
        }
        if (out.length > 0 && out.charCodeAt(out.length - 1) !== 10) pendingSpace = true
        start = i + 1
      }
    }
    if (start < len) {
      if (pendingSpace) out += ' '
      out += start === 0 ? decoded : decoded.slice(start)
      pendingSpace = false
    }
  }

  function pushNewline(): void {
    pendingSpace = false
    if (out.length > 0 && !out.endsWith('\n')) out += '\n'
  }

  /** Emits raw text html[from, to), decoding entities; when `budget` is set, decodes only a prefix long enough. */
  function emitRaw(from: number, to: number, budget: number): number {
    let end = to
    if (budget > 0 && to - from > budget * 2 + 64) {
      end = from + budget * 2 + 64
      // Never cut inside an entity: back up to before a nearby `&`.
      const amp = html.lastIndexOf('&', end)
      if (amp > end - 40 && amp >= from) end = amp
      // Never cut between the halves of a surrogate pair.
      const c = html.charCodeAt(end - 1)
      if (c >= 0xd800 && c <= 0xdbff) end--
      if (end <= from) end = Math.min(to, from + budget * 2 + 64)
    }
    const chunk = html.slice(from, end)
    pushText(chunk.includes('&') ? decodeHTML(chunk) : chunk)
    return end
  }

  function handleComment(): void {
    // pos at "<!--"
    const close = html.indexOf('-->', pos + 4)
    const body = close === -1 ? '' : html.slice(pos + 4, close).trim().toLowerCase()
    pos = close === -1 ? n : close + 3
    if (skipDepth > 0) return
    if (body === 'more' && options.stopAtMore) stopped = 'more'
    else if (body === 'members-only' && options.stopAtMembersOnly) stopped = 'members-only'
  }

  function handleStartTag(): void {
    let i = pos + 1
    while (i < n && !isNameEnd(html.charCodeAt(i))) i++
    const name = html.slice(pos + 1, i).toLowerCase()
    const { end, selfClosing } = findTagEnd(html, i)
    pos = end === -1 ? n : end + 1
    if (end === -1) return
    if (skipDepth > 0) {
      if (name === skipName && !selfClosing) skipDepth++
      return
    }
    if (RAW_TEXT_ELEMENTS.has(name)) {
      // Raw text (script, style, textarea, title, iframe, noscript, …) ends only at its end tag.
      const close = name === 'plaintext' ? -1 : findEndTag(html, name, pos)
      pos = close === -1 ? n : close
      return
    }
    if (SKIPPED_ELEMENTS.has(name) || extraSkip.has(name)) {
      if (!selfClosing) {
        skipName = name
        skipDepth = 1
      }
      return
    }
    if (name === 'br') pushNewline()
    else if (name === 'img') imageCount++
    else if (name === 'pre') {
      pushSpace()
      preDepth++
    } else if (BLOCK_ELEMENTS.has(name)) pushSpace()
  }

  function handleEndTag(): void {
    let i = pos + 2
    while (i < n && !isNameEnd(html.charCodeAt(i))) i++
    const name = html.slice(pos + 2, i).toLowerCase()
    const close = html.indexOf('>', i)
    pos = close === -1 ? n : close + 1
    if (skipDepth > 0) {
      if (name === skipName) skipDepth--
      return
    }
    if (name === 'pre') {
      if (preDepth > 0) preDepth--
      pushSpace()
    } else if (name === 'br') pushNewline()
    else if (BLOCK_ELEMENTS.has(name)) pushSpace()
  }

  function read(minLength: number): boolean {
    while (!done && out.length < minLength) {
      if (stopped !== undefined || pos >= n) {
        done = true
        break
      }
      const lt = html.indexOf('<', pos)
      const textEnd = lt === -1 ? n : lt
      if (textEnd > pos) {
        if (skipDepth > 0) pos = textEnd
        else {
          pos = emitRaw(pos, textEnd, Math.max(0, minLength - out.length))
          continue
        }
      }
      if (lt === -1) continue
      const next = html.charCodeAt(lt + 1)
      pos = lt
      if (next === BANG) {
        if (html.startsWith('<!--', lt)) handleComment()
        else if (html.startsWith('<![CDATA[', lt)) {
          const close = html.indexOf(']]>', lt + 9)
          pos = close === -1 ? n : close + 3
        } else {
          const close = html.indexOf('>', lt + 2)
          pos = close === -1 ? n : close + 1
        }
      } else if (next === QUESTION) {
        const close = html.indexOf('>', lt + 2)
        pos = close === -1 ? n : close + 1
      } else if (next === SLASH && isAsciiLetter(html.charCodeAt(lt + 2))) {
        handleEndTag()
      } else if (isAsciiLetter(next)) {
        handleStartTag()
      } else if (next === SLASH && html.charCodeAt(lt + 2) === GT) {
        pos = lt + 3 // `</>` is ignored by browsers
      } else {
        // A `<` that cannot start a tag ("a < b", "<3", "<<") is text.
        if (skipDepth === 0) pushText('<')
        pos = lt + 1
      }
    }
    if (stopped !== undefined || pos >= n) done = true
    return done
  }

  return {
    read,
    text: () => out,
    marker: () => stopped,
    images: () => imageCount,
  }
}

/** Reads all of `html` with the given options and returns the collected text. */
export function readAllText(html: string, options: HtmlReaderOptions = {}): { text: string; images: number; marker: HtmlMarker | undefined } {
  const reader = createHtmlReader(html, options)
  reader.read(Number.POSITIVE_INFINITY)
  return { text: reader.text(), images: reader.images(), marker: reader.marker() }
}
