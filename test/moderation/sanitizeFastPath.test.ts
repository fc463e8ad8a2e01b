// The canonical-markup fast path of sanitizeCommentHtml must give exactly what sanitize-html gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import spam from '../fixtures/moderation-spam.json' with { type: 'json' }
import newsroom from '../../examples/newsroom/comments.json' with { type: 'json' }
import { resolveSanitizeOptions } from '../../src/moderation/_options.js'
import { sanitizeDetailed } from '../../src/moderation/_sanitize.js'
import { canonicalFastPath } from '../../src/moderation/_sanitizeFastPath.js'

const plain = (r: ReturnType<typeof sanitizeDetailed>): unknown => ({
  html: r.html,
  text: r.text,
  removed: r.removed,
  links: r.links,
})
const settings = resolveSanitizeOptions(
  { allowedTags: ['p', 'br', 'a', 'blockquote', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'b', 'i'] },
  'test',
)
const pieces = [
  '<p>',
  '</p>',
  '<em>',
  '</em>',
  '<strong>',
  '</strong>',
  '<code>',
  '</code>',
  '<pre>',
  '</pre>',
  '<ul>',
  '</ul>',
  '<ol>',
  '</ol>',
  '<li>',
  '</li>',
  '<blockquote>',
  '</blockquote>',
  '<b>',
  '</b>',
  '<i>',
  '</i>',
  '<br>',
  '<br/>',
  '<br />',
  '<span>',
  '<P>',
  '<p class="x">',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&eacute;',
  '&',
  '<',
  '>',
  '"',
  "'",
  ' ',
  '\n',
  '\t',
  '\r',
  '\u0000',
  'text',
  'é',
  '😀',
  'a b',
  '<!-- c -->',
  '</br>',
  '</p >',
  '<a href="https://x.example/a?b=1">',
  '<a href="http://x.example">',
  '<a href="mailto:a@x.example">',
  '<a href="javascript:alert(1)">',
  "<a href='https://x.example'>",
  '<a href="HTTPS://X.EXAMPLE/">',
  '<a href="https://x.example/a&amp;b">',
  '<a href="//x.example">',
  '</a>',
  '<a href="ftp://x.example">',
]

describe('the canonical fast path', () => {
  it('gives byte-for-byte what sanitize-html gives, whenever it applies', () => {
    let applied = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const html = parts.join('')
        const fast = canonicalFastPath(html, settings)
        const slow = sanitizeDetailed(html, settings, false)
        if (fast !== null) {
          applied++
          expect(fast).toBe(slow.html)
          expect(slow.removed).toEqual([])
          expect(plain(sanitizeDetailed(html, settings))).toEqual(plain(slow))
        }
      }),
      { numRuns: 6000 },
    )
    expect(applied).toBeGreaterThan(150)
  }, 60_000)

  it('applies to typical comments and agrees with sanitize-html on the fixtures', () => {
    const all = [...spam.ordinary, ...spam.spam, ...newsroom.map((c) => c.html)]
    let applied = 0
    for (const html of all) {
      if (canonicalFastPath(html, settings) !== null) applied++
      expect(plain(sanitizeDetailed(html, settings))).toEqual(plain(sanitizeDetailed(html, settings, false)))
    }
    expect(applied).toBeGreaterThan(all.length / 3)
  })
})
