// The data model as plain TypeScript interfaces. Each schema in this folder is annotated with
// `z.ZodMiniType<X, XInput>`, so the compiler checks that schema and interface agree.

/** An image as stored on an article or teaser (after parsing). */
export interface Image {
  /** Absolute http(s) URL of the image. */
  url: string
  /** Alternative text for screen readers; empty string means decorative. */
  alt?: string | undefined
  /** Caption shown under the image (plain text or simple HTML, as in Ghost's `feature_image_caption`). */
  caption?: string | undefined
  /** Intrinsic width in pixels, a positive integer. */
  width?: number | undefined
  /** Intrinsic height in pixels, a positive integer. */
  height?: number | undefined
}

/** An image as accepted by the schemas (same shape as {@link Image}). */
export type ImageInput = Image

/** A person who wrote an article (Ghost "author", WordPress "user", JSON Feed "author"). */
export interface Author {
  /** Stable identifier from your CMS. Non-empty. */
  id: string
  /** Display name. Non-empty. */
  name: string
  /** URL slug of the author page. */
  slug: string
  /** Short biography, plain text. */
  bio?: string | undefined
  /** Absolute http(s) URL of the profile image (Ghost `profile_image`, JSON Feed `avatar`). */
  avatarUrl?: string | undefined
  /** Absolute http(s) URL of the author's page or website. */
  url?: string | undefined
}

/** An author as accepted by {@link parseAuthor} (same shape as {@link Author}). */
export type AuthorInput = Author

/** Who may see a tag: `internal` tags (Ghost's `#hash` tags) are for templates, never shown. */
export type TagVisibility = 'public' | 'internal'

/** A tag or category. */
export interface Tag {
  /** Stable identifier from your CMS, when there is one. */
  id?: string | undefined
  /** Display name. Non-empty. */
  name: string
  /** URL slug of the tag page. */
  slug: string
  /** `public` (shown) or `internal` (hidden). */
  visibility: TagVisibility
}

/** A tag as accepted by {@link parseTag}: `visibility` defaults to `'public'`. */
export interface TagInput {
  /** Stable identifier from your CMS, when there is one. */
  id?: string | undefined
  /** Display name. Non-empty. */
  name: string
  /** URL slug of the tag page. */
  slug: string
  /** `public` (shown) or `internal` (hidden). @defaultValue `'public'` */
  visibility?: TagVisibility | undefined
}

/** Editorial state of an article. */
export type ArticleStatus = 'draft' | 'scheduled' | 'published' | 'archived'

/** Who may read an article's full body. */
export type ArticleAccess = 'public' | 'members' | 'paid'

/** Search and social overrides for an article. */
export interface ArticleSeo {
  /** `<title>` override. */
  metaTitle?: string | undefined
  /** Meta description override. */
  metaDescription?: string | undefined
  /** Absolute http(s) URL of the Open Graph image. */
  ogImage?: string | undefined
}

/** A story, as parsed by {@link parseArticle}. Dates are ISO 8601 strings in UTC (`…Z`). */
export interface Article {
  /** Stable identifier from your CMS. Non-empty. */
  id: string
  /** URL slug. */
  slug: string
  /** Headline. Non-empty. */
  title: string
  /** Dek / standfirst shown under the headline. */
  subtitle?: string | undefined
  /** Body HTML. May contain Ghost's `<!--more-->` and `<!--members-only-->` markers. */
  html: string
  /**
   * The free preview of a gated article as HTML, when the free part is stored separately
   * instead of being marked with `<!--members-only-->` in `html`.
   */
  freeHtml?: string | undefined
  /** Hand-written excerpt (Ghost `custom_excerpt`, WordPress manual excerpt), plain text. */
  customExcerpt?: string | undefined
  /** Lead image. */
  featureImage?: Image | undefined
  /** Bylines, in order. At least one. */
  authors: Author[]
  /** Tags in order; the first `public` tag is the primary tag. */
  tags: Tag[]
  /** Section slug or name ("news", "climate"). */
  section?: string | undefined
  /** BCP 47 language tag, canonicalized. */
  language: string
  /** Editorial state. */
  status: ArticleStatus
  /** Who may read the full body. */
  access: ArticleAccess
  /** First publication, UTC. Required when `status` is `published` or `scheduled`. */
  publishedAt?: string | undefined
  /** Last substantive update, UTC. */
  updatedAt?: string | undefined
  /** Absolute canonical URL; wins over any URL built from a base URL and the slug. */
  canonicalUrl?: string | undefined
  /** Earlier slugs that should redirect to this article. */
  oldSlugs?: string[] | undefined
  /** Whether readers may comment. */
  commentsEnabled: boolean
  /** Editor's pick, as Ghost's `featured` flag. */
  featured: boolean
  /** Search and social overrides. */
  seo?: ArticleSeo | undefined
}

/**
 * A story as accepted by {@link parseArticle}. Like {@link Article}, but `tags`, `language`,
 * `status`, `access`, `commentsEnabled` and `featured` may be left out, and dates may carry any offset.
 */
export interface ArticleInput {
  /** Stable identifier from your CMS. Non-empty. */
  id: string
  /** URL slug. */
  slug: string
  /** Headline. Non-empty. */
  title: string
  /** Dek / standfirst shown under the headline. */
  subtitle?: string | undefined
  /** Body HTML. */
  html: string
  /** The free preview of a gated article as HTML. */
  freeHtml?: string | undefined
  /** Hand-written excerpt, plain text. */
  customExcerpt?: string | undefined
  /** Lead image. */
  featureImage?: ImageInput | undefined
  /** Bylines, in order. At least one. */
  authors: AuthorInput[]
  /** Tags in order. @defaultValue `[]` */
  tags?: TagInput[] | undefined
  /** Section slug or name. */
  section?: string | undefined
  /** BCP 47 language tag. @defaultValue `'en'` */
  language?: string | undefined
  /** Editorial state. @defaultValue `'draft'` */
  status?: ArticleStatus | undefined
  /** Who may read the full body. @defaultValue `'public'` */
  access?: ArticleAccess | undefined
  /** First publication: ISO 8601 with `Z` or an offset. */
  publishedAt?: string | undefined
  /** Last update: ISO 8601 with `Z` or an offset. */
  updatedAt?: string | undefined
  /** Absolute canonical URL. */
  canonicalUrl?: string | undefined
  /** Earlier slugs. */
  oldSlugs?: string[] | undefined
  /** Whether readers may comment. @defaultValue `true` */
  commentsEnabled?: boolean | undefined
  /** Editor's pick. @defaultValue `false` */
  featured?: boolean | undefined
  /** Search and social overrides. */
  seo?: ArticleSeo | undefined
}

/** Where a teaser's excerpt came from. */
export type ExcerptSource = 'custom' | 'more' | 'auto'

/** The name and slug of a tag or author, as shown on a card. */
export interface NameAndSlug {
  /** Display name. */
  name: string
  /** URL slug. */
  slug: string
}

/** The card for an article in a "related" row or a section front. */
export interface Teaser {
  /** The article's id. */
  id: string
  /** The article's slug. */
  slug: string
  /** Absolute URL of the article, when known. */
  url?: string | undefined
  /** Headline. */
  title: string
  /** Plain-text excerpt. Never contains text the reader's access level could not read. */
  excerpt: string
  /** Where `excerpt` came from: `customExcerpt`, the `<!--more-->` marker, or automatic. */
  excerptSource: ExcerptSource
  /** Whether the excerpt was cut (and ends with an ellipsis). */
  truncated: boolean
  /** Card image. */
  image?: Image | undefined
  /** The first public tag. */
  primaryTag?: NameAndSlug | undefined
  /** Bylines. */
  authors: NameAndSlug[]
  /** First publication, UTC. */
  publishedAt?: string | undefined
  /** Estimated reading time of the readable part, in whole minutes. */
  readingMinutes: number
  /** Who may read the full article. */
  access: ArticleAccess
}

/** A teaser as accepted by {@link parseTeaser} (same shape; dates may carry any offset). */
export type TeaserInput = Teaser

/** Moderation state of a comment. */
export type CommentStatus = 'pending' | 'published' | 'hidden' | 'spam' | 'deleted'

/** The commenter. */
export interface CommentAuthor {
  /** Member id, when the commenter is signed in. */
  id?: string | undefined
  /** Display name. Non-empty. */
  name: string
  /** Email address: trimmed, domain lowercased. Never shown publicly. */
  email?: string | undefined
  /** Commenter's website, absolute http(s) URL. */
  url?: string | undefined
}

/** One rule that contributed to a moderation verdict. Extra fields are kept. */
export interface VerdictReason {
  /** Machine-readable rule id, e.g. `term`, `links`, `duplicate`. */
  code: string
  /** A sentence an editor can read. */
  message: string
  /** Further details (category, offsets, matched text), kept as given. */
  [key: string]: unknown
}

/** A stored moderation decision. */
export interface CommentVerdict {
  /** What the moderation decided. */
  action: 'approve' | 'hold' | 'reject'
  /** The total score that led to the action. */
  score: number
  /** Every rule that contributed. */
  reasons: VerdictReason[]
  /** Version of the policy that produced this verdict. */
  policyVersion?: string | undefined
}

/** A reader comment, as parsed by {@link parseComment}. */
export interface Comment {
  /** Stable identifier. Non-empty. */
  id: string
  /** The article this comment belongs to. */
  articleId: string
  /** The comment this one replies to. */
  parentId?: string | undefined
  /** Who wrote it. */
  author: CommentAuthor
  /** Comment body HTML (sanitize before display). */
  html: string
  /** When it was written, UTC. */
  createdAt: string
  /** Moderation state. */
  status: CommentStatus
  /** The moderation verdict, when one was stored. */
  verdict?: CommentVerdict | undefined
}

/** A comment as accepted by {@link parseComment}: `status` defaults to `'pending'`. */
export interface CommentInput {
  /** Stable identifier. Non-empty. */
  id: string
  /** The article this comment belongs to. */
  articleId: string
  /** The comment this one replies to. */
  parentId?: string | undefined
  /** Who wrote it. */
  author: CommentAuthor
  /** Comment body HTML. */
  html: string
  /** When it was written: ISO 8601 with `Z` or an offset. */
  createdAt: string
  /** Moderation state. @defaultValue `'pending'` */
  status?: CommentStatus | undefined
  /** The moderation verdict. */
  verdict?: CommentVerdict | undefined
}

/** Lifecycle state of a newsletter subscription. */
export type SubscriptionStatus = 'pending_confirmation' | 'subscribed' | 'unsubscribed' | 'bounced' | 'complained'

/** What happened to a subscription. */
export type SubscriptionEventType =
  'requested' | 'confirmed' | 'unsubscribed' | 'bounced' | 'complained' | 'resubscribed' | 'newslettersChanged'

/** One entry of a subscription's history. */
export interface SubscriptionHistoryEntry {
  /** When it happened, UTC. */
  at: string
  /** Status before. */
  from: SubscriptionStatus
  /** Status after. */
  to: SubscriptionStatus
  /** What happened. */
  event: SubscriptionEventType
}

/** A newsletter subscription, as parsed by {@link parseSubscription}. */
export interface Subscription {
  /** Email address: trimmed, domain lowercased. */
  email: string
  /** Lifecycle state. */
  status: SubscriptionStatus
  /** Newsletter slugs. An empty array means "none", not "the defaults". */
  newsletters: string[]
  /** Where the sign-up came from ("homepage-box", "import"). */
  source?: string | undefined
  /** When the subscription was requested, UTC. */
  createdAt: string
  /** When the address was confirmed, UTC. */
  confirmedAt?: string | undefined
  /** When the reader unsubscribed, UTC. */
  unsubscribedAt?: string | undefined
  /** Every status change, oldest first. */
  history: SubscriptionHistoryEntry[]
}

/** A subscription as accepted by {@link parseSubscription}: `history` defaults to `[]`. */
export interface SubscriptionInput {
  /** Email address; surrounding whitespace is trimmed. */
  email: string
  /** Lifecycle state. */
  status: SubscriptionStatus
  /** Newsletter slugs; `[]` means none. */
  newsletters: string[]
  /** Where the sign-up came from. */
  source?: string | undefined
  /** ISO 8601 with `Z` or an offset. */
  createdAt: string
  /** ISO 8601 with `Z` or an offset. */
  confirmedAt?: string | undefined
  /** ISO 8601 with `Z` or an offset. */
  unsubscribedAt?: string | undefined
  /** Every status change, oldest first. @defaultValue `[]` */
  history?: SubscriptionHistoryEntry[] | undefined
}
