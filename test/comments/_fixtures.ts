// Small builders for comment-thread tests.
import type { Comment, CommentStatus } from '../../src/schema/types.js'
import type { ThreadItem } from '../../src/comments/index.js'

let clock = 0
/** A comment; createdAt defaults to a strictly increasing minute so input order = time order. */
export function c(id: string, over: Partial<Comment> & { status?: CommentStatus } = {}): Comment {
  clock++
  return {
    id,
    articleId: 'art-1',
    author: { id: `m-${id}`, name: `Author ${id}`, email: `${id}@example.com` },
    html: `<p>${id}</p>`,
    createdAt: new Date(Date.UTC(2026, 10, 24, 10, 0) + clock * 60_000).toISOString(),
    status: 'published',
    ...over,
  }
}

/** The thread as nested `kind:id` strings: `['comment:a', ['comment:b']]`-like outline lines. */
export function outline(items: readonly ThreadItem[], indent = ''): string[] {
  return items.flatMap((item) => [
    `${indent}${item.kind === 'placeholder' ? `(${item.placeholder})` : ''}${item.id}`,
    ...outline(item.replies, `${indent}  `),
  ])
}
