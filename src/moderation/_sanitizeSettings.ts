// The sanitizer's resolved settings, its allowlists and its full result type, shared by the
// sanitize-html adapter (_sanitize.ts), its fast path, its read-back and the option resolver.
import type { CommentLink, Finding } from './types.js'

/** Tags a comment may keep; the first eleven are the default. */
export const COMMENT_TAGS: readonly string[] = [
  'p',
  'br',
  'a',
  'blockquote',
  'em',
  'strong',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'b',
  'i',
  's',
  'del',
  'ins',
  'u',
  'q',
  'cite',
  'sub',
  'sup',
  'hr',
]
/** The default allowed tags. */
export const DEFAULT_TAGS: readonly string[] = COMMENT_TAGS.slice(0, 11)
/** Schemes a link may use. */
export const COMMENT_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/** Resolved sanitizer settings. */
export interface SanitizeSettings {
  tags: readonly string[]
  schemes: readonly string[]
  rel: string
  targetBlank: boolean
  links: boolean
  maxNesting: number
  honestLinks: boolean
}

/** The sanitizer's full result (the public function returns part of it). */
export interface Sanitized {
  html: string
  text: string
  removed: Finding[]
  links: CommentLink[]
  /** The range of `html` that text range `[start, end)` comes from. */
  htmlSpan: (start: number, end: number) => [number, number]
}
