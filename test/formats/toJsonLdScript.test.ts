import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CopydeskError, toJsonLd, toJsonLdScript } from '../../src/formats/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { ARTICLES, BASE, isWellFormed } from './_fixtures.js'

const OPEN = '<script type="application/ld+json">'
const CLOSE = '</script>'

/** The JSON text inside the element, after checking the element cannot have been broken out of. */
function inner(script: string): string {
  expect(script.startsWith(OPEN)).toBe(true)
  expect(script.endsWith(CLOSE)).toBe(true)
  const body = script.slice(OPEN.length, -CLOSE.length)
  // No '<' at all, so no '</script', '<!--' or '<script' inside; no raw line/paragraph separators.
  expect(body).not.toMatch(/[<>\u2028\u2029]/)
  return body
}

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >x',
  '<!--<script>',
  '--><img src=x onerror=alert(1)>',
  ']]><![CDATA[',
  'line\u2028separator\u2029paragraph',
  '"quotes" & \\backslashes\\ & `backticks`',
  '\u0000\u0008 control \u001f',
  'lone \uD800 high and \uDC00 low surrogates',
  '😀🇯🇵👨‍👩‍👧 and 潮見市',
]

describe('toJsonLdScript', () => {
  it('matches its @example', () => {
    const script = toJsonLdScript({
      id: 'a1',
      slug: 'x',
      title: '</script><script>alert(1)</script>',
      html: '',
      authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
    })
    expect(
      script.startsWith(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",',
      ),
    ).toBe(true)
    expect(script.endsWith('}</script>')).toBe(true)
  })

  it.each(HOSTILE)('cannot be broken out of by %j in any field, and parses back to the same values', (evil) => {
    const input: ArticleInput = {
      ...BASE,
      title: `Title ${evil}`,
      customExcerpt: `Excerpt ${evil}`,
      section: evil,
      authors: [{ id: 'u1', name: `Name ${evil}`, slug: 'omar-ali', url: 'https://ledger.example/a?x=</script>' }],
      tags: [{ name: `Tag ${evil}`, slug: 'tag' }],
      featureImage: { url: 'https://img.example/a.jpg?q=<!--', caption: `Caption ${evil.replace(/</g, '&lt;')}` },
    }
    const script = toJsonLdScript(input, { publisher: { name: `Pub ${evil}` }, paywallSelector: evil })
    expect(JSON.parse(inner(script))).toEqual(
      JSON.parse(JSON.stringify(toJsonLd(input, { publisher: { name: `Pub ${evil}` } }))),
    )
  })

  it('escapes & and > as well, so the JSON is also safe inside an HTML attribute-free context', () => {
    const script = toJsonLdScript({ ...BASE, title: 'A & B > C' })
    expect(script).toContain('"headline":"A \\u0026 B \\u003e C"')
  })

  it('writes lone surrogates as \\u escapes, so the element is well-formed UTF-16', () => {
    const script = toJsonLdScript({ ...BASE, title: 'bad \uD800 title' })
    expect(script).toContain('"headline":"bad \\ud800 title"')
    expect(isWellFormed(script)).toBe(true)
  })

  it('adds an escaped CSP nonce and honours space', () => {
    expect(
      toJsonLdScript(BASE, { nonce: 'r4nd0m"><x' }).startsWith(
        '<script type="application/ld+json" nonce="r4nd0m&quot;&gt;&lt;x">',
      ),
    ).toBe(true)
    expect(toJsonLdScript(BASE, { space: 2 })).toContain('\n  "@context": "https://schema.org",\n')
  })

  it.each(ARTICLES.map((a) => [a.id, a] as const))('round-trips %s through JSON.parse', (_id, input) => {
    const options = { baseUrl: 'https://harborledger.example', publisher: { name: 'The Harbor Ledger' } }
    expect(JSON.parse(inner(toJsonLdScript(input, options)))).toEqual(toJsonLd(input, options))
  })

  it('is safe for any string in any text field (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string(), (title, name, tag) => {
        const input: ArticleInput = {
          ...BASE,
          title,
          customExcerpt: name,
          authors: [{ id: 'u', name, slug: 'u' }],
          tags: [{ name: tag, slug: 't' }],
        }
        const script = toJsonLdScript(input)
        const body = script.slice(OPEN.length, -CLOSE.length)
        return (
          script.startsWith(OPEN) &&
          script.endsWith(CLOSE) &&
          !/[<>\u2028\u2029]/.test(body) &&
          isWellFormed(body) &&
          JSON.stringify(JSON.parse(body)) === JSON.stringify(toJsonLd(input))
        )
      }),
      { numRuns: 150 },
    )
  }, 60_000)

  it.each([
    ['a numeric nonce', { nonce: 1 }],
    ['a negative space', { space: -1 }],
    ['options not an object', 'pretty'],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    let error: unknown
    try {
      toJsonLdScript(BASE, options as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CopydeskError)
    expect((error as CopydeskError).code).toBe('INVALID_OPTIONS')
  })

  it('throws INVALID_INPUT for a non-article, naming itself', () => {
    expect(() => toJsonLdScript(null as never)).toThrow(
      'toJsonLdScript: article must be an article object, received null',
    )
  })
})
