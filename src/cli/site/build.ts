// `copydesk demo`'s static site: every capability of copydesk over the sample newsroom, as the
// article pages of a small news site. Node-only (writes files).
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
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
import { excerpt, readingTime } from '../../text/index.js'
import { withoutNearDuplicates } from './text.js'

/** The sample newsletters: slug (the form value) → the name readers see. */
export const NEWSLETTERS: readonly { slug: string; name: string }[] = [
  { slug: 'morning-briefing', name: 'Morning Briefing' },
  { slug: 'climate-weekly', name: 'Climate Weekly' },
  { slug: 'weekend-culture', name: 'Weekend Culture' },
]

/** What {@link buildSite} needs. */
export interface BuildSiteInput {
  articles: Article[]
  comments: Comment[]
  outDir: string
  baseUrl: string
  title: string
  now: Date
  /** A folder of feature images (`<name>.svg`) shipped with the newsroom, copied to `images/`. */
  imagesDir?: string | undefined
}

/** What was built, for the demo's summary. */
export interface SiteSummary {
  outDir: string
  pages: string[]
  fronts: Map<string, Teaser[]>
  related: Map<string, { teaser: Teaser; pick: RelatedPick }[]>
  verdicts: { comment: Comment; verdict: Verdict; title: string }[]
}

/**
 * Who wrote a comment, for joining an author's history: the id, else the email (case-folded), else
 * the name — so a reader without an account who posts the same comment twice is recognised.
 */
export function authorKey(comment: Comment): string {
  const { id, email, name } = comment.author
  if (id !== undefined) return `id:${id}`
  if (email !== undefined) return `email:${email.toLowerCase()}`
  return `name:${name}`
}

/** Runs every comment through moderation, oldest first, each with the comments before it as context. */
function moderate(comments: Comment[], articles: Map<string, Article>): SiteSummary['verdicts'] {
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  return sorted.map((comment, i) => {
    const before = sorted.slice(0, i)
    const key = authorKey(comment)
    // Each comment is judged as when it was posted: its own time is the clock, so a double post
    // three seconds apart falls inside the duplicate window however old the sample is.
    const verdict = moderateComment(comment, {
      now: new Date(comment.createdAt),
      history: before
        .filter((c) => authorKey(c) === key)
        .map((c) => ({ html: c.html, createdAt: c.createdAt, status: c.status })),
      recent: before
        .filter((c) => authorKey(c) !== key)
        .map((c) => ({
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

/**
 * Articles whose feature image has a local copy in `imagesDir` (same base name, `.svg`) point at
 * the site's own `images/` folder, so the demo never links to a placeholder host.
 */
function localImages(articles: Article[], imagesDir: string | undefined, baseUrl: string): Article[] {
  if (imagesDir === undefined || !existsSync(imagesDir)) return articles
  const local = new Set(readdirSync(imagesDir).filter((f) => f.endsWith('.svg')))
  const localUrl = (url: string): string | undefined => {
    const name = `${url.slice(url.lastIndexOf('/') + 1).replace(/\.[a-z]+$/i, '')}.svg`
    return local.has(name) ? `${baseUrl}/images/${name}` : undefined
  }
  // Images inside the story: every src="…" whose file has a local copy.
  const body = (html: string): string =>
    html.replace(/ src="([^"]+)"/g, (whole, url: string) => {
      const found = localUrl(url)
      return found === undefined ? whole : ` src="${found}"`
    })
  return articles.map((article) => {
    const next: Article = { ...article, html: body(article.html) }
    if (article.freeHtml !== undefined) next.freeHtml = body(article.freeHtml)
    const url = article.featureImage?.url
    const found = url === undefined ? undefined : localUrl(url)
    if (found !== undefined && article.featureImage !== undefined)
      next.featureImage = { ...article.featureImage, url: found }
    return next
  })
}

/** Reading time of the whole story (members see all of it), at least 1 minute for any text. */
function storyMinutes(article: Article): number {
  return readingTime(article.html).minutes
}

/**
 * The card of an article: copydesk's teaser, with the dek standing in for the excerpt of a gated
 * story whose free part is empty (no members-only marker), and the story's reading time rather than
 * the free part's "0 min".
 */
function cardTeaser(article: Article, baseUrl: string): Teaser {
  const teaser = toTeaser(article, { baseUrl })
  const dek = article.customExcerpt ?? article.subtitle
  const text =
    teaser.excerpt.trim() === '' && dek !== undefined
      ? excerpt(dek, { format: 'text', maxChars: 200 }).text
      : teaser.excerpt
  return {
    ...teaser,
    excerpt: text,
    readingMinutes: teaser.readingMinutes > 0 ? teaser.readingMinutes : storyMinutes(article),
  }
}

/** Writes the site and returns what it holds. */
export function buildSite(input: BuildSiteInput): SiteSummary {
  const { outDir, baseUrl, now } = input
  const articles = localImages(input.articles, input.imagesDir, baseUrl)
  const published = articles
    .filter((a) => a.status === 'published')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id))
  const byId = new Map(articles.map((a) => [a.id, a]))
  const sections = [...new Set(published.map((a) => a.section ?? 'news'))]
  const languages = new Map(articles.map((a) => [a.id, a.language]))
  const site: SiteInfo = { title: input.title, baseUrl, now, sections, languages }
  const teasers = new Map(published.map((a) => [a.id, cardTeaser(a, baseUrl)]))

  // A section front shows one story once: a near-duplicate rewrite (the wire copy and the desk's
  // version) is folded into the first card as an "also" link instead of standing beside it.
  const fronts = new Map<string, Teaser[]>()
  const also = new Map<string, Teaser[]>()
  for (const section of sections) {
    const { kept, copies } = withoutNearDuplicates(published.filter((a) => (a.section ?? 'news') === section))
    fronts.set(
      section,
      kept.map((a) => teasers.get(a.id) as Teaser),
    )
    for (const [id, list] of copies)
      also.set(
        id,
        list.map((a) => teasers.get(a.id) as Teaser),
      )
  }

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

  const verdicts = moderate(input.comments, byId)
  const moderated = new Map(verdicts.map(({ comment, verdict }) => [comment.id, withVerdict(comment, verdict)]))
  const sanitized = new Map(verdicts.map(({ comment, verdict }) => [comment.id, verdict.html]))

  mkdirSync(join(outDir, 'assets'), { recursive: true })
  if (input.imagesDir !== undefined && existsSync(input.imagesDir)) {
    mkdirSync(join(outDir, 'images'), { recursive: true })
    for (const file of readdirSync(input.imagesDir))
      if (file.endsWith('.svg')) copyFileSync(join(input.imagesDir, file), join(outDir, 'images', file))
  }
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
  write('index.html', frontPage(site, fronts, also))
  for (const a of published) {
    // The site's own images are linked relative to the page, so the demo works from any folder.
    const html = readableHtml(a).split(`${baseUrl}/images/`).join('../images/')
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
        newsletters: NEWSLETTERS,
        readingMinutes: storyMinutes(a),
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
