import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { resolveSanitizeOptions } from './_options.js'
import { sanitizeDetailed } from './_sanitize.js'
import type { SanitizeCommentHtmlOptions } from './_sanitizeTypes.js'
import type { CommentLink, Finding } from './types.js'

export type { CommentLinkScheme, CommentTag, SanitizeCommentHtmlOptions } from './_sanitizeTypes.js'

/** What {@link sanitizeCommentHtml} returns. */
export interface SanitizedComment {
  /** The safe HTML to store and display. */
  html: string
  /** Its plain text: block elements and `<br>` become line breaks, white space is collapsed, entities decoded. */
  text: string
  /** What was removed, grouped by kind, tag and attribute; empty when nothing was. */
  removed: Finding[]
  /** The links kept, with their visible text and its span in `text`. */
  links: CommentLink[]
}

/**
 * Cleans a comment's HTML with sanitize-html and reports what it removed.
 *
 * Keeps only `p, br, a, blockquote, em, strong, code, pre, ul, ol, li` (by default), only the
 * `href` attribute, only `http:`, `https:` and `mailto:` links (plus relative ones), and gives
 * every link `rel="ugc nofollow noopener noreferrer"`. No `target`, `style`, `class`, `id` or
 * event attributes survive; a link without a usable `href` becomes its text. `removed` lists
 * each kind of removed markup with a count and a `dangerous` flag (scripts, event handlers,
 * `javascript:` URLs, frames, forms, SVG…), so attempted XSS can weigh in a moderation verdict.
 *
 * Odd content never throws: `''` gives `{ html: '', text: '', removed: [], links: [] }`, broken
 * markup is repaired by the parser, and a 1 MB comment is processed in linear time.
 *
 * @param html - The comment's HTML as submitted.
 * @param options - Tags, schemes, rel, target and nesting limits.
 * @returns The safe HTML, its plain text, the findings and the links.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `html` is not a string; `INVALID_OPTIONS`
 *   when an option is not one of the accepted values.
 *
 * @example
 * ```ts
 * const result = sanitizeCommentHtml('<p onclick="steal()">Hi <a href="javascript:alert(1)">there</a> <a href="https://example.com" target="_blank">link</a><script>alert(1)</script></p>')
 * result.html
 * // '<p>Hi there <a href="https://example.com" rel="ugc nofollow noopener noreferrer">link</a></p>'
 * result.text // 'Hi there link'
 * result.removed.map((f) => `${f.kind}:${f.tag}`)
 * // ['event-handler:p', 'javascript-url:a', 'script:script']
 * ```
 */
export function sanitizeCommentHtml(html: string, options: SanitizeCommentHtmlOptions = {}): SanitizedComment {
  if (typeof html !== 'string') {
    throw new CopydeskError('INVALID_INPUT', `sanitizeCommentHtml: html must be a string, received ${describe(html)}`)
  }
  const settings = resolveSanitizeOptions(options, 'sanitizeCommentHtml')
  const result = sanitizeDetailed(html, settings)
  return { html: result.html, text: result.text, removed: result.removed, links: result.links }
}
