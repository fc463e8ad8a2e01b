// Links in sanitized HTML: unwrapping anchors that lost their href, unlinking dishonest links
// (visible text naming another site), and the entity decoding they and the read-back share.
import { hostInText, hostOf, registrable } from './_hosts.js'
import type { FindingSet } from './_sanitizeFindings.js'

/** Removes the tags of every `<a>` that lost its href (keeping the content), in one linear pass. */
export function unwrapBareAnchors(html: string): string {
  if (!html.includes('<a>') && !html.includes('<a rel=')) return html
  let out = ''
  let at = 0
  const stack: boolean[] = []
  const tag = /<(\/?)a(?=[\s>])([^>]*)>/g
  let m: RegExpExecArray | null
  while ((m = tag.exec(html)) !== null) {
    const closing = m[1] === '/'
    const bare = !closing && !/\shref="/.test(m[2] as string)
    const drop = closing ? (stack.pop() ?? false) : bare
    if (!closing) stack.push(bare)
    if (drop) {
      out += html.slice(at, m.index)
      at = m.index + m[0].length
    }
  }
  return out + html.slice(at)
}

const ANCHOR_RE = /<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g

/** `html` without its tags (`<…>`), in one pass. */
function stripTags(html: string): string {
  let out = ''
  let at = 0
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', at)) {
    const gt = html.indexOf('>', lt)
    if (gt === -1) break
    out += html.slice(at, lt)
    at = gt + 1
  }
  return out + html.slice(at)
}

/** Replaces each link whose visible text names another site than its href by its content. */
export function unlinkDishonest(html: string, findings: FindingSet): string {
  if (!html.includes('<a ')) return html
  return html.replace(ANCHOR_RE, (whole, rawHref: string, inner: string) => {
    const href = decodeEntities(rawHref)
    const shown = hostInText(decodeEntities(stripTags(inner)))
    if (shown === '' || registrable(shown) === registrable(hostOf(href))) return whole
    findings.add('attribute', false, 'a', 'href', href)
    return inner
  })
}

export function decodeEntity(entity: string): string {
  switch (entity) {
    case '&amp;':
      return '&'
    case '&lt;':
      return '<'
    case '&gt;':
      return '>'
    case '&quot;':
      return '"'
    case '&#39;':
    case '&apos;':
      return "'"
    default: {
      const m = /^&#(x[0-9a-f]+|\d+);$/i.exec(entity)
      if (m === null) return entity
      const digits = m[1] as string
      const cp = digits[0] === 'x' || digits[0] === 'X' ? parseInt(digits.slice(1), 16) : parseInt(digits, 10)
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd'
    }
  }
}

/** `text` with the entities sanitize-html writes (and numeric ones) decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, decodeEntity)
}
