// The shared reading behind the link rules and the spam features: the words the spam features read
// and the bare links both sides share (scanned once per comment). Internal, so tested here against
// their simple definitions.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanTextLinks } from '../../src/moderation/_links.js'
import { foldWord, SPAM_SCAN_LIMIT, wordsOf } from '../../src/moderation/_spamSignals.js'
import { moderateComment } from '../../src/moderation/index.js'

/** The definition: runs of letters, marks and digits, folded. */
function wordsByRegex(text: string): { w: string; s: number; e: number }[] {
  const scanned = text.length > SPAM_SCAN_LIMIT ? text.slice(0, SPAM_SCAN_LIMIT) : text
  return [...scanned.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    w: foldWord(m[0]),
    s: m.index,
    e: m.index + m[0].length,
  }))
}

describe('the spam features’ words', () => {
  it('are the runs of letters, marks and digits, lower case without Latin accents', () => {
    expect(wordsOf('Check out MY chaîne, 2x!').map((w) => w.w)).toEqual(['check', 'out', 'my', 'chaine', '2x'])
    expect(wordsOf('𝐇𝐞𝐥𝐥𝐨 你好 a\ud800b')).toEqual(wordsByRegex('𝐇𝐞𝐥𝐥𝐨 你好 a\ud800b'))
  })

  it('match the regex definition on any text, lone surrogates and astral letters included', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      'é',
      'e\u0301',
      '٣',
      '你',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      ' ',
      '-',
      '_',
      'İ',
      'ß',
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(wordsOf(text)).toEqual(wordsByRegex(text))
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(wordsOf(text)).toEqual(wordsByRegex(text))
      }),
    )
  })

  it('stop at SPAM_SCAN_LIMIT characters', () => {
    const words = wordsOf('word '.repeat(20_001))
    expect(words).toHaveLength(10_000)
    expect(words.at(-1)?.e).toBeLessThanOrEqual(SPAM_SCAN_LIMIT)
  })
})

describe('bare links, scanned once per text', () => {
  const text = 'See example.com, mail me at a@b.org or call +1 (555) 010-0199, or visit foo dot com now'

  it('leave out the links that start inside a skipped span, whatever was read before', () => {
    const all = scanTextLinks(text, [])
    expect(all.map((l) => l.kind)).toEqual(['url', 'email', 'obfuscated', 'phone'])
    const first = all[0]?.span as [number, number]
    const skipped = scanTextLinks(text, [first])
    expect(skipped.map((l) => l.kind)).toEqual(['email', 'obfuscated', 'phone'])
    expect(scanTextLinks(text, [])).toEqual(all)
  })

  it('hand out copies: changing a returned link does not change the next answer', () => {
    const before = scanTextLinks(text, [])
    const changed = scanTextLinks(text, [])
    ;(changed[0] as { span: [number, number] }).span[0] = 99
    ;(changed[0] as { raw: string }).raw = 'changed'
    expect(scanTextLinks(text, [])).toEqual(before)
  })

  it('give moderateComment the same verdict whether or not the text was just scanned', () => {
    const comment = { html: `<p>${text}</p>` }
    const first = moderateComment(comment, { now: 0 })
    scanTextLinks('something else entirely, other.net', [])
    expect(moderateComment(comment, { now: 0 })).toEqual(first)
    expect(moderateComment(comment, { now: 0 })).toEqual(first)
  })
})
