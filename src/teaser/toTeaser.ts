import { checkOptions, checkRecord, isRecord, localeOption, refuse, toDate } from '../_internal/check.js'
import type { Article, ArticleInput, ExcerptSource, Image, Teaser } from '../schema/types.js'
import { TeaserSchema } from '../schema/teaser.js'
import { cutExcerpt } from '../text/_excerpt.js'
import { estimateReadingTime } from '../text/_readingTime.js'
import { readableHtml } from '../readable/readable.js'
import { markerIndex } from '../_internal/htmlWalker.js'
import type { ArticleUrlOptions } from './types.js'
import { buildArticleUrl } from './_url.js'

/** Options of {@link toTeaser}; `baseUrl` and `permalink` build `url` as `articleUrl` does. */
export interface ToTeaserOptions extends ArticleUrlOptions {
  /** Longest excerpt in graphemes, the ellipsis included; an integer above the ellipsis length. @defaultValue `200` */
  maxChars?: number | undefined
  /** Most words in the excerpt; an integer ≥ 1. @defaultValue no word limit */
  maxWords?: number | undefined
  /** Appended to a cut excerpt. @defaultValue `'…'` */
  ellipsis?: string | undefined
  /** BCP 47 language for segmentation. @defaultValue the article's `language` when it is a valid tag, else `'en'` */
  locale?: string | undefined
  /** Reading speed for spaced scripts, from 1 to 100,000 words a minute. @defaultValue `238` */
  wordsPerMinute?: number | undefined
  /** Reading speed for Chinese and Japanese, from 1 to 100,000 characters a minute. @defaultValue `500` */
  charactersPerMinute?: number | undefined
}

const FN = 'toTeaser'

/** The article's language as a locale, or `undefined` when it is absent or not a BCP 47 tag. */
function languageOf(language: unknown): string | undefined {
  if (typeof language !== 'string') return undefined
  try {
    return localeOption(FN, language, undefined)
  } catch {
    return undefined
  }
}

/** Checks the structure of the fields toTeaser reads, so no foreign error can escape. */
function checkArticle(article: unknown): asserts article is ArticleInput {
  const a = checkRecord(FN, article, 'article')
  for (const key of ['id', 'slug', 'title', 'html'] as const) {
    if (typeof a[key] !== 'string') throw refuse(FN, 'INVALID_INPUT', `article.${key}`, 'a string', a[key])
  }
  for (const key of ['customExcerpt', 'freeHtml', 'section', 'canonicalUrl'] as const) {
    if (a[key] !== undefined && typeof a[key] !== 'string') {
      throw refuse(FN, 'INVALID_INPUT', `article.${key}`, 'a string when present', a[key])
    }
  }
  const authors = a['authors']
  if (!Array.isArray(authors)) throw refuse(FN, 'INVALID_INPUT', 'article.authors', 'an array', authors)
  for (let i = 0; i < authors.length; i++) checkRecord(FN, authors[i], `article.authors[${i}]`)
  const tags = a['tags']
  if (tags !== undefined) {
    if (!Array.isArray(tags)) throw refuse(FN, 'INVALID_INPUT', 'article.tags', 'an array when present', tags)
    for (let i = 0; i < tags.length; i++) checkRecord(FN, tags[i], `article.tags[${i}]`)
  }
  if (a['featureImage'] !== undefined) checkRecord(FN, a['featureImage'], 'article.featureImage')
  const published = a['publishedAt']
  if (published !== undefined && (typeof published !== 'string' || toDate(published) === undefined)) {
    throw refuse(FN, 'INVALID_INPUT', 'article.publishedAt', 'an ISO 8601 date-time when present', published)
  }
}

/** Where a teaser field came from in the article, for messages. */
function articlePath(path: readonly PropertyKey[], tagIndex: number): string {
  const [head, ...rest] = path.map(String)
  const tail = rest.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('')
  if (head === 'image') return `article.featureImage${tail}`
  if (head === 'primaryTag') return `article.tags[${tagIndex}]${tail}`
  if (head === 'excerpt') return 'article.customExcerpt'
  return `article.${head ?? ''}${tail}`
}

/**
 * Turns an article into the card shown in a related row or on a section front.
 *
 * Excerpt precedence: a non-blank `customExcerpt` (`excerptSource: 'custom'`), else the text
 * before `<!--more-->` (`'more'`), else an automatic excerpt (`'auto'`), all cut by the
 * {@link excerpt} rules to `maxChars`. `primaryTag` is the first `public` tag; `url` follows the
 * {@link articleUrl} rules; `readingMinutes` comes from {@link readingTime}. **Access-aware:** for a
 * `members` or `paid` article the excerpt and reading time come only from the free part (`freeHtml`,
 * or the HTML before `<!--members-only-->`; nothing when there is neither) or from `customExcerpt`,
 * and Ghost's members-only content blocks (`kg-gated-block`) are removed, so gated text never
 * appears in any field.
 *
 * @param article - A parsed {@link Article} (or an {@link ArticleInput} with the same fields).
 * @param options - See {@link ToTeaserOptions}.
 * @returns A {@link Teaser}; it always validates against `TeaserSchema` (the teaser is checked
 *   before it is returned).
 * @throws {@link CopydeskError} `INVALID_INPUT` naming the field when a field the teaser reads is
 *   missing or has the wrong type (`id`, `slug`, `title`, `html`, `authors` and each author,
 *   `tags` and each tag, `featureImage`, `publishedAt`, …), or would make a teaser that fails
 *   `TeaserSchema` (`access: 0`, a feature image URL that is not http(s), an empty author name);
 *   `INVALID_OPTIONS` for bad options (an array or `null` too). Every message starts with
 *   `toTeaser:`. The article is trusted for nothing else: pass a parsed {@link Article} to have
 *   every field checked.
 *
 * @example
 * ```ts
 * toTeaser({
 *   id: 'a1', slug: 'king-tide', title: 'King tide floods the harbor road',
 *   html: '<p>Water rose over the seawall at dawn.</p><!--more--><p>Officials said…</p>',
 *   authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
 *   tags: [{ name: '#wire', slug: 'hash-wire', visibility: 'internal' }, { name: 'Tides', slug: 'tides', visibility: 'public' }],
 * }, { baseUrl: 'https://harborledger.example' })
 * // { id: 'a1', slug: 'king-tide', url: 'https://harborledger.example/king-tide/',
 * //   title: 'King tide floods the harbor road', excerpt: 'Water rose over the seawall at dawn.',
 * //   excerptSource: 'more', truncated: true, primaryTag: { name: 'Tides', slug: 'tides' },
 * //   authors: [{ name: 'Omar Ali', slug: 'omar-ali' }], readingMinutes: 1, access: 'public' }
 * ```
 */
export function toTeaser(article: ArticleInput | Article, options?: ToTeaserOptions): Teaser {
  checkArticle(article)
  const o = checkOptions<ToTeaserOptions>(FN, options)
  const locale = o.locale ?? languageOf(article.language)
  const limits = {
    maxChars: o.maxChars ?? 200,
    maxWords: o.maxWords,
    ellipsis: o.ellipsis,
    locale,
  }
  const readable = readableHtml(article)
  let source: ExcerptSource
  let cut: { text: string; truncated: boolean }
  if (typeof article.customExcerpt === 'string' && article.customExcerpt.trim() !== '') {
    source = 'custom'
    cut = cutExcerpt(FN, article.customExcerpt, { ...limits, format: 'text' })
  } else {
    const auto = cutExcerpt(FN, readable, limits)
    // 'more' whenever the readable part has the marker, even if a limit cut the lead before it.
    source = auto.stoppedAt === 'more' || markerIndex(readable, 'more') !== -1 ? 'more' : 'auto'
    cut = auto
  }
  const reading = estimateReadingTime(FN, readable, {
    wordsPerMinute: o.wordsPerMinute,
    charactersPerMinute: o.charactersPerMinute,
    locale,
    freePartOnly: true,
  })
  const url = buildArticleUrl(FN, article, { baseUrl: o.baseUrl, permalink: o.permalink })
  const tags = article.tags ?? []
  const tagIndex = tags.findIndex((t) => (t.visibility ?? 'public') === 'public')
  const tag = tags[tagIndex]
  const feature = article.featureImage
  const image: Image | undefined =
    feature === undefined
      ? undefined
      : {
          url: feature.url,
          ...(feature.alt !== undefined ? { alt: feature.alt } : {}),
          ...(feature.width !== undefined ? { width: feature.width } : {}),
          ...(feature.height !== undefined ? { height: feature.height } : {}),
        }
  const publishedAt = article.publishedAt === undefined ? undefined : toDate(article.publishedAt)?.toISOString()
  const teaser: Teaser = {
    id: article.id,
    slug: article.slug,
    ...(url !== undefined ? { url } : {}),
    title: article.title,
    excerpt: cut.text,
    excerptSource: source,
    truncated: cut.truncated,
    ...(image !== undefined ? { image } : {}),
    ...(tag !== undefined ? { primaryTag: { name: tag.name, slug: tag.slug } } : {}),
    authors: article.authors.map((a) => ({ name: a.name, slug: a.slug })),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    readingMinutes: reading.minutes,
    access: article.access ?? 'public',
  }
  // The promise that the teaser validates is kept by checking it: a field that would break it is
  // the caller's input error, named by its place in the article.
  let checked: ReturnType<typeof TeaserSchema.safeParse>
  try {
    checked = TeaserSchema.safeParse(teaser)
  } catch (error) {
    // zod can exhaust the stack on a huge invalid list (issue 17): still copydesk's own error.
    throw refuse(FN, 'INVALID_INPUT', 'article', 'an article whose teaser can be validated', article, error)
  }
  if (!checked.success) {
    const issue = checked.error.issues[0]!
    let value: unknown = teaser
    for (const key of issue.path)
      value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined
    throw refuse(FN, 'INVALID_INPUT', articlePath(issue.path, tagIndex), `valid in a Teaser (${issue.message})`, value)
  }
  return teaser
}
