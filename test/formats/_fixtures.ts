// The Ghost and WordPress fixtures (test/fixtures/ghost, test/fixtures/wordpress), imported as JSON
// modules so the tests run unchanged in the edge runtime.
import ghostDraft from '../fixtures/ghost/draft.json'
import ghostEntities from '../fixtures/ghost/entities-title.json'
import ghostJapanese from '../fixtures/ghost/japanese-title.json'
import ghostMembers from '../fixtures/ghost/members-only.json'
import ghostNoImage from '../fixtures/ghost/no-feature-image.json'
import ghostNoTags from '../fixtures/ghost/no-tags.json'
import ghostPaid from '../fixtures/ghost/paid-tiers.json'
import ghostScheduled from '../fixtures/ghost/scheduled.json'
import wpDraft from '../fixtures/wordpress/draft.json'
import wpEntities from '../fixtures/wordpress/entities-title.json'
import wpJapanese from '../fixtures/wordpress/japanese-title.json'
import wpNoMedia from '../fixtures/wordpress/no-featured-media.json'
import wpNoTags from '../fixtures/wordpress/no-tags.json'
import wpProtected from '../fixtures/wordpress/password-protected.json'
import wpScheduled from '../fixtures/wordpress/scheduled.json'
import articlesJson from '../../examples/newsroom/articles.json'
import type { ArticleInput } from '../../src/schema/types.js'

/** Ghost fixtures: file name → the post (Ghost wraps single posts in `{ posts: [post] }`). */
export const GHOST: Record<string, Record<string, unknown>> = {
  'draft.json': ghostDraft.posts[0]!,
  'entities-title.json': ghostEntities.posts[0]!,
  'japanese-title.json': ghostJapanese.posts[0]!,
  'members-only.json': ghostMembers.posts[0]!,
  'no-feature-image.json': ghostNoImage.posts[0]!,
  'no-tags.json': ghostNoTags.posts[0]!,
  'paid-tiers.json': ghostPaid.posts[0]!,
  'scheduled.json': ghostScheduled.posts[0]!,
}

/** The whole `{ posts: [...] }` response of one Ghost fixture. */
export const GHOST_RESPONSE: unknown = ghostEntities

/** WordPress fixtures: file name → the post object (`wp/v2/posts/<id>?_embed`). */
export const WORDPRESS: Record<string, Record<string, unknown>> = {
  'draft.json': wpDraft,
  'entities-title.json': wpEntities,
  'japanese-title.json': wpJapanese,
  'no-featured-media.json': wpNoMedia,
  'no-tags.json': wpNoTags,
  'password-protected.json': wpProtected,
  'scheduled.json': wpScheduled,
}

/** The sample newsroom's articles. */
export const ARTICLES: ArticleInput[] = articlesJson as ArticleInput[]

/** One newsroom article by id. */
export function article(id: string): ArticleInput {
  const found = ARTICLES.find((a) => a.id === id)
  if (found === undefined) throw new Error(`no ${id}`)
  return found
}

/** Sentinels that sit only in gated parts (newsroom art-007, the Ghost and WordPress fixtures). */
export const SENTINELS = ['SECRET-GATED-PARAGRAPH', 'GHOST-SECRET-GATED', 'GHOST-SECRET-PAID', 'WP-SECRET-PROTECTED']

/** A small valid article to vary in table tests. */
export const BASE: ArticleInput = {
  id: 'a1',
  slug: 'king-tide',
  title: 'King tide floods the harbor road',
  html: '<p>Water rose 40 cm over the forecast.</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
  tags: [{ name: 'Tides', slug: 'tides' }],
  status: 'published',
  publishedAt: '2026-11-24T06:00:00.000Z',
  language: 'en',
}

/** `true` when `s` has no lone surrogate (String.prototype.isWellFormed is ES2024, not in our lib). */
export function isWellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)
}
