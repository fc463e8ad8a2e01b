import { booleanOption, checkOptions } from '../_internal/check.js'
import type { Comment } from '../schema/types.js'
import { SHOWN, resolveThread, resolveVisibility } from './_thread.js'
import type { CommentVisibilityOptions } from './types.js'

/** Options for {@link commentCount}. The visibility options are shared with {@link buildCommentThread}. */
export interface CommentCountOptions extends CommentVisibilityOptions {
  /**
   * Count replies too. `false` counts only the top-level comments the viewer can read (orphans
   * and members of parent cycles are top-level).
   * @defaultValue `true`
   */
  replies?: boolean | undefined
}

/**
 * The number a reader sees next to "Comments": the comments this viewer can read, with the same
 * rules and options as {@link buildCommentThread} (whose `visibleCount` it equals). Placeholders
 * for deleted or hidden comments are not counted.
 *
 * @param comments - The comments, in any order.
 * @param options - The viewer and the placeholder policy; see {@link CommentCountOptions}.
 * @returns A non-negative integer.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `comments` is not an array of comments,
 *   `DUPLICATE` for a repeated id (by default), `INVALID_OPTIONS` for a bad option.
 *
 * @example
 * ```ts
 * const author = { id: 'm-1', name: 'Ana Lima' }
 * const comments = [
 *   { id: 'a', articleId: 'x', author, html: '<p>Hi</p>', createdAt: '2026-11-24T10:00:00Z', status: 'published' },
 *   { id: 'b', articleId: 'x', author, html: '<p>Hm</p>', createdAt: '2026-11-24T10:01:00Z', status: 'pending' },
 *   { id: 'c', articleId: 'x', author, html: '<p>Buy</p>', createdAt: '2026-11-24T10:02:00Z', status: 'spam' },
 * ] as const
 * commentCount(comments)                                        // 1
 * commentCount(comments, { viewer: { id: 'm-1', role: 'member' } }) // 2
 * commentCount(comments, { viewer: { role: 'staff' } })            // 3
 * ```
 */
export function commentCount(comments: readonly Comment[], options?: CommentCountOptions): number {
  const opts = checkOptions<CommentCountOptions>('commentCount', options)
  const replies = booleanOption('commentCount', 'replies', opts.replies, true)
  const r = resolveThread(comments, resolveVisibility(opts, 'commentCount'), 'commentCount')
  if (replies) return r.visibleCount
  let count = 0
  for (let i = 0; i < r.nodes.length; i++) if (r.parent[i] === -1 && r.state[i] === SHOWN) count++
  return count
}
