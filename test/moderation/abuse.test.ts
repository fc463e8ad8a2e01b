import { describe, expect, it } from 'vitest'
import {
  createModerationPolicy,
  defaultModerationWeights,
  moderateComment,
  type Reason,
  type Verdict,
} from '../../src/moderation/index.js'

const abuseOf = (v: Verdict): Reason | undefined => v.reasons.find((r) => r.code === 'abuse')
const verdict = (text: string): Verdict => moderateComment({ html: `<p>${text}</p>` })

describe('moderateComment: abuse rule', () => {
  it('holds an insult aimed at the reader or a mention, with the word as the span', () => {
    for (const text of ['@anna you are a liar', 'You clown, read the article', 'what a bunch of hypocrites']) {
      const v = verdict(text)
      const r = abuseOf(v)
      expect(r, text).toBeDefined()
      expect(r?.message).toMatch(/^Insults aimed at someone/)
      expect(v.action).not.toBe('approve')
      const [s, e] = r?.span ?? [0, 0]
      expect(/liar|clown|hypocrites/.test(v.text.slice(s, e))).toBe(true)
    }
  })

  it('holds words offensive in nearly every use on their own', () => {
    const v = verdict('This whole thing is stupid')
    expect(abuseOf(v)?.weight).toBe(defaultModerationWeights.abuse)
    expect(v.action).toBe('hold')
  })

  it('does not flag one coarse word, praise, or a name', () => {
    for (const text of [
      'What the hell happened at the council meeting?',
      'That was a hell of a goal.',
      'Among stage performances was a starring role directed by Noel Coward.',
      'She is a bad ass lawyer and I love it',
      'The report is thorough and the reporters deserve praise.',
    ]) {
      const v = verdict(text)
      expect(abuseOf(v), text).toBeUndefined()
      expect(v.action, text).toBe('approve')
    }
  })

  it('reads insults glued into hashtags and through look-alike letters', () => {
    expect(abuseOf(verdict('Unbelievable. #LiberalsAreIdiots'))).toBeDefined()
    // Cyrillic ѕ (U+0455) and a zero-width space inside the word.
    expect(abuseOf(verdict('you are ѕtu\u200Bpid'))).toBeDefined()
  })

  it('scales with the policy weight and can be switched off', () => {
    const off = createModerationPolicy({ weights: { abuse: 0 } })
    const v = moderateComment({ html: '<p>you idiot</p>' }, {}, off)
    expect(abuseOf(v)).toBeUndefined()
    const strong = createModerationPolicy({ weights: { abuse: 8 } })
    expect(abuseOf(moderateComment({ html: '<p>you idiot</p>' }, {}, strong))?.weight).toBe(8)
  })

  it('stays bounded on 1 MB of insults and of plain words', () => {
    for (const text of ['stupid '.repeat(150_000), 'word '.repeat(200_000), `#${'idiot'.repeat(200_000)}`]) {
      const v = moderateComment({ html: text })
      expect(v.text.length).toBeGreaterThan(900_000)
      expect(abuseOf(v)?.weight ?? 0).toBeLessThanOrEqual(defaultModerationWeights.abuse)
    }
  }, 60_000)
})
