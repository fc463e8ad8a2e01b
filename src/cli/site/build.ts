// `copydesk demo`'s static site: every capability of copydesk over the sample newsroom, as the
// article pages of a small news site. Node-only (writes files).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCommentThread } from '../../comments/index.js'
import { toJsonFeed, toJsonLdScript, toMetaTags, toRssFeed } from '../../formats/index.js'
import { moderateComment, type Verdict } from '../../moderation/index.js'
import { createRelatedIndex, type RelatedPick } from '../../related/index.js'
import type { Article, Comment, Teaser } from '../../schema/index.js'
import { shareLinks, toTeaser } from '../../teaser/index.js'
import { articlePage, frontPage, moderationPage, type SiteInfo } from './pages.js'
import { STYLES } from './styles.js'
import { isGated, readableHtml } from '../../readable/readable.js'

/** What {@link buildSite} needs. */
export interface BuildSiteInput {
  articles: Article[]
  comments: Comment[]
  outDir: string
  baseUrl: string
  title: string
  now: Date
}

/** What was built, for the demo's summary. */
export interface SiteSummary {
  outDir: string
  pages: string[]
  fronts: Map<string, Teaser[]>
  related: Map<string, { teaser: Teaser; pick: RelatedPick }[]>
  verdicts: { comment: Comment; verdict: Verdict; title: string }[]
}

/** Runs every comment through moderation, oldest first, each with the comments before it as context. */
function moderate(comments: Comment[], articles: Map<string, Article>, now: Date): SiteSummary['verdicts'] {
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  return sorted.map((comment, i) => {
    const before = sorted.slice(0, i)
    const verdict = moderateComment(comment, {
      now,
      history: before
        .filter((c) => c.author.id !== undefined && c.author.id === comment.author.id)
        .map((c) => ({ html: c.html, createdAt: c.createdAt, status: c.status })),
      recent: before.map((c) => ({
        html: c.html,
        createdAt: c.createdAt,
        ...(c.author.id !== undefined ? { authorId: c.author.id } : {}),
      })),
    })
    return { comment, verdict, title: articles.get(comment.articleId)?.title ?? comment.articleId }
  })
}

/** A held comment waits (pending); a rejected one is spam; an approved one keeps its status. */
function withVerdict(comment: Comment, verdict: Verdict): Comment {
  if (comment.status !== 'published' && comment.status !== 'pending') return comment
  const status = verdict.action === 'reject' ? 'spam' : verdict.action === 'hold' ? 'pending' : comment.status
  return {
    ...comment,
    status,
    verdict: {
      action: verdict.action,
      score: verdict.score,
      reasons: verdict.reasons,
      policyVersion: verdict.policyVersion,
    },
  }
}

/** Writes the site and returns what it holds. */
export function buildSite(input: BuildSiteInput): SiteSummary {
  const { outDir, baseUrl, now } = input
  const published = input.articles
    .filter((a) => a.status === 'published')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id))
  const byId = new Map(input.articles.map((a) => [a.id, a]))
  const sections = [...new Set(published.map((a) => a.section ?? 'news'))]
  const site: SiteInfo = { title: input.title, baseUrl, now, sections }
  const teasers = new Map(published.map((a) => [a.id, toTeaser(a, { baseUrl })]))

  const fronts = new Map<string, Teaser[]>()
  for (const section of sections)
    fronts.set(
      section,
      published.filter((a) => (a.section ?? 'news') === section).map((a) => teasers.get(a.id) as Teaser),
    )

  const index = createRelatedIndex()
  index.addAll(published)
  const related = new Map<string, { teaser: Teaser; pick: RelatedPick }[]>()
  for (const a of published) {
    related.set(
      a.id,
      index
        .related(a.id, { limit: 4, fallback: 'latest' })
        .map((pick) => ({ pick, teaser: teasers.get(pick.id) as Teaser })),
    )
  }

  const verdicts = moderate(input.comments, byId, now)
  const moderated = new Map(verdicts.map(({ comment, verdict }) => [comment.id, withVerdict(comment, verdict)]))
  const sanitized = new Map(verdicts.map(({ comment, verdict }) => [comment.id, verdict.html]))

  mkdirSync(join(outDir, 'assets'), { recursive: true })
  const pages: string[] = []
  const write = (path: string, content: string): void => {
    mkdirSync(join(outDir, path, '..'), { recursive: true })
    writeFileSync(join(outDir, path), content)
    pages.push(path)
  }
  writeFileSync(join(outDir, 'assets', 'site.css'), STYLES)
  const client = fileURLToPath(new URL('./site-client.js', import.meta.url))
  if (existsSync(client)) copyFileSync(client, join(outDir, 'assets', 'site-client.js'))

  const publisher = {
    name: input.title,
    url: baseUrl,
    logo: { url: `${baseUrl}/assets/logo.png`, width: 600, height: 60 },
  }
  write('index.html', frontPage(site, fronts))
  for (const a of published) {
    const html = readableHtml(a)
    const gated = isGated(a)
    const comments = [...moderated.values()].filter((c) => c.articleId === a.id)
    write(
      `${a.slug}/index.html`,
      articlePage(site, {
        article: a,
        readableHtml: html,
        gated,
        jsonLdScript: toJsonLdScript(a, { baseUrl, publisher }),
        metaTags: toMetaTags(a, { baseUrl, siteName: input.title }),
        share: shareLinks(a, { baseUrl, utm: { source: 'share', medium: 'social' } }),
        related: related.get(a.id) ?? [],
        thread: buildCommentThread(comments, { viewer: { role: 'anonymous' } }),
        sanitized,
        newsletters: ['morning-briefing', 'climate-weekly', 'weekend-culture'],
      }),
    )
  }
  write('moderation.html', moderationPage(site, verdicts))
  const feed = { title: input.title, homePageUrl: `${baseUrl}/`, description: 'News from Port Alder', language: 'en' }
  write(
    'feed.json',
    `${JSON.stringify(toJsonFeed(published, { ...feed, feedUrl: `${baseUrl}/feed.json` }), null, 2)}\n`,
  )
  write('rss.xml', toRssFeed(published, { ...feed, feedUrl: `${baseUrl}/rss.xml` }))
  return { outDir, pages, fronts, related, verdicts }
}
