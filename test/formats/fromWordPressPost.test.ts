import { describe, expect, it } from 'vitest'
import { CopydeskError, fromWordPressPost } from '../../src/formats/index.js'
import { WORDPRESS } from './_fixtures.js'
import wpCoAuthors from '../fixtures/wordpress/real/co-authors-post.json'
import wpCpt from '../fixtures/wordpress/real/single-cpt-post.json'
import wpHtmlTitle from '../fixtures/wordpress/real/single-post-with-html-in-title.json'
import wpNoAuthor from '../fixtures/wordpress/real/single-post-no-author.json'
import wpSingle from '../fixtures/wordpress/real/single-post.json'

const STAFF = { id: 'desk', name: 'Ledger staff', slug: 'staff' }

const post = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...WORDPRESS['scheduled.json'],
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

describe('fromWordPressPost', () => {
  it('matches its @example', () => {
    const article = fromWordPressPost({
      id: 1287,
      slug: '%e6%bd%ae%e8%a6%8b',
      status: 'publish',
      link: 'https://ledger.example/?p=1287',
      date_gmt: '2026-11-19T22:45:10',
      modified_gmt: '2026-11-19T23:01:00',
      title: { rendered: 'Council&#8217;s &#8220;rainy-day&#8221; fund &#038; the seawall' },
      content: { rendered: '<p>The council voted 7&ndash;2.</p>', protected: false },
      excerpt: { rendered: '<p>The council voted 7&ndash;2.</p>\n', protected: false },
      comment_status: 'open',
      _embedded: {
        author: [{ id: 3, name: 'Priya Nair', slug: 'priya', link: 'https://ledger.example/author/priya/' }],
      },
    })
    expect(article.id).toBe('1287')
    expect(article.slug).toBe('潮見')
    expect(article.title).toBe('Council’s “rainy-day” fund & the seawall')
    expect(article.publishedAt).toBe('2026-11-19T22:45:10.000Z')
    expect(article.customExcerpt).toBeUndefined()
  })

  it.each([
    ['entities-title.json', 'published', 'public', 'news', ['City budget', 'Seawall', 'Q&A']],
    ['no-featured-media.json', 'published', 'public', 'culture-arts', []],
    ['no-tags.json', 'published', 'public', undefined, []],
    ['japanese-title.json', 'published', 'public', 'news', ['潮見市']],
    ['scheduled.json', 'scheduled', 'public', 'news', ['Visitor levy', 'City budget']],
    ['draft.json', 'draft', 'public', 'news', []],
    ['password-protected.json', 'published', 'members', 'news', []],
  ])('imports fixture %s as a valid %s/%s article (section %s, tags %j)', (file, status, access, section, tags) => {
    const article = fromWordPressPost(WORDPRESS[file], { fallbackAuthor: STAFF })
    expect(article.status).toBe(status)
    expect(article.access).toBe(access)
    expect(article.section).toBe(section)
    expect(article.tags.map((t) => t.name)).toEqual(tags)
    expect(article.tags.every((t) => t.visibility === 'public')).toBe(true)
    expect(article.id).toBe(String(WORDPRESS[file]!['id']))
  })

  it('decodes the entities of title.rendered exactly once', () => {
    expect(fromWordPressPost(WORDPRESS['entities-title.json']).title).toBe(
      'Council’s “rainy-day” fund & the seawall: what the 7–2 vote means',
    )
    // '&amp;lt;' is the text "&lt;" written once-escaped: decoding once gives "&lt;", not "<".
    expect(fromWordPressPost(post({ title: { rendered: 'A &amp;lt;b&amp;gt; tag' } })).title).toBe('A &lt;b&gt; tag')
    expect(fromWordPressPost(post({ title: { rendered: 'Hot <em>takes</em> &#8212; cold&nbsp;facts' } })).title).toBe(
      'Hot takes — cold\u00a0facts',
    )
  })

  it('percent-decodes Unicode slugs of the post and its terms', () => {
    const article = fromWordPressPost(WORDPRESS['japanese-title.json'])
    expect(article.slug).toBe('潮見市の視察団がポートアルダーを訪問')
    expect(article.title).toBe('姉妹都市・潮見市の視察団がポートアルダーを訪問　防潮堤の知見を共有')
    expect(article.tags[0]).toEqual({ id: '15', name: '潮見市', slug: '潮見市', visibility: 'public' })
  })

  it('reports a malformed percent-escape in the slug as a validation failure at slug', () => {
    const error = thrown(() => fromWordPressPost(post({ slug: '%e6%bd' })))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.[0]?.path).toEqual(['slug'])
    expect(error.message).toContain('slug (from slug / generated_slug)')
  })

  it('uses generated_slug for a draft whose slug is still empty', () => {
    const draft = fromWordPressPost(WORDPRESS['draft.json'])
    expect(draft.slug).toBe('fishermens-co-op-tk-tonnes-landed')
    expect(draft.publishedAt).toBeUndefined()
    expect(draft.updatedAt).toBe('2026-11-23T11:11:11.000Z')
    expect(draft.canonicalUrl).toBeUndefined()
  })

  it.each([
    ['an automatic excerpt ending in [&hellip;]', 'entities-title.json', undefined],
    ['an automatic excerpt that is the whole (short) content', 'no-tags.json', undefined],
    ['a CJK automatic excerpt', 'japanese-title.json', undefined],
    ['a manual excerpt', 'no-featured-media.json', 'Three days, 31 acts, four stages — and a big band from Shiomi.'],
    ['an empty excerpt.raw (edit context: no manual excerpt)', 'draft.json', undefined],
    ['a protected post’s placeholder excerpt', 'password-protected.json', undefined],
  ])('detects %s', (_name, file, expected) => {
    expect(fromWordPressPost(WORDPRESS[file], { fallbackAuthor: STAFF }).customExcerpt).toBe(expected)
  })

  it.each([
    ['manual', 'Manual … with an ellipsis…'],
    ['auto', undefined],
    ['ignore', undefined],
  ] as const)('with excerpt: %j, a manual excerpt ending in an ellipsis gives %j', (mode, expected) => {
    const input = post({ excerpt: { rendered: '<p>Manual &hellip; with an ellipsis&hellip;</p>\n', protected: false } })
    expect(fromWordPressPost(input, { excerpt: mode }).customExcerpt).toBe(expected)
  })

  it('treats a non-empty excerpt.raw as manual, and an excerpt with a more-link as automatic', () => {
    const raw = post({
      excerpt: {
        rendered: '<p>The council will debate a 2% visitor levy</p>\n',
        raw: 'The council will debate a 2% visitor levy',
        protected: false,
      },
    })
    expect(fromWordPressPost(raw).customExcerpt).toBe('The council will debate a 2% visitor levy')
    const more = post({
      excerpt: { rendered: '<p>Levy ahead. <a href="/x" class="more-link">Continue reading</a></p>', protected: false },
    })
    expect(fromWordPressPost(more).customExcerpt).toBeUndefined()
  })

  it('maps the embedded featured media with alt text, caption (plain text) and size', () => {
    expect(fromWordPressPost(WORDPRESS['entities-title.json']).featureImage).toEqual({
      url: 'https://ledger.example/wp-content/uploads/2026/11/seawall-pier-2.jpg',
      alt: 'Waves breaking over the seawall at Pier 2',
      caption: 'Waves break over the seawall at Pier 2 on October 14. Photo: Priya Nair',
      width: 2048,
      height: 1365,
    })
    expect(fromWordPressPost(WORDPRESS['japanese-title.json']).featureImage).toEqual({
      url: 'https://ledger.example/wp-content/uploads/2026/11/shiomi-delegation.jpg',
      alt: '防潮堤を見学する潮見市の視察団',
      width: 1600,
      height: 1067,
    })
    expect(fromWordPressPost(WORDPRESS['no-featured-media.json']).featureImage).toBeUndefined()
    // An embedded error (media not viewable) is skipped.
    const denied = post({
      _embedded: {
        ...(WORDPRESS['scheduled.json']!['_embedded'] as object),
        'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry.', data: { status: 401 } }],
      },
    })
    expect(fromWordPressPost(denied).featureImage).toBeUndefined()
  })

  it('maps the embedded author (archive link as url, largest avatar, description as bio)', () => {
    expect(fromWordPressPost(WORDPRESS['entities-title.json']).authors).toEqual([
      {
        id: '3',
        name: 'Priya Nair',
        slug: 'priya',
        bio: 'Business and city hall reporter.',
        avatarUrl: 'https://secure.gravatar.com/avatar/03a7c3e9b1f04d6a8c2e5b7d9f1a3c5e7?s=96&d=mm&r=g',
        url: 'https://ledger.example/author/priya/',
      },
    ])
  })

  it('skips author error objects and needs fallbackAuthor when nothing else is left', () => {
    const error = thrown(() => fromWordPressPost(WORDPRESS['no-tags.json']))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.[0]?.path).toEqual(['authors'])
    expect(error.message).toContain('authors (from _embedded.author)')
    expect(fromWordPressPost(WORDPRESS['no-tags.json'], { fallbackAuthor: STAFF }).authors).toEqual([STAFF])
  })

  it('takes the section from the first category other than Uncategorized; categoriesAsTags appends them', () => {
    const withCategories = post({
      _embedded: {
        ...(WORDPRESS['scheduled.json']!['_embedded'] as object),
        'wp:term': [
          [
            { id: 1, name: 'Uncategorized', slug: 'uncategorized', taxonomy: 'category' },
            { id: 6, name: 'Climate', slug: 'climate', taxonomy: 'category' },
            { id: 4, name: 'News', slug: 'news', taxonomy: 'category' },
          ],
          [{ id: 4, name: 'News', slug: 'news', taxonomy: 'post_tag' }],
          [{ id: 99, name: 'Port Alder', slug: 'port-alder', taxonomy: 'location' }],
        ],
      },
    })
    const article = fromWordPressPost(withCategories)
    expect(article.section).toBe('climate')
    expect(article.tags.map((t) => t.slug)).toEqual(['news'])
    expect(fromWordPressPost(withCategories, { categoriesAsTags: true }).tags.map((t) => t.slug)).toEqual([
      'news',
      'climate',
    ])
    expect(fromWordPressPost(withCategories, { sectionFromCategory: false }).section).toBeUndefined()
  })

  it('appends Z to date_gmt / modified_gmt (UTC without an offset) and leaves offset dates alone', () => {
    const article = fromWordPressPost(WORDPRESS['entities-title.json'])
    expect(article.publishedAt).toBe('2026-11-19T22:45:10.000Z')
    expect(article.updatedAt).toBe('2026-11-19T23:01:00.000Z')
    expect(fromWordPressPost(post({ date_gmt: '2026-12-15T09:00:00+01:00' })).publishedAt).toBe(
      '2026-12-15T08:00:00.000Z',
    )
  })

  it.each([
    ['publish', 'published'],
    ['future', 'scheduled'],
    ['draft', 'draft'],
    ['pending', 'draft'],
    ['auto-draft', 'draft'],
    ['private', 'draft'],
    ['trash', 'archived'],
  ])('maps status %j to %j', (status, expected) => {
    expect(fromWordPressPost(post({ status })).status).toBe(expected)
  })

  it('strips the Private: prefix of a private post and the Protected: prefix of a protected one', () => {
    expect(fromWordPressPost(post({ status: 'private', title: { rendered: 'Private: Board notes' } })).title).toBe(
      'Board notes',
    )
    expect(fromWordPressPost(WORDPRESS['password-protected.json']).title).toBe('Board minutes, November')
    expect(fromWordPressPost(post({ title: { rendered: 'Private: a public title' } })).title).toBe(
      'Private: a public title',
    )
  })

  it('makes a password-protected post members-only so its body cannot reach an output', () => {
    const article = fromWordPressPost(WORDPRESS['password-protected.json'])
    expect(article.access).toBe('members')
    expect(article.html).not.toContain('<!--members-only-->')
  })

  it('maps comment_status, sticky, link and Yoast fields', () => {
    const article = fromWordPressPost(WORDPRESS['entities-title.json'])
    expect(article.commentsEnabled).toBe(true)
    expect(article.featured).toBe(false)
    expect(article.canonicalUrl).toBe('https://ledger.example/2026/11/19/council-approves-seawall-budget/')
    expect(article.language).toBe('en-US')
    expect(article.seo).toEqual({
      metaTitle: 'Council’s “rainy-day” fund & the seawall - The Harbor Ledger',
      metaDescription: 'What Tuesday’s 7–2 budget vote means for the seawall and the city’s first reserve fund.',
      ogImage: 'https://ledger.example/wp-content/uploads/2026/11/seawall-pier-2.jpg',
    })
    const closed = fromWordPressPost(WORDPRESS['no-featured-media.json'])
    expect(closed.commentsEnabled).toBe(false)
    expect(closed.featured).toBe(true)
    expect(closed.canonicalUrl).toBe('https://ledger.example/2026/11/20/jazz-on-the-piers-lineup/')
    expect(closed.seo).toBeUndefined()
    expect(
      fromWordPressPost(WORDPRESS['no-featured-media.json'], { urlAsCanonical: false }).canonicalUrl,
    ).toBeUndefined()
    expect(fromWordPressPost(WORDPRESS['entities-title.json'], { language: 'en-GB' }).language).toBe('en-GB')
  })

  it('does not mutate the post', () => {
    const input = structuredClone(WORDPRESS['japanese-title.json']!)
    const before = JSON.stringify(input)
    fromWordPressPost(input)
    expect(JSON.stringify(input)).toBe(before)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'post'],
    ['the array response', [WORDPRESS['scheduled.json']]],
  ])('throws INVALID_INPUT for %s', (_name, input) => {
    const error = thrown(() => fromWordPressPost(input))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/^fromWordPressPost: post must be/)
  })

  it.each([
    ['title', 42, 'post.title must be an object'],
    ['content', [1], 'post.content must be an object'],
    ['_embedded', 'x', 'post._embedded must be an object'],
    ['_embedded', { author: 'Priya' }, 'post._embedded.author must be an array'],
    ['_embedded', { author: [], 'wp:term': {} }, "post._embedded['wp:term'] must be an array"],
  ])('throws INVALID_INPUT when %s is %j', (key, value, message) => {
    const error = thrown(() => fromWordPressPost(post({ [key]: value })))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain(message)
  })

  it.each([
    [{ title: { rendered: '' } }, ['title']],
    [{ title: { rendered: null } }, ['title']],
    [{ id: { n: 1 } }, ['id']],
    [{ date_gmt: '2026-02-30T10:00:00' }, ['publishedAt']],
    [{ status: 'publish', date_gmt: null }, ['publishedAt']],
    [{ slug: 'with_underscore' }, ['slug']],
  ])('reports %j as VALIDATION_FAILED at %j', (overrides, path) => {
    const error = thrown(() => fromWordPressPost(post(overrides)))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues?.map((i) => i.path)).toContainEqual(path)
  })

  it.each([
    ['an unknown excerpt mode', { excerpt: 'smart' }],
    ['a non-boolean categoriesAsTags', { categoriesAsTags: 1 }],
    ['null', null],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    expect(thrown(() => fromWordPressPost(post(), options as never)).code).toBe('INVALID_OPTIONS')
  })
})

// Real WP REST responses (test/fixtures/README.md names their source and licence).
describe('fromWordPressPost on real WordPress REST responses', () => {
  it.each([
    ['single-post.json', wpSingle, 'my-awesome-post'],
    ['single-cpt-post.json', wpCpt, 'my-cpt-post'],
    ['co-authors-post.json', wpCoAuthors, 'multi-author-post'],
    ['single-post-with-html-in-title.json', wpHtmlTitle, 'my-awesome-post'],
  ])('imports %s', (_name, input, slug) => {
    const article = fromWordPressPost(input)
    expect(article.slug).toBe(slug)
    expect(article.id).toBe(String((input as { id: number }).id))
    expect(article.authors.length).toBeGreaterThan(0)
  })

  it('keeps a headline with <br> on one line, its markup dropped', () => {
    const title = fromWordPressPost(wpHtmlTitle).title
    expect(title).toBe(
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua',
    )
  })

  it('refuses a post without an author, and imports it with a fallback byline', () => {
    expect(thrown(() => fromWordPressPost(wpNoAuthor)).issues?.[0]?.path).toEqual(['authors'])
    expect(fromWordPressPost(wpNoAuthor, { fallbackAuthor: STAFF }).authors).toEqual([STAFF])
  })
})
