import { describe, expect, it } from 'vitest'
import { shareLinks, type ShareNetwork } from '../../src/teaser/index.js'
import articles from '../../examples/newsroom/articles.json'

const base = 'https://harborledger.example'
const article = { slug: 'king-tide', title: 'King tide', customExcerpt: 'Water over the seawall.' }
const url = 'https://harborledger.example/king-tide/'

/** The query parameters of a share URL, decoded by the WHATWG URL parser. */
function params(link: string): Record<string, string> {
  return Object.fromEntries(new URL(link).searchParams)
}

describe('shareLinks', () => {
  it('matches its documentation', () => {
    const links = shareLinks(
      { slug: 'king-tide', title: 'King tide & storm: what now?' },
      { baseUrl: base, networks: ['x', 'email'] },
    )
    expect(links[0]).toEqual({
      network: 'x',
      label: 'Share on X',
      url: 'https://x.com/intent/post?text=King%20tide%20%26%20storm%3A%20what%20now%3F&url=https%3A%2F%2Fharborledger.example%2Fking-tide%2F',
    })
    expect(links[1]!.url).toBe(
      'mailto:?subject=King%20tide%20%26%20storm%3A%20what%20now%3F&body=https%3A%2F%2Fharborledger.example%2Fking-tide%2F',
    )
    expect(
      shareLinks(
        { slug: 'king-tide', title: 'King tide' },
        { baseUrl: base, networks: ['mastodon'], instance: 'mastodon.social' },
      )[0]!.url,
    ).toBe('https://mastodon.social/share?text=King%20tide%20https%3A%2F%2Fharborledger.example%2Fking-tide%2F')
  })

  it('gives every network but Mastodon by default, in a fixed order, with labels', () => {
    expect(shareLinks(article, { baseUrl: base }).map((l) => [l.network, l.label])).toEqual([
      ['x', 'Share on X'],
      ['facebook', 'Share on Facebook'],
      ['linkedin', 'Share on LinkedIn'],
      ['bluesky', 'Share on Bluesky'],
      ['threads', 'Share on Threads'],
      ['reddit', 'Share on Reddit'],
      ['whatsapp', 'Share on WhatsApp'],
      ['telegram', 'Share on Telegram'],
      ['email', 'Share by email'],
    ])
  })

  it.each([
    ['x', 'https://x.com/intent/post', { text: 'King tide', url }],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php', { u: url }],
    ['linkedin', 'https://www.linkedin.com/sharing/share-offsite/', { url }],
    ['bluesky', 'https://bsky.app/intent/compose', { text: `King tide ${url}` }],
    ['threads', 'https://www.threads.net/intent/post', { text: 'King tide', url }],
    ['reddit', 'https://www.reddit.com/submit', { url, title: 'King tide' }],
    ['whatsapp', 'https://wa.me/', { text: `King tide ${url}` }],
    ['telegram', 'https://t.me/share/url', { url, text: 'King tide' }],
    ['email', 'mailto:', { subject: 'King tide', body: `Water over the seawall.\r\n\r\n${url}` }],
    ['mastodon', 'https://mastodon.social/share', { text: `King tide ${url}` }],
  ] as const)('builds the %s link', (network, prefix, expected) => {
    const [link] = shareLinks(article, {
      baseUrl: base,
      networks: [network as ShareNetwork],
      instance: 'mastodon.social',
    })
    expect(link!.url.startsWith(`${prefix}?`)).toBe(true)
    expect(params(link!.url)).toEqual(expected)
  })

  const hostile = [
    'Salt & Crumb: "last loaf"?',
    '#1 story: 100% ✓ — C++ & C# + a=b&c=d',
    "Coach Okoye: 'We play for the whole harbor'",
    'Jazz on the Piers 🎷👩‍👩‍👧‍👦🇯🇵 returns',
    'دليل الناخبين: كل ما تحتاج معرفته',
    'שלום ‏עולם‎ ‮bidi‬',
    'Line\nbreak\tand  spaces',
    '%20 is not a space, + is not a space',
    'Emoji 😀 and combining e\u0301',
  ]
  it.each(hostile)('round-trips the title %j through new URL(...).searchParams on every network', (title) => {
    for (const link of shareLinks({ slug: 'k', title }, { baseUrl: base, instance: 'mastodon.social' })) {
      const p = params(link.url)
      const text = p.text ?? p.title ?? p.subject
      if (link.network === 'facebook' || link.network === 'linkedin') continue // no text parameter
      if (['bluesky', 'whatsapp', 'mastodon'].includes(link.network)) expect(text).toBe(`${title} ${base}/k/`)
      else expect(text).toBe(title)
      expect(link.url).not.toMatch(/[\s"'<>]/)
    }
  })

  it('replaces lone surrogates instead of throwing', () => {
    const [x] = shareLinks({ slug: 'k', title: 'broken \uD800 title' }, { baseUrl: base, networks: ['x'] })
    expect(params(x!.url).text).toBe('broken \uFFFD title')
  })

  it('shares the canonical URL when there is one', () => {
    const links = shareLinks(
      { ...article, canonicalUrl: 'https://wire.example/story?id=7#top' },
      { baseUrl: base, networks: ['facebook'] },
    )
    expect(params(links[0]!.url).u).toBe('https://wire.example/story?id=7#top')
  })

  it('uses the permalink pattern', () => {
    const links = shareLinks(
      { ...article, publishedAt: '2026-11-24T06:00:00Z' },
      { baseUrl: base, permalink: '/:year/:slug/', networks: ['facebook'] },
    )
    expect(params(links[0]!.url).u).toBe('https://harborledger.example/2026/king-tide/')
  })

  it('uses a teaser’s url when there is no baseUrl', () => {
    const teaser = { slug: 'king-tide', title: 'King tide', url, excerpt: 'From the teaser.' }
    const [email] = shareLinks(teaser, { networks: ['email'] })
    expect(params(email!.url)).toEqual({ subject: 'King tide', body: `From the teaser.\r\n\r\n${url}` })
  })

  it('adds UTM tags to the shared URL, per network, keeping its query and fragment', () => {
    const links = shareLinks(
      { ...article, canonicalUrl: 'https://harborledger.example/k/?ref=home#comments' },
      {
        networks: ['x', 'email', 'reddit'],
        utm: { campaign: 'share-row', source: { reddit: 'rddt' }, content: 'bottom' },
      },
    )
    const shared = links.map((l) => new URL(params(l.url).url ?? params(l.url).body!.split('\r\n').pop()!))
    expect(shared.map((u) => Object.fromEntries(u.searchParams))).toEqual([
      { ref: 'home', utm_source: 'x', utm_medium: 'social', utm_campaign: 'share-row', utm_content: 'bottom' },
      { ref: 'home', utm_source: 'email', utm_medium: 'email', utm_campaign: 'share-row', utm_content: 'bottom' },
      { ref: 'home', utm_source: 'rddt', utm_medium: 'social', utm_campaign: 'share-row', utm_content: 'bottom' },
    ])
    expect(shared.every((u) => u.hash === '#comments')).toBe(true)
  })

  it('takes a fixed utm source and medium', () => {
    const [x] = shareLinks(article, {
      baseUrl: base,
      networks: ['x'],
      utm: { source: 'harbor', medium: 'share', term: 'tide & surge' },
    })
    expect(Object.fromEntries(new URL(params(x!.url).url!).searchParams)).toEqual({
      utm_source: 'harbor',
      utm_medium: 'share',
      utm_term: 'tide & surge',
    })
  })

  it('adds via to X and accepts an @', () => {
    expect(params(shareLinks(article, { baseUrl: base, networks: ['x'], via: '@harborledger' })[0]!.url).via).toBe(
      'harborledger',
    )
  })

  it('accepts the Mastodon instance as a host or an https URL, and skips Mastodon without one', () => {
    for (const instance of ['mastodon.social', 'https://mastodon.social/', 'MASTODON.social']) {
      expect(shareLinks(article, { baseUrl: base, networks: ['mastodon'], instance })[0]!.url).toMatch(
        /^https:\/\/mastodon\.social\/share\?text=/i,
      )
    }
    expect(shareLinks(article, { baseUrl: base, networks: ['mastodon', 'x'] }).map((l) => l.network)).toEqual(['x'])
  })

  it('takes labels in another language', () => {
    const links = shareLinks(article, {
      baseUrl: base,
      networks: ['x', 'email'],
      labels: { x: 'Auf X teilen', email: 'Per E-Mail teilen' },
    })
    expect(links.map((l) => l.label)).toEqual(['Auf X teilen', 'Per E-Mail teilen'])
  })

  it('builds links for every sample newsroom article', () => {
    for (const a of articles) {
      const links = shareLinks(a, { baseUrl: base, instance: 'mastodon.social' })
      expect(links).toHaveLength(10)
      for (const link of links) expect(() => new URL(link.url)).not.toThrow()
    }
  })

  it('does not mutate its arguments', () => {
    const input = Object.freeze({ ...article, tags: Object.freeze([{ slug: 'harbor' }]) })
    const options = Object.freeze({
      baseUrl: base,
      networks: Object.freeze(['x', 'email'] as ShareNetwork[]),
      utm: Object.freeze({ campaign: 'c' }),
    })
    expect(() => shareLinks(input, options)).not.toThrow()
  })

  it.each([
    ['null', null],
    ['no title', { slug: 'k' }],
    ['no slug', { title: 'K' }],
    ['a bad canonical URL', { slug: 'k', title: 'K', canonicalUrl: 'not a url' }],
  ])('throws INVALID_INPUT for %s', (_, input) => {
    expect(() => shareLinks(input as never, { baseUrl: base })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })

  it.each([
    ['no URL at all', {}],
    ['an unknown network', { baseUrl: base, networks: ['myspace'] }],
    ['networks that are not an array', { baseUrl: base, networks: 'x' }],
    ['an instance with a path', { baseUrl: base, instance: 'mastodon.social/@me' }],
    ['an instance that is not a host', { baseUrl: base, instance: 'not a host' }],
    ['an http instance', { baseUrl: base, instance: 'javascript:alert(1)' }],
    ['a bad via', { baseUrl: base, via: 'not a handle!' }],
    ['a non-object utm', { baseUrl: base, utm: 'campaign' }],
    ['a non-string label', { baseUrl: base, labels: { x: 3 } }],
    ['a bad baseUrl', { baseUrl: 'harborledger.example' }],
  ])('throws INVALID_OPTIONS for %s', (_, options) => {
    expect(() => shareLinks(article, options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
  })
})
