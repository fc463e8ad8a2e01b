import { describe, expect, it } from 'vitest'
import type { CommentStatus } from '../../src/schema/types.js'
import {
  buildCommentThread,
  commentCount,
  CopydeskError,
  type CommentViewer,
  type PlaceholderPolicy,
  type ThreadComment,
} from '../../src/comments/index.js'
import { c, outline } from './_fixtures.js'

const STATUSES: CommentStatus[] = ['published', 'pending', 'hidden', 'spam', 'deleted']
const VIEWERS: Record<string, CommentViewer> = {
  anonymous: { role: 'anonymous' },
  member: { id: 'm-other', role: 'member' },
  author: { id: 'm-x', role: 'member' },
  staff: { id: 'm-staff', role: 'staff' },
}
// Who may read a comment of each status (the rules).
const READABLE: Record<CommentStatus, string[]> = {
  published: ['anonymous', 'member', 'author', 'staff'],
  pending: ['author', 'staff'],
  hidden: ['staff'],
  spam: ['staff'],
  deleted: [],
}
const grid = STATUSES.flatMap((status) =>
  Object.keys(VIEWERS).map((viewer) => ({ status, viewer, readable: READABLE[status].includes(viewer) })),
)
const x = (status: CommentStatus) => c('x', { status, author: { id: 'm-x', name: 'Xena Ortiz' } })

describe('buildCommentThread: visibility for every status × viewer', () => {
  it.each(grid)('a lone $status comment is shown to $viewer: $readable', ({ status, viewer, readable }) => {
    const comments = [x(status)]
    const thread = buildCommentThread(comments, { viewer: VIEWERS[viewer] })
    expect(outline(thread.items)).toEqual(readable ? ['x'] : [])
    expect(thread.visibleCount).toBe(readable ? 1 : 0)
    expect(thread.placeholderCount).toBe(0)
    expect(thread.total).toBe(1)
    expect(commentCount(comments, { viewer: VIEWERS[viewer] })).toBe(thread.visibleCount)
  })

  const policies: PlaceholderPolicy[] = ['all', 'deleted', 'none']
  const withReply = grid.flatMap((row) => policies.map((placeholders) => ({ ...row, placeholders })))
  it.each(withReply)(
    'a $status parent with a published reply, for $viewer, placeholders $placeholders',
    ({ status, viewer, readable, placeholders }) => {
      const comments = [x(status), c('r', { parentId: 'x' })]
      const thread = buildCommentThread(comments, { viewer: VIEWERS[viewer], placeholders })
      const reason = status === 'deleted' ? 'deleted' : 'hidden'
      const held = placeholders === 'all' || (placeholders === 'deleted' && status === 'deleted')
      const expected = readable ? ['x', '  r'] : held ? [`(${reason})x`, '  r'] : []
      expect(outline(thread.items)).toEqual(expected)
      expect(thread.visibleCount).toBe(expected.filter((line) => !line.startsWith('(')).length)
      expect(commentCount(comments, { viewer: VIEWERS[viewer], placeholders })).toBe(thread.visibleCount)
    },
  )

  it.each(STATUSES.filter((s) => s !== 'published'))(
    'an anonymous reader sees no placeholder for a %s comment whose replies are all unreadable too',
    (status) => {
      const thread = buildCommentThread([
        x(status),
        c('r', { parentId: 'x', status: 'deleted' }),
        c('s', { parentId: 'r', status: 'spam' }),
      ])
      expect(thread.items).toEqual([])
      expect([thread.total, thread.visibleCount, thread.placeholderCount]).toEqual([3, 0, 0])
    },
  )

  it('a placeholder has no author and no text, only id, createdAt, depth and replies', () => {
    const parent = x('deleted')
    const [item] = buildCommentThread([parent, c('r', { parentId: 'x' })]).items
    expect(item).toEqual({
      kind: 'placeholder',
      placeholder: 'deleted',
      id: 'x',
      createdAt: parent.createdAt,
      depth: 0,
      replyCount: 1,
      replies: [expect.objectContaining({ id: 'r', parentId: 'x' })],
    })
    expect(JSON.stringify(item)).not.toContain('Xena')
    expect(JSON.stringify(item)).not.toContain('<p>x</p>')
  })

  it('a viewer id is compared whatever the role, so a signed-out author with a cookie id sees their pending comment', () => {
    expect(buildCommentThread([x('pending')], { viewer: { id: 'm-x', role: 'anonymous' } }).visibleCount).toBe(1)
  })

  it('marks the viewer’s own comments as mine', () => {
    const thread = buildCommentThread([x('pending'), c('y')], { viewer: VIEWERS.author })
    expect(thread.items.map((i) => i.kind === 'comment' && i.mine)).toEqual([true, false])
  })
})

describe('buildCommentThread: nesting', () => {
  // a → b → c → d, plus e replying to a
  const chain = () => [
    c('a'),
    c('b', { parentId: 'a' }),
    c('c', { parentId: 'b' }),
    c('d', { parentId: 'c' }),
    c('e', { parentId: 'a' }),
  ]

  it.each([
    [0, ['a', 'b', 'c', 'd', 'e']],
    [1, ['a', '  b', '  c', '  d', '  e']],
    [2, ['a', '  b', '    c', '    d', '  e']],
    [3, ['a', '  b', '    c', '      d', '  e']],
    [Number.POSITIVE_INFINITY, ['a', '  b', '    c', '      d', '  e']],
  ])('maxDepth %s lays out a 4-level chain as %j', (maxDepth, expected) => {
    expect(outline(buildCommentThread(chain(), { maxDepth }).items)).toEqual(expected)
  })

  it('defaults to one level of replies like Ghost, naming the real parent of moved-up replies', () => {
    const [a] = buildCommentThread(chain()).items as ThreadComment[]
    const replies = a!.replies as ThreadComment[]
    expect(replies.map((r) => [r.id, r.depth, r.parentId, r.inReplyTo])).toEqual([
      ['b', 1, 'a', undefined],
      ['c', 1, 'a', { id: 'b', authorName: 'Author b' }],
      ['d', 1, 'a', { id: 'c', authorName: 'Author c' }],
      ['e', 1, 'a', undefined],
    ])
    expect(a!.replyCount).toBe(4)
    expect(replies.every((r) => r.replyCount === 0)).toBe(true)
  })

  it('counts readable replies below each item at any depth', () => {
    const [a] = buildCommentThread(chain(), { maxDepth: Number.POSITIVE_INFINITY }).items
    expect(a!.replyCount).toBe(4)
    expect(a!.replies[0]!.replyCount).toBe(2)
  })

  it('moves replies of a deleted reply up and keeps the deleted reply as a placeholder', () => {
    // newsroom shape: c-008 deleted → c-009, c-010; c-011 → c-010
    const comments = [
      c('p', { status: 'deleted' }),
      c('q', { parentId: 'p' }),
      c('r', { parentId: 'p', status: 'deleted' }),
      c('s', { parentId: 'r' }),
    ]
    const thread = buildCommentThread(comments)
    expect(outline(thread.items)).toEqual(['(deleted)p', '  q', '  (deleted)r', '  s'])
    const s = thread.items[0]!.replies[2] as ThreadComment
    expect(s.inReplyTo).toEqual({ id: 'r' })
    expect([thread.visibleCount, thread.placeholderCount]).toEqual([2, 2])
  })

  it('drops a deleted comment without replies and keeps its readable siblings', () => {
    const thread = buildCommentThread([c('a'), c('b', { parentId: 'a', status: 'deleted' }), c('z')])
    expect(outline(thread.items)).toEqual(['a', 'z'])
    expect(thread.items[0]!.replyCount).toBe(0)
  })

  it('makes an orphan (parent missing) top-level, in time order, with inReplyTo naming the missing id', () => {
    const thread = buildCommentThread([c('a'), c('o', { parentId: 'gone' }), c('b')])
    expect(outline(thread.items)).toEqual(['a', 'o', 'b'])
    expect((thread.items[1] as ThreadComment).inReplyTo).toEqual({ id: 'gone' })
  })

  it('treats a self-parent as top-level without inReplyTo', () => {
    const [item] = buildCommentThread([c('a', { parentId: 'a' })]).items as ThreadComment[]
    expect([item!.id, item!.depth, item!.inReplyTo]).toEqual(['a', 0, undefined])
  })

  it.each([
    ['a → b → a', [c('a', { parentId: 'b' }), c('b', { parentId: 'a' })], ['a', 'b']],
    [
      'a → b → c → a with d under b',
      [c('a', { parentId: 'c' }), c('b', { parentId: 'a' }), c('c', { parentId: 'b' }), c('d', { parentId: 'b' })],
      ['a', 'b', '  d', 'c'],
    ],
    [
      'a tail x → y into the cycle y ↔ z',
      [c('x', { parentId: 'y' }), c('y', { parentId: 'z' }), c('z', { parentId: 'y' })],
      ['y', '  x', 'z'],
    ],
  ])('breaks the parent cycle %s by making its members top-level', (_, comments, expected) => {
    expect(outline(buildCommentThread(comments).items)).toEqual(expected)
  })

  it('gives members of a cycle inReplyTo so the loop stays visible to the UI', () => {
    const thread = buildCommentThread([c('a', { parentId: 'b' }), c('b', { parentId: 'a' })])
    expect(thread.items.map((i) => (i as ThreadComment).inReplyTo?.id)).toEqual(['b', 'a'])
  })

  it('survives a 10,000-long parent cycle and a 10,000-deep chain without recursion', () => {
    const n = 10_000
    const cycle = Array.from({ length: n }, (_, i) => c(`k${i}`, { parentId: `k${(i + 1) % n}` }))
    expect(buildCommentThread(cycle).items.length).toBe(n)
    const deep = Array.from({ length: n }, (_, i) => c(`d${i}`, i ? { parentId: `d${i - 1}` } : {}))
    let item = buildCommentThread(deep, { maxDepth: Number.POSITIVE_INFINITY }).items[0]
    let depth = 0
    while (item?.replies[0]) {
      item = item.replies[0]
      depth++
    }
    expect(depth).toBe(n - 1)
    expect(buildCommentThread(deep).items[0]!.replies.length).toBe(n - 1)
  })
})

describe('buildCommentThread: order', () => {
  const t = (m: number) => `2026-11-24T10:${String(m).padStart(2, '0')}:00Z`
  const list = () => [
    c('b', { createdAt: t(1) }),
    c('a', { createdAt: t(1) }),
    c('c', { createdAt: t(0) }),
    c('d', { createdAt: t(5) }),
    c('r2', { parentId: 'c', createdAt: t(9) }),
    c('r1', { parentId: 'c', createdAt: t(8) }),
  ]
  const likes = new Map([
    ['a', 3],
    ['d', 3],
    ['b', 7],
    ['r2', 5],
  ])

  it.each([
    ['oldest', ['c', '  r1', '  r2', 'a', 'b', 'd']],
    ['newest', ['d', 'b', 'a', 'c', '  r1', '  r2']],
    ['top', ['b', 'd', 'a', 'c', '  r1', '  r2']],
  ] as const)('order %s, with equal timestamps broken by id and replies oldest first', (order, expected) => {
    expect(outline(buildCommentThread(list(), { order, likes }).items)).toEqual(expected)
  })

  it('orders replies by replyOrder independently of the top level', () => {
    expect(outline(buildCommentThread(list(), { replyOrder: 'top', likes }).items).slice(0, 3)).toEqual([
      'c',
      '  r2',
      '  r1',
    ])
  })

  it('compares createdAt as instants, so offsets order correctly', () => {
    // 11:05+02:00 is 09:05Z: earlier than 09:30Z although its text sorts later.
    const comments = [c('a', { createdAt: '2026-11-24T09:30:00Z' }), c('z', { createdAt: '2026-11-24T11:05:00+02:00' })]
    expect(outline(buildCommentThread(comments).items)).toEqual(['z', 'a'])
  })

  it.each([
    ['a Map', new Map([['a', 2]])],
    ['a record', { a: 2 }],
    ['a function', (comment: { id: string }) => (comment.id === 'a' ? 2 : undefined)],
  ])('reads likes from %s and reports them on each item', (_, source) => {
    const thread = buildCommentThread([c('a'), c('b')], { likes: source as never, order: 'top' })
    expect(thread.items.map((i) => [i.id, (i as ThreadComment).likes])).toEqual([
      ['a', 2],
      ['b', 0],
    ])
  })

  it('counts NaN, Infinity, strings and inherited keys as 0 likes', () => {
    const likesOf = { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: '9' } as unknown as Record<string, number>
    const thread = buildCommentThread([c('a'), c('b'), c('c'), c('constructor')], { likes: likesOf })
    expect(thread.items.map((i) => (i as ThreadComment).likes)).toEqual([0, 0, 0, 0])
  })

  it('gives the same thread whatever the input order', () => {
    const base = list()
    const reversed = [...base].reverse()
    const shuffled = [base[3]!, base[0]!, base[5]!, base[2]!, base[4]!, base[1]!]
    for (const order of ['oldest', 'newest', 'top'] as const) {
      const expected = outline(buildCommentThread(base, { order, likes }).items)
      expect(outline(buildCommentThread(reversed, { order, likes }).items)).toEqual(expected)
      expect(outline(buildCommentThread(shuffled, { order, likes }).items)).toEqual(expected)
    }
  })
})

describe('buildCommentThread: data handling', () => {
  it('redacts email, verdict and unknown keys for non-staff readers', () => {
    const input = {
      ...c('a'),
      author: { id: 'm-a', name: 'Ana', email: 'ana@example.com', url: 'https://ana.example/' },
      verdict: { action: 'approve' as const, score: 0, reasons: [] },
      ip: '203.0.113.9',
    }
    const [item] = buildCommentThread([input]).items as ThreadComment[]
    expect(item!.comment).toEqual({
      id: 'a',
      articleId: 'art-1',
      author: { id: 'm-a', name: 'Ana', url: 'https://ana.example/' },
      html: '<p>a</p>',
      createdAt: input.createdAt,
      status: 'published',
    })
    const [staffItem] = buildCommentThread([input], { viewer: { role: 'staff' } }).items as ThreadComment[]
    expect(staffItem!.comment).toBe(input)
    const [forced] = buildCommentThread([input], { viewer: { role: 'staff' }, redact: true }).items as ThreadComment[]
    expect(forced!.comment).not.toHaveProperty('verdict')
  })

  it('never mutates its input (frozen input works, deep copy unchanged)', () => {
    const comments = [
      c('a'),
      c('b', { parentId: 'a' }),
      c('c', { parentId: 'b', status: 'deleted' }),
      c('d', { parentId: 'c' }),
    ]
    const snapshot = structuredClone(comments)
    for (const comment of comments) Object.freeze(Object.freeze(comment).author)
    Object.freeze(comments)
    buildCommentThread(comments, { maxDepth: 1, order: 'newest' })
    buildCommentThread(comments, { viewer: { role: 'staff' }, redact: false })
    expect(comments).toEqual(snapshot)
  })

  it('keeps only one article with articleId, turning cross-article replies into orphans', () => {
    const comments = [c('a'), c('b', { articleId: 'art-2' }), c('r', { parentId: 'b' })]
    const thread = buildCommentThread(comments, { articleId: 'art-1' })
    expect(outline(thread.items)).toEqual(['a', 'r'])
    expect(thread.total).toBe(2)
  })

  it('rejects duplicate ids by default and can keep the first or the last copy', () => {
    const first = c('a', { html: '<p>first</p>' })
    const last = c('a', { html: '<p>last</p>' })
    expect(() => buildCommentThread([first, last])).toThrow(expect.objectContaining({ code: 'DUPLICATE' }))
    expect(() => buildCommentThread([first, last])).toThrow('buildCommentThread: comments[1] repeats the id "a"')
    const keepFirst = buildCommentThread([first, last], { duplicates: 'keep-first' })
    const keepLast = buildCommentThread([first, last], { duplicates: 'keep-last' })
    expect((keepFirst.items[0] as ThreadComment).comment.html).toBe('<p>first</p>')
    expect((keepLast.items[0] as ThreadComment).comment.html).toBe('<p>last</p>')
    expect(keepLast.total).toBe(1)
  })

  it('returns an empty thread for no comments', () => {
    expect(buildCommentThread([])).toEqual({ items: [], total: 0, visibleCount: 0, placeholderCount: 0 })
  })

  it.each([
    [
      'not an array',
      'comments',
      'buildCommentThread: comments must be an array of comments, received string "comments"',
    ],
    ['a null element', [null], 'buildCommentThread: comments[0] must be a comment object, received null'],
    [
      'an empty id',
      [{ ...c('a'), id: '' }],
      'buildCommentThread: comments[0].id must be a non-empty string, received string ""',
    ],
    [
      'an unknown status',
      [{ ...c('a'), status: 'approved' }],
      "comments[0].status must be 'pending', 'published', 'hidden', 'spam' or 'deleted', received string \"approved\"",
    ],
    [
      'an unparseable date',
      [{ ...c('a'), createdAt: 'yesterday' }],
      'comments[0].createdAt must be an ISO 8601 date string, received string "yesterday"',
    ],
    [
      'a numeric parentId',
      [{ ...c('a'), parentId: 7 }],
      'comments[0].parentId must be a string or undefined, received number 7',
    ],
    ['no author', [{ ...c('a'), author: undefined }], 'comments[0].author must be an object, received undefined'],
    [
      'an author without a name',
      [{ ...c('a'), author: { id: 'm-1' } }],
      'comments[0].author.name must be a string, received undefined',
    ],
  ])('throws INVALID_INPUT for %s', (_, input, message) => {
    expect(() => buildCommentThread(input as never)).toThrow(CopydeskError)
    expect(() => buildCommentThread(input as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() => buildCommentThread(input as never)).toThrow(message)
  })

  it.each([
    [{ maxDepth: -1 }, 'options.maxDepth must be a non-negative integer or Infinity, received number -1'],
    [{ maxDepth: 1.5 }, 'options.maxDepth'],
    [
      { order: 'best' },
      "buildCommentThread: options.order must be one of 'oldest', 'newest', 'top', received string \"best\"",
    ],
    [{ replyOrder: 'random' }, 'options.replyOrder'],
    [{ viewer: { role: 'admin' } }, 'options.viewer must be'],
    [{ viewer: { role: 'member', id: 7 } }, 'options.viewer.id must be a string, received number 7'],
    [{ placeholders: 'some' }, 'options.placeholders'],
    [{ duplicates: 'merge' }, 'options.duplicates'],
    [{ likes: 5 }, 'options.likes must be a Map, a record of id → count, or a function, received number 5'],
    [{ redact: 'yes' }, 'options.redact must be a boolean'],
    [{ articleId: 3 }, 'options.articleId must be a string'],
    [[], 'buildCommentThread: options must be an object, received array (length 0)'],
    [null, 'buildCommentThread: options must be an object, received null'],
  ])('throws INVALID_OPTIONS for %j', (options, message) => {
    expect(() => buildCommentThread([c('a')], options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
    expect(() => buildCommentThread([c('a')], options as never)).toThrow(message)
  })

  it.each([[[]], [null], ['x']])('commentCount refuses %j as options with INVALID_OPTIONS', (options) => {
    expect(() => commentCount([c('a')], options as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        message: expect.stringMatching(/^commentCount: options must be an object/),
      }),
    )
  })

  it('reads likes records by own keys only: "__proto__" and "constructor" ids count 0', () => {
    const thread = buildCommentThread([c('__proto__'), c('constructor')], {
      likes: { toString: 5 } as never,
      order: 'top',
    })
    expect(thread.items.map((item) => item.kind === 'comment' && item.likes)).toEqual([0, 0])
  })
})

describe('buildCommentThread: scale', () => {
  function big(n: number) {
    // Deterministic pseudo-random forest: 30% top level, the rest replying to an earlier comment;
    // a mix of statuses.
    let seed = 42
    const rand = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32
    const statuses: CommentStatus[] = [
      'published',
      'published',
      'published',
      'published',
      'pending',
      'hidden',
      'spam',
      'deleted',
    ]
    return Array.from({ length: n }, (_, i) =>
      c(`n${i}`, {
        ...(i > 0 && rand() > 0.3 ? { parentId: `n${Math.floor(rand() * i)}` } : {}),
        status: statuses[Math.floor(rand() * statuses.length)]!,
      }),
    )
  }

  // Generous guards (the suite shares 2 cores with others): measured ≈ 0.1 s for 10k and ≈ 0.7 s
  // for 100k on an idle machine, where the naive O(n²) nesting needs ≈ 0.5 s for 10k and ≈ 50 s for 100k.
  it('builds a 10,000-comment thread well within a linear-time budget (< 2 s)', () => {
    const comments = big(10_000)
    const start = performance.now()
    const thread = buildCommentThread(comments, { order: 'top', likes: (x) => x.id.length })
    expect(performance.now() - start).toBeLessThan(2000)
    expect(thread.total).toBe(10_000)
    expect(thread.visibleCount).toBe(commentCount(comments))
  })

  it('scales close to linearly: 100,000 comments take < 10 s', () => {
    const comments = big(100_000)
    const start = performance.now()
    buildCommentThread(comments)
    expect(performance.now() - start).toBeLessThan(10_000)
  }, 30_000)

  it('puts every readable comment exactly once in the tree', () => {
    const comments = big(5000)
    for (const viewer of Object.values(VIEWERS)) {
      const thread = buildCommentThread(comments, { viewer })
      const ids: string[] = []
      const stack = [...thread.items]
      let placeholders = 0
      while (stack.length) {
        const item = stack.pop()!
        if (item.kind === 'comment') ids.push(item.id)
        else placeholders++
        stack.push(...item.replies)
      }
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids.length).toBe(thread.visibleCount)
      expect(placeholders).toBe(thread.placeholderCount)
    }
  })
})

describe('buildCommentThread: documented example', () => {
  it('matches its @example', () => {
    const at = (m: number) => `2026-11-24T10:0${m}:00Z`
    const author = { name: 'Omar Ali' }
    const thread = buildCommentThread([
      { id: 'a', articleId: 'x', author, html: '<p>First</p>', createdAt: at(1), status: 'deleted' },
      { id: 'b', articleId: 'x', parentId: 'a', author, html: '<p>Reply</p>', createdAt: at(2), status: 'published' },
      { id: 'c', articleId: 'x', parentId: 'b', author, html: '<p>Deeper</p>', createdAt: at(3), status: 'published' },
      { id: 'd', articleId: 'x', author, html: '<p>Held</p>', createdAt: at(4), status: 'pending' },
    ])
    expect(thread.items.map((item) => `${item.kind}:${item.id}`)).toEqual(['placeholder:a'])
    expect(thread.items[0]?.replies.map((item) => item.id)).toEqual(['b', 'c'])
    expect(thread.items[0]?.replies[1]?.kind === 'comment' && thread.items[0].replies[1].inReplyTo).toEqual({
      id: 'b',
      authorName: 'Omar Ali',
    })
    expect([thread.total, thread.visibleCount, thread.placeholderCount]).toEqual([4, 2, 1])
  })
})
