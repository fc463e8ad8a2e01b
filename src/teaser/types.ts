// Types shared by several copydesk/teaser functions.

/**
 * The fields an article URL can be built from: a schema `Article` or `Teaser` fits, and so does
 * any object with a `slug`.
 */
export interface ArticleUrlSource {
  /** URL slug; fills `:slug`. */
  slug: string
  /** Stable identifier; fills `:id`. */
  id?: string | undefined
  /** Absolute canonical URL: when present it is the answer, whatever the options say. */
  canonicalUrl?: string | undefined
  /** An absolute URL already built (a `Teaser`'s `url`): used when there is no `baseUrl`. */
  url?: string | undefined
  /** First publication, ISO 8601; fills `:year`, `:month` and `:day` (in UTC). */
  publishedAt?: string | undefined
  /** Section slug or name; fills `:section`. */
  section?: string | undefined
  /** Tags in order; the first public one fills `:primary_tag`. */
  tags?:
    | readonly {
        /** Tag slug. */
        slug: string
        /** `'internal'` tags are skipped. */
        visibility?: string | undefined
      }[]
    | undefined
}

/** Options for `articleUrl`. */
export interface ArticleUrlOptions {
  /**
   * The site's absolute http(s) root, with or without a path (`https://example.com/news`) and
   * with or without a trailing slash; no query or fragment.
   * @defaultValue `undefined` (only `canonicalUrl` or `url` can give a URL)
   */
  baseUrl?: string | undefined
  /**
   * Path pattern after `baseUrl`, starting with `/` and holding `:slug` or `:id`. Tokens:
   * `:slug`, `:id`, `:year`, `:month`, `:day` (UTC, zero-padded, from `publishedAt`), `:section`
   * and `:primary_tag` (the first public tag's slug; both `all` when missing, as Ghost does).
   * Values are percent-encoded, so Unicode slugs give valid URLs.
   * @defaultValue `'/:slug/'` (Ghost's default)
   */
  permalink?: string | undefined
}
