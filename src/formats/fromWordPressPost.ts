import { decodeHTML } from 'entities/decode'
import type { Article, AuthorInput } from '../schema/types.js'
import { plainText } from './_text.js'
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

/** Options for {@link fromWordPressPost}. */
export interface FromWordPressPostOptions {
  /**
   * BCP 47 language of the post. WordPress posts carry none; pass the site's language. When left
   * out, Yoast's `yoast_head_json.og_locale` (`en_US` → `en-US`) is used if present.
   * @defaultValue Yoast's `og_locale`, else `'en'`
   */
  language?: string | undefined
  /**
   * How to treat `excerpt.rendered`. WordPress fills it with an automatic excerpt (the first 55
   * words plus ` [&hellip;]`) when the author wrote none, and that must not become
   * `customExcerpt`. `'auto'`: with the edit context's `excerpt.raw`, manual means non-empty raw;
   * otherwise the excerpt counts as automatic when it ends with `[…]` or `…`, links a
   * `more-link`, or is the beginning of the content (whitespace ignored), and as manual otherwise.
   * `'manual'`: always use it. `'ignore'`: never use it.
   * @defaultValue `'auto'`
   */
  excerpt?: 'auto' | 'manual' | 'ignore' | undefined
  /**
   * Set `section` to the slug of the first category other than `uncategorized`.
   * @defaultValue `true`
   */
  sectionFromCategory?: boolean | undefined
  /**
   * Also add the categories (except `uncategorized`) to `tags`, after the post tags, skipping
   * slugs already present.
   * @defaultValue `false`
   */
  categoriesAsTags?: boolean | undefined
  /**
   * Use Yoast's canonical URL, else the post's `link`, as `canonicalUrl` when the post is
   * published (unpublished posts only have `?p=<id>` preview links, which are never used).
   * @defaultValue `true`
   */
  urlAsCanonical?: boolean | undefined
  /**
   * The byline to use when `_embedded.author` is missing or holds only error objects (WordPress
   * embeds `{ code: 'rest_user_invalid_id' }` for authors it will not expose).
   */
  fallbackAuthor?: AuthorInput | undefined
}

const STATUS: Readonly<Record<string, string>> = {
  publish: 'published',
  future: 'scheduled',
  draft: 'draft',
  pending: 'draft',
  'auto-draft': 'draft',
  private: 'draft',
  trash: 'archived',
}

const SOURCES: Readonly<Record<string, string>> = {
  id: 'id',
  slug: 'slug / generated_slug',
  title: 'title.rendered',
  html: 'content.rendered',
  customExcerpt: 'excerpt.rendered',
  featureImage: "_embedded['wp:featuredmedia'][0]",
  authors: '_embedded.author',
  tags: "_embedded['wp:term']",
  section: "_embedded['wp:term'] (category)",
  language: 'options.language / yoast_head_json.og_locale',
  status: 'status',
  access: 'content.protected',
  publishedAt: 'date_gmt',
  updatedAt: 'modified_gmt',
  canonicalUrl: 'yoast_head_json.canonical / link',
  commentsEnabled: 'comment_status',
  featured: 'sticky',
  seo: 'yoast_head_json',
}

/** WordPress dates without an offset (`date_gmt`, `modified_gmt`) are UTC: append `Z`. */
const NAIVE_DATE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/

function gmt(value: unknown): unknown {
  const v = optional(value)
  return typeof v === 'string' && NAIVE_DATE_RE.test(v) ? `${v}Z` : v
}

/** WordPress percent-encodes non-ASCII slugs (`%e6%bd%ae` → `潮`). Malformed escapes stay as they are. */
function decodeSlug(value: unknown): unknown {
  if (typeof value !== 'string' || !value.includes('%')) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A `{ rendered }` field, or a bare string (as some proxies flatten it). */
function rendered(fn: string, post: Json, key: string): unknown {
  const value = post[key]
  if (typeof value === 'string') return value
  const field = objectAt(fn, post, key)
  return field?.['rendered']
}

const MORE_RE = /(?:\[(?:…|\.\.\.)\]|…)$/

function isAutomaticExcerpt(excerptText: string, contentHtml: unknown): boolean {
  if (MORE_RE.test(excerptText)) return true
  const squeeze = (text: string): string => text.replace(/\s+/g, '')
  const content = typeof contentHtml === 'string' ? squeeze(plainText(contentHtml)) : ''
  return content.startsWith(squeeze(excerptText))
}

function mapExcerpt(fn: string, post: Json, mode: string): unknown {
  if (mode === 'ignore') return undefined
  const excerpt = objectAt(fn, post, 'excerpt')
  const html = typeof post['excerpt'] === 'string' ? post['excerpt'] : excerpt?.['rendered']
  if (typeof html !== 'string') return optional(html)
  if (html.includes('more-link') && mode === 'auto') return undefined
  const text = plainText(html)
  if (text === '') return undefined
  if (mode === 'manual') return text
  if (excerpt?.['protected'] === true) return undefined
  const raw = excerpt?.['raw']
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : text
  return isAutomaticExcerpt(text, rendered(fn, post, 'content')) ? undefined : text
}

function mapTerm(term: Json): Json {
  const name = term['name']
  return compact({
    id: idOf(term['id']),
    name: typeof name === 'string' ? decodeHTML(name) : name,
    slug: decodeSlug(term['slug']),
    visibility: 'public',
  })
}

function mapAuthor(author: Json): Json {
  const avatars = isRecord(author['avatar_urls']) ? author['avatar_urls'] : undefined
  const avatar = avatars === undefined ? undefined : (avatars['96'] ?? avatars['48'] ?? avatars['24'])
  return compact({
    id: idOf(author['id']),
    name: author['name'],
    slug: decodeSlug(author['slug']),
    bio: optional(author['description']),
    avatarUrl: optional(avatar),
    url: optional(author['link']) ?? optional(author['url']),
  })
}

/**
 * Converts a post from the WordPress REST API (`wp/v2/posts?_embed`, view or edit context) into a
 * validated copydesk {@link Article} (also a valid `ArticleInput`).
 *
 * Mapping: `title.rendered` → `title` (tags stripped, entities decoded once, the `Private: ` /
 * `Protected: ` prefix removed); `content.rendered` → `html` (kept as HTML); `excerpt.rendered` →
 * `customExcerpt` only when it is a manual excerpt (see {@link FromWordPressPostOptions.excerpt});
 * `slug` percent-decoded; `date_gmt`/`modified_gmt` + `Z`; `status` `publish` → `published`,
 * `future` → `scheduled`, `draft`/`pending`/`auto-draft`/`private` → `draft`, `trash` →
 * `archived`; password-protected posts (`content.protected`) → `access: 'members'` with no free
 * part, so their body never reaches an output; `comment_status === 'open'` → `commentsEnabled`;
 * `sticky` → `featured`; embedded author, terms and featured media as documented in docs/formats.md.
 *
 * @param post - One post object (an element of the API's array response).
 * @param options - See {@link FromWordPressPostOptions}.
 * @returns The article, validated by the Article schema (defaults applied, dates in UTC).
 * @throws {@link CopydeskError} `INVALID_INPUT` when `post` is not an object (or is the array
 *   response), or `title`/`content`/`excerpt`/`_embedded` are not objects; `INVALID_OPTIONS` for
 *   bad options; `VALIDATION_FAILED` with `issues[]` (article paths) when the mapped article is invalid.
 *
 * @example
 * ```ts
 * const article = fromWordPressPost({
 *   id: 1287, slug: '%e6%bd%ae%e8%a6%8b', status: 'publish', link: 'https://ledger.example/?p=1287',
 *   date_gmt: '2026-11-19T22:45:10', modified_gmt: '2026-11-19T23:01:00',
 *   title: { rendered: 'Council&#8217;s &#8220;rainy-day&#8221; fund &#038; the seawall' },
 *   content: { rendered: '<p>The council voted 7&ndash;2.</p>', protected: false },
 *   excerpt: { rendered: '<p>The council voted 7&ndash;2.</p>\n', protected: false },
 *   comment_status: 'open',
 *   _embedded: { author: [{ id: 3, name: 'Priya Nair', slug: 'priya', link: 'https://ledger.example/author/priya/' }] },
 * })
 * article.id            // '1287'
 * article.slug          // '潮見'
 * article.title         // 'Council’s “rainy-day” fund & the seawall'
 * article.publishedAt   // '2026-11-19T22:45:10.000Z'
 * article.customExcerpt // undefined (the excerpt is the start of the content: automatic)
 * ```
 */
export function fromWordPressPost(post: unknown, options: FromWordPressPostOptions = {}): Article {
  const fn = 'fromWordPressPost'
  assertPost(fn, post, 'the wp/v2/posts response is an array: convert each element')
  checkOptions(fn, options, ['sectionFromCategory', 'categoriesAsTags', 'urlAsCanonical'], {
    excerpt: ['auto', 'manual', 'ignore'],
  })

  const rawStatus = post['status'] ?? 'publish'
  const status = typeof rawStatus === 'string' ? (STATUS[rawStatus] ?? rawStatus) : rawStatus
  const content = objectAt(fn, post, 'content')
  const isProtected = content?.['protected'] === true

  let title = rendered(fn, post, 'title')
  if (typeof title === 'string') {
    // A headline is one line: `<br>` and newlines inside `title.rendered` become spaces.
    title = plainText(title)
      .replace(/[\t\n\r\f ]+/g, ' ')
      .trim()
    const prefix = rawStatus === 'private' ? 'Private: ' : isProtected ? 'Protected: ' : undefined
    if (prefix !== undefined && (title as string).startsWith(prefix)) title = (title as string).slice(prefix.length)
  }

  const embedded = objectAt(fn, post, '_embedded') ?? {}
  const authors: unknown[] = arrayAt(fn, embedded, 'author', '_embedded.author')
    .filter((a): a is Json => isRecord(a) && a['code'] === undefined && a['name'] !== undefined)
    .map(mapAuthor)
  if (authors.length === 0 && options.fallbackAuthor !== undefined) authors.push(options.fallbackAuthor)

  const categories: Json[] = []
  const postTags: Json[] = []
  for (const group of arrayAt(fn, embedded, 'wp:term', "_embedded['wp:term']")) {
    if (!Array.isArray(group)) continue
    for (const term of group) {
      if (!isRecord(term)) continue
      if (term['taxonomy'] === 'category') {
        if (term['slug'] !== 'uncategorized') categories.push(mapTerm(term))
      } else if (term['taxonomy'] === 'post_tag') postTags.push(mapTerm(term))
    }
  }
  const tags = [...postTags]
  if (options.categoriesAsTags === true) {
    for (const category of categories) if (!tags.some((t) => t['slug'] === category['slug'])) tags.push(category)
  }

  const media = arrayAt(fn, embedded, 'wp:featuredmedia', "_embedded['wp:featuredmedia']")[0]
  let featureImage: Json | undefined
  if (isRecord(media) && media['code'] === undefined && typeof media['source_url'] === 'string') {
    const details = isRecord(media['media_details']) ? media['media_details'] : {}
    const caption = isRecord(media['caption']) ? media['caption']['rendered'] : undefined
    const size = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined)
    featureImage = compact({
      url: media['source_url'],
      alt: typeof media['alt_text'] === 'string' ? media['alt_text'] : undefined,
      caption: typeof caption === 'string' ? optional(plainText(caption)) : undefined,
      width: size(details['width']),
      height: size(details['height']),
    })
  }

  const yoast = isRecord(post['yoast_head_json']) ? post['yoast_head_json'] : {}
  const ogImage =
    Array.isArray(yoast['og_image']) && isRecord(yoast['og_image'][0]) ? yoast['og_image'][0]['url'] : undefined
  const seo = compact({
    metaTitle: typeof yoast['title'] === 'string' ? optional(yoast['title']) : undefined,
    metaDescription: typeof yoast['description'] === 'string' ? optional(yoast['description']) : undefined,
    ogImage: typeof ogImage === 'string' ? optional(ogImage) : undefined,
  })
  const locale = yoast['og_locale']

  let canonicalUrl: unknown
  if (options.urlAsCanonical !== false && status === 'published') {
    canonicalUrl = optional(yoast['canonical']) ?? optional(post['link'])
  }

  const commentStatus = post['comment_status']
  const mapped = compact({
    id: idOf(post['id']),
    slug: decodeSlug(optional(post['slug']) ?? post['generated_slug']),
    title,
    html: rendered(fn, post, 'content') ?? '',
    customExcerpt: mapExcerpt(fn, post, options.excerpt ?? 'auto'),
    featureImage,
    authors,
    tags,
    section: options.sectionFromCategory === false ? undefined : categories[0]?.['slug'],
    language: options.language ?? (typeof locale === 'string' && locale !== '' ? locale.replace('_', '-') : 'en'),
    status,
    access: isProtected ? 'members' : 'public',
    publishedAt: gmt(post['date_gmt']),
    updatedAt: gmt(post['modified_gmt']),
    canonicalUrl,
    commentsEnabled: typeof commentStatus === 'string' ? commentStatus === 'open' : true,
    featured: post['sticky'] ?? false,
    seo: Object.keys(seo).length === 0 ? undefined : seo,
  })
  return validateMapped(fn, post['id'], mapped, SOURCES)
}
