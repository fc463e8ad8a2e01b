// The canonical fast path: markup already in sanitize-html's output form is returned as
// sanitize-html would write it, without parsing.
import type { SanitizeSettings } from './_sanitizeSettings.js'

const BLOCKS_CLOSING_P: ReadonlySet<string> = /*@__PURE__*/ new Set(['p', 'blockquote', 'ol', 'ul', 'pre', 'hr'])
/** An absolute http(s)/mailto URL of characters that need no escaping in an attribute. */
const SIMPLE_URL =
  /^(?:https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#][\w.~:/?#[\]@!$'()*+,;=%-]*)?|mailto:[\w.%+-]+@[a-z0-9.-]+)$/i

/**
 * The output sanitize-html would produce for HTML that is already in its canonical form, or
 * `null` when the input is anything else. Canonical: only allowed tags, lower case, without
 * attributes (`<br>`, `<br/>`, `<br />` allowed, written back as `<br />`; `<a href="…">` with a
 * plain http(s)/mailto URL, written back with the rel sanitize-html adds), properly nested with
 * no end tag that htmlparser2 would imply (a block opened inside `<p>`, `<li>` inside `<li>`), no
 * `<`, `>` or control character in the text, and `&` only in `&amp;`, `&lt;`, `&gt;`. For such
 * input sanitize-html removes nothing and re-emits every tag and every text node unchanged, so
 * skipping its parse changes no result; a property test compares the two on generated markup.
 */
export function canonicalFastPath(input: string, settings: SanitizeSettings): string | null {
  const allowed = settings.tags
  const stack: string[] = []
  let out = ''
  let copied = 0
  const n = input.length
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i)
    if (c === 60) {
      const close = input.indexOf('>', i)
      if (close === -1) return null
      const tag = input.slice(i + 1, close)
      if (tag === 'br' || tag === 'br/' || tag === 'br /') {
        if (!allowed.includes('br')) return null
        out += `${input.slice(copied, i)}<br />`
        copied = close + 1
      } else if (tag.charCodeAt(0) === 47) {
        const name = tag.slice(1)
        if (stack.pop() !== name) return null
      } else if (tag.startsWith('a href="')) {
        // A link with a plain absolute URL: sanitize-html keeps the href as written and adds rel.
        const href = tag.slice(8, -1)
        if (
          !tag.endsWith('"') ||
          !SIMPLE_URL.test(href) ||
          stack.includes('a') ||
          !settings.links ||
          !allowed.includes('a')
        )
          return null
        if (!settings.schemes.includes(href.slice(0, href.indexOf(':')).toLowerCase())) return null
        if (stack.length + 1 >= settings.maxNesting) return null
        out += `${input.slice(copied, i)}<a href="${href}" rel="${settings.rel}"${settings.targetBlank ? ' target="_blank"' : ''}>`
        copied = close + 1
        stack.push('a')
      } else {
        if (!/^[a-z]+$/.test(tag) || tag === 'a' || tag === 'br' || tag === 'hr' || !allowed.includes(tag)) return null
        const top = stack[stack.length - 1]
        if ((top === 'p' && BLOCKS_CLOSING_P.has(tag)) || (top === 'li' && tag === 'li')) return null
        if (stack.length + 1 >= settings.maxNesting) return null
        stack.push(tag)
      }
      i = close
    } else if (c === 62 || (c < 32 && c !== 9 && c !== 10) || c === 127) {
      return null
    } else if (c === 38) {
      if (!(input.startsWith('&amp;', i) || input.startsWith('&lt;', i) || input.startsWith('&gt;', i))) return null
    }
  }
  if (stack.length > 0) return null
  return copied === 0 ? input : out + input.slice(copied)
}
