import { describe, expect, it } from 'vitest'
import { defaultSpamModel, moderateComment } from '../../src/moderation/index.js'

describe('defaultSpamModel', () => {
  // That the shipped model is what `npm run train:spam` produces is checked in test/cli/train-spam.test.ts
  // (it reads the corpora with node:fs, so it runs in the Node-only project).
  it('mirrors its TSDoc example', () => {
    expect(defaultSpamModel().examples).toEqual({ spam: 1809, ordinary: 6853 })
    expect(defaultSpamModel().predict('WINNER! Claim your free prize, text WIN to 80086 now').probability).toBe(1)
    expect(defaultSpamModel().predict('See you at the station at six').probability).toBe(0.0056)
  })

  it('returns a new copy each time: learning on one changes neither the next nor the default policy', () => {
    const text = 'Lovely weather in Harbor Town'
    const verdict = moderateComment({ html: `<p>${text}</p>` }, { now: 0 })
    const mine = defaultSpamModel()
    for (let i = 0; i < 30; i++) mine.learn({ text, spam: true })
    expect(mine.predict(text).probability).toBeGreaterThan(0.5)
    expect(defaultSpamModel().predict(text).probability).toBeLessThan(0.5)
    expect(moderateComment({ html: `<p>${text}</p>` }, { now: 0 })).toEqual(verdict)
  })
})
