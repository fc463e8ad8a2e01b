import { describe, expect, it } from 'vitest'
import {
  CopydeskError,
  createTermList,
  defaultTermList,
  englishTerms,
  moderateComment,
  normalizeForMatching,
  sanitizeCommentHtml,
  type ModerationContext,
} from '../../src/moderation/index.js'

const NOW = '2026-11-24T12:00:00Z'
const thrown = (fn: () => unknown): { code?: string; message: string } => {
  try {
    fn()
  } catch (error) {
    if (!(error instanceof CopydeskError)) return { message: `foreign ${String(error)}` }
    return { code: error.code, message: error.message }
  }
  return { message: 'no throw' }
}

describe('moderateComment context checks', () => {
  it.each([
    [{ history: 'x' }, 'moderateComment: context.history must be an array, received string "x"'],
    [{ history: [null] }, 'moderateComment: context.history[0] must be an object with an html string, received null'],
    [
      { recent: [{ html: 1 }] },
      'moderateComment: context.recent[0] must be an object with an html string, received object',
    ],
    [{ author: null }, 'moderateComment: context.author must be an object, received null'],
    [
      { author: { approvedCount: 10n } },
      'moderateComment: context.author.approvedCount must be a non-negative number, received bigint 10',
    ],
    [
      { author: { rejectedCount: -1 } },
      'moderateComment: context.author.rejectedCount must be a non-negative number, received number -1',
    ],
    [
      { author: { role: '__proto__' } },
      "moderateComment: context.author.role must be 'reader', 'member' or 'staff', received string \"__proto__\"",
    ],
    [[], 'moderateComment: context must be an object, received array (length 0)'],
  ])('refuses a wrong context field with INVALID_INPUT naming it (%#)', (context, message) => {
    expect(thrown(() => moderateComment({ html: '<p>x</p>' }, context as never))).toEqual({
      code: 'INVALID_INPUT',
      message,
    })
  })

  it('refuses a comment author that is not an object', () => {
    expect(thrown(() => moderateComment({ html: 'x', author: null } as never))).toEqual({
      code: 'INVALID_INPUT',
      message: 'moderateComment: comment.author must be an object, received null',
    })
  })

  it('turns the other foreign throws of the hostile-input report into CopydeskErrors', () => {
    expect(thrown(() => defaultTermList().censor('x', 5 as never))).toEqual({
      code: 'INVALID_INPUT',
      message: 'TermList.censor: mask must be a string, received number 5',
    })
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => createTermList(englishTerms, { allowlist: [, 'x'] as never }))).toEqual({
      code: 'INVALID_OPTIONS',
      message: 'createTermList: options.allowlist[0] must be a string, received undefined',
    })
    expect(thrown(() => createTermList(englishTerms, [] as never)).code).toBe('INVALID_OPTIONS')
    expect(thrown(() => sanitizeCommentHtml('x', [] as never)).message).toMatch(/^sanitizeCommentHtml: options must be/)
    expect(thrown(() => normalizeForMatching('x', [] as never)).code).toBe('INVALID_OPTIONS')
  })
})

describe("duplicates of the author's own comment", () => {
  const html = '<p>The mayor should resign over the harbour contract.</p>'
  const trusted: ModerationContext['author'] = { approvedCount: 500, rejectedCount: 0 }

  it("are held whatever the author's trust", () => {
    const history = [{ html, createdAt: '2026-11-24T11:00:00Z' }]
    const v = moderateComment({ html }, { now: NOW, author: trusted, history })
    expect(v.action).toBe('hold')
    expect(v.reasons.map((r) => r.code)).toEqual(['duplicate', 'duplicate-held', 'trusted-author'])
    expect(moderateComment({ html }, { now: NOW, author: trusted }).action).toBe('approve')
  })

  it.each([
    ['id', { id: 'u1', name: 'Ann' }, { authorId: 'u1' }],
    ['e-mail, case-insensitively', { name: 'Ann', email: 'Ann@Example.org' }, { authorEmail: 'ann@example.org' }],
    ['name, when there is neither id nor e-mail', { name: 'Ann' }, { authorName: 'Ann' }],
  ])('recognise the author in context.recent by %s', (_how, author, recentAuthor) => {
    const recent = [{ html, createdAt: '2026-11-24T11:30:00Z', ...recentAuthor }]
    const v = moderateComment({ html, author }, { now: NOW, recent })
    expect(v.action).toBe('hold')
    expect(v.reasons[0]?.code).toBe('duplicate')
    const other = moderateComment({ html, author: { name: 'Bob' } }, { now: NOW, recent })
    expect(other.reasons.some((r) => r.code === 'duplicate')).toBe(false)
  })

  it('reads only the newest 50 of history and recent', () => {
    const old = Array.from({ length: 5_000 }, (_, i) => ({
      html: `<p>comment ${i}</p>`,
      createdAt: new Date(Date.parse(NOW) - 3_600_000 - i * 1000).toISOString(),
    }))
    const withDuplicateLast = [...old, { html, createdAt: '2026-11-20T00:00:00Z' }]
    const v = moderateComment({ html }, { now: NOW, history: withDuplicateLast, recent: withDuplicateLast })
    expect(v.reasons.some((r) => r.code === 'duplicate')).toBe(false)
    const newest = moderateComment(
      { html },
      { now: NOW, history: [{ html, createdAt: '2026-11-24T11:59:00Z' }, ...old] },
    )
    expect(newest.reasons.some((r) => r.code === 'duplicate')).toBe(true)
  })
})
