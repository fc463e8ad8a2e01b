import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { Article, ArticleInput, ExcerptSource, Image, Teaser } from '../schema/types.js'
import { excerpt } from '../text/excerpt.js'
import { readingTime } from '../text/readingTime.js'
import { readableHtml } from '../readable/readable.js'
import { markerIndex } from '../_internal/htmlWalker.js'
import { articleUrl, type ArticleUrlOptions } from './articleUrl.js'

/** Options of {@link toTeaser}; `baseUrl` and `permalink` build `url` as {@link articleUrl} does. */
export interface ToTeaserOptions extends ArticleUrlOptions {
  /** Longest excerpt in graphemes, the ellipsis included. @defaultValue `200` */
  maxChars?: number | undefined
  /** Most words in the excerpt. @defaultValue no word limit */
  maxWords?: number | undefined
  /** Appended to a cut excerpt. @defaultValue `'…'` */
  ellipsis?: string | undefined
  /** Locale for segmentation. @defaultValue the article's `language` */
  locale?: string | undefined
  /** Reading speed for spaced scripts. @defaultValue `238` */
  wordsPerMinute?: number | undefined
  /** Reading speed for Chinese and Japanese, characters per minute. @defaultValue `500` */
  charactersPerMinute?: number | undefined
}

function fail(message: string, value: unknown): never {
  throw new CopydeskError('INVALID_INPUT', `toTeaser: ${message}, received ${describe(value)}`)
}

function utc(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
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
 * @returns A {@link Teaser}; it validates against `TeaserSchema`.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `article` lacks `id`, `slug`, `title`, `html` or
 *   `authors`; `INVALID_OPTIONS` for bad options.
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
  if (typeof article !== 'object' || article === null || Array.isArray(article))
    fail('article must be an object', article)
  for (const key of ['id', 'slug', 'title', 'html'] as const) {
    if (typeof article[key] !== 'string') fail(`article.${key} must be a string`, article[key])
  }
  if (!Array.isArray(article.authors)) fail('article.authors must be an array', article.authors)
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new CopydeskError('INVALID_OPTIONS', `toTeaser: options must be an object, received ${describe(options)}`)
  }
  const o = options ?? {}
  const locale = o.locale ?? article.language
  const limits = {
    maxChars: o.maxChars ?? 200,
    ...(o.maxWords !== undefined ? { maxWords: o.maxWords } : {}),
    ...(o.ellipsis !== undefined ? { ellipsis: o.ellipsis } : {}),
    ...(locale !== undefined ? { locale } : {}),
  }
  const readable = readableHtml(article)
  let source: ExcerptSource
  let cut: { text: string; truncated: boolean }
  if (typeof article.customExcerpt === 'string' && article.customExcerpt.trim() !== '') {
    source = 'custom'
    cut = excerpt(article.customExcerpt, { ...limits, format: 'text' })
  } else {
    const auto = excerpt(readable, limits)
    // 'more' whenever the readable part has the marker, even if a limit cut the lead before it.
    source = auto.stoppedAt === 'more' || markerIndex(readable, 'more') !== -1 ? 'more' : 'auto'
    cut = auto
  }
  const reading = readingTime(readable, {
    ...(o.wordsPerMinute !== undefined ? { wordsPerMinute: o.wordsPerMinute } : {}),
    ...(o.charactersPerMinute !== undefined ? { charactersPerMinute: o.charactersPerMinute } : {}),
    ...(locale !== undefined ? { locale } : {}),
    freePartOnly: true,
  })
  const url = articleUrl(article, {
    ...(o.baseUrl !== undefined ? { baseUrl: o.baseUrl } : {}),
    ...(o.permalink !== undefined ? { permalink: o.permalink } : {}),
  })
  const tag = (article.tags ?? []).find((t) => (t.visibility ?? 'public') === 'public')
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
  const publishedAt = utc(article.publishedAt)
  return {
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
}
