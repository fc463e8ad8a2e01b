import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/schema/index.js'

// Article data as it looks after a straightforward field mapping from a Ghost Content API post
// and a WordPress REST API (wp/v2/posts?_embed) post: their ids, slugs, card markup, offsets.
const ghostShaped = {
  id: '6745a1c2f1e2d30001a4b7c9',
  slug: 'welcome-to-the-harbor-ledger',
  title: 'Welcome to The Harbor Ledger',
  html: '<p>Hello.</p><figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://ledger.example/content/images/2026/11/harbor.jpg" class="kg-image" alt="Harbor" loading="lazy" width="2000" height="1333"><figcaption>The harbor at dawn.</figcaption></figure><!--members-only--><p>Members read on.</p>',
  customExcerpt: 'A new paper for Port Alder.',
  featureImage: {
    url: 'https://ledger.example/content/images/2026/11/harbor.jpg',
    alt: 'Harbor',
    caption: 'The harbor at dawn.',
    width: 2000,
    height: 1333,
  },
  authors: [
    {
      id: '1',
      name: 'Ghost',
      slug: 'ghost',
      bio: 'You can delete this user.',
      avatarUrl: 'https://static.ghost.org/v4.0.0/images/ghost-user.png',
      url: 'https://ledger.example/author/ghost/',
    },
  ],
  tags: [
    { id: '6745a1c2f1e2d30001a4b7aa', name: '#featured', slug: 'hash-featured', visibility: 'internal' },
    { id: '6745a1c2f1e2d30001a4b7ab', name: 'Getting Started', slug: 'getting-started', visibility: 'public' },
  ],
  status: 'published',
  access: 'members',
  publishedAt: '2026-11-20T09:14:02.000+00:00',
  updatedAt: '2026-11-21T10:00:00.000+00:00',
  canonicalUrl: 'https://ledger.example/welcome-to-the-harbor-ledger/',
  featured: true,
}

const wordpressShaped = {
  id: '1287',
  slug: 'city-council-approves-seawall-budget',
  title: 'City council approves seawall budget &#8211; with conditions',
  html: '\n<p>The council voted 7&ndash;2&hellip;</p>\n\n\n\n<div class="wp-block-image"><figure class="aligncenter size-large"><img decoding="async" src="https://ledger.example/wp-content/uploads/2026/11/seawall-1024x683.jpg" alt="" class="wp-image-1290"/></figure></div>\n',
  customExcerpt: 'The council voted 7–2.',
  authors: [{ id: '3', name: 'priya', slug: 'priya', url: 'https://ledger.example/author/priya/' }],
  tags: [
    { id: '12', name: 'City Council', slug: 'city-council' },
    { id: '1', name: 'Uncategorized', slug: 'uncategorized' },
  ],
  section: 'news',
  status: 'published',
  publishedAt: '2026-11-19T17:45:10-05:00',
  updatedAt: '2026-11-19T23:01:00Z',
  commentsEnabled: true,
  language: 'en-US',
}

describe('Ghost- and WordPress-shaped articles', () => {
  it('accepts a Ghost-shaped members post and keeps the internal tag first', () => {
    const article = parseArticle(ghostShaped)
    expect(article.tags.map((t) => t.visibility)).toEqual(['internal', 'public'])
    expect(article.publishedAt).toBe('2026-11-20T09:14:02.000Z')
    expect(article.access).toBe('members')
    expect(article.featured).toBe(true)
  })

  it('accepts a WordPress-shaped post, converting its -05:00 date to UTC', () => {
    const article = parseArticle(wordpressShaped)
    expect(article.publishedAt).toBe('2026-11-19T22:45:10.000Z')
    expect(article.tags.every((t) => t.visibility === 'public')).toBe(true)
    expect(article.language).toBe('en-US')
  })
})
