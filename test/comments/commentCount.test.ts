import { describe, expect, it } from 'vitest'
import { buildCommentThread, commentCount, CopydeskError } from '../../src/comments/index.js'
import { c } from './_fixtures.js'

describe('commentCount', () => {
  const comments = [
    c('a'),
    c('b', { parentId: 'a' }),
    c('d', { status: 'deleted' }),
    c('e', { parentId: 'd' }),
    c('h', { status: 'hidden' }),
    c('i', { parentId: 'h' }),
    c('p', { status: 'pending', author: { id: 'm-me', name: 'Me' } }),
    c('s', { status: 'spam' }),
    c('o', { parentId: 'missing' }),
  ]

  it.each([
    ['an anonymous reader', {}, 5],
    ['the author of the pending comment', { viewer: { id: 'm-me', role: 'member' as const } }, 6],
    ['staff', { viewer: { role: 'staff' as const } }, 8],
    ['an anonymous reader with placeholders: deleted', { placeholders: 'deleted' as const }, 4],
    ['an anonymous reader with placeholders: none', { placeholders: 'none' as const }, 3],
    ['an anonymous reader, top level only', { replies: false }, 2],
    ['staff, top level only', { viewer: { role: 'staff' as const }, replies: false }, 5],
  ])('counts what %s can read: %s → %i', (_, options, expected) => {
    expect(commentCount(comments, options)).toBe(expected)
  })

  it('equals buildCommentThread’s visibleCount for the same options', () => {
    for (const placeholders of ['all', 'deleted', 'none'] as const) {
      for (const viewer of [
        { role: 'anonymous' as const },
        { id: 'm-me', role: 'member' as const },
        { role: 'staff' as const },
      ]) {
        expect(commentCount(comments, { viewer, placeholders })).toBe(
          buildCommentThread(comments, { viewer, placeholders }).visibleCount,
        )
      }
    }
  })

  it('matches its @example', () => {
    const author = { id: 'm-1', name: 'Ana Lima' }
    const list = [
      { id: 'a', articleId: 'x', author, html: '<p>Hi</p>', createdAt: '2026-11-24T10:00:00Z', status: 'published' },
      { id: 'b', articleId: 'x', author, html: '<p>Hm</p>', createdAt: '2026-11-24T10:01:00Z', status: 'pending' },
      { id: 'c', articleId: 'x', author, html: '<p>Buy</p>', createdAt: '2026-11-24T10:02:00Z', status: 'spam' },
    ] as const
    expect(commentCount(list)).toBe(1)
    expect(commentCount(list, { viewer: { id: 'm-1', role: 'member' } })).toBe(2)
    expect(commentCount(list, { viewer: { role: 'staff' } })).toBe(3)
  })

  it('is 0 for no comments and throws for bad input or options', () => {
    expect(commentCount([])).toBe(0)
    expect(() => commentCount({} as never)).toThrow(CopydeskError)
    expect(() => commentCount({} as never)).toThrow(
      'commentCount: comments must be an array of comments, received object',
    )
    expect(() => commentCount([c('a'), c('a')])).toThrow(expect.objectContaining({ code: 'DUPLICATE' }))
    expect(() => commentCount([], { replies: 'no' } as never)).toThrow(
      'commentCount: options.replies must be a boolean, received string "no"',
    )
    expect(() => commentCount([], { viewer: { role: 'guest' } } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})
