// Valid records shared by the schema tests (schemas, article, hostile): one of each kind, as small
// as its schema allows, so a test changes one field and the rest stays valid.
import type { ArticleInput } from '../../src/schema/index.js'

/** A valid article input: the required fields only. */
export const VALID_ARTICLE: ArticleInput = {
  id: 'a1',
  slug: 'king-tide',
  title: 'King tide floods the harbor road',
  html: '<p>Water rose over the seawall.</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
}

/** A valid comment input. */
export const VALID_COMMENT = {
  id: 'c1',
  articleId: 'a1',
  author: { name: 'Ana' },
  html: '<p>Hi</p>',
  createdAt: '2026-11-24T10:00:00Z',
}

/** A valid teaser. */
export const VALID_TEASER = {
  id: 'a1',
  slug: 'tide',
  title: 'Tide',
  excerpt: 'High water.',
  excerptSource: 'auto',
  truncated: false,
  authors: [{ name: 'Omar Ali', slug: 'omar-ali' }],
  readingMinutes: 1,
  access: 'public',
}

/** A valid subscription input. */
export const VALID_SUBSCRIPTION = {
  email: 'ana@example.com',
  status: 'subscribed',
  newsletters: ['morning-briefing'],
  createdAt: '2026-11-24T10:00:00Z',
}
