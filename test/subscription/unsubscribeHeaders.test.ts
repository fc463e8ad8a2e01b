import { describe, expect, it } from 'vitest'
import { createConfirmationToken, unsubscribeHeaders, verifyConfirmationToken } from '../../src/subscription/index.js'

const secret = 'k3Jd8sL1qP0vX7mZ2nB5cR9tW4yH6gF1'
const now = new Date('2026-11-24T10:00:00Z')
const token = await createConfirmationToken(
  { email: 'ana@example.com', newsletters: ['morning-briefing'], purpose: 'unsubscribe' },
  secret,
  { now },
)

describe('unsubscribeHeaders (RFC 8058 one-click)', () => {
  it('mirrors the @example: HTTPS URL with the token, then the mailto fallback', async () => {
    const t = await createConfirmationToken({ email: 'ana@example.com', purpose: 'unsubscribe' }, secret)
    expect(
      unsubscribeHeaders({
        url: 'https://news.example.com/unsubscribe',
        token: t,
        mailto: 'unsubscribe@news.example.com',
      }),
    ).toEqual({
      'List-Unsubscribe': `<https://news.example.com/unsubscribe?token=${t}>, <mailto:unsubscribe@news.example.com?subject=unsubscribe%20${t}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })

  it('gives exactly one HTTPS URI when there is no mailto', () => {
    expect(unsubscribeHeaders({ url: 'https://news.example.com/u', token })).toEqual({
      'List-Unsubscribe': `<https://news.example.com/u?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })

  it('the token in the URL verifies as an unsubscribe token', async () => {
    const header = unsubscribeHeaders({ url: 'https://news.example.com/u', token })['List-Unsubscribe']
    const url = new URL(header.slice(1, header.indexOf('>')))
    await expect(
      verifyConfirmationToken(url.searchParams.get('token'), secret, { purpose: 'unsubscribe', now }),
    ).resolves.toMatchObject({
      success: true,
      data: { email: 'ana@example.com', newsletters: ['morning-briefing'], purpose: 'unsubscribe' },
    })
  })

  it.each([
    [
      'appends to an existing query with &',
      'https://news.example.com/u?list=morning',
      `<https://news.example.com/u?list=morning&token=${token}>`,
    ],
    ['handles a bare trailing ?', 'https://news.example.com/u?', `<https://news.example.com/u?token=${token}>`],
    [
      'lowercases the host and adds the root path',
      'https://NEWS.Example.com',
      `<https://news.example.com/?token=${token}>`,
    ],
    [
      'punycodes an IDN host',
      'https://新闻.例子.广告/退订',
      `<https://xn--efvy88h.xn--fsqu00a.xn--4rr70v/%E9%80%80%E8%AE%A2?token=${token}>`,
    ],
  ])('%s', (_name, url, expected) => {
    expect(unsubscribeHeaders({ url, token })['List-Unsubscribe']).toBe(expected)
  })

  it('uses a custom parameter name and mail subject', () => {
    const h = unsubscribeHeaders({
      url: 'https://x.example/u',
      token,
      param: 't',
      mailto: 'u@x.example',
      mailtoSubject: '',
    })
    expect(h['List-Unsubscribe']).toBe(`<https://x.example/u?t=${token}>, <mailto:u@x.example?subject=${token}>`)
  })

  it('never emits CR, LF or a bare > inside an entry', () => {
    const value = unsubscribeHeaders({
      url: 'https://x.example/u',
      token,
      mailto: 'u@x.example',
      mailtoSubject: 'stop <now>',
    })['List-Unsubscribe']
    expect(value).not.toMatch(/[\r\n]/)
    expect(value.split(', ').every((entry) => entry.startsWith('<') && entry.indexOf('>') === entry.length - 1)).toBe(
      true,
    )
  })

  it.each<[string, Record<string, unknown> | unknown[]]>([
    ['an http: URL', { url: 'http://news.example.com/u' }],
    ['a mailto: URL', { url: 'mailto:u@news.example.com' }],
    ['a relative URL', { url: '/unsubscribe' }],
    ['a URL with CRLF (header injection)', { url: 'https://news.example.com/u\r\nBcc: x@y.com' }],
    ['a URL with a space', { url: 'https://news.example.com/un subscribe' }],
    ['a URL with >', { url: 'https://news.example.com/u>' }],
    ['a URL with a comma', { url: 'https://news.example.com/a,b' }],
    ['a URL with a fragment', { url: 'https://news.example.com/u#top' }],
    ['a confirm token', { token: 'CONFIRM' }],
    ['a random string token', { token: 'abc.def.ghi' }],
    ['a missing token', { token: undefined }],
    ['an invalid mailto', { mailto: 'Ana <u@x.example>' }],
    ['a mailto with CRLF', { mailto: 'u@x.example\r\nBcc: y@z.example' }],
    ['an empty param', { param: '' }],
    ['a lone surrogate in param (URIError before 0.2; issue 17)', { param: 'a\ud800' }],
    [
      'a lone surrogate in mailtoSubject (URIError before 0.2; issue 17)',
      { mailto: 'u@x.example', mailtoSubject: '\udc00x' },
    ],
    ['a number as mailtoSubject', { mailto: 'u@x.example', mailtoSubject: 5 }],
    ['options as an array', []],
  ])('throws INVALID_OPTIONS for %s', async (_name, patch) => {
    const confirm = await createConfirmationToken({ email: 'ana@example.com' }, secret, { now })
    const options = { url: 'https://news.example.com/u', token, ...patch }
    if (options.token === 'CONFIRM') options.token = confirm
    const call = (): unknown => unsubscribeHeaders((Array.isArray(patch) ? patch : options) as never)
    expect(call).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        message: expect.stringMatching(/^unsubscribeHeaders: options/),
      }),
    )
  })

  it('throws INVALID_OPTIONS without options', () => {
    expect(() => unsubscribeHeaders(undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
  })
})
