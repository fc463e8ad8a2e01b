import { booleanOption, checkOptions, isRecord, oneOfOption, refuse } from '../_internal/check.js'
import type { CopydeskError } from '../errors.js'
import type { Comment, CommentAuthor } from '../schema/types.js'
import { PLACEHOLDER, SHOWN, resolveThread, resolveVisibility } from './_thread.js'
import type {
  CommentLikes,
  CommentOrder,
  CommentThread,
  CommentVisibilityOptions,
  ThreadComment,
  ThreadItem,
  ThreadPlaceholder,
} from './types.js'

/** Options for {@link buildCommentThread}. The visibility options are shared with {@link commentCount}. */
export interface BuildCommentThreadOptions extends CommentVisibilityOptions {
  /**
   * How deep replies nest. A reply deeper than this is displayed under its ancestor at depth
   * `maxDepth - 1`, after its siblings by `replyOrder`, with `inReplyTo` naming the comment it
   * answers. `1` is Ghost's layout (one level of replies); `0` is a flat list; `Infinity` keeps the
   * full tree.
   * @defaultValue `1`
   */
  maxDepth?: number | undefined
  /**
   * Order of top-level items: `'oldest'` (by `createdAt`, then id), `'newest'` (the exact
   * reverse), or `'top'` (most likes first, then newest, then id descending, like Ghost's "Best").
   * @defaultValue `'oldest'`
   */
  order?: CommentOrder | undefined
  /**
   * Order of replies under each item, with the same choices as `order`.
   * @defaultValue `'oldest'`
   */
  replyOrder?: CommentOrder | undefined
  /**
   * Like counts, for `'top'` and for each item's `likes`; see {@link CommentLikes}.
   * @defaultValue `undefined` (every comment has 0 likes)
   */
  likes?: CommentLikes | undefined
  /**
   * Return public copies of the comments (no `author.email`, no `verdict`, no extra keys), so
   * the thread can be sent to a browser as JSON. `false` returns the input objects themselves.
   * @defaultValue `true`, or `false` when `viewer.role` is `'staff'`
   */
  redact?: boolean | undefined
}

const FN = 'buildCommentThread'
const ORDERS: readonly CommentOrder[] = ['oldest', 'newest', 'top']

function optionsError(what: string, expected: string, value: unknown): CopydeskError {
  return refuse(FN, 'INVALID_OPTIONS', what, expected, value)
}

function likesReader(likes: CommentLikes | undefined): (c: Comment) => number {
  const finite = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0)
  if (likes === undefined) return () => 0
  if (typeof likes === 'function') return (c) => finite(likes(c))
  if (!isRecord(likes)) throw optionsError('options.likes', 'a Map, a record of id → count, or a function', likes)
  const map = likes as unknown as ReadonlyMap<string, number>
  if (typeof map.get === 'function' && typeof map.has === 'function') return (c) => finite(map.get(c.id))
  const record = likes as Readonly<Record<string, number>>
  return (c) => (Object.hasOwn(record, c.id) ? finite(record[c.id]) : 0)
}

function publicCopy(c: Comment): Comment {
  const author: CommentAuthor = { name: c.author.name }
  if (c.author.id !== undefined) author.id = c.author.id
  if (c.author.url !== undefined) author.url = c.author.url
  const copy: Comment = {
    id: c.id,
    articleId: c.articleId,
    author,
    html: c.html,
    createdAt: c.createdAt,
    status: c.status,
  }
  if (typeof c.parentId === 'string') copy.parentId = c.parentId
  return copy
}

/**
 * Nests a flat list of comments into the thread a given reader sees: replies under their parents
 * (up to `maxDepth`), ordered, with moderation applied.
 *
 * Rules, for `viewer` (default anonymous):
 * - `published` is shown to everyone; `pending` to its author (`viewer.id === author.id`) and
 *   staff; `hidden` and `spam` to staff only; `deleted` to nobody.
 * - A comment the viewer may not read, with replies the viewer may read, stays as a placeholder
 *   `{ kind: 'placeholder', placeholder: 'deleted' | 'hidden', id, createdAt, … }` with no author
 *   and no text (see the `placeholders` option). Without such replies it is left out.
 * - A reply whose parent is missing (an orphan) is top-level. So are a comment that names itself
 *   as parent and every member of a parent cycle (a → b → a); replies to them stay nested.
 * - Equal timestamps are ordered by id, so the result never depends on input order.
 *
 * Runs in O(n log n) (one Map, one sort per order); never mutates its input.
 *
 * @param comments - The comments, in any order, typically every comment of one article.
 * @param options - Viewer, depth, order, likes and placeholder policy; see {@link BuildCommentThreadOptions}.
 * @returns `{ items, total, visibleCount, placeholderCount }`; see {@link CommentThread}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `comments` is not an array or an element is
 *   not a comment (no id, unknown status, unparseable `createdAt`); `DUPLICATE` when two comments
 *   share an id (with the default `duplicates: 'throw'`); `INVALID_OPTIONS` for a bad option.
 *
 * @example
 * ```ts
 * const at = (m: number) => `2026-11-24T10:0${m}:00Z`
 * const author = { name: 'Omar Ali' }
 * const thread = buildCommentThread([
 *   { id: 'a', articleId: 'x', author, html: '<p>First</p>', createdAt: at(1), status: 'deleted' },
 *   { id: 'b', articleId: 'x', parentId: 'a', author, html: '<p>Reply</p>', createdAt: at(2), status: 'published' },
 *   { id: 'c', articleId: 'x', parentId: 'b', author, html: '<p>Deeper</p>', createdAt: at(3), status: 'published' },
 *   { id: 'd', articleId: 'x', author, html: '<p>Held</p>', createdAt: at(4), status: 'pending' },
 * ])
 * thread.items.map((item) => `${item.kind}:${item.id}`)         // ['placeholder:a']
 * thread.items[0]?.replies.map((item) => item.id)               // ['b', 'c']
 * thread.items[0]?.replies[1]?.kind === 'comment' && thread.items[0].replies[1].inReplyTo
 * // { id: 'b', authorName: 'Omar Ali' }
 * [thread.total, thread.visibleCount, thread.placeholderCount]  // [4, 2, 1]
 * ```
 */
export function buildCommentThread(comments: readonly Comment[], options?: BuildCommentThreadOptions): CommentThread {
  const opts = checkOptions<BuildCommentThreadOptions>(FN, options)
  const visibility = resolveVisibility(opts, FN)
  const maxDepth = opts.maxDepth ?? 1
  if (!(maxDepth === Number.POSITIVE_INFINITY || (Number.isInteger(maxDepth) && maxDepth >= 0))) {
    throw optionsError('options.maxDepth', 'a non-negative integer or Infinity', maxDepth)
  }
  const order = oneOfOption(FN, 'order', opts.order, ORDERS, 'oldest')
  const replyOrder = oneOfOption(FN, 'replyOrder', opts.replyOrder, ORDERS, 'oldest')
  const readLikes = likesReader(opts.likes)
  const redact = booleanOption(FN, 'redact', opts.redact, visibility.viewer.role !== 'staff')

  const r = resolveThread(comments, visibility, FN)
  const { nodes, parent, depth, state, times } = r
  const n = nodes.length

  // Displayed parent: the real parent up to maxDepth, else the displayed parent of the real
  // parent (which is the ancestor at depth maxDepth - 1). Readable-descendant counts bottom-up.
  const shownParent = new Int32Array(n).fill(-1)
  const below = new Int32Array(n)
  for (let k = 0; k < n; k++) {
    const i = r.order[k]!
    const p = parent[i]!
    if (p !== -1) shownParent[i] = depth[i]! <= maxDepth ? p : shownParent[p]!
  }
  for (let k = n - 1; k >= 0; k--) {
    const i = r.order[k]!
    const p = parent[i]!
    if (p !== -1) below[p] = below[p]! + below[i]! + (state[i] === SHOWN ? 1 : 0)
  }

  // Shown replies per item, so each `replies` list is allocated once at its final length (a list
  // grown by push reallocates as it fills); each leaf gets its own `[]`.
  const shownReplies = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const sp = shownParent[i]!
    if (state[i] !== 0 && sp !== -1) shownReplies[sp] = shownReplies[sp]! + 1
  }
  const newReplies = (i: number): ThreadItem[] => (shownReplies[i] === 0 ? [] : new Array<ThreadItem>(shownReplies[i]!))

  const included: number[] = []
  const likes = new Float64Array(n)
  const items: (ThreadItem | undefined)[] = new Array<ThreadItem | undefined>(n)
  for (let i = 0; i < n; i++) {
    if (state[i] === 0) continue
    included.push(i)
    const c = nodes[i]!
    const shownDepth = Math.min(depth[i]!, maxDepth)
    const replyCount = shownDepth < maxDepth ? below[i]! : 0
    const sp = shownParent[i]!
    likes[i] = readLikes(c)
    if (state[i] === PLACEHOLDER) {
      const item: ThreadPlaceholder = {
        kind: 'placeholder',
        placeholder: c.status === 'deleted' ? 'deleted' : 'hidden',
        id: c.id,
        createdAt: c.createdAt,
        depth: shownDepth,
        replyCount,
        replies: newReplies(i),
      }
      if (sp !== -1) item.parentId = nodes[sp]!.id
      items[i] = item
      continue
    }
    const item: ThreadComment = {
      kind: 'comment',
      id: c.id,
      comment: redact ? publicCopy(c) : c,
      depth: shownDepth,
      likes: likes[i]!,
      mine: r.mine[i] === 1,
      replyCount,
      replies: newReplies(i),
    }
    if (sp !== -1) item.parentId = nodes[sp]!.id
    const pid = c.parentId
    if (typeof pid === 'string' && pid !== c.id && (sp === -1 || nodes[sp]!.id !== pid)) {
      const pi = r.index.get(pid)
      item.inReplyTo =
        pi !== undefined && state[pi] === SHOWN ? { id: pid, authorName: nodes[pi]!.author.name } : { id: pid }
    }
    items[i] = item
  }

  const compare =
    (how: CommentOrder) =>
    (a: number, b: number): number => {
      if (how === 'top' && likes[a] !== likes[b]) return likes[b]! - likes[a]!
      const sign = how === 'oldest' ? 1 : -1
      if (times[a] !== times[b]) return sign * (times[a]! - times[b]!)
      const ia = nodes[a]!.id
      const ib = nodes[b]!.id
      return ia === ib ? 0 : sign * (ia < ib ? -1 : 1)
    }
  const byOrder = included.slice().sort(compare(order))
  const top: ThreadItem[] = []
  for (const i of byOrder) if (shownParent[i] === -1) top.push(items[i]!)
  const byReply = order === replyOrder ? byOrder : included.sort(compare(replyOrder))
  const filled = shownReplies.fill(0)
  for (const i of byReply) {
    const sp = shownParent[i]!
    if (sp === -1) continue
    items[sp]!.replies[filled[sp]!] = items[i]!
    filled[sp] = filled[sp]! + 1
  }
  return { items: top, total: n, visibleCount: r.visibleCount, placeholderCount: r.placeholderCount }
}
