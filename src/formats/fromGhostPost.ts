import { CopydeskError } from '../errors.js'
import type { Article, AuthorInput } from '../schema/types.js'
import { coerceBoolean, coerceDate, coerceLocale, coerceUrl } from './_coerce.js'
import { lexicalToHtml } from './_coerceLexical.js'
import { expandGhostUrls, ghostSiteBase } from './_ghostUrl.js'
import {
  arrayAt,
  assertPost,
  checkOptions,
  compact,
  idOf,
  isRecord,
  objectAt,
  optional,
  validateMapped,
  type Json,
} from './_import.js'

/** Options for {@link fromGhostPost}. */
export interface FromGhostPostOptions {
  /**
   * BCP 47 language of the post. Ghost posts carry none; pass the site's `locale` setting.
   * @defaultValue `'en'`
   */
  language?: string | undefined
  /**
   * Whether readers may comment. Ghost decides per site (`comments_enabled`: `off` / `all` /
   * `paid`); when this option is left out, the Content API's per-post `comments` flag is used if
   * present, else `true`.
   * @defaultValue the post's `comments` flag, else `true`
   */
  commentsEnabled?: boolean | undefined
  /**
   * Set `section` to the slug of the primary tag (Ghost's `primary_tag`, else the first public tag),
   * the way Ghost themes build section navigation.
   * @defaultValue `true`
   */
  sectionFromPrimaryTag?: boolean | undefined
  /**
   * Use the post's `url` as `canonicalUrl` when `canonical_url` is empty and the post is published
   * (draft and scheduled posts only have `/p/<uuid>/` preview URLs, which are never used).
   * @defaultValue `true`
   */
  urlAsCanonical?: boolean | undefined
  /** The byline to use when the post has no `authors` and no `primary_author`. */
  fallbackAuthor?: AuthorInput | undefined
  /**
   * The site's address. Ghost site exports (and Ghost's database) store the site's own links and
   * images as `__GHOST_URL__/content/images/…`; every such placeholder in the post (HTML, images,
   * authors, tags) becomes this URL (trailing slashes dropped). A post holding the placeholder
   * without this option is rejected with `INVALID_INPUT` rather than imported with dead links.
   */
  siteUrl?: string | undefined
}

const STATUS: Readonly<Record<string, string>> = {
  published: 'published',
  draft: 'draft',
  scheduled: 'scheduled',
  sent: 'archived',
}

const ACCESS: Readonly<Record<string, string>> = {
  public: 'public',
  members: 'members',
  paid: 'paid',
}

/**
 * `visibility` → `access`. `tiers` (Ghost 5) and `filter` (Ghost 4, with `visibility_filter`) name
 * the tiers that may read: `members` when the free tier is among them, else `paid`.
 */
function accessOf(post: Json): unknown {
  const raw = post['visibility'] ?? 'public'
  if (typeof raw !== 'string') return raw
  if (raw !== 'tiers' && raw !== 'filter') return ACCESS[raw] ?? raw
  const tiers = Array.isArray(post['tiers']) ? post['tiers'] : []
  const filter = post['visibility_filter']
  const free =
    tiers.some((tier) => isRecord(tier) && (tier['type'] === 'free' || tier['slug'] === 'free')) ||
    (typeof filter === 'string' && filter.length <= 2000 && /status:(?:free|\[[^\]]*\bfree\b)/.test(filter))
  return free ? 'members' : 'paid'
}

/** Ghost's preview links for unpublished posts: `<site>/p/<uuid>/`. */
const PREVIEW_URL_RE = /\/p\/[0-9a-f-]{36}\/?$/

/** Where each article field comes from, for error messages. */
const SOURCES: Readonly<Record<string, string>> = {
  id: 'id',
  slug: 'slug',
  title: 'title',
  html: 'html',
  customExcerpt: 'custom_excerpt',
  featureImage: 'feature_image, feature_image_alt, feature_image_caption',
  authors: 'authors / primary_author',
  tags: 'tags / primary_tag',
  section: 'primary_tag',
  language: 'options.language',
  status: 'status',
  access: 'visibility',
  publishedAt: 'published_at',
  updatedAt: 'updated_at',
  canonicalUrl: 'canonical_url / url',
  commentsEnabled: 'comments',
  featured: 'featured',
  seo: 'meta_title, meta_description, og_image',
}

function mapAuthor(author: unknown, base: string | undefined): unknown {
  if (!isRecord(author)) return author
  const url = optional(author['url'])
  return compact({
    id: idOf(author['id']),
    name: author['name'],
    slug: author['slug'],
    bio: optional(author['bio']),
    // `image` is the Ghost 0.x column; Gravatar URLs are stored scheme-relative (`//www.gravatar…`).
    avatarUrl: coerceUrl(author['profile_image'] ?? author['image'], base),
    // Ghost gives authors without a public page the URL `<site>/404/`.
    url: typeof url === 'string' && url.endsWith('/404/') ? undefined : url,
  })
}

function mapTag(tag: unknown): unknown {
  if (!isRecord(tag)) return tag
  const name = tag['name']
  const internal = tag['visibility'] === 'internal' || (typeof name === 'string' && name.startsWith('#'))
  return compact({ id: idOf(tag['id']), name, slug: tag['slug'], visibility: internal ? 'internal' : 'public' })
}

/**
 * Converts a post from Ghost's Content API or Admin API (`include=authors,tags`, `formats=html`)
 * into a validated copydesk {@link Article} (also a valid `ArticleInput`).
 *
 * Mapping: `visibility` `public`/`members`/`paid` → `access`, `tiers`/`filter` → `members` when the
 * free tier may read, else `paid`; `status`
 * `published`/`draft`/`scheduled` as is, `sent` (email-only) → `archived`, missing (Content API,
 * which serves published posts only) → `published`; tags named `#…` or with `visibility:
 * 'internal'` → internal tags; `feature_image*` → `featureImage`; `custom_excerpt` →
 * `customExcerpt` (Ghost's automatic `excerpt` is ignored); `meta_title`, `meta_description`,
 * `og_image` → `seo`; `html: null` → the text of `lexical` (Ghost 5) as HTML, else `''`.
 * Database-typed values of site exports are coerced: `featured` `0`/`1` → boolean, epoch
 * milliseconds and `YYYY-MM-DD HH:MM:SS` dates → ISO 8601 UTC, numeric ids → strings,
 * scheme-relative image URLs → `https:`, root-relative image paths (`/content/images/…`, Ghost 0.x/1.x)
 * resolved against `options.siteUrl` (dropped without it), `locale`/`language` `en_US` → `en-US`. Titles are plain text in Ghost and are kept as they are
 * (no entity decoding). The full table is in docs/formats.md.
 *
 * @param input - One post object (an element of the API's `posts` array, or of a site export's
 *   `db[0].data.posts` joined with its authors and tags).
 * @param options - See {@link FromGhostPostOptions}.
 * @returns The article, validated by the Article schema (defaults applied, dates in UTC).
 * @throws {@link CopydeskError} `INVALID_INPUT` when `input` is not an object (or is the whole
 *   `{ posts: [...] }` response), `authors`/`tags` are not arrays, or the post holds
 *   `__GHOST_URL__` placeholders and `options.siteUrl` is missing; `INVALID_OPTIONS` for bad
 *   options; `VALIDATION_FAILED` with `issues[]` (article paths) when the mapped article is invalid.
 *
 * @example
 * ```ts
 * const article = fromGhostPost({
 *   id: '6745b2d0f1e2d30001a4b805', slug: 'smoke-advice', title: 'Smoke: protect your lungs',
 *   html: '<p>Free part.</p><!--members-only--><p>For members.</p>', visibility: 'members',
 *   published_at: '2026-11-09T07:30:00.000+00:00', url: 'https://ledger.example/smoke-advice/',
 *   authors: [{ id: '1', name: 'Haruka Tanaka', slug: 'haruka' }],
 *   tags: [{ id: 't1', name: '#featured', slug: 'hash-featured' }, { id: 't2', name: 'Climate', slug: 'climate' }],
 * })
 * article.access       // 'members'
 * article.status       // 'published'
 * article.section      // 'climate'
 * article.tags[0]      // { id: 't1', name: '#featured', slug: 'hash-featured', visibility: 'internal' }
 * article.canonicalUrl // 'https://ledger.example/smoke-advice/'
 * ```
 */
export function fromGhostPost(input: unknown, options: FromGhostPostOptions = {}): Article {
  const fn = 'fromGhostPost'
  if (isRecord(input) && Array.isArray(input['posts']) && input['id'] === undefined) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: post must be one post object, received the whole API response; pass one element of response.posts`,
    )
  }
  assertPost(fn, input, 'map over the array and convert each post')
  checkOptions(fn, options, ['commentsEnabled', 'sectionFromPrimaryTag', 'urlAsCanonical'])
  const base = ghostSiteBase(fn, options.siteUrl)
  const post = expandGhostUrls(fn, input, base, input['id'])

  const rawStatus = post['status'] ?? 'published'
  const status = typeof rawStatus === 'string' ? (STATUS[rawStatus] ?? rawStatus) : rawStatus
  const access = accessOf(post)

  let authors = arrayAt(fn, post, 'authors')
  const primaryAuthor = objectAt(fn, post, 'primary_author')
  if (authors.length === 0 && primaryAuthor !== undefined) authors = [primaryAuthor]
  const mappedAuthors = authors.map((author) => mapAuthor(author, base))
  if (mappedAuthors.length === 0 && options.fallbackAuthor !== undefined) mappedAuthors.push(options.fallbackAuthor)

  let tags = arrayAt(fn, post, 'tags')
  const primaryTag = objectAt(fn, post, 'primary_tag')
  if (tags.length === 0 && primaryTag !== undefined) tags = [primaryTag]
  const mappedTags = tags.map(mapTag)

  let section: unknown
  if (options.sectionFromPrimaryTag !== false) {
    const primary = primaryTag !== undefined ? mapTag(primaryTag) : undefined
    const candidate = [primary, ...mappedTags].find(
      (tag): tag is Json => isRecord(tag) && tag['visibility'] === 'public' && typeof tag['slug'] === 'string',
    )
    section = candidate?.['slug']
  }

  // `image` is the Ghost 0.x column.
  const featureUrl = coerceUrl(post['feature_image'] ?? post['image'], base)
  const featureImage =
    featureUrl === undefined
      ? undefined
      : compact({
          url: featureUrl,
          // '' is meaningful (decorative image), so only null/undefined are dropped.
          alt: post['feature_image_alt'] ?? undefined,
          caption: optional(post['feature_image_caption']),
        })

  const seo = compact({
    metaTitle: optional(post['meta_title']),
    metaDescription: optional(post['meta_description']),
    ogImage: coerceUrl(post['og_image'], base),
  })

  let canonicalUrl = optional(post['canonical_url'])
  const url = post['url']
  if (
    canonicalUrl === undefined &&
    options.urlAsCanonical !== false &&
    status === 'published' &&
    typeof url === 'string' &&
    !PREVIEW_URL_RE.test(url)
  ) {
    canonicalUrl = url
  }

  const comments = post['comments']
  const mapped = compact({
    id: idOf(post['id']),
    slug: post['slug'],
    title: post['title'],
    html: post['html'] ?? lexicalToHtml(post['lexical']) ?? '',
    customExcerpt: optional(post['custom_excerpt']),
    featureImage,
    authors: mappedAuthors,
    tags: mappedTags,
    section,
    language: options.language ?? coerceLocale(post['locale'] ?? post['language']) ?? 'en',
    status,
    access,
    publishedAt: coerceDate(post['published_at']),
    updatedAt: coerceDate(post['updated_at']),
    canonicalUrl,
    commentsEnabled: options.commentsEnabled ?? (typeof comments === 'boolean' ? comments : true),
    featured: coerceBoolean(post['featured'], false),
    seo: Object.keys(seo).length === 0 ? undefined : seo,
  })
  return validateMapped(fn, post['id'], mapped, SOURCES)
}
