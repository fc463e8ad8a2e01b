import { describe, expect, it } from 'vitest'
import xss from '../fixtures/xss.json' with { type: 'json' }
import { CopydeskError, sanitizeCommentHtml, type CommentTag } from '../../src/moderation/index.js'

const ALLOWED = new Set(['p', 'br', 'a', 'blockquote', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li'])
const REL = 'ugc nofollow noopener noreferrer'

/**
 * Structural safety of sanitize-html's canonical output (quoted attributes, escaped text): only
 * allowed tags, only href/rel on <a>, only http(s)/mailto or relative hrefs. The Chromium test
 * (test/package/moderation.browser.test.ts) renders the same outputs in a real browser.
 */
function unsafeParts(html: string): string[] {
  const problems: string[] = []
  for (const m of html.matchAll(/<\/?([a-z][a-z0-9-]*)((?:[\s/][^<>]*)?)>/gi)) {
    const tag = (m[1] as string).toLowerCase()
    if (!ALLOWED.has(tag)) problems.push(`tag ${tag}`)
    for (const a of (m[2] as string).matchAll(/(?<![^\s=])([^\s=]+)="([^"]*)"/g)) {
      const name = (a[1] as string).toLowerCase()
      const value = (a[2] as string).replace(/&amp;/g, '&')
      if (tag !== 'a' || (name !== 'href' && name !== 'rel')) problems.push(`attribute ${tag}[${name}]`)
      if (name === 'href' && /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^(?:https?|mailto):/i.test(value))
        problems.push(`href ${value}`)
      if (name === 'rel' && value !== REL) problems.push(`rel ${value}`)
    }
  }
  return problems
}

describe('sanitizeCommentHtml', () => {
  it('mirrors its TSDoc example', () => {
    const result = sanitizeCommentHtml(
      '<p onclick="steal()">Hi <a href="javascript:alert(1)">there</a> <a href="https://example.com" target="_blank">link</a><script>alert(1)</script></p>',
    )
    expect(result.html).toBe(
      '<p>Hi there <a href="https://example.com" rel="ugc nofollow noopener noreferrer">link</a></p>',
    )
    expect(result.text).toBe('Hi there link')
    expect(result.removed.map((f) => `${f.kind}:${f.tag}`)).toEqual([
      'event-handler:p',
      'javascript-url:a',
      'script:script',
    ])
  })

  it.each([
    [
      'keeps the allowed tags',
      '<p><em>a</em> <strong>b</strong> <code>c</code></p><blockquote>q</blockquote><pre>x  y</pre><ul><li>1</li></ul><ol><li>2</li></ol>',
      '<p><em>a</em> <strong>b</strong> <code>c</code></p><blockquote>q</blockquote><pre>x  y</pre><ul><li>1</li></ul><ol><li>2</li></ol>',
    ],
    [
      'drops other tags but keeps their text',
      '<div><span class="x">hi</span> <b>there</b> <h1>now</h1></div>',
      'hi there now',
    ],
    [
      'drops script, style, textarea and option content',
      '<p>a<script>alert(1)</script><style>p{}</style><textarea>t</textarea><select><option>o</option></select>b</p>',
      '<p>ab</p>',
    ],
    [
      'gives links the ugc rel and no target',
      '<a href="https://example.com/x?a=1&b=2" target="_blank" rel="me">x</a>',
      '<a href="https://example.com/x?a=1&amp;b=2" rel="ugc nofollow noopener noreferrer">x</a>',
    ],
    [
      'keeps mailto and relative links',
      '<a href="mailto:ed@example.com">mail</a> <a href="/about">about</a>',
      '<a href="mailto:ed@example.com" rel="ugc nofollow noopener noreferrer">mail</a> <a href="/about" rel="ugc nofollow noopener noreferrer">about</a>',
    ],
    [
      'unwraps links with a disallowed or protocol-relative href',
      '<a href="javascript:alert(1)">a</a><a href="ftp://x">b</a><a href="//evil.example">c</a><a>d</a>',
      'abcd',
    ],
    ['closes unclosed tags', '<p>one<p>two', '<p>one</p><p>two</p>'],
    ['escapes stray angle brackets', 'a < b > c & d', 'a &lt; b &gt; c &amp; d'],
    ['decodes entities once', '<p>caf&eacute; &amp;amp; &#x1F600;</p>', '<p>café &amp;amp; 😀</p>'],
    ['returns empty for empty input', '', ''],
  ])('%s', (_name, input, html) => {
    expect(sanitizeCommentHtml(input).html).toBe(html)
  })

  it.each([
    [
      'paragraphs become blank lines, br and li line breaks',
      '<p>One  two</p><p>three<br>four</p><ul><li>a</li><li>b</li></ul>',
      'One two\n\nthree\nfour\n\na\nb',
    ],
    ['inline elements join words', 'f<em>u</em>ck <strong>the</strong>re', 'fuck there'],
    ['block boundaries never glue words', '<p>Billie Eilish</p><p>are</p>', 'Billie Eilish\n\nare'],
    ['pre keeps its white space', '<pre>a\n  b</pre>', 'a\n  b'],
    ['entities are decoded in the text', '<p>5 &lt; 6 &amp;&amp; caf&eacute;</p>', '5 < 6 && café'],
  ])('text: %s', (_name, input, text) => {
    expect(sanitizeCommentHtml(input).text).toBe(text)
  })

  it('reports links with their text span', () => {
    const { links, text } = sanitizeCommentHtml(
      '<p>See <a href="https://Example.com:8080/a">the report</a> and <a href="mailto:x@example.com">me</a></p>',
    )
    expect(links).toEqual([
      { href: 'https://Example.com:8080/a', host: 'example.com', text: 'the report', source: 'anchor', span: [4, 14] },
      { href: 'mailto:x@example.com', host: '', text: 'me', source: 'anchor', span: [19, 21] },
    ])
    expect(text.slice(4, 14)).toBe('the report')
  })

  it.each([
    ['<img src=x onerror=alert(1)>', ['media:img', 'event-handler:img']],
    ['<iframe src="https://evil.example"></iframe>', ['embed:iframe']],
    [
      '<svg><animate onbegin=alert(1)></svg>',
      ['foreign-content:svg', 'foreign-content:animate', 'event-handler:animate'],
    ],
    ['<form action="javascript:alert(1)"><input></form>', ['form:form', 'javascript-url:form', 'form:input']],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', ['unsafe-url:a']],
    ['<p style="position:fixed">x</p>', ['style-attribute:p']],
    ['<!--[if IE]><script>alert(1)</script><![endif]-->', ['comment:undefined', 'script:script']],
    ['<img src=x onerror=alert(1)', ['tag:img']],
    ['</script>', ['script:script']],
    ['<base href="https://evil.example/">', ['meta:base']],
    ['<p class="x" id="y">x</p>', ['attribute:p', 'attribute:p']],
  ])('reports what it removed from %s', (input, kinds) => {
    expect(sanitizeCommentHtml(input).removed.map((f) => `${f.kind}:${f.tag}`)).toEqual(kinds)
  })

  it('groups repeated findings with a count and keeps one sample', () => {
    const removed = sanitizeCommentHtml('<b onclick="a()">1</b><b onclick="b()">2</b>').removed
    expect(removed).toEqual([
      { kind: 'tag', tag: 'b', count: 2, dangerous: false },
      { kind: 'event-handler', tag: 'b', attribute: 'onclick', sample: 'a()', count: 2, dangerous: true },
    ])
  })

  it('marks attack markup dangerous and plain formatting not', () => {
    expect(sanitizeCommentHtml('<script>x</script>').removed[0]?.dangerous).toBe(true)
    expect(sanitizeCommentHtml('<span>x</span>').removed[0]?.dangerous).toBe(false)
    expect(
      sanitizeCommentHtml('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>').removed.some(
        (f) => f.dangerous,
      ),
    ).toBe(true)
  })

  it('honours options: extra tags, schemes, rel, target, links off, honest links, nesting', () => {
    const tags: CommentTag[] = ['p', 'b', 'a']
    expect(sanitizeCommentHtml('<p><b>x</b><em>y</em></p>', { allowedTags: tags }).html).toBe('<p><b>x</b>y</p>')
    expect(sanitizeCommentHtml('<a href="tel:+15550100">call</a>', { allowedSchemes: ['tel'] }).html).toBe(
      '<a href="tel:+15550100" rel="ugc nofollow noopener noreferrer">call</a>',
    )
    expect(sanitizeCommentHtml('<a href="https://x.example">x</a>', { rel: 'nofollow', targetBlank: true }).html).toBe(
      '<a href="https://x.example" rel="nofollow" target="_blank">x</a>',
    )
    expect(sanitizeCommentHtml('<a href="https://x.example">x</a>', { links: false }).html).toBe('x')
    expect(sanitizeCommentHtml('<a href="https://evil.example">bbc.co.uk</a>', { honestLinks: true }).html).toBe(
      'bbc.co.uk',
    )
    expect(
      sanitizeCommentHtml('<a href="https://www.bbc.co.uk/news">bbc.co.uk</a>', { honestLinks: true }).html,
    ).toContain('<a href')
    const deep = '<blockquote>'.repeat(10) + 'x' + '</blockquote>'.repeat(10)
    const shallow = sanitizeCommentHtml(deep, { maxNesting: 3 })
    expect(shallow.html).toBe('<blockquote><blockquote><blockquote>x</blockquote></blockquote></blockquote>')
    expect(shallow.removed[0]?.kind).toBe('nesting')
  })

  it.each([
    [42, 'INVALID_INPUT', 'sanitizeCommentHtml: html must be a string, received number 42'],
    [null, 'INVALID_INPUT', 'sanitizeCommentHtml: html must be a string, received null'],
  ])('throws for html %j', (input, code, message) => {
    expect(() => sanitizeCommentHtml(input as never)).toThrow(CopydeskError)
    expect(() => sanitizeCommentHtml(input as never)).toThrow(message)
    try {
      sanitizeCommentHtml(input as never)
    } catch (error) {
      expect((error as CopydeskError).code).toBe(code)
    }
  })

  it.each([
    [{ allowedTags: ['script'] }, 'allowedTags may only contain'],
    [{ allowedSchemes: ['javascript'] }, 'allowedSchemes may only contain'],
    [{ maxNesting: 0 }, 'maxNesting must be a positive integer'],
    [{ rel: 5 }, 'rel must be a string'],
  ])('rejects the options %j', (options, message) => {
    expect(() => sanitizeCommentHtml('x', options as never)).toThrow(message)
  })

  it(`reports every one of the ${xss.vectors.length} collected XSS vectors and leaves no unsafe markup`, () => {
    const unreported: string[] = []
    const unsafe: string[] = []
    for (const vector of xss.vectors) {
      const result = sanitizeCommentHtml(vector.payload)
      if (result.removed.length === 0) unreported.push(vector.payload)
      const problems = unsafeParts(result.html)
      if (problems.length > 0) unsafe.push(`${vector.payload} → ${problems.join(', ')}`)
    }
    console.log(
      `XSS: ${xss.vectors.length - unreported.length}/${xss.vectors.length} vectors reported in removed; ${unsafe.length} outputs with unsafe markup`,
    )
    expect(xss.vectors.length).toBeGreaterThanOrEqual(300)
    expect(unreported).toEqual([])
    expect(unsafe).toEqual([])
  }, 30_000)

  it(`keeps the ${xss.inert.length} text-only payloads inert`, () => {
    for (const vector of xss.inert) expect(unsafeParts(sanitizeCommentHtml(vector.payload).html)).toEqual([])
  })

  it('reads 1 MB of markup to the end (its time is a bench row, test/bench/moderation.bench.mjs)', () => {
    const html = '<p>Some <b onclick="x()">text</b> &amp; <a href="javascript:1">link</a></p>'.repeat(14_000)
    const result = sanitizeCommentHtml(html)
    expect(result.removed.find((f) => f.kind === 'event-handler')?.count).toBe(14_000)
  }, 30_000)

  it('removes tags nested deeper than 256 before parsing, keeping their text', () => {
    const depth = 100_000
    const result = sanitizeCommentHtml(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}<p>after</p>`)
    expect(result.text).toBe('deep\n\nafter')
    expect(result.removed.find((f) => f.kind === 'nesting')?.count).toBe(depth - 256 + (256 - 32))
    const quoted = sanitizeCommentHtml(`${'<i title="a>b">'.repeat(300)}x${'</i>'.repeat(300)}`)
    expect(quoted.text).toBe('x')
  }, 30_000)
})
