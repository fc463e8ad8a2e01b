import { pure } from '../_internal/pure.js'

/**
 * Slugs {@link uniqueSlug} never returns, because a news site's routes, feeds or CMS already use
 * them: WordPress's feed names (`feed`, `rdf`, `rss`, `rss2`, `atom`), `embed`, `page` and its
 * admin paths, Ghost's protected slugs (`ghost`, `rss`, `amp`) and its preview route `p`, the
 * archive routes (`tag`, `author`, `category`, …) and common app paths (`admin`, `api`,
 * `assets`, `search`, `sitemap`, …). Numeric-only slugs (`2026`) are reserved by a separate rule,
 * because they clash with date archives and page numbers.
 *
 * Extend it for your own routes: `uniqueSlug(base, taken, { reserved: [...RESERVED_SLUGS, 'shop'] })`.
 *
 * @example
 * ```ts
 * RESERVED_SLUGS.has('rss')   // true
 * RESERVED_SLUGS.has('storm') // false
 * ```
 */
export const RESERVED_SLUGS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () =>
    new Set([
      // feeds and alternate renderings
      'feed',
      'feeds',
      'rss',
      'rss2',
      'rdf',
      'atom',
      'json',
      'amp',
      'embed',
      'oembed',
      'print',
      // archives and listing routes
      'page',
      'pages',
      'tag',
      'tags',
      'author',
      'authors',
      'category',
      'categories',
      'section',
      'sections',
      'topic',
      'topics',
      'archive',
      'archives',
      'search',
      'sitemap',
      'sitemaps',
      'sitemap-xml',
      'latest',
      'index',
      'home',
      // CMS paths (Ghost, WordPress)
      'ghost',
      'p',
      'preview',
      'wp-admin',
      'wp-content',
      'wp-includes',
      'wp-json',
      'wp-login',
      'xmlrpc',
      'trackback',
      'comments',
      'attachment',
      // accounts and membership
      'admin',
      'login',
      'logout',
      'signin',
      'signout',
      'signup',
      'register',
      'account',
      'members',
      'subscribe',
      'unsubscribe',
      'webhooks',
      // app and static paths
      'api',
      'graphql',
      'assets',
      'static',
      'public',
      'content',
      'media',
      'images',
      'uploads',
      'cdn',
      'favicon',
      'robots',
      'well-known',
      'null',
      'undefined',
      'new',
      'edit',
      'draft',
      'drafts',
    ]),
)
