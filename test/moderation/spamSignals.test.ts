import { describe, expect, it } from 'vitest'
import { createModerationPolicy, moderateComment, type Reason } from '../../src/moderation/index.js'

const rulesOnly = createModerationPolicy({ spamModel: null })
const reasonsOf = (text: string): Reason[] => moderateComment({ html: `<p>${text}</p>` }, { now: 0 }, rulesOnly).reasons
const find = (text: string, code: string): Reason | undefined => reasonsOf(text).find((r) => r.code === code)
const spanText = (text: string, code: string): string | undefined => {
  const r = find(text, code)
  return r?.span === undefined ? undefined : text.slice(r.span[0], r.span[1])
}

describe('spam signals (moderateComment reasons with spans)', () => {
  it.each([
    ['Hey guys check out my new channel please', 'check out my'],
    ['sub4sub anyone?', 'sub4sub'],
    ['Please like and subscribe', 'like and subscribe'],
    ['Subscribe to me, I make videos', 'Subscribe to me'],
    ['Visit my website for more', 'Visit my'],
    ['Schaut euch meinen Kanal an', 'Schaut euch meinen'],
    ['Abonnez-vous à ma chaîne', 'Abonnez-vous à ma'],
    ['Suscríbete a mi canal', 'Suscríbete'],
    ['Se inscreva no meu canal', 'Se inscreva'],
    ['Подпишись на мой канал', 'Подпишись'],
    ['请订阅我的频道', '订阅我的'],
  ])('self-promotion: %s', (text, shown) => {
    expect(spanText(text, 'self-promotion')).toBe(shown)
    expect(moderateComment({ html: `<p>${text}</p>` }, { now: 0 }, rulesOnly).action).not.toBe('approve')
  })

  it.each([
    ['Find it at hxxp://bad.example/x', 'disguised-link', 'hxxp'],
    ['search you[tube] for my songs', 'disguised-link', 'you[tube]'],
    ['just open watch?v=dQw4w9WgXcQ now', 'disguised-link', 'watch?v='],
    ['go to w w w dot example', 'disguised-link', 'w w w'],
    ['WhatsApp me on +1 555 010 4477', 'contact-invite', 'WhatsApp me'],
    ['dm me for the link', 'contact-invite', 'dm me'],
    ['Work from home and get paid daily', 'money-bait', 'Work from home'],
    ['Join the best crypto investment group', 'crypto-bait', 'crypto investment'],
    ['Hot singles in your area', 'adult-bait', 'Hot singles'],
    ['Your account suspended, verify your account now', 'phishing', 'account suspended'],
  ])('%s → %s', (text, code, shown) => {
    expect(spanText(text, code)).toBe(shown)
  })

  it('recognises bare and spelled-out domains as links', () => {
    expect(find('best deals on murdev.com today', 'links')?.span).toEqual([14, 24])
    expect(find('visit example dot com for more', 'obfuscated-url')).toBeDefined()
  })

  it('leaves ordinary news comments alone', () => {
    for (const text of [
      'I subscribe to the paper and this is the best piece this year.',
      'Check out the council minutes: the vote was 5 to 4.',
      'My brother works from home on Fridays.',
      'The crypto crash hit pension funds too.',
      'Follow the money, as they say.',
    ]) {
      const v = moderateComment({ html: `<p>${text}</p>` }, { now: 0 })
      expect([text, v.action]).toEqual([text, 'approve'])
    }
  })

  it('adds a spam-model reason with the probability and the features behind it', () => {
    const v = moderateComment({ html: '<p>WINNER!! Claim your free prize now, text WIN to 80086</p>' }, { now: 0 })
    const r = v.reasons.find((x) => x.code === 'spam-model')
    expect(r?.probability).toBeGreaterThan(0.9)
    expect(r?.features?.length).toBeGreaterThan(0)
    expect(r?.message).toMatch(/^The spam model rates it \d+ % likely spam \(/)
    for (const f of r?.features ?? []) if (f.span !== undefined) expect(f.span[1]).toBeGreaterThan(f.span[0])
  })

  it('reads a 1 MB comment of spam phrases in bounded work (the first 50,000 characters)', () => {
    const v = moderateComment({ html: `<p>${'check out my channel '.repeat(50_000)}</p>` }, { now: 0 })
    expect(v.reasons.find((r) => r.code === 'self-promotion')?.weight).toBe(7.5)
  })
})
