import type { ArticleInput } from '../schema/types.js'
import {
  articleUrl,
  assertArticle,
  authorUrl,
  checkIntOption,
  checkOptionsObject,
  checkStringOption,
  checkUrlOption,
  headlineText,
  objectOrUndefined,
  publicTags,
  summaryText,
  utc,
} from './_output.js'
import { isGated, readableHtml } from '../readable/readable.js'
import { plainText, readingStats } from './_text.js'
import { isRecord, refuse } from '../_internal/check.js'

/** A publisher logo with its pixel size. */
export interface JsonLdLogoInput {
  /** Absolute image URL. */
  url: string
  /** Width in pixels. */
  width?: number | undefined
  /** Height in pixels. */
  height?: number | undefined
}

/** The page an article is the main entity of (schema.org `WebPage`). */
export interface JsonLdWebPage {
  /** Always `'WebPage'`. */
  '@type': 'WebPage'
  /** The page URL. */
  '@id': string
}

/** The site or company that publishes the article (schema.org `Organization`). */
export interface JsonLdPublisherInput {
  /** Name of the publication, e.g. `'The Harbor Ledger'`. */
  name: string
  /** Absolute URL of the publication's home page. */
  url?: string | undefined
  /** Logo: an absolute image URL, or the URL with its pixel size (Google wants ≤ 600×60). */
  logo?: string | JsonLdLogoInput | undefined
}

/** Options for {@link toJsonLd}. */
export interface ToJsonLdOptions {
  /**
   * Absolute site URL used to build the article URL (`baseUrl` + `permalink`) when the article has
   * no `canonicalUrl`, and author URLs when an author has no `url`.
   * @defaultValue none: `mainEntityOfPage` and author `url` are left out when unknown
   */
  baseUrl?: string | undefined
  /** Path pattern of an article, as copydesk/teaser's `articleUrl`: starts with `/`, holds `:slug` or `:id`; tokens `:slug`, `:id`, `:year`, `:month`, `:day` (UTC), `:section`, `:primary_tag`. @defaultValue `'/:slug/'` */
  permalink?: string | undefined
  /** Path pattern of an author page: `:slug`. @defaultValue `'/author/:slug/'` */
  authorPermalink?: string | undefined
  /** The publisher `Organization`. @defaultValue none: `publisher` is left out */
  publisher?: JsonLdPublisherInput | undefined
  /** CSS selector of the paywalled part of the page, for `hasPart` on gated articles. @defaultValue `'.paywall'` */
  paywallSelector?: string | undefined
  /** Longest `headline` in graphemes, ellipsis included (Google's limit); an integer ≥ 2 (0.1: `headlineMaxChars`). @defaultValue `110` */
  maxHeadlineChars?: number | undefined
  /** Longest `description` in graphemes, ellipsis included; an integer ≥ 2 (0.1: `descriptionMaxChars`). @defaultValue `300` */
  maxDescriptionChars?: number | undefined
}

/** A schema.org `ImageObject`. */
export interface JsonLdImage {
  /** Always `'ImageObject'`. */
  '@type': 'ImageObject'
  /** Absolute image URL. */
  url: string
  /** Width in pixels, when known. */
  width?: number
  /** Height in pixels, when known. */
  height?: number
  /** Caption as plain text, when there is one. */
  caption?: string
}

/** A schema.org `Person` (an author). */
export interface JsonLdPerson {
  /** Always `'Person'`. */
  '@type': 'Person'
  /** Display name. */
  name: string
  /** The author's page, when known. */
  url?: string
}

/** A schema.org `Organization` (the publisher). */
export interface JsonLdOrganization {
  /** Always `'Organization'`. */
  '@type': 'Organization'
  /** Name of the publication. */
  name: string
  /** Home page. */
  url?: string
  /** Logo image. */
  logo?: JsonLdImage
}

/** The paywalled part of a page (schema.org `WebPageElement`). */
export interface JsonLdPaywalledPart {
  /** Always `'WebPageElement'`. */
  '@type': 'WebPageElement'
  /** Always `false`. */
  isAccessibleForFree: false
  /** Where the paywalled part is on the page. */
  cssSelector: string
}

/** A schema.org `NewsArticle` as {@link toJsonLd} builds it. Optional fields are left out when unknown. */
export interface NewsArticleJsonLd {
  /** Always `'https://schema.org'`. */
  '@context': 'https://schema.org'
  /** Always `'NewsArticle'`. */
  '@type': 'NewsArticle'
  /** The title, at most `maxHeadlineChars` characters. */
  headline: string
  /** The teaser text (plain, never gated). */
  description?: string
  /** First publication, UTC. */
  datePublished?: string
  /** Last update (or first publication), UTC. */
  dateModified?: string
  /** The bylines. */
  author: JsonLdPerson[]
  /** The publication. */
  publisher?: JsonLdOrganization
  /** Feature image, then the Open Graph image when different. */
  image?: JsonLdImage[]
  /** The article's section. */
  articleSection?: string
  /** Public tag names. */
  keywords?: string[]
  /** Words in the readable part. */
  wordCount?: number
  /** Reading time of the readable part, ISO 8601 duration (`PT4M`). */
  timeRequired?: string
  /** BCP 47 language. */
  inLanguage: string
  /** The page this article is the main entity of. */
  mainEntityOfPage?: JsonLdWebPage
  /** `false` for members-only and paid articles; absent for public ones. */
  isAccessibleForFree?: false
  /** The paywalled part, for gated articles. */
  hasPart?: JsonLdPaywalledPart
}

/** Options renamed in 0.2 (limits start with `max`). */
const RENAMED = { headlineMaxChars: 'maxHeadlineChars', descriptionMaxChars: 'maxDescriptionChars' }

function logoOf(logo: JsonLdPublisherInput['logo']): JsonLdImage | undefined {
  if (typeof logo === 'string') return { '@type': 'ImageObject', url: logo }
  if (logo === undefined) return undefined
  const image: JsonLdImage = { '@type': 'ImageObject', url: logo.url }
  if (logo.width !== undefined) image.width = logo.width
  if (logo.height !== undefined) image.height = logo.height
  return image
}

function checkPublisher(fn: string, publisher: unknown): void {
  if (publisher === undefined) return
  if (!isRecord(publisher) || typeof publisher['name'] !== 'string') {
    throw refuse(fn, 'INVALID_OPTIONS', 'options.publisher', 'an object { name, url?, logo? }', publisher)
  }
  checkUrlOption(fn, 'options.publisher.url', publisher['url'])
  const logo = publisher['logo']
  checkUrlOption(fn, 'options.publisher.logo', isRecord(logo) ? logo['url'] : logo)
}

/**
 * Builds the schema.org `NewsArticle` JSON-LD of an article, for search engines.
 *
 * Gated articles (`access` other than `public`) get `isAccessibleForFree: false` and a `hasPart`
 * `WebPageElement` with `cssSelector`; their `description`, `wordCount` and `timeRequired` come
 * only from the readable part (`freeHtml`, or the HTML before `<!--members-only-->`, or nothing).
 * No field ever holds gated text. Internal tags (`#…`) never appear in `keywords`.
 *
 * @param article - A parsed {@link Article} (or any valid `ArticleInput`).
 * @param options - See {@link ToJsonLdOptions}.
 * @returns The JSON-LD object; serialize it with {@link toJsonLdScript} for a page.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `article` is not an article-shaped object;
 *   `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * const jsonLd = toJsonLd(
 *   { id: 'a1', slug: 'king-tide', title: 'King tide floods the harbor road', html: '<p>Water rose 40 cm over the forecast.</p>',
 *     authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }], tags: [{ name: 'Tides', slug: 'tides' }],
 *     status: 'published', publishedAt: '2026-11-24T06:00:00.000Z', language: 'en' },
 *   { baseUrl: 'https://ledger.example', publisher: { name: 'The Harbor Ledger', logo: 'https://ledger.example/logo.png' } },
 * )
 * jsonLd.headline         // 'King tide floods the harbor road'
 * jsonLd.description      // 'Water rose 40 cm over the forecast.'
 * jsonLd.author           // [{ '@type': 'Person', name: 'Omar Ali', url: 'https://ledger.example/author/omar-ali/' }]
 * jsonLd.mainEntityOfPage // { '@type': 'WebPage', '@id': 'https://ledger.example/king-tide/' }
 * jsonLd.keywords         // ['Tides']
 * jsonLd.wordCount        // 7
 * jsonLd.timeRequired     // 'PT1M'
 * ```
 */
export function toJsonLd(article: ArticleInput, options: ToJsonLdOptions = {}): NewsArticleJsonLd {
  return buildJsonLd('toJsonLd', article, options)
}

/** {@link toJsonLd} with refusals that start with `fn` (toJsonLdScript passes its own name). */
export function buildJsonLd(fn: string, article: ArticleInput, options: ToJsonLdOptions): NewsArticleJsonLd {
  assertArticle(fn, article, 'article')
  checkOptionsObject(fn, options, RENAMED)
  checkUrlOption(fn, 'options.baseUrl', options.baseUrl)
  checkStringOption(fn, 'options.permalink', options.permalink)
  checkStringOption(fn, 'options.authorPermalink', options.authorPermalink)
  checkStringOption(fn, 'options.paywallSelector', options.paywallSelector)
  checkIntOption(fn, 'options.maxHeadlineChars', options.maxHeadlineChars, 2)
  checkIntOption(fn, 'options.maxDescriptionChars', options.maxDescriptionChars, 2)
  checkPublisher(fn, options.publisher)
  const {
    baseUrl,
    permalink = '/:slug/',
    authorPermalink = '/author/:slug/',
    publisher,
    paywallSelector = '.paywall',
    maxHeadlineChars = 110,
    maxDescriptionChars = 300,
  } = options
  const language = typeof article.language === 'string' && article.language !== '' ? article.language : 'en'

  // Built as a record so the keys come out in a readable order.
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headlineText(article, maxHeadlineChars),
  }
  const description = summaryText(fn, article, maxDescriptionChars)
  if (description !== '') out['description'] = description
  const published = utc(article.publishedAt)
  const modified = utc(article.updatedAt) ?? published
  if (published !== undefined) out['datePublished'] = published
  if (modified !== undefined) out['dateModified'] = modified
  out['author'] = article.authors.map((author) => {
    const person: JsonLdPerson = { '@type': 'Person', name: String(author.name) }
    const url = authorUrl(author, baseUrl, authorPermalink)
    if (url !== undefined) person.url = url
    return person
  })
  if (publisher !== undefined) {
    const org: JsonLdOrganization = { '@type': 'Organization', name: publisher.name }
    if (publisher.url !== undefined) org.url = publisher.url
    const logo = logoOf(publisher.logo)
    if (logo !== undefined) org.logo = logo
    out['publisher'] = org
  }

  const images: JsonLdImage[] = []
  const feature = objectOrUndefined(article.featureImage)
  if (feature !== undefined && typeof feature.url === 'string') {
    const image: JsonLdImage = { '@type': 'ImageObject', url: feature.url }
    if (typeof feature.width === 'number') image.width = feature.width
    if (typeof feature.height === 'number') image.height = feature.height
    const caption = typeof feature.caption === 'string' ? plainText(feature.caption) : ''
    if (caption !== '') image.caption = caption
    images.push(image)
  }
  const ogImage = objectOrUndefined(article.seo)?.ogImage
  if (typeof ogImage === 'string' && !images.some((image) => image.url === ogImage)) {
    images.push({ '@type': 'ImageObject', url: ogImage })
  }
  if (images.length > 0) out['image'] = images
  if (typeof article.section === 'string' && article.section !== '') out['articleSection'] = article.section
  const keywords = publicTags(article).map((tag) => tag.name)
  if (keywords.length > 0) out['keywords'] = keywords

  const stats = readingStats(readableHtml(article), language)
  if (stats.words > 0) {
    out['wordCount'] = stats.words
    out['timeRequired'] = stats.iso8601
  }
  out['inLanguage'] = language
  const url = articleUrl(fn, article, baseUrl, permalink)
  if (url !== undefined) out['mainEntityOfPage'] = { '@type': 'WebPage', '@id': url }
  if (isGated(article)) {
    out['isAccessibleForFree'] = false
    out['hasPart'] = { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: paywallSelector }
  }
  return out as unknown as NewsArticleJsonLd
}
