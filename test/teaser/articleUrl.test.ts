import { describe, expect, it } from 'vitest'
import { articleUrl, type ArticleUrlOptions } from '../../src/teaser/index.js'
import articles from '../../examples/newsroom/articles.json'

const base = 'https://harborledger.example'

describe('articleUrl', () => {
  it.each([
    // The TSDoc examples.
    [{ slug: 'king-tide' }, { baseUrl: base }, 'https://harborledger.example/king-tide/'],
    [
      { slug: 'king-tide', publishedAt: '2026-11-24T06:00:00Z' },
      { baseUrl: 'https://harborledger.example/news/', permalink: '/:year/:month/:slug/' },
      'https://harborledger.example/news/2026/11/king-tide/',
    ],
    [
      { slug: 'king-tide', canonicalUrl: 'https://wire.example/king-tide' },
      { baseUrl: base },
      'https://wire.example/king-tide',
    ],
    [
      { slug: '東京の天気' },
      { baseUrl: 'https://example.com' },
      'https://example.com/%E6%9D%B1%E4%BA%AC%E3%81%AE%E5%A4%A9%E6%B0%97/',
    ],
    [{ slug: 'king-tide' }, undefined, undefined],
  ] as const)('matches its documentation: %j %j → %j', (article, options, expected) => {
    expect(articleUrl(article, options as ArticleUrlOptions | undefined)).toBe(expected)
  })

  it.each([
    ['a base without trailing slash', { baseUrl: base }, 'https://harborledger.example/king-tide/'],
    ['a base with trailing slashes', { baseUrl: `${base}//` }, 'https://harborledger.example/king-tide/'],
    ['a base with a path', { baseUrl: `${base}/local` }, 'https://harborledger.example/local/king-tide/'],
    ['a base with a port', { baseUrl: 'http://localhost:2368' }, 'http://localhost:2368/king-tide/'],
    [
      'no trailing slash in the permalink',
      { baseUrl: base, permalink: '/:slug' },
      'https://harborledger.example/king-tide',
    ],
    ['an .html permalink', { baseUrl: base, permalink: '/:slug.html' }, 'https://harborledger.example/king-tide.html'],
    [
      'the date tokens (UTC)',
      { baseUrl: base, permalink: '/:year/:month/:day/:slug/' },
      'https://harborledger.example/2026/11/23/king-tide/',
    ],
    ['the id token', { baseUrl: base, permalink: '/p/:id/' }, 'https://harborledger.example/p/art-099/'],
    [
      'the section token',
      { baseUrl: base, permalink: '/:section/:slug/' },
      'https://harborledger.example/news/king-tide/',
    ],
    [
      'the primary tag (first public tag)',
      { baseUrl: base, permalink: '/:primary_tag/:slug/' },
      'https://harborledger.example/harbor/king-tide/',
    ],
  ])('joins baseUrl and permalink: %s', (_, options, expected) => {
    const article = {
      id: 'art-099',
      slug: 'king-tide',
      section: 'news',
      publishedAt: '2026-11-24T01:30:00+05:00',
      tags: [
        { slug: 'hash-wire', visibility: 'internal' },
        { slug: 'harbor', visibility: 'public' },
      ],
    }
    expect(articleUrl(article, options)).toBe(expected)
  })

  it('falls back to "all" for a missing section or primary tag, as Ghost does', () => {
    expect(articleUrl({ slug: 'x-y' }, { baseUrl: base, permalink: '/:section/:primary_tag/:slug/' })).toBe(
      'https://harborledger.example/all/all/x-y/',
    )
  })

  it('prefers canonicalUrl, then baseUrl + permalink, then a ready url', () => {
    const teaser = { slug: 'king-tide', url: 'https://old.example/king-tide/' }
    expect(articleUrl(teaser, {})).toBe('https://old.example/king-tide/')
    expect(articleUrl(teaser, { baseUrl: base })).toBe('https://harborledger.example/king-tide/')
    expect(articleUrl({ ...teaser, canonicalUrl: 'https://wire.example/k' }, { baseUrl: base })).toBe(
      'https://wire.example/k',
    )
    expect(articleUrl({ ...teaser, canonicalUrl: '' }, { baseUrl: base })).toBe(
      'https://harborledger.example/king-tide/',
    )
  })

  it('encodes characters a slug should not have', () => {
    expect(articleUrl({ slug: 'a b/c?d#e' }, { baseUrl: base })).toBe('https://harborledger.example/a%20b%2Fc%3Fd%23e/')
    expect(articleUrl({ slug: 'x\uD800' }, { baseUrl: base })).toBe('https://harborledger.example/x%EF%BF%BD/')
  })

  it('gives every sample newsroom article its canonical URL or the permalink', () => {
    for (const article of articles) {
      const url = articleUrl(article, { baseUrl: 'https://harborledger.example' })
      expect(url).toBe(article.canonicalUrl ?? `https://harborledger.example/${article.slug}/`)
    }
  })

  it.each([
    ['null', null],
    ['a string', 'king-tide'],
    ['no slug', { title: 'King tide' }],
    ['an empty slug', { slug: '' }],
    ['a relative canonical URL', { slug: 'k', canonicalUrl: '/k/' }],
    ['a javascript: canonical URL', { slug: 'k', canonicalUrl: 'javascript:alert(1)' }],
    ['a relative url', { slug: 'k', url: 'k/' }],
  ])('throws INVALID_INPUT for %s', (_, article) => {
    expect(() => articleUrl(article as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })

  it.each([
    [':year without publishedAt', { slug: 'k' }, '/:year/:slug/'],
    [':year with a bad publishedAt', { slug: 'k', publishedAt: 'soon' }, '/:year/:slug/'],
    [':id without id', { slug: 'k' }, '/:id/'],
  ])('throws INVALID_INPUT when the permalink needs a missing field: %s', (_, article, permalink) => {
    expect(() => articleUrl(article, { baseUrl: base, permalink })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })

  it.each([
    ['a relative baseUrl', { baseUrl: '/news' }],
    ['an ftp baseUrl', { baseUrl: 'ftp://example.com' }],
    ['a baseUrl with a query', { baseUrl: `${base}/?a=1` }],
    ['a baseUrl with a fragment', { baseUrl: `${base}#top` }],
    ['a permalink without a leading slash', { baseUrl: base, permalink: ':slug/' }],
    ['a permalink without :slug or :id', { baseUrl: base, permalink: '/:year/' }],
    ['an unknown token', { baseUrl: base, permalink: '/:category/:slug/' }],
    ['a permalink with a query', { baseUrl: base, permalink: '/:slug/?x' }],
    ['options that are not an object', 'https://example.com'],
  ])('throws INVALID_OPTIONS for %s', (_, options) => {
    expect(() => articleUrl({ slug: 'k' }, options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})
