import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, excerpt, htmlToText, readingTime, type ExcerptOptions } from '../../src/text/index.js'

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
const graphemeEnds = (s: string) => new Set([0, ...[...segmenter.segment(s)].map((g) => g.index + g.segment.length)])
const graphemes = (s: string) => [...segmenter.segment(s)].length
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

// Hostile HTML built from pieces: tags (block, inline, void, dropped, broken), entities whole and
// broken, text in many scripts, emoji sequences, marks, lone surrogates, stray `<` and `&`.
const piece = fc.constantFrom(
  '<p>',
  '</p>',
  '<div class="a>b">',
  '</div>',
  '<br>',
  '<br/>',
  '<li>',
  '</li>',
  '<h2>',
  '</h2>',
  '<td>',
  '<tr>',
  '<a href="/x?a=1&b=2">',
  '</a>',
  '<em>',
  '</em>',
  "<span title='>'>",
  '</span>',
  '<img src=x alt="a > b">',
  '<hr>',
  '<pre>',
  '</pre>',
  '<!-- c -->',
  '<!-->',
  '<![CDATA[x]]>',
  '<!DOCTYPE html>',
  '<?x?>',
  '</>',
  '<',
  '</',
  '<3',
  'a<b',
  '&amp;',
  '&lt;',
  '&gt;',
  '&amp;lt;',
  '&nbsp;',
  '&#8217;',
  '&#x1F600;',
  '&#0;',
  '&#xD800;',
  '&copy',
  '&notit;',
  '&',
  '&#',
  '&x',
  'word',
  'Word',
  ' ',
  '  ',
  '\n',
  '\t',
  '.',
  '. ',
  ', ',
  '; ',
  ': ',
  '— ',
  '(',
  'Mr. ',
  'Dr. ',
  'U.S. ',
  '? ',
  '! ',
  'café',
  'e\u0301',
  'Ж',
  'Привет',
  'مرحبا',
  'שלום',
  'नमस्ते',
  'क्ष',
  'ि',
  '한국어',
  'ᄀ',
  '\u1161',
  'สวัสดี',
  'ำ',
  '東京',
  'で',
  '。',
  'カタカナ',
  '👨‍👩‍👧‍👦',
  '🇯🇵',
  '🇺🇸',
  '👍🏽',
  '❤️',
  '\u200D',
  '\u200B',
  '\uFE0F',
  '\u00AD',
  '\u0301',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\r\n',
)
const html = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 60 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
)
const limits = fc.oneof(
  fc.record({ maxChars: fc.integer({ min: 2, max: 60 }) }),
  fc.record({ maxWords: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ maxSentences: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ maxChars: fc.integer({ min: 2, max: 60 }), maxWords: fc.integer({ min: 1, max: 12 }) }),
)
const RUNS = { numRuns: 1500 }

/** The text an excerpt is cut from: the reader's one-line text, up to the markers. */
const source = (input: string, format: 'html' | 'text') =>
  format === 'html' ? htmlToText(input, { singleLine: true, stopAtMore: true, stopAtMembersOnly: true }) : null

describe('excerpt properties', () => {
  it('never exceeds maxChars (graphemes, ellipsis included) and never returns a lone surrogate', () => {
    fc.assert(
      fc.property(html, limits, fc.constantFrom('html' as const, 'text' as const), (input, limit, format) => {
        const { text } = excerpt(input, { ...limit, format })
        expect(wellFormed(text)).toBe(true)
        if ('maxChars' in limit) expect(graphemes(text)).toBeLessThanOrEqual(limit.maxChars)
      }),
      RUNS,
    )
  })

  it('cuts the source text at a grapheme boundary: the excerpt is a prefix of it plus the ellipsis', () => {
    fc.assert(
      fc.property(html, limits, (input, limit) => {
        const full = source(input, 'html') as string
        const { text, truncated } = excerpt(input, limit)
        if (!truncated) {
          expect(text).toBe(full)
          return
        }
        const kept = text.endsWith('…') ? text.slice(0, -1) : text
        expect(full.startsWith(kept)).toBe(true)
        expect(graphemeEnds(full).has(kept.length)).toBe(true)
      }),
      RUNS,
    )
  })

  it('never keeps more than maxWords words, nor cuts inside reference-like text', () => {
    fc.assert(
      fc.property(html, fc.integer({ min: 1, max: 12 }), (input, maxWords) => {
        const { text, truncated } = excerpt(input, { maxWords })
        const kept = truncated && text.endsWith('…') ? text.slice(0, -1) : text
        expect(countWords(kept)).toBeLessThanOrEqual(maxWords)
        // Literal "&x" may end an excerpt (it is the author's text), but never a cut "&am|p;".
        const full = source(input, 'html') as string
        if (truncated && /&[a-z0-9#]*$/i.test(kept)) expect(full.charAt(kept.length)).not.toMatch(/[a-z0-9#;]/i)
      }),
      RUNS,
    )
  })

  it('is idempotent on its own output in text format', () => {
    fc.assert(
      fc.property(html, limits, (input, limit) => {
        const options: ExcerptOptions = { ...limit, format: 'text' }
        const once = excerpt(input, options).text
        expect(excerpt(once, options).text).toBe(once)
      }),
      RUNS,
    )
  })
})

// Plain words (no separators that finishCut strips) joined by single spaces, in several scripts.
const plainWord = fc.oneof(
  fc.constantFrom('a', 'I', 'of', 'From', 'charity', 'chaos', 'Supercalifragilistic', 'U.S.', "don't", '3.5%'),
  fc.constantFrom('Привет', 'مرحبا', 'नमस्ते', '한국어', 'café', 'e\u0301e\u0301', '👨‍👩‍👧‍👦', '🇯🇵x', 'end.'),
  fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ж', '😀'), minLength: 1, maxLength: 30 }),
)
const sentenceOfWords = fc.array(plainWord, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '))

describe('excerpt keeps its promise (issue 16)', () => {
  it('never cuts inside a word when a space falls before the budget, and keeps as many words as fit', () => {
    fc.assert(
      fc.property(sentenceOfWords, fc.integer({ min: 2, max: 70 }), fc.boolean(), (full, maxChars, asHtml) => {
        const { text, truncated } = excerpt(asHtml ? `<p>${full.replace(/&/g, '&amp;')}</p>` : full, {
          maxChars,
          format: asHtml ? 'html' : 'text',
        })
        if (!truncated) {
          expect(text).toBe(full)
          return
        }
        const kept = text.endsWith('…') ? text.slice(0, -1) : text
        expect(full.startsWith(kept)).toBe(true)
        const firstSpace = full.indexOf(' ')
        const firstWord = firstSpace === -1 ? full : full.slice(0, firstSpace)
        if (graphemes(firstWord) + 1 <= maxChars) {
          // A word boundary: the next character of the text is the space after a whole word.
          expect(full.charAt(kept.length)).toBe(' ')
          // The longest such cut: the next whole word would not fit with the ellipsis.
          const next = full.indexOf(' ', kept.length + 1)
          expect(graphemes(full.slice(0, next === -1 ? full.length : next)) + 1).toBeGreaterThan(maxChars)
        } else {
          // Only a first word longer than the budget is cut inside.
          expect(kept.includes(' ')).toBe(false)
        }
      }),
      RUNS,
    )
  })

  it('says truncated exactly when readable text is left out (limits and <!--more--> alike)', () => {
    const withMarkers = fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: piece },
          { weight: 1, arbitrary: fc.constantFrom('<!--more-->', '<!--members-only-->') },
        ),
        {
          maxLength: 60,
        },
      )
      .map((p) => p.join(''))
    fc.assert(
      fc.property(withMarkers, fc.option(limits, { nil: undefined }), fc.boolean(), (input, limit, stopAtMore) => {
        const readable = htmlToText(input, { singleLine: true, stopAtMore: false, stopAtMembersOnly: true })
        const result = excerpt(input, { ...limit, stopAtMore })
        const kept = result.truncated && result.text.endsWith('…') ? result.text.slice(0, -1) : result.text
        expect(result.truncated).toBe(kept !== readable)
        if (result.stoppedAt === 'members-only') expect(result.truncated).toBe(false)
      }),
      RUNS,
    )
  })
})

describe('the nested-tag fast path (issue 13.6)', () => {
  // `skip` with an element that never occurs turns the fast path off: both must read the same.
  const tag = fc.constantFrom(
    '<div>',
    '</div>',
    '<DIV>',
    '</Span>',
    '<span>',
    '</span>',
    '<p>',
    '</p>',
    '<h1>',
    '</h5>',
    '<h6>',
    '</h6>',
    '<b>',
    '</b>',
    '<br>',
    '</br>',
    '<img>',
    '<pre>',
    '</pre>',
    '<script>',
    '</script>',
    '<svg>',
    '</svg>',
    '<section>',
    '</section>',
    '<strong>',
    '</strong>',
    '<a1>',
    '<a0>',
    '<li>',
    '<td>',
    '<hr>',
    '<x-y>',
    '<p/>',
    '<div >',
    '</div >',
    '<abcdef>',
    '<abcdefg>',
    'text',
    ' ',
    '&amp;',
    '<',
    '<!--more-->',
    '<template>',
    '</template>',
  )
  const markup = fc.array(tag, { maxLength: 80 }).map((p) => p.join(''))
  it('reads every input exactly as the general path does', () => {
    fc.assert(
      fc.property(markup, (input) => {
        const slow = { skip: ['never-used'] }
        expect(htmlToText(input)).toBe(htmlToText(input, slow))
        expect(excerpt(input, { maxWords: 5 })).toEqual(excerpt(input, { maxWords: 5, ...slow }))
        expect(readingTime(input)).toEqual(readingTime(input, slow))
      }),
      RUNS,
    )
  })
})

describe('htmlToText properties', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/)
  const block = fc.constantFrom(
    'p',
    'div',
    'li',
    'h1',
    'h3',
    'td',
    'th',
    'tr',
    'blockquote',
    'figure',
    'figcaption',
    'section',
    'article',
    'header',
    'footer',
    'ul',
    'ol',
    'table',
    'dd',
    'dt',
    'pre',
  )
  const inline = fc.constantFrom('a', 'b', 'em', 'span', 'strong', 'i', 'code')

  it('puts a separator at every block boundary, and nothing at inline tags', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, block, inline, fc.boolean()), { minLength: 1, maxLength: 12 }), (blocks) => {
        const markup = blocks
          .map(
            ([w, b, i, closed]) =>
              `<${b}><${i} class="x">${w.slice(0, 1)}</${i}>${w.slice(1)}${closed ? `</${b}>` : ''}`,
          )
          .join('')
        expect(htmlToText(markup)).toBe(blocks.map(([w]) => w).join(' '))
        expect(countWords(htmlToText(markup))).toBe(blocks.length)
        expect(readingTime(markup).words).toBe(blocks.length)
      }),
      RUNS,
    )
  })

  it('never shows text from script or style (sentinel inside, any content without an end tag)', () => {
    const content = fc.string({ maxLength: 40 }).filter((s) => !/<\/(?:script|style)/i.test(s) && !/<!--/.test(s))
    fc.assert(
      fc.property(
        fc.constantFrom('script', 'style', 'SCRIPT', 'Style'),
        content,
        content,
        html,
        (tag, a, b, around) => {
          const markup = `${around}<p>x</p><${tag} type="text/x">${a}SENTINEL${b}</${tag}>y`
          const text = htmlToText(markup)
          expect(text).not.toContain('SENTINEL')
          expect(excerpt(markup, { maxWords: 200 }).text).not.toContain('SENTINEL')
        },
      ),
      RUNS,
    )
  })

  it('never throws and always returns well-formed text without a tag from the input', () => {
    fc.assert(
      fc.property(html, (input) => {
        const text = htmlToText(input)
        expect(wellFormed(text)).toBe(true)
        expect(text).toBe(text.trim() === text ? text : text) // no throw
        expect(readingTime(input).words).toBe(countWords(text))
      }),
      RUNS,
    )
  })
})
