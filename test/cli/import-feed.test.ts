import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/schema/index.js'
import { ROOT, runCli } from './_run.js'

const fixtures = (dir: string): unknown[] =>
  readdirSync(`${ROOT}test/fixtures/${dir}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${ROOT}test/fixtures/${dir}/${f}`, 'utf8')) as unknown)

describe('copydesk import', () => {
  it.each(['ghost', 'wordpress'])('converts every %s fixture into valid articles', (from) => {
    const posts = fixtures(from).flatMap((f) => {
      const record = f as { posts?: unknown[] }
      return Array.isArray(record.posts) ? record.posts : [f]
    })
    const run = runCli(['import', '--from', from, '-', '-o', 'fallbackAuthor=Newsroom Staff'], JSON.stringify(posts))
    expect(run.code, run.stderr).toBe(0)
    const articles = JSON.parse(run.stdout) as unknown[]
    expect(articles).toHaveLength(posts.length)
    for (const article of articles) expect(() => parseArticle(article)).not.toThrow()
    expect(run.stderr).toMatch(new RegExp(`imported ${posts.length} of ${posts.length} ${from} posts`))
  })

  it.each([
    ['export-0.5-cozy.json', 1, 0, ['welcome-to-cozy-ghost']],
    ['export-2.9.json', 1, 0, ['welcome']],
    ['export-4.0.json', 1, 1, ['integrations']],
    ['content-api-5.x.json', 1, 0, ['welcome-short']],
  ])('imports the real Ghost %s and prints a line per post', (file, imported, pages, slugs) => {
    const run = runCli(['import', '--from', 'ghost', `${ROOT}test/fixtures/ghost/real/${file}`])
    expect(run.code, run.stderr).toBe(0)
    const articles = JSON.parse(run.stdout) as { slug: string; featured: boolean }[]
    expect(articles.map((a) => a.slug)).toEqual(slugs)
    for (const article of articles) expect(() => parseArticle(article)).not.toThrow()
    expect(run.stderr.match(/^\[\d+\] \S+ imported: /gm)).toHaveLength(imported)
    expect(run.stderr.match(/^\[\d+\] \S+ skipped: a page/gm) ?? []).toHaveLength(pages)
    expect(run.stderr).toMatch(/imported \d+ of \d+ ghost posts \(0 refused/)
  })

  it('imports pages with --pages, and refuses only what it cannot convert (exit 1)', () => {
    const withPages = runCli([
      'import',
      '--from',
      'ghost',
      '--pages',
      `${ROOT}test/fixtures/ghost/real/export-4.0.json`,
    ])
    expect(withPages.code).toBe(0)
    expect((JSON.parse(withPages.stdout) as unknown[]).length).toBe(2)
    const dir = `${ROOT}test/fixtures/wordpress/real`
    const posts = ['single-post.json', 'single-post-no-author.json', 'single-page.json'].map((f) =>
      JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')),
    )
    const run = runCli(['import', '--from', 'wordpress', '-'], JSON.stringify(posts))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[0\] 12345 imported: my-awesome-post$/m)
    expect(run.stderr).toMatch(/^\[1\] 12345 authors: An article needs at least one author$/m)
    expect(run.stderr).toMatch(/^\[2\] 2 skipped: a page/m)
    expect(run.stderr).toMatch(/imported 1 of 3 wordpress posts \(1 refused, 1 page skipped\)/)
    const fixed = runCli(['import', '--from', 'wordpress', '--fallback-author', 'Desk', '-'], JSON.stringify(posts))
    expect(fixed.code).toBe(0)
  })

  it('joins a Ghost site export (db[0].data with posts_authors and posts_tags)', () => {
    const data = {
      posts: [
        {
          id: 'p1',
          uuid: 'u',
          title: 'Tide &amp; time',
          slug: 'tide-and-time',
          html: '<p>Hi</p>',
          status: 'published',
          visibility: 'public',
          published_at: '2026-11-20T09:00:00.000Z',
          updated_at: '2026-11-20T09:00:00.000Z',
        },
      ],
      users: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
      tags: [{ id: 't1', name: 'Tides', slug: 'tides', visibility: 'public' }],
      posts_authors: [{ post_id: 'p1', author_id: 'u1', sort_order: 0 }],
      posts_tags: [{ post_id: 'p1', tag_id: 't1', sort_order: 0 }],
    }
    const run = runCli(['import', '--from', 'ghost', '-'], JSON.stringify({ db: [{ meta: {}, data }] }))
    expect(run.code, run.stderr).toBe(0)
    const [article] = JSON.parse(run.stdout) as {
      title: string
      authors: { name: string }[]
      tags: { slug: string }[]
    }[]
    expect(article?.authors[0]?.name).toBe('Omar Ali')
    expect(article?.tags[0]?.slug).toBe('tides')
  })

  it('joins posts_meta and expands __GHOST_URL__ with -o siteUrl (and asks for it without)', () => {
    const data = {
      posts: [
        {
          id: 'p1',
          title: 'Harbor',
          slug: 'harbor',
          html: '<p><img src="__GHOST_URL__/content/images/a.jpg"></p>',
          feature_image: '__GHOST_URL__/content/images/h.jpg',
          status: 'published',
          visibility: 'public',
          published_at: '2026-11-20T09:00:00.000Z',
        },
      ],
      posts_meta: [{ id: 'm1', post_id: 'p1', meta_title: 'Harbor | Ledger', feature_image_alt: 'Boats at dawn' }],
      users: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali', profile_image: '__GHOST_URL__/content/images/omar.png' }],
      posts_authors: [{ post_id: 'p1', author_id: 'u1', sort_order: 0 }],
    }
    const input = JSON.stringify({ db: [{ meta: {}, data }] })
    const run = runCli(['import', '--from', 'ghost', '-', '-o', 'siteUrl=https://ledger.example/'], input)
    expect(run.code, run.stderr).toBe(0)
    const [article] = JSON.parse(run.stdout) as {
      html: string
      featureImage: { url: string; alt: string }
      seo: { metaTitle: string }
      authors: { avatarUrl: string }[]
    }[]
    expect(article?.featureImage).toEqual({ url: 'https://ledger.example/content/images/h.jpg', alt: 'Boats at dawn' })
    expect(article?.seo.metaTitle).toBe('Harbor | Ledger')
    expect(article?.authors[0]?.avatarUrl).toBe('https://ledger.example/content/images/omar.png')
    expect(run.stdout).not.toContain('__GHOST_URL__')
    const without = runCli(['import', '--from', 'ghost', '-'], input)
    expect(without.code).toBe(1)
    expect(without.stderr).toMatch(
      /^\[0\] p1: fromGhostPost: post "p1" holds Ghost's __GHOST_URL__ placeholder.*options\.siteUrl/m,
    )
    const bad = runCli(['import', '--from', 'ghost', '-', '-o', 'siteUrl=ledger.example'], input)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--site-url must be an absolute http\(s\) URL/)
  })

  it('reports a post it cannot convert with its path, keeps the others and exits 1', () => {
    const run = runCli(
      ['import', '--from', 'ghost', '-'],
      JSON.stringify({ posts: [{ id: 'bad', title: 'No slug or author' }] }),
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[0\] bad /m)
    expect(run.stderr).not.toMatch(/\n {2,}at /)
    expect(JSON.parse(run.stdout)).toEqual([])
  })

  it('needs a fallback byline for a WordPress post whose author is hidden', () => {
    const post = JSON.parse(readFileSync(`${ROOT}test/fixtures/wordpress/no-tags.json`, 'utf8')) as unknown
    const without = runCli(['import', '--from', 'wordpress', '-'], JSON.stringify([post]))
    expect(without.code).toBe(1)
    expect(without.stderr).toMatch(/^\[0\] 1311 authors: /m)
    const withFallback = runCli(
      ['import', '--from', 'wordpress', '-', '-o', 'fallbackAuthor=Newsroom Staff'],
      JSON.stringify([post]),
    )
    expect(withFallback.code).toBe(0)
    expect((JSON.parse(withFallback.stdout) as { authors: unknown[] }[])[0]?.authors).toEqual([
      { id: 'newsroom-staff', name: 'Newsroom Staff', slug: 'newsroom-staff' },
    ])
  })

  it('exits 2 without --from', () => {
    const run = runCli(['import', '-'], '[]')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--from ghost or --from wordpress/)
  })
})

describe('copydesk feed', () => {
  it('prints a JSON Feed 1.1 document of the published sample articles', () => {
    const run = runCli([
      'feed',
      'examples/newsroom/articles.json',
      '-o',
      'title=The Harbor Ledger',
      '-o',
      'homePageUrl=https://harborledger.example/',
      '-o',
      'limit=5',
    ])
    expect(run.code, run.stderr).toBe(0)
    const feed = JSON.parse(run.stdout) as { version: string; items: { id: string; content_html?: string }[] }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items).toHaveLength(5)
    expect(run.stdout).not.toContain('SECRET-GATED-PARAGRAPH')
  })

  it('prints RSS with --format rss', () => {
    const run = runCli([
      'feed',
      'examples/newsroom/articles.json',
      '--format',
      'rss',
      '-o',
      'title=Ledger',
      '-o',
      'homePageUrl=https://harborledger.example/',
    ])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^<\?xml/)
    expect(run.stdout).toContain('<content:encoded>')
  })

  it.each([
    [['feed', '-'], /needs --title \(or -o title=…\)/],
    [['feed', '-', '--title', 'x', '--format', 'rss'], /RSS needs --home-page-url/],
    [
      ['feed', '-', '--format', 'atom', '-o', 'title=x', '-o', 'homePageUrl=https://x.example/'],
      /--format must be json or rss/,
    ],
    [['feed', '-', '-o', 'title=x', '-o', 'homePageUrl=not a url'], /homePageUrl/],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const run = runCli(args, '[]')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})
