import { describe, expectTypeOf, it } from 'vitest'
import {
  avatarColor,
  buildCommentThread,
  commentCount,
  initials,
  type BuildCommentThreadOptions,
  type CommentLikes,
  type CommentThread,
  type CommentViewer,
  type ThreadItem,
} from '../../src/comments/index.js'
import type { Comment } from '../../src/schema/types.js'

describe('comments types', () => {
  it('buildCommentThread takes readonly comments and returns a CommentThread', () => {
    expectTypeOf(buildCommentThread).parameter(0).toEqualTypeOf<readonly Comment[]>()
    expectTypeOf(buildCommentThread).parameter(1).toEqualTypeOf<BuildCommentThreadOptions | undefined>()
    expectTypeOf(buildCommentThread).returns.toEqualTypeOf<CommentThread>()
  })

  it('thread items narrow on kind', () => {
    const item = {} as ThreadItem
    if (item.kind === 'comment') expectTypeOf(item.comment).toEqualTypeOf<Comment>()
    else expectTypeOf(item.placeholder).toEqualTypeOf<'deleted' | 'hidden'>()
  })

  it('likes accept a Map, a record or a function (the CommentLikes example)', () => {
    expectTypeOf(new Map([['c-001', 12]])).toMatchTypeOf<CommentLikes>()
    expectTypeOf({ 'c-001': 12 }).toMatchTypeOf<CommentLikes>()
    expectTypeOf((comment: Comment) => (comment as Comment & { likes?: number }).likes).toMatchTypeOf<CommentLikes>()
  })

  it('a viewer is an optional id and a role (the CommentViewer example)', () => {
    const viewer: CommentViewer = { id: 'm-0001', role: 'member' }
    expectTypeOf(viewer.role).toEqualTypeOf<'anonymous' | 'member' | 'staff'>()
    // @ts-expect-error roles are a closed set
    const admin: CommentViewer = { role: 'admin' }
    void admin
  })

  it('counts and avatar helpers return number and strings', () => {
    expectTypeOf(commentCount).returns.toEqualTypeOf<number>()
    expectTypeOf(initials).returns.toEqualTypeOf<string>()
    expectTypeOf(avatarColor).returns.toEqualTypeOf<string>()
    // @ts-expect-error maxInitials is 1 or 2
    initials('x', { maxInitials: 3 })
  })
})
