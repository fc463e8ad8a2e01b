// What an anonymous reader may read of an article. Every output of copydesk/formats (JSON-LD,
// feeds, meta tags), the teaser and the demo site are computed from this and from editor-written public fields only, so gated
// text cannot leak. Linear: indexOf scans, no regex over the body.
import type { ArticleInput } from '../schema/types.js'

/** Ghost's paywall marker: everything after it is for members. */
export const MEMBERS_ONLY_MARKER = '<!--members-only-->'

const GATED_BEGIN = '<!--kg-gated-block:begin'
const GATED_END = '<!--kg-gated-block:end-->'

/** Whether readers without an account may read the whole body. Unknown values count as gated. */
export function isGated(article: ArticleInput): boolean {
  return article.access !== undefined && article.access !== 'public'
}

/**
 * Removes Ghost's segment-gated blocks (`<!--kg-gated-block:begin nonMember:false …-->…end-->`)
 * except those shown to non-members (`nonMember:true`), whose content is kept. An unterminated
 * block hides everything after it.
 */
export function stripGatedBlocks(html: string): string {
  let at = html.indexOf(GATED_BEGIN)
  if (at === -1) return html
  let out = ''
  let from = 0
  while (at !== -1) {
    out += html.slice(from, at)
    const headEnd = html.indexOf('-->', at + GATED_BEGIN.length)
    if (headEnd === -1) return out
    const head = html.slice(at + GATED_BEGIN.length, headEnd)
    const end = html.indexOf(GATED_END, headEnd + 3)
    if (end === -1) return out
    if (/\bnonMember:\s*"?true\b/.test(head)) out += html.slice(headEnd + 3, end)
    from = end + GATED_END.length
    at = html.indexOf(GATED_BEGIN, from)
  }
  return out + html.slice(from)
}

/**
 * The HTML an anonymous reader may see: the whole body of a public article; for a gated one
 * `freeHtml`, else the part before `<!--members-only-->`, else nothing (as Ghost does).
 */
export function readableHtml(article: ArticleInput): string {
  if (!isGated(article)) return stripGatedBlocks(article.html)
  if (typeof article.freeHtml === 'string') return stripGatedBlocks(article.freeHtml)
  const marker = article.html.indexOf(MEMBERS_ONLY_MARKER)
  return marker === -1 ? '' : stripGatedBlocks(article.html.slice(0, marker))
}
