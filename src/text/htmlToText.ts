import { readAllText } from '../_internal/htmlReader.js'
import { toWellFormed } from '../_internal/wellFormed.js'
import { assertString, booleanOption, elementListOption, optionsObject } from './_options.js'

/** Options of {@link htmlToText}. */
export interface HtmlToTextOptions {
  /**
   * Extra elements whose content is dropped, besides the ones always dropped (`script`, `style`,
   * `template`, `noscript`, `textarea`, `iframe`, `svg`, `math`, `title`, `head`), e.g.
   * `['figcaption', 'aside']` for body text without captions and pull-outs.
   * @defaultValue `[]`
   */
  skip?: readonly string[] | undefined
  /** Stop at the `<!--more-->` marker. @defaultValue `false` */
  stopAtMore?: boolean | undefined
  /** Stop at Ghost's `<!--members-only-->` paywall marker, so no gated text is returned. @defaultValue `false` */
  stopAtMembersOnly?: boolean | undefined
}

/**
 * Turns HTML into plain text in one linear scan (no DOM, no backtracking regex).
 *
 * Rules: tags are removed (attributes may contain `>` inside quotes); comments, CDATA and
 * `<!DOCTYPE>` are dropped; the content of `script`, `style`, `template`, `noscript`, `textarea`,
 * `iframe`, `svg`, `math`, `title` and `head` never appears; named and numeric entities are decoded
 * once (`&amp;lt;` → `&lt;`); every block boundary (`p`, `div`, `li`, `h1`–`h6`, `td`, `blockquote`,
 * `figure`, `section`, `article`, …) becomes a space, so "Billie Eilish</a></p><p>are" reads
 * "Billie Eilish are"; `<br>` becomes `\n`; inline tags (`a`, `em`, `span`, …) add nothing;
 * whitespace is collapsed to single spaces outside `<pre>`, and the result is trimmed. Malformed
 * HTML never throws: an unclosed tag or comment drops the rest, as in browsers; a `<` that cannot
 * start a tag is text. Lone surrogates become U+FFFD.
 *
 * @param html - The HTML.
 * @param options - See {@link HtmlToTextOptions}.
 * @returns The plain text; `''` for empty input.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `html` is not a string, `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * htmlToText('<p>Billie Eilish</a></p><p>are <b>back</b> &amp; on tour</p>')
 * // 'Billie Eilish are back & on tour'
 * htmlToText('<p>Hi<script>alert(1)</script><br>there &lt;3</p>')
 * // 'Hi\nthere <3'
 * ```
 */
export function htmlToText(html: string, options?: HtmlToTextOptions): string {
  const fn = 'htmlToText'
  assertString(fn, html, 'html')
  const o = optionsObject<HtmlToTextOptions>(fn, options)
  const skip = elementListOption(fn, 'skip', o.skip)
  const { text } = readAllText(html, {
    ...(skip !== undefined ? { skip } : {}),
    stopAtMore: booleanOption(fn, 'stopAtMore', o.stopAtMore) ?? false,
    stopAtMembersOnly: booleanOption(fn, 'stopAtMembersOnly', o.stopAtMembersOnly) ?? false,
  })
  return toWellFormed(text.trimEnd())
}
