// A real Ghost 1.x site export (test/fixtures/ghost/real/export-1.8.json; source and licence in
// test/fixtures/README.md): the columns of the 1.x schema that neither 0.x nor 2.x+ exports have in
// this shape — `amp` as the string "1", `locale: null`, `visibility: "public"`, `author_id` without
// `posts_authors`, ISO dates from MySQL/SQLite, `featured: 0`, `page: 0`, and root-relative image
// paths (`/content/images/…`) for users and tags, written before the `__GHOST_URL__` placeholder.
import { describe, expect, it } from 'vitest'
import { fromGhostPost } from '../../src/formats/index.js'
import ghost18 from '../fixtures/ghost/real/export-1.8.json'

const data = ghost18.db[0]!.data
const post = data.posts[0]!
const staff = { fallbackAuthor: { id: 'staff', name: 'Staff', slug: 'staff' } }

describe('fromGhostPost on a real Ghost 1.8 export', () => {
  it('is the 1.x shape: meta 1.8.1, author_id and no posts_authors', () => {
    expect(ghost18.db[0]!.meta.version).toBe('1.8.1')
    expect(post.author_id).toBe(data.users[0]!.id)
    expect('posts_authors' in data).toBe(false)
  })

  it('imports the post: featured 0 → false, ISO dates, html kept, amp and locale ignored', () => {
    const article = fromGhostPost(post, staff)
    expect(article.id).toBe('59a952be7d79ed06b0d21127')
    expect(article.slug).toBe('themes')
    expect(article.featured).toBe(false)
    expect(article.status).toBe('published')
    expect(article.access).toBe('public')
    expect(article.publishedAt).toBe('2017-09-01T12:29:50.000Z')
    expect(article.html).toBe(post.html)
    expect(article.featureImage?.url).toBe('https://casper.ghost.org/v1.0.0/images/design.jpg')
  })

  it('takes the joined tag (its root-relative feature image is not a URL the Tag schema keeps)', () => {
    const article = fromGhostPost({ ...post, tags: data.tags }, staff)
    expect(article.tags.map((t) => t.slug)).toEqual(['tag1'])
  })

  it('takes the joined user when its root-relative profile_image is left out', () => {
    const user = { ...data.users[0]!, profile_image: null }
    const article = fromGhostPost({ ...post, authors: [user] })
    expect(article.authors).toEqual([
      {
        id: user.id,
        name: "Joe Blogg's Brother",
        slug: 'joe-bloggs-brother',
        bio: "I'm Joe's brother, the good looking one!",
      },
    ])
  })

  // Ghost ≤ 1.x stores uploaded images as root-relative paths (`/content/images/…`).
  it('resolves the user’s root-relative profile_image against options.siteUrl', () => {
    const article = fromGhostPost({ ...post, authors: data.users }, { siteUrl: 'https://example.com' })
    expect(article.authors[0]?.avatarUrl).toBe('https://example.com/content/images/2017/05/authorlogo.jpeg')
  })

  it('drops a root-relative image without options.siteUrl instead of refusing the post', () => {
    const article = fromGhostPost({ ...post, authors: data.users, feature_image: '/content/images/a.jpg' })
    expect(article.authors[0]?.avatarUrl).toBeUndefined()
    expect(article.featureImage).toBeUndefined()
  })

  it('resolves a root-relative feature_image and og_image against options.siteUrl', () => {
    const article = fromGhostPost(
      { ...post, authors: data.users, feature_image: '/content/images/a.jpg', og_image: '/content/images/b.jpg' },
      { siteUrl: 'https://example.com/' },
    )
    expect(article.featureImage?.url).toBe('https://example.com/content/images/a.jpg')
    expect(article.seo?.ogImage).toBe('https://example.com/content/images/b.jpg')
  })
})
