import { readAll } from '../_internal/htmlReader.js'
import { isHtmlSpace, STOP_MEMBERS, STOP_MORE } from '../_internal/htmlWalker.js'
import { assertString, booleanOption, optionsObject, skipOption } from './_options.js'

/** Options of {@link htmlToText}. */
export interface HtmlToTextOptions {
  /**
   * Extra elements whose content is dropped, besides those always dropped (`script`, `style`,
   * `template`, `noscript`, `textarea`, `iframe`, `svg`, `math`, `title`, …), e.g.
   * `['figcaption', 'aside']` for body text without captions and pull-outs. Lowercase or not.
   * @defaultValue `[]`
   */
  skip?: readonly string[] | undefined
  /**
   * Stop at the first `<!--more-->` comment: the text before it (the teaser part).
   * @defaultValue `false`
   */
  stopAtMore?: boolean | undefined
  /**
   * Stop at Ghost's `<!--members-only-->` paywall comment: only the free part.
   * @defaultValue `false`
   */
  stopAtMembersOnly?: boolean | undefined
  /**
   * `true`: one line, as excerpts are made: `<br>` and the line breaks of `<pre>` become spaces.
   * @defaultValue `false`
   */
  singleLine?: boolean | undefined
}

/** Trims HTML whitespace (space, tab, LF, FF, CR) at both ends; `<pre>` text may start or end with it. */
function trimHtmlSpace(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && isHtmlSpace(s.charCodeAt(a))) a++
  while (b > a && isHtmlSpace(s.charCodeAt(b - 1))) b--
  return a === 0 && b === s.length ? s : s.slice(a, b)
}

/**
 * Turns HTML into plain text in one linear scan: a small state machine over the characters, not a
 * DOM and not backtracking regexes.
 *
 * Tags are removed (a `>` inside a quoted attribute does not end a tag); comments, CDATA and
 * `<!DOCTYPE>` are dropped; the content of `script`, `style`, `template`, `noscript`,
 * `textarea`, `iframe`, `svg`, `math` and `title` never appears; named and numeric entities
 * are decoded exactly once (`&amp;lt;` → `&lt;`); every block boundary (`p`, `div`, `li`,
 * `h1`–`h6`, `td`, `th`, `tr`, `blockquote`, `figure`, `section`, `article`, `hr`, …) is a space,
 * so "Billie Eilish</a></p><p>are" reads "Billie Eilish are"; `<br>` is `\n`; inline tags (`a`,
 * `em`, `span`, …) add nothing; whitespace is collapsed to one space outside `<pre>`; the result
 * never starts or ends with whitespace. Malformed HTML never throws: an unclosed tag or comment
 * drops the rest of the input, as in browsers, and a `<` that cannot start a tag is text. Lone
 * surrogates become U+FFFD, so the result is always well-formed UTF-16.
 *
 * @param html - The HTML.
 * @param options - Extra dropped elements, markers, single-line mode; see {@link HtmlToTextOptions}.
 * @returns The plain text; `''` for empty input.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `html` is not a string; `INVALID_OPTIONS`
 * when an option has the wrong type or value.
 *
 * @example
 * ```ts
 * htmlToText('<p>Billie Eilish</a></p><p>are <b>back</b> &amp; on tour</p>')
 * // 'Billie Eilish are back & on tour'
 * htmlToText('<p>Hi<script>alert(1)</script><br>there &lt;3</p>')
 * // 'Hi\nthere <3'
 * htmlToText('<p title="a > b">x &amp;lt; y</p>')
 * // 'x &lt; y'
 * ```
 */
export function htmlToText(html: string, options?: HtmlToTextOptions): string {
  const fn = 'htmlToText'
  assertString(fn, html, 'html')
  const o = optionsObject<HtmlToTextOptions>(fn, options)
  const skip = skipOption(fn, o.skip)
  const stops =
    ((booleanOption(fn, 'stopAtMore', o.stopAtMore) ?? false) ? STOP_MORE : 0) |
    ((booleanOption(fn, 'stopAtMembersOnly', o.stopAtMembersOnly) ?? false) ? STOP_MEMBERS : 0)
  const lines = !(booleanOption(fn, 'singleLine', o.singleLine) ?? false)
  return trimHtmlSpace(readAll(html, { html: true, lines, stops, skip }).text)
}
