import { describe, expect, it } from 'vitest'
import { CopydeskError, fromGhostPost } from '../../src/formats/index.js'
import { GHOST, GHOST_RESPONSE } from './_fixtures.js'
import ghost05 from '../fixtures/ghost/real/export-0.5-cozy.json'
import ghost29 from '../fixtures/ghost/real/export-2.9.json'
import ghost40 from '../fixtures/ghost/real/export-4.0.json'
import ghost5api from '../fixtures/ghost/real/content-api-5.x.json'

const post = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...GHOST['no-tags.json'],
  ...overrides,
})

function thrown(fn: () => unknown): CopydeskError {
  try {
    fn()
  } catch (error) {
    if (error instanceof CopydeskError) return error
    throw error
  }
  throw new Error('did not throw')
}

describe('fromGhostPost', () => {
  it('matches its @example', () => {
    const article = fromGhostPost({
      id: '6745b2d0f1e2d30001a4b805',
      slug: 'smoke-advice',
      title: 'Smoke: protect your lungs',
      html: '<p>Free part.</p><!--members-only--><p>For members.</p>',
      visibility: 'members',
      published_at: '2026-11-09T07:30:00.000+00:00',
      url: 'https://ledger.example/smoke-advice/',
      authors: [{ id: '1', name: 'Haruka Tanaka', slug: 'haruka' }],
      tags: [
        { id: 't1', name: '#featured', slug: 'hash-featured' },
        { id: 't2', name: 'Climate', slug: 'climate' },
      ],
    })
    expect(article.access).toBe('members')
    expect(article.status).toBe('published')
    expect(article.section).toBe('climate')
    expect(article.tags[0]).toEqual({ id: 't1', name: '#featured', slug: 'hash-featured', visibility: 'internal' })
    expect(article.canonicalUrl).toBe('https://ledger.example/smoke-advice/')
  })

  it.each([
    ['entities-title.json', 'published', 'public', 'harbor', 3],
    ['no-feature-image.json', 'published', 'public', 'culture', 1],
    ['no-tags.json', 'published', 'public', undefined, 0],
    ['japanese-title.json', 'published', 'public', 'shiomi', 2],
    ['members-only.json', 'published', 'members', 'wildfire', 3],
    ['paid-tiers.json', 'published', 'paid', 'culture', 1],
    ['scheduled.json', 'scheduled', 'public', 'harbor', 1],
    ['draft.json', 'draft', 'public', undefined, 0],
  ])('imports fixture %s as a valid %s/%s article (section %s, %i tags)', (file, status, access, section, tags) => {
    const article = fromGhostPost(GHOST[file])
    expect(article.status).toBe(status)
    expect(article.access).toBe(access)
    expect(article.section).toBe(section)
    expect(article.tags).toHaveLength(tags)
    expect(article.id).toBe(GHOST[file]!['id'])
    expect(article.slug).toBe(GHOST[file]!['slug'])
  })

  it('keeps a plain-text Ghost title exactly, HTML-special characters and all (no entity decoding)', () => {
    expect(fromGhostPost(GHOST['entities-title.json']).title).toBe(
      'Q&A: The harbormaster on "king tides", <script> tags & why 2.1 m > 2 m',
    )
    expect(fromGhostPost(post({ title: 'Tom &amp; Jerry' })).title).toBe('Tom &amp; Jerry')
  })

  it('maps a Japanese title, tag name and caption unchanged', () => {
    const article = fromGhostPost(GHOST['japanese-title.json'])
    expect(article.title).toBe('姉妹都市・潮見市の視察団がポートアルダーを訪問　防潮堤の知見を共有')
    expect(article.tags[0]).toEqual({
      id: '6745a1c2f1e2d30001a4b7ae',
      name: '潮見市',
      slug: 'shiomi',
      visibility: 'public',
    })
    expect(article.featureImage?.caption).toBe('第2埠頭の防潮堤を見学する視察団（20日）')
  })

  it('maps authors with bio, profile image and author page, in order', () => {
    const article = fromGhostPost(GHOST['entities-title.json'])
    expect(article.authors.map((a) => a.slug)).toEqual(['omar', 'haruka'])
    expect(article.authors[0]).toEqual({
      id: '6745a0f1f1e2d30001a4b702',
      name: 'Omar Ali',
      slug: 'omar',
      bio: 'Harbor and transport reporter.',
      avatarUrl: 'https://ledger.example/content/images/2026/08/omar.jpg',
      url: 'https://ledger.example/author/omar/',
    })
    // No bio and no profile image: the fields are left out rather than null.
    expect(fromGhostPost(GHOST['no-feature-image.json']).authors[0]).toEqual({
      id: '6745a0f1f1e2d30001a4b703',
      name: 'Eleanor Whitcombe',
      slug: 'eleanor',
      url: 'https://ledger.example/author/eleanor/',
    })
  })

  it('marks #tags internal, keeps tag order and takes the section from primary_tag', () => {
    const article = fromGhostPost(GHOST['entities-title.json'])
    expect(article.tags.map((t) => [t.slug, t.visibility])).toEqual([
      ['hash-featured', 'internal'],
      ['harbor', 'public'],
      ['tides', 'public'],
    ])
    expect(article.section).toBe('harbor')
    expect(fromGhostPost(GHOST['entities-title.json'], { sectionFromPrimaryTag: false }).section).toBeUndefined()
    // A '#' name is internal even when the API says public.
    const tagged = fromGhostPost(post({ tags: [{ id: 't', name: '#wire', slug: 'hash-wire', visibility: 'public' }] }))
    expect(tagged.tags[0]?.visibility).toBe('internal')
    expect(tagged.section).toBeUndefined()
  })

  it('maps feature_image, _alt and _caption; an empty alt (decorative) is kept', () => {
    expect(fromGhostPost(GHOST['entities-title.json']).featureImage).toEqual({
      url: 'https://ledger.example/content/images/2026/11/harbormaster.jpg',
      alt: 'Harbormaster Ines Carvalho on the Pier 2 gangway',
      caption:
        'Photo by <a href="https://unsplash.com/@tidewatcher">Tide Watcher</a> / <a href="https://unsplash.com/">Unsplash</a>',
    })
    expect(fromGhostPost(GHOST['no-tags.json']).featureImage).toEqual({
      url: 'https://ledger.example/content/images/2026/11/ferry-ramp.jpg',
      alt: '',
    })
    expect(fromGhostPost(GHOST['no-feature-image.json']).featureImage).toBeUndefined()
  })

  it('uses custom_excerpt and never the automatic excerpt', () => {
    expect(fromGhostPost(GHOST['entities-title.json']).customExcerpt).toBe(
      'Next year’s tide tables add a surge column. Here’s why one number beats two.',
    )
    expect(GHOST['no-feature-image.json']!['excerpt']).toBeTypeOf('string')
    expect(fromGhostPost(GHOST['no-feature-image.json']).customExcerpt).toBeUndefined()
  })

  it('maps meta_title, meta_description and og_image to seo, and leaves seo out when all are empty', () => {
    expect(fromGhostPost(GHOST['entities-title.json']).seo).toEqual({
      metaTitle: 'Q&A: king tides and the new tide tables',
      metaDescription: 'The harbormaster explains the new surge column in Port Alder’s tide tables.',
      ogImage: 'https://ledger.example/content/images/2026/11/harbormaster-og.jpg',
    })
    expect(fromGhostPost(GHOST['no-tags.json']).seo).toBeUndefined()
  })

  it.each([
    ['public', 'public'],
    ['members', 'members'],
    ['paid', 'paid'],
    ['tiers', 'paid'],
    [undefined, 'public'],
    [null, 'public'],
  ])('maps visibility %j to access %j', (visibility, access) => {
    expect(fromGhostPost(post({ visibility })).access).toBe(access)
  })

  it.each([
    ['published', 'published'],
    ['draft', 'draft'],
    ['scheduled', 'scheduled'],
    ['sent', 'archived'],
    [undefined, 'published'],
  ])('maps status %j to %j', (status, expected) => {
    expect(fromGhostPost(post({ status })).status).toBe(expected)
  })

  it('reports an unknown visibility or status as a validation failure at access / status', () => {
    const error = thrown(() => fromGhostPost(post({ visibility: 'vip', status: 'limbo' })))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.map((i) => i.path)).toEqual([['status'], ['access']])
    expect(error.message).toContain('access (from visibility)')
  })

  it('converts published_at / updated_at offsets to UTC and leaves a draft without publishedAt', () => {
    expect(fromGhostPost(GHOST['paid-tiers.json']).publishedAt).toBe('2026-11-16T19:00:00.000Z')
    expect(fromGhostPost(GHOST['entities-title.json']).updatedAt).toBe('2026-11-20T08:31:45.000Z')
    const draft = fromGhostPost(GHOST['draft.json'])
    expect(draft.publishedAt).toBeUndefined()
    expect(draft.html).toBe('')
  })

  it('uses canonical_url, else the published post url, never a /p/<uuid>/ preview link', () => {
    expect(fromGhostPost(post({ canonical_url: 'https://wire.example/ferry/' })).canonicalUrl).toBe(
      'https://wire.example/ferry/',
    )
    expect(fromGhostPost(post()).canonicalUrl).toBe('https://ledger.example/kestrel-bay-ferry-resumes-monday/')
    expect(fromGhostPost(post(), { urlAsCanonical: false }).canonicalUrl).toBeUndefined()
    expect(fromGhostPost(GHOST['scheduled.json']).canonicalUrl).toBeUndefined()
    expect(
      fromGhostPost(post({ url: 'https://ledger.example/p/2f0c8c8e-6a51-4d5b-9a64-0e3c7b1d9a03/' })).canonicalUrl,
    ).toBeUndefined()
  })

  it('takes commentsEnabled from the option, else the post’s comments flag, else true', () => {
    expect(fromGhostPost(post({ comments: false })).commentsEnabled).toBe(false)
    expect(fromGhostPost(post({ comments: false }), { commentsEnabled: true }).commentsEnabled).toBe(true)
    expect(fromGhostPost(post({ comments: undefined })).commentsEnabled).toBe(true)
    expect(fromGhostPost(post(), { commentsEnabled: false }).commentsEnabled).toBe(false)
  })

  it('sets language from the option (Ghost posts carry none) and canonicalizes it', () => {
    expect(fromGhostPost(post()).language).toBe('en')
    expect(fromGhostPost(GHOST['japanese-title.json'], { language: 'ja-jp' }).language).toBe('ja-JP')
  })

  it('maps featured', () => {
    expect(fromGhostPost(GHOST['entities-title.json']).featured).toBe(true)
    expect(fromGhostPost(post({ featured: undefined })).featured).toBe(false)
  })

  it('falls back to primary_author, then options.fallbackAuthor; with none it fails at authors', () => {
    const primary = GHOST['no-tags.json']!['primary_author']
    expect(fromGhostPost(post({ authors: undefined, primary_author: primary })).authors[0]?.slug).toBe('omar')
    const fallbackAuthor = { id: 'desk', name: 'Ledger staff', slug: 'staff' }
    expect(fromGhostPost(post({ authors: [], primary_author: null }), { fallbackAuthor }).authors).toEqual([
      fallbackAuthor,
    ])
    const error = thrown(() => fromGhostPost(post({ authors: [], primary_author: null })))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.[0]?.path).toEqual(['authors'])
    expect(error.message).toMatch(
      /^fromGhostPost: post "6745b2d0f1e2d30001a4b803" does not map to a valid article: authors \(from authors \/ primary_author\)/,
    )
  })

  it('uses primary_tag when tags were not included', () => {
    const tag = { id: 't9', name: 'Ferries', slug: 'ferries', visibility: 'public' }
    const article = fromGhostPost(post({ tags: undefined, primary_tag: tag }))
    expect(article.tags).toEqual([tag])
    expect(article.section).toBe('ferries')
  })

  it('does not mutate the post', () => {
    const input = structuredClone(GHOST['entities-title.json']!)
    const before = JSON.stringify(input)
    fromGhostPost(input)
    expect(JSON.stringify(input)).toBe(before)
  })

  it.each([
    ['null', null],
    ['a string', '{"id":"1"}'],
    ['a number', 42],
    ['an array of posts', [GHOST['no-tags.json']]],
  ])('throws INVALID_INPUT for %s', (_name, input) => {
    const error = thrown(() => fromGhostPost(input))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/^fromGhostPost: post must be/)
  })

  it('throws INVALID_INPUT with a hint when given the whole { posts: [...] } response', () => {
    const error = thrown(() => fromGhostPost(GHOST_RESPONSE))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain('pass one element of response.posts')
  })

  it.each([
    ['authors', 'Omar Ali'],
    ['tags', { name: 'x' }],
    ['primary_author', 'omar'],
  ])('throws INVALID_INPUT when %s has the wrong type', (key, value) => {
    const error = thrown(() => fromGhostPost(post({ [key]: value })))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain(`post.${key} must be`)
  })

  it.each([
    [{ title: '' }, ['title']],
    [{ title: 42 }, ['title']],
    [{ slug: 'Not A Slug' }, ['slug']],
    [{ id: null }, ['id']],
    [{ published_at: 'yesterday' }, ['publishedAt']],
    [{ feature_image: 'not a url' }, ['featureImage', 'url']],
    [{ authors: [{ id: '1', slug: 'x' }] }, ['authors', 0, 'name']],
    [{ tags: [{ name: 'X', slug: 'x y' }] }, ['tags', 0, 'slug']],
    [{ html: 12 }, ['html']],
  ])('reports %j as VALIDATION_FAILED at %j', (overrides, path) => {
    const error = thrown(() => fromGhostPost(post(overrides)))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.map((i) => i.path)).toContainEqual(path)
  })

  it.each([
    ['not an object', 'yes'],
    ['a non-string language', { language: 7 }],
    ['a non-boolean flag', { urlAsCanonical: 'no' }],
    ['a non-object fallback author', { fallbackAuthor: 'staff' }],
    ['a relative site URL', { siteUrl: '/blog' }],
    ['a non-http site URL', { siteUrl: 'ftp://ledger.example' }],
    ['a non-string site URL', { siteUrl: 42 }],
  ])('throws INVALID_OPTIONS for options that are %s', (_name, options) => {
    expect(thrown(() => fromGhostPost(post(), options as never)).code).toBe('INVALID_OPTIONS')
  })

  describe('the __GHOST_URL__ placeholder of site exports', () => {
    const exported = post({
      html: '<p><a href="__GHOST_URL__/tides/">Tides</a> <img src="__GHOST_URL__/content/images/2026/11/a.jpg"></p>',
      feature_image: '__GHOST_URL__/content/images/2026/11/harbor.jpg',
      og_image: '__GHOST_URL__/content/images/og.jpg',
      authors: [
        { id: 'u1', name: 'Omar Ali', slug: 'omar-ali', profile_image: '__GHOST_URL__/content/images/omar.png' },
      ],
    })

    it('becomes options.siteUrl everywhere (trailing slashes dropped)', () => {
      const article = fromGhostPost(exported, { siteUrl: 'https://ledger.example//' })
      expect(article.html).toBe(
        '<p><a href="https://ledger.example/tides/">Tides</a> <img src="https://ledger.example/content/images/2026/11/a.jpg"></p>',
      )
      expect(article.featureImage?.url).toBe('https://ledger.example/content/images/2026/11/harbor.jpg')
      expect(article.seo?.ogImage).toBe('https://ledger.example/content/images/og.jpg')
      expect(article.authors[0]?.avatarUrl).toBe('https://ledger.example/content/images/omar.png')
      expect(JSON.stringify(article)).not.toContain('__GHOST_URL__')
    })

    it('keeps a subdirectory site path', () => {
      expect(fromGhostPost(exported, { siteUrl: 'https://ledger.example/blog' }).featureImage?.url).toBe(
        'https://ledger.example/blog/content/images/2026/11/harbor.jpg',
      )
    })

    it('is rejected without options.siteUrl, naming the post and the option', () => {
      const error = thrown(() => fromGhostPost(exported))
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toMatch(/^fromGhostPost: post .* __GHOST_URL__ .*options\.siteUrl/)
    })

    it('leaves posts without the placeholder untouched', () => {
      expect(fromGhostPost(post(), { siteUrl: 'https://ledger.example' })).toEqual(fromGhostPost(post()))
    })
  })
})

// Real exports (test/fixtures/README.md names their source and licence): the database types of
// Ghost site exports, which the Content API never shows.
describe('fromGhostPost on real Ghost exports', () => {
  const posts = (doc: { db: { data: { posts: Record<string, unknown>[] } }[] }): Record<string, unknown>[] =>
    doc.db[0]!.data.posts
  const staff = { fallbackAuthor: { id: 'staff', name: 'Staff', slug: 'staff' } }

  it.each([
    ['0.5 (epoch dates, numeric ids, image column)', posts(ghost05), '2015-03-11T12:52:29.156Z'],
    ['2.9 (featured 0, page 0)', posts(ghost29), '2021-03-24T05:58:02.000Z'],
    ['4.0 (featured 0, type post/page)', posts(ghost40), '2021-03-24T04:34:09.000Z'],
  ])('imports every post of the Ghost %s export', (_version, list, firstPublished) => {
    const articles = list.map((p) => fromGhostPost(p, staff))
    expect(articles.map((a) => a.featured)).toEqual(list.map(() => false))
    expect(articles[0]!.publishedAt).toBe(firstPublished)
    for (const [i, article] of articles.entries()) {
      expect(article.id).toBe(String(list[i]!['id']))
      expect(article.html.length).toBeGreaterThan(0)
    }
  })

  it('maps Ghost 0.x columns: epoch milliseconds, en_US, image', () => {
    const [article] = posts(ghost05).map((p) => fromGhostPost(p, staff))
    expect(article!.id).toBe('1')
    expect(article!.language).toBe('en-US')
    expect(article!.updatedAt).toBe(new Date(1426078349135).toISOString())
  })

  it('imports a Ghost 5 Content API post with lexical and html as is', () => {
    const article = fromGhostPost(ghost5api.posts[0])
    expect(article.html).toBe(ghost5api.posts[0]!.html)
    expect(article.featured).toBe(false)
    expect(article.authors[0]!.name).toBe('Ghost')
  })

  it('renders a Lexical-only post (html null) from its lexical text', () => {
    const lexicalOnly = { ...ghost5api.posts[0], html: null }
    expect(fromGhostPost(lexicalOnly).html).toBe('<p>Welcome</p>')
  })

  it.each([
    [1, true],
    ['1', true],
    ['true', true],
    [0, false],
    ['0', false],
    [null, false],
  ])('coerces featured %j to %j', (featured, expected) => {
    expect(fromGhostPost(post({ featured })).featured).toBe(expected)
  })

  it('still refuses a featured value no database writes', () => {
    expect(thrown(() => fromGhostPost(post({ featured: 'yes' }))).code).toBe('VALIDATION_FAILED')
  })

  it.each([
    ['2021-03-24 05:57:57', '2021-03-24T05:57:57.000Z'],
    [1616565477000, '2021-03-24T05:57:57.000Z'],
  ])('coerces the database date %j to UTC ISO 8601', (date, iso) => {
    expect(fromGhostPost(post({ published_at: date })).publishedAt).toBe(iso)
  })

  it.each([
    [
      {
        visibility: 'tiers',
        tiers: [
          { slug: 'free', type: 'free' },
          { slug: 'gold', type: 'paid' },
        ],
      },
      'members',
    ],
    [{ visibility: 'tiers', tiers: [{ slug: 'gold', type: 'paid' }] }, 'paid'],
    [{ visibility: 'filter', visibility_filter: 'status:-free' }, 'paid'],
    [{ visibility: 'filter', visibility_filter: 'status:[free,paid]' }, 'members'],
  ])('maps %j to access %s', (fields, access) => {
    expect(fromGhostPost(post(fields)).access).toBe(access)
  })

  it('adds https: to scheme-relative Gravatar avatars', () => {
    const article = fromGhostPost(
      post({
        authors: [{ id: '1', name: 'Fixture Ghosty', slug: 'fixture', profile_image: '//www.gravatar.com/avatar/d9' }],
      }),
    )
    expect(article.authors[0]!.avatarUrl).toBe('https://www.gravatar.com/avatar/d9')
  })
})
