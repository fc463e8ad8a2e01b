import { describe, expect, it } from 'vitest'
import { CopydeskError, htmlToText, isCopydeskError } from '../../src/text/index.js'
import articles from '../../examples/newsroom/articles.json'

function thrown(fn: () => unknown): CopydeskError {
  try {
    fn()
  } catch (error) {
    if (isCopydeskError(error)) return error
    throw error
  }
  throw new Error('did not throw')
}

describe('htmlToText', () => {
  it.each([
    // The TSDoc examples.
    ['<p>Billie Eilish</a></p><p>are <b>back</b> &amp; on tour</p>', 'Billie Eilish are back & on tour'],
    ['<p>Hi<script>alert(1)</script><br>there &lt;3</p>', 'Hi\nthere <3'],
    ['<p title="a > b">x &amp;lt; y</p>', 'x &lt; y'],
    // The module example.
    ['<p>Billie Eilish</a></p><p>are back</p>', 'Billie Eilish are back'],
  ])('matches its documentation: %j → %j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected)
  })

  it.each([
    ['', ''],
    ['   \n\t ', ''],
    ['<p></p><div> </div>', ''],
    ['plain text without tags', 'plain text without tags'],
    ['<p> padded </p>', 'padded'],
    ['<pre>  a\n  b  </pre>', 'a\n  b'],
    ['a<br><br>b', 'a\n\nb'],
    ['<br>a<br>', 'a'],
    ['a <br> b', 'a\nb'],
    ['<p>a</p><br><p>b</p>', 'a\nb'],
  ])('never starts or ends with whitespace: %j → %j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected)
  })

  it('drops extra elements named in `skip`, in any case', () => {
    const html =
      '<p>Body</p><aside><p>Pull quote</p></aside><figure><figcaption>Caption</figcaption></figure><p>More</p>'
    expect(htmlToText(html)).toBe('Body Pull quote Caption More')
    expect(htmlToText(html, { skip: ['aside', 'FIGCAPTION'] })).toBe('Body More')
    expect(htmlToText(html, { skip: [] })).toBe('Body Pull quote Caption More')
  })

  it('stops at the markers only when asked', () => {
    const html = '<p>Lead</p><!--more--><p>Free</p><!-- members-only --><p>Gated</p>'
    expect(htmlToText(html)).toBe('Lead Free Gated')
    expect(htmlToText(html, { stopAtMore: true })).toBe('Lead')
    expect(htmlToText(html, { stopAtMembersOnly: true })).toBe('Lead Free')
    expect(htmlToText(html, { stopAtMore: false, stopAtMembersOnly: false })).toBe('Lead Free Gated')
  })

  it('puts everything on one line with singleLine', () => {
    expect(htmlToText('<p>a<br>b</p><pre>c\n  d</pre>', { singleLine: true })).toBe('a b c d')
    expect(htmlToText('<p>a<br>b</p><pre>c\n  d</pre>')).toBe('a\nb c\n  d')
  })

  it('reads the sample newsroom without gluing words or leaking markup', () => {
    for (const article of articles) {
      const text = htmlToText(article.html)
      expect(text).not.toMatch(/<\/?[a-z]/i)
      expect(text).not.toMatch(/&(?:amp|lt|gt|quot|nbsp|mdash|ndash|ldquo|rdquo|hellip|#\d+);/)
      expect(text).toBe(text.trim())
    }
    const festival = articles.find((a) => a.id === 'art-011')!
    expect(htmlToText(festival.html)).toContain('Odessa Vance opens')
  })

  it('keeps the gated part of art-007 out with stopAtMembersOnly', () => {
    const gated = articles.find((a) => a.id === 'art-007')!
    expect(htmlToText(gated.html)).toContain('SECRET-GATED-PARAGRAPH')
    expect(htmlToText(gated.html, { stopAtMembersOnly: true })).not.toContain('SECRET-GATED-PARAGRAPH')
  })

  it('reads Arabic (art-005) and Japanese (art-010) bodies with their punctuation', () => {
    const arabic = htmlToText(articles.find((a) => a.id === 'art-005')!.html)
    expect(arabic).toMatch(/[\u0600-\u06FF]/)
    expect(arabic).toContain('«')
    const japanese = htmlToText(articles.find((a) => a.id === 'art-010')!.html)
    expect(japanese).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/)
  })
})

describe('htmlToText errors', () => {
  it.each([[undefined], [null], [42], [{}], [['<p>']]])('throws INVALID_INPUT naming the function for %j', (input) => {
    const error = thrown(() => htmlToText(input as never))
    expect(error).toBeInstanceOf(CopydeskError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/^htmlToText: html must be a string, received /)
  })

  it.each([
    ['a string', 'skip'],
    ['an array', []],
    ['skip not an array', { skip: 'aside' }],
    ['skip with a number', { skip: [1] }],
    ['skip with a selector', { skip: ['.caption'] }],
    ['stopAtMore not a boolean', { stopAtMore: 'yes' }],
    ['stopAtMembersOnly not a boolean', { stopAtMembersOnly: 1 }],
    ['singleLine not a boolean', { singleLine: null }],
  ])('throws INVALID_OPTIONS for %s', (_what, options) => {
    const error = thrown(() => htmlToText('<p>x</p>', options as never))
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.message).toMatch(/^htmlToText: options/)
  })
})
