// The public option types of sanitizeCommentHtml, below both it and _options.ts (which resolves them),
// so neither imports the other. Re-exported by sanitizeCommentHtml.ts.

/** A tag a comment may keep. The default set is the first eleven; the rest can be opted into. */
export type CommentTag =
  | 'p'
  | 'br'
  | 'a'
  | 'blockquote'
  | 'em'
  | 'strong'
  | 'code'
  | 'pre'
  | 'ul'
  | 'ol'
  | 'li'
  | 'b'
  | 'i'
  | 's'
  | 'del'
  | 'ins'
  | 'u'
  | 'q'
  | 'cite'
  | 'sub'
  | 'sup'
  | 'hr'

/** A URL scheme a comment link may use. */
export type CommentLinkScheme = 'http' | 'https' | 'mailto' | 'tel'

/** Options for {@link sanitizeCommentHtml}. */
export interface SanitizeCommentHtmlOptions {
  /**
   * Tags to keep; everything else is removed (its text kept, except for script, style, textarea,
   * option and xmp, whose content is dropped). Only tags from {@link CommentTag} are accepted:
   * never script, style, iframe, svg, math, form elements, textarea, xmp or option.
   * @defaultValue `['p', 'br', 'a', 'blockquote', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li']`
   */
  allowedTags?: readonly CommentTag[] | undefined
  /**
   * Schemes a link's `href` may use; other links lose their `href` and are unwrapped to text.
   * Relative links (`/path`, `#top`) are kept; protocol-relative ones (`//host`) are not.
   * @defaultValue `['http', 'https', 'mailto']`
   */
  allowedSchemes?: readonly CommentLinkScheme[] | undefined
  /**
   * The `rel` every link gets (whatever the comment said).
   * @defaultValue `'ugc nofollow noopener noreferrer'`
   */
  rel?: string | undefined
  /**
   * Give every link `target="_blank"`. Off by default: a comment should not choose where a
   * reader's click goes.
   * @defaultValue `false`
   */
  targetBlank?: boolean | undefined
  /**
   * Keep links. `false` unwraps every `<a>` to its text.
   * @defaultValue `true`
   */
  links?: boolean | undefined
  /**
   * Elements nested deeper than this are removed (their text kept), so a comment cannot ship a
   * DOM deep enough to slow down rendering.
   * @defaultValue `32`
   */
  maxNesting?: number | undefined
  /**
   * Unwrap links whose visible text names another site than their `href` (Coral's rule):
   * `<a href="https://evil.example">bbc.co.uk</a>` becomes the text `bbc.co.uk`.
   * @defaultValue `false` (the moderation verdict reports such links instead)
   */
  honestLinks?: boolean | undefined
}
