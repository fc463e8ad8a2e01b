import { describe, expect, it } from 'vitest'
import { advanceGraphemes, graphemeFloor, isGraphemeBoundary } from '../../src/_internal/graphemes.js'

// The grapheme fast path (plain / extend / complex classes, src/_internal/charClass.ts) must agree
// with the runtime's Intl.Segmenter. Every BMP code point is checked in a few contexts: after a
// letter, doubled, before a mark, after a ZWJ, after a virama, next to Hangul jamo.
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
const contexts = ['a', ' ', '\u0301', '\u200D', '\u094D', '\u1100', '\u1161', 'ก', '😀', '🇯', '\u0600', '\n']

function ends(s: string): number[] {
  return [...segmenter.segment(s)].map((g) => g.index + g.segment.length)
}

function ours(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length;) {
    i = advanceGraphemes(s, i, 1)
    out.push(i)
  }
  return out
}

describe('grapheme clusters without Intl.Segmenter on the fast path', () => {
  it('agrees with Intl.Segmenter on every BMP code point in context', () => {
    const failures: string[] = []
    for (let start = 0x20; start < 0x10000; start += 64) {
      let s = ''
      for (let c = start; c < start + 64 && c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue
        const ch = String.fromCharCode(c)
        const ctx = contexts[c % contexts.length] as string
        s += `x${ch}${ch}${ctx}${ch}y `
      }
      const want = ends(s)
      const got = ours(s)
      if (got.join() !== want.join()) failures.push(start.toString(16))
    }
    expect(failures).toEqual([])
  }, 120_000)

  it.each([
    ['👨‍👩‍👧‍👦🇯🇵e\u0301', 3],
    ['क्षत्रिय', 3],
    ['สวัสดีครับ', 7],
    ['\u1100\u1161\u11A8한', 2],
    ['a\r\nb', 3],
    ['🇯🇵🇺🇸🇫', 3],
    ['\u0600a', 1],
  ])('counts %j as %d clusters', (s, n) => {
    expect(advanceGraphemes(s, 0, n)).toBe(s.length)
    expect(advanceGraphemes(s, 0, n + 1)).toBe(-1)
  })

  it('finds boundaries and the boundary at or before an index', () => {
    const s = 'ab👨‍👩‍👧cd'
    const set = new Set([0, ...ends(s)])
    for (let p = 0; p <= s.length; p++) {
      expect(isGraphemeBoundary(s, p)).toBe(set.has(p))
      expect(set.has(graphemeFloor(s, p))).toBe(true)
      expect(graphemeFloor(s, p)).toBeLessThanOrEqual(p)
    }
  })

  it('counts an abusive cluster (1,000 combining marks) as one per 32 code units', () => {
    const zalgo = `a${'\u0301'.repeat(1000)}`
    expect(advanceGraphemes(zalgo, 0, 1)).toBe(32)
    expect(advanceGraphemes(zalgo, 0, 2)).toBe(64)
  })
})
