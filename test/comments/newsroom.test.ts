// Integration: the sample newsroom's 41 comments (examples/newsroom/comments.json).
import { describe, expect, it } from 'vitest'
import comments from '../../examples/newsroom/comments.json'
import type { Comment } from '../../src/schema/types.js'
import {
  avatarColor,
  buildCommentThread,
  commentCount,
  initials,
  type ThreadComment,
} from '../../src/comments/index.js'
import { outline } from './_fixtures.js'
import { contrastOnWhite } from './_contrast.js'

const all = comments as Comment[]
const thread = (articleId: string, viewer: Parameters<typeof buildCommentThread>[1] = {}) =>
  buildCommentThread(all, { articleId, ...viewer })
const staff = { viewer: { role: 'staff' as const } }

describe('the sample newsroom’s comments', () => {
  it('art-001: a 4-level chain is shown Ghost-style, one level deep, and the pending comment only to staff', () => {
    expect(outline(thread('art-001').items)).toEqual(['c-001', '  c-002', '  c-003', '  c-004', 'c-005'])
    const replies = thread('art-001').items[0]!.replies as ThreadComment[]
    expect(replies.map((r) => r.inReplyTo?.authorName)).toEqual([undefined, 'Pete O’Malley', 'Maggie Thornbury'])
    expect(outline(thread('art-001', staff).items)).toEqual([
      'c-001',
      '  c-002',
      '  c-003',
      '  c-004',
      'c-005',
      'c-006',
    ])
  })

  it('art-003: the deleted c-008 stays as a placeholder for its replies; spam c-012 is for staff only', () => {
    expect(outline(thread('art-003').items)).toEqual(['c-007', '(deleted)c-008', '  c-009', '  c-010', '  c-011'])
    expect((thread('art-003').items[1]!.replies[2] as ThreadComment).inReplyTo).toEqual({
      id: 'c-010',
      authorName: 'Rashida',
    })
    expect(outline(thread('art-003', staff).items)).toEqual([
      'c-007',
      '(deleted)c-008',
      '  c-009',
      '  c-010',
      '  c-011',
      'c-012',
    ])
    expect(JSON.stringify(thread('art-003').items[1])).not.toContain('TruthTeller99')
  })

  it('art-021: the hidden c-034 is a placeholder for readers, readable for staff', () => {
    expect(outline(thread('art-021').items)).toEqual(['c-033', '  (hidden)c-034', '  c-036'])
    expect((thread('art-021').items[0]!.replies[1] as ThreadComment).inReplyTo).toEqual({ id: 'c-034' })
    expect(outline(thread('art-021', staff).items)).toEqual(['c-033', '  c-034', '  c-036', 'c-035'])
    expect((thread('art-021', staff).items[0]!.replies[1] as ThreadComment).inReplyTo).toEqual({
      id: 'c-034',
      authorName: 'TruthTeller99',
    })
  })

  it('art-023: the orphan c-039 (parent c-999 missing) is top-level', () => {
    expect(outline(thread('art-023').items)).toEqual(['c-037', '  c-040', 'c-039'])
    expect((thread('art-023').items[1] as ThreadComment).inReplyTo).toEqual({ id: 'c-999' })
  })

  it('art-008: Rashida sees her own pending comment, marked mine', () => {
    const mine = thread('art-008', { viewer: { id: 'm-0006', role: 'member' } }).items.find(
      (i) => i.id === 'c-022',
    ) as ThreadComment
    expect([mine.mine, mine.comment.status]).toEqual([true, 'pending'])
    expect(thread('art-008').items.some((i) => i.id === 'c-022')).toBe(false)
  })

  it('never sends email addresses to readers', () => {
    expect(JSON.stringify(buildCommentThread(all))).not.toMatch(/@example/i)
    expect(JSON.stringify(buildCommentThread(all, staff))).toMatch(/@example/i)
  })

  it.each([
    [{}, 33],
    [{ placeholders: 'deleted' as const }, 32],
    [{ placeholders: 'none' as const }, 29],
    [{ viewer: { id: 'm-0006', role: 'member' as const } }, 34],
    [staff, 40],
  ])('counts %j → %i across all articles', (options, expected) => {
    expect(commentCount(all, options)).toBe(expected)
    expect(buildCommentThread(all, options).visibleCount).toBe(expected)
  })

  it('gives every commenter well-formed initials and an accessible colour', () => {
    const byName = Object.fromEntries([...new Set(all.map((c) => c.author.name))].map((name) => [name, initials(name)]))
    expect(byName).toEqual({
      'Maggie Thornbury': 'MT',
      'Pete O’Malley': 'PO',
      'Dev Raghunathan': 'DR',
      'Harbor Reader': 'HR',
      Gus: 'G',
      'Inês Carvalho': 'IC',
      TruthTeller99: 'T',
      Rashida: 'R',
      'Best Deals 4U': 'BD',
      CryptoKing: 'C',
      Anonymous: 'A',
      '🌊🐟': '',
      佐藤美咲: '佐',
      陈思远: '陈',
      '<b>l33t</b>': 'L',
    })
    expect(initials('🌊🐟', { emoji: true })).toBe('🌊')
    for (const name of Object.keys(byName)) expect(contrastOnWhite(avatarColor(name))).toBeGreaterThanOrEqual(4.5)
  })
})
