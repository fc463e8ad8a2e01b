import type { ArticleInput } from '../schema/types.js'
import {
  articleUrl,
  assertArticle,
  authorUrl,
  checkIntOption,
  checkOptionsObject,
  checkStringOption,
  checkUrlOption,
  objectOrUndefined,
  publicTags,
  summaryText,
  utc,
} from './_output.js'
import { isGated } from '../readable/readable.js'

/** A `<meta name="…" content="…">` tag. */
export interface MetaNameTag {
  /** The `name` attribute (`description`, `twitter:card`, …). */
  name: string
  /** The `content` attribute, unescaped: escape it when writing HTML. */
  content: string
}

/** A `<meta property="…" content="…">` tag (Open Graph). */
export interface MetaPropertyTag {
  /** The `property` attribute (`og:title`, `article:tag`, …). */
  property: string
  /** The `content` attribute, unescaped: escape it when writing HTML. */
  content: string
}

/** The `<link rel="canonical" href="…">` tag. */
export interface CanonicalLinkTag {
  /** Always `'canonical'`. */
  rel: 'canonical'
  /** The canonical URL, unescaped. */
  href: string
}

/** One tag of {@link toMetaTags}' result. */
export type MetaTag = MetaNameTag | MetaPropertyTag | CanonicalLinkTag

/** Options for {@link toMetaTags}. */
export interface ToMetaTagsOptions {
  /** Absolute site URL for the article URL when it has no `canonicalUrl` (and for author pages). @defaultValue none */
  baseUrl?: string | undefined
  /** Path pattern of an article, as copydesk/teaser's `articleUrl`: starts with `/`, holds `:slug` or `:id`; tokens `:slug`, `:id`, `:year`, `:month`, `:day` (UTC), `:section`, `:primary_tag`. @defaultValue `'/:slug/'` */
  permalink?: string | undefined
  /** Path pattern of an author page (`:slug`), for `article:author`. @defaultValue `'/author/:slug/'` */
  authorPermalink?: string | undefined
  /** `og:site_name`. @defaultValue none */
  siteName?: string | undefined
  /** `twitter:site`, the site's handle (`@harborledger`). @defaultValue none */
  twitterSite?: string | undefined
  /** Longest description in graphemes, ellipsis included; an integer ≥ 2 (0.1: `descriptionMaxChars`). @defaultValue `160` */
  maxDescriptionChars?: number | undefined
}

/**
 * Builds the meta tags of an article page: `description`, the canonical link, Open Graph
 * (`og:*`, `article:*`), and a Twitter card (`summary_large_image` when there is an image, else
 * `summary`). Values are raw strings; escape them when you write HTML.
 *
 * The description is `seo.metaDescription`, else the teaser text (never gated text), cut to
 * `maxDescriptionChars`. `og:title` is `seo.metaTitle`, else the title. The image is
 * `seo.ogImage`, else the feature image (with `og:image:alt`, width and height when it is the
 * feature image). `article:tag` lists public tags only. `article:content_tier` is `free` or `locked`.
 *
 * @param article - A parsed {@link Article} (or any valid `ArticleInput`).
 * @param options - See {@link ToMetaTagsOptions}.
 * @returns The tags in page order.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `article` is not an article-shaped object;
 *   `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * toMetaTags(
 *   { id: 'a1', slug: 'king-tide', title: 'King tide floods the harbor road', html: '<p>Water rose.</p>',
 *     authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }], status: 'published',
 *     publishedAt: '2026-11-24T06:00:00Z',
 *     featureImage: { url: 'https://img.example/tide.jpg', alt: 'Flooded road' } },
 *   { baseUrl: 'https://ledger.example', siteName: 'The Harbor Ledger' },
 * ).slice(0, 8)
 * // [ { name: 'description', content: 'Water rose.' },
 * //   { rel: 'canonical', href: 'https://ledger.example/king-tide/' },
 * //   { property: 'og:type', content: 'article' },
 * //   { property: 'og:title', content: 'King tide floods the harbor road' },
 * //   { property: 'og:description', content: 'Water rose.' },
 * //   { property: 'og:url', content: 'https://ledger.example/king-tide/' },
 * //   { property: 'og:site_name', content: 'The Harbor Ledger' },
 * //   { property: 'og:locale', content: 'en' } ]
 * ```
 */
export function toMetaTags(article: ArticleInput, options: ToMetaTagsOptions = {}): MetaTag[] {
  const fn = 'toMetaTags'
  assertArticle(fn, article, 'article')
  checkOptionsObject(fn, options, { descriptionMaxChars: 'maxDescriptionChars' })
  checkUrlOption(fn, 'options.baseUrl', options.baseUrl)
  for (const key of ['permalink', 'authorPermalink', 'siteName', 'twitterSite'] as const) {
    checkStringOption(fn, `options.${key}`, options[key])
  }
  checkIntOption(fn, 'options.maxDescriptionChars', options.maxDescriptionChars, 2)
  const {
    baseUrl,
    permalink = '/:slug/',
    authorPermalink = '/author/:slug/',
    siteName,
    twitterSite,
    maxDescriptionChars = 160,
  } = options

  const tags: MetaTag[] = []
  const name = (key: string, content: string | undefined): void => {
    if (content !== undefined && content !== '') tags.push({ name: key, content })
  }
  const property = (key: string, content: string | undefined): void => {
    if (content !== undefined && content !== '') tags.push({ property: key, content })
  }

  const seo = objectOrUndefined(article.seo) ?? {}
  const override = typeof seo.metaDescription === 'string' ? seo.metaDescription.trim() : ''
  const description = override !== '' ? override : summaryText(fn, article, maxDescriptionChars)
  const title = typeof seo.metaTitle === 'string' && seo.metaTitle.trim() !== '' ? seo.metaTitle : article.title
  const url = articleUrl(fn, article, baseUrl, permalink)
  const image0 = objectOrUndefined(article.featureImage)
  const feature = image0 !== undefined && typeof image0.url === 'string' ? image0 : undefined
  const ogImage = typeof seo.ogImage === 'string' && seo.ogImage !== '' ? seo.ogImage : undefined
  const image = ogImage ?? feature?.url
  const imageIsFeature = feature !== undefined && image === feature.url
  const language = typeof article.language === 'string' && article.language !== '' ? article.language : 'en'

  name('description', description)
  if (url !== undefined) tags.push({ rel: 'canonical', href: url })
  property('og:type', 'article')
  property('og:title', title)
  property('og:description', description)
  property('og:url', url)
  property('og:site_name', siteName)
  property('og:locale', language.replace(/-/g, '_'))
  if (image !== undefined) {
    property('og:image', image)
    if (imageIsFeature) {
      property('og:image:alt', feature.alt)
      if (typeof feature.width === 'number') property('og:image:width', String(feature.width))
      if (typeof feature.height === 'number') property('og:image:height', String(feature.height))
    }
  }
  property('article:published_time', utc(article.publishedAt))
  property('article:modified_time', utc(article.updatedAt) ?? utc(article.publishedAt))
  property('article:section', article.section)
  for (const author of article.authors) property('article:author', authorUrl(author, baseUrl, authorPermalink))
  for (const tag of publicTags(article)) property('article:tag', tag.name)
  property('article:content_tier', isGated(article) ? 'locked' : 'free')
  name('twitter:card', image === undefined ? 'summary' : 'summary_large_image')
  name('twitter:title', title)
  name('twitter:description', description)
  name('twitter:image', image)
  if (imageIsFeature) name('twitter:image:alt', feature.alt)
  name('twitter:site', twitterSite)
  return tags
}
