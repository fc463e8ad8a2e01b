import { describe, expect, it } from 'vitest'
import { fromGhostPost, fromWordPressPost, toJsonFeed, toJsonLd } from '../../src/formats/index.js'
import { parseArticle, parseTeaser } from '../../src/schema/index.js'
import { toTeaser } from '../../src/teaser/index.js'
import type { Article } from '../../src/schema/types.js'
import { GHOST, SENTINELS, WORDPRESS } from './_fixtures.js'

const STAFF = { id: 'desk', name: 'Ledger staff', slug: 'staff' }
const imported: [string, Article][] = [
  ...Object.entries(GHOST).map(([file, post]): [string, Article] => [`ghost/${file}`, fromGhostPost(post)]),
  ...Object.entries(WORDPRESS).map(([file, post]): [string, Article] => [
    `wordpress/${file}`,
    fromWordPressPost(post, { fallbackAuthor: STAFF }),
  ]),
]

describe('Ghost and WordPress fixtures', () => {
  it('include at least 5 posts from each CMS, with the required edge cases', () => {
    expect(Object.keys(GHOST).length).toBeGreaterThanOrEqual(5)
    expect(Object.keys(WORDPRESS).length).toBeGreaterThanOrEqual(5)
    for (const cms of ['ghost/', 'wordpress/']) {
      const articles = imported.filter(([name]) => name.startsWith(cms)).map(([, a]) => a)
      expect(
        articles.some((a) => a.featureImage === undefined),
        `${cms} no feature image`,
      ).toBe(true)
      expect(
        articles.some((a) => a.tags.length === 0),
        `${cms} no tags`,
      ).toBe(true)
      expect(
        articles.some((a) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(a.title)),
        `${cms} Japanese title`,
      ).toBe(true)
      expect(
        articles.some((a) => a.access !== 'public'),
        `${cms} gated`,
      ).toBe(true)
      expect(
        articles.some((a) => a.status === 'draft') && articles.some((a) => a.status === 'scheduled'),
        `${cms} draft + scheduled`,
      ).toBe(true)
    }
    expect(GHOST['entities-title.json']!['title']).toMatch(/[&<>"]/)
    expect((WORDPRESS['entities-title.json']!['title'] as { rendered: string }).rendered).toMatch(/&#?[a-z0-9]+;/)
  })

  it.each(imported)('%s imports to an article that re-validates unchanged', (_name, article) => {
    expect(parseArticle(article)).toEqual(article)
    expect(parseArticle(JSON.parse(JSON.stringify(article)))).toEqual(article)
  })

  it.each(imported)('%s goes through JSON-LD and JSON Feed', (_name, article) => {
    const ld = toJsonLd(article, { baseUrl: 'https://ledger.example' })
    expect(ld.headline).toBe(article.title.length <= 110 ? article.title : ld.headline)
    expect(ld.inLanguage).toBe(article.language)
    const feed = toJsonFeed(
      [article],
      { title: 'Ledger' },
      { statuses: ['draft', 'scheduled', 'published', 'archived'] },
    )
    expect(feed.items[0]?.id).toBe(article.id)
  })

  it.each(imported)(
    '%s round-trips to a valid teaser that matches the article and leaks nothing gated',
    (name, article) => {
      const teaser = parseTeaser(toTeaser(article, { baseUrl: 'https://ledger.example' }))
      expect(teaser.id).toBe(article.id)
      expect(teaser.title).toBe(article.title)
      expect(teaser.access).toBe(article.access)
      expect(teaser.publishedAt).toBe(article.publishedAt)
      expect(teaser.url).toBe(article.canonicalUrl ?? `https://ledger.example/${encodeURIComponent(article.slug)}/`)
      const primary = article.tags.find((t) => t.visibility === 'public')
      expect(teaser.primaryTag).toEqual(primary === undefined ? undefined : { name: primary.name, slug: primary.slug })
      expect(teaser.authors).toEqual(article.authors.map((a) => ({ name: a.name, slug: a.slug })))
      if (article.customExcerpt !== undefined) expect(teaser.excerptSource).toBe('custom')
      for (const secret of SENTINELS) expect(JSON.stringify(teaser)).not.toContain(secret)
      // The JSON-LD description is the same teaser text, cut to 300 characters.
      const description = toJsonLd(article).description
      expect(description).toBe(toTeaser(article, { maxChars: 300 }).excerpt || undefined)
      expect(name).toBeTruthy()
    },
  )
})
