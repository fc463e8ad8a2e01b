// Public types of copydesk/comments: who is looking, what a thread is made of, and the options
// buildCommentThread and commentCount share.
import type { Comment } from '../schema/types.js'

/** Who is reading the page: a signed-out visitor, a signed-in member, or staff (editors, moderators). */
export type ViewerRole = 'anonymous' | 'member' | 'staff'

/**
 * The reader a thread is built for. Visibility depends on it (see {@link buildCommentThread}).
 *
 * @example
 * ```ts
 * const viewer: CommentViewer = { id: 'm-0001', role: 'member' }
 * ```
 */
export interface CommentViewer {
  /**
   * The reader's member id. Compared with `comment.author.id` to let authors see their own
   * `pending` comments; ignored when `undefined`.
   */
  id?: string | undefined
  /** The reader's role. */
  role: ViewerRole
}

/** What happened to a comment that stands in the thread only as a placeholder. */
export type PlaceholderReason = 'deleted' | 'hidden'

/**
 * How many likes each comment has, for `order: 'top'` and for {@link ThreadComment.likes}: a
 * `Map` or a plain object from comment id to count, or a function that reads the count from the
 * comment (for example `(c) => c.likeCount` when your comments carry one). Missing ids, and
 * values that are not finite numbers, count as 0.
 *
 * @example
 * ```ts
 * const likes: CommentLikes = new Map([['c-001', 12], ['c-005', 3]])
 * const fromRecord: CommentLikes = { 'c-001': 12 }
 * const fromField: CommentLikes = (comment) => (comment as Comment & { likes?: number }).likes
 * ```
 */
export type CommentLikes =
  ReadonlyMap<string, number> | Readonly<Record<string, number>> | ((comment: Comment) => number | undefined)

/** How comments are ordered among their siblings. */
export type CommentOrder = 'oldest' | 'newest' | 'top'

/** What to do when two comments share an id. */
export type DuplicateIdPolicy = 'throw' | 'keep-first' | 'keep-last'

/**
 * Which comments that the viewer may not read still stand in the thread as placeholders when
 * they have replies the viewer may read.
 *
 * - `'all'`: a `deleted` comment becomes a `'deleted'` placeholder; a `hidden`, `spam` or (not the
 *   viewer's) `pending` comment becomes a `'hidden'` placeholder. No reply is ever lost.
 * - `'deleted'`: only `deleted` comments become placeholders; replies below any other comment the
 *   viewer may not read are left out with it.
 * - `'none'`: no placeholders; a reply is shown only when the viewer may read every comment above it.
 */
export type PlaceholderPolicy = 'all' | 'deleted' | 'none'

/**
 * The options {@link buildCommentThread} and {@link commentCount} share. The same options give
 * `commentCount(comments, options) === buildCommentThread(comments, options).visibleCount`.
 */
export interface CommentVisibilityOptions {
  /**
   * The reader. `published` comments are shown to everyone, `pending` ones to their author (same
   * `viewer.id` as `author.id`) and to staff, `hidden` and `spam` ones to staff only, `deleted`
   * ones to nobody.
   * @defaultValue `{ role: 'anonymous' }`
   */
  viewer?: CommentViewer | undefined
  /**
   * Which unreadable comments with readable replies stay as placeholders; see {@link PlaceholderPolicy}.
   * @defaultValue `'all'`
   */
  placeholders?: PlaceholderPolicy | undefined
  /**
   * Only comments with this `articleId` are considered (a reply whose parent belongs to another
   * article then counts as an orphan). `undefined` considers every comment.
   * @defaultValue `undefined`
   */
  articleId?: string | undefined
  /**
   * Two comments with the same id: throw a {@link CopydeskError} with code `DUPLICATE`, or keep the
   * first or the last one seen (for overlapping pages of an API).
   * @defaultValue `'throw'`
   */
  duplicates?: DuplicateIdPolicy | undefined
}

/** Where a reply that is not shown under its own parent actually belongs. */
export interface InReplyTo {
  /** The id of the comment it answers (its `parentId`). */
  id: string
  /** That comment's author name, only when the viewer can read that comment. */
  authorName?: string | undefined
}

/** A comment the viewer may read, with its replies. */
export interface ThreadComment {
  /** Always `'comment'`; tells it apart from a {@link ThreadPlaceholder}. */
  kind: 'comment'
  /** The comment's id. */
  id: string
  /**
   * The comment. With redaction on (the default for non-staff viewers) a copy holding only the
   * public fields: `id`, `articleId`, `parentId`, `author` `{ id, name, url }`, `html`,
   * `createdAt`, `status` (no `author.email`, no `verdict`, no extra keys). Otherwise the input
   * object itself. Its `html` is as stored: sanitize it before display.
   */
  comment: Comment
  /** Nesting level as displayed: 0 for top-level comments, at most `maxDepth`. */
  depth: number
  /** The id of the item this one is displayed under; `undefined` at the top level. */
  parentId?: string | undefined
  /**
   * Set when the comment answers a comment other than the one it is displayed under: a reply
   * deeper than `maxDepth` (moved up to an ancestor), an orphan (parent missing) or a member of a
   * parent cycle.
   */
  inReplyTo?: InReplyTo | undefined
  /** Likes, from the `likes` option (0 without it). */
  likes: number
  /** Whether the viewer wrote it (`viewer.id === comment.author.id`). */
  mine: boolean
  /** Readable comments anywhere below this item (placeholders not counted). */
  replyCount: number
  /** The items displayed under this one, ordered by `replyOrder`. */
  replies: ThreadItem[]
}

/**
 * A comment the viewer may not read that keeps its place because replies below it are shown.
 * It has no author and no text.
 */
export interface ThreadPlaceholder {
  /** Always `'placeholder'`. */
  kind: 'placeholder'
  /** Why it is not shown: `'deleted'`, or `'hidden'` for hidden, spam and others' pending comments. */
  placeholder: PlaceholderReason
  /** The id of the comment it stands for (keeps links and keys stable). */
  id: string
  /** When that comment was written, UTC as given; it orders the placeholder among its siblings. */
  createdAt: string
  /** Nesting level as displayed. */
  depth: number
  /** The id of the item this one is displayed under; `undefined` at the top level. */
  parentId?: string | undefined
  /** Readable comments anywhere below this item. Always at least 1 unless at `maxDepth`. */
  replyCount: number
  /** The items displayed under this one. */
  replies: ThreadItem[]
}

/** One entry of a comment thread. Narrow it on `kind`. */
export type ThreadItem = ThreadComment | ThreadPlaceholder

/**
 * The result of {@link buildCommentThread}.
 *
 * @example
 * ```ts
 * const thread: CommentThread = buildCommentThread(comments)
 * thread.visibleCount // what to print beside "Comments"
 * ```
 */
export interface CommentThread {
  /** Top-level items, ordered by `order`. */
  items: ThreadItem[]
  /**
   * Every distinct comment considered (after the `articleId` filter and duplicate handling),
   * whatever its status or visibility.
   */
  total: number
  /** The comments the viewer can read in `items`, at any depth; placeholders are not counted. */
  visibleCount: number
  /** The placeholders in `items`, at any depth. */
  placeholderCount: number
}
