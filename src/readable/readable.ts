// What an anonymous reader may read of an article. Every output of copydesk/formats (JSON-LD,
// feeds, meta tags), the teaser and the demo site are computed from this and from editor-written public fields only, so gated
// text cannot leak. Linear: indexOf scans over comments, no regex over the body.
import type { ArticleInput } from '../schema/types.js'

/** Ghost's paywall marker: everything after it is for members. */
export const MEMBERS_ONLY_MARKER = '<!--members-only-->'

/** Whether readers without an account may read the whole body. Unknown values count as gated. */
export function isGated(article: ArticleInput): boolean {
  return article.access !== undefined && article.access !== 'public'
}

/** What a comment means to the readable-part rule. */
type Mark = { kind: 'begin'; open: boolean } | { kind: 'end' } | { kind: 'members-only' } | undefined

/**
 * Reads `nonMember:true` from a gated-block head as Ghost writes it: `key:value` tokens separated by
 * spaces, values possibly quoted. Only an unquoted `nonMember` key whose value is `true` opens the
 * block to anonymous readers; anything else (missing, malformed, inside a quoted value) keeps it gated.
 */
function opensToNonMembers(head: string): boolean {
  let i = 0
  while (i < head.length) {
    while (i < head.length && head.charCodeAt(i) <= 32) i++
    const start = i
    let quote = 0
    // one token: up to the next unquoted whitespace; quotes skip to their partner
    while (i < head.length && (quote !== 0 || head.charCodeAt(i) > 32)) {
      const c = head.charCodeAt(i)
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if (c === 34 || c === 39) quote = c
      i++
    }
    const token = head.slice(start, i)
    const colon = token.indexOf(':')
    if (colon > 0 && token.slice(0, colon).toLowerCase() === 'nonmember') {
      const value = token.slice(colon + 1).replace(/^["']|["']$/g, '')
      return value.toLowerCase() === 'true'
    }
  }
  return false
}

/** What the comment body `<!--body-->` means: trimmed and case-folded, as the HTML walker reads markers. */
function markOf(body: string): Mark {
  const text = body.trim()
  if (text.length > 4096) return undefined
  const lower = text.toLowerCase()
  if (lower === 'members-only') return { kind: 'members-only' }
  if (lower === 'kg-gated-block:end') return { kind: 'end' }
  if (lower.startsWith('kg-gated-block:begin')) {
    return { kind: 'begin', open: opensToNonMembers(text.slice('kg-gated-block:begin'.length)) }
  }
  return undefined
}

/**
 * Removes Ghost's segment-gated blocks (`<!--kg-gated-block:begin nonMember:false …-->…end-->`)
 * except those shown to non-members (`nonMember:true`), whose content is kept. Comments are read
 * as the HTML walker reads markers (spaces around the body and letter case do not matter); blocks
 * nest (content is kept only when every enclosing block is open to non-members); a `nonMember`
 * inside a quoted value does not count; an unterminated block hides everything after it.
 * Linear: one indexOf scan over the comments.
 */
export function stripGatedBlocks(html: string): string {
  let at = html.indexOf('<!--')
  if (at === -1) return html
  let out = ''
  let from = 0
  // depth of enclosing blocks, and how many of them are gated
  let depth = 0
  let gatedDepth = 0
  const stack: boolean[] = []
  while (at !== -1) {
    const close = html.indexOf('-->', at + 4)
    // An unclosed comment runs to the end of the document (as in browsers): nothing after it is read.
    if (close === -1) return gatedDepth === 0 ? out + html.slice(from, at) : out
    const mark = markOf(html.slice(at + 4, close))
    if (mark?.kind === 'begin' || mark?.kind === 'end') {
      if (gatedDepth === 0) out += html.slice(from, at)
      if (mark.kind === 'begin') {
        stack.push(mark.open)
        depth++
        if (!mark.open) gatedDepth++
      } else if (depth > 0) {
        depth--
        if (stack.pop() === false) gatedDepth--
      }
      from = close + 3
    }
    at = html.indexOf('<!--', close + 3)
  }
  if (gatedDepth > 0) return out
  return out + html.slice(from)
}

/** Index of the first `<!--members-only-->` marker (any spacing or case), or -1. */
export function membersOnlyIndex(html: string): number {
  let at = html.indexOf('<!--')
  while (at !== -1) {
    const close = html.indexOf('-->', at + 4)
    if (close === -1) return -1
    if (markOf(html.slice(at + 4, close))?.kind === 'members-only') return at
    at = html.indexOf('<!--', close + 3)
  }
  return -1
}

/**
 * The HTML an anonymous reader may see: the whole body of a public article; for a gated one
 * `freeHtml`, else the part before `<!--members-only-->`, else nothing (as Ghost does).
 */
export function readableHtml(article: ArticleInput): string {
  if (!isGated(article)) return stripGatedBlocks(article.html)
  if (typeof article.freeHtml === 'string') return stripGatedBlocks(article.freeHtml)
  const marker = membersOnlyIndex(article.html)
  return marker === -1 ? '' : stripGatedBlocks(article.html.slice(0, marker))
}
