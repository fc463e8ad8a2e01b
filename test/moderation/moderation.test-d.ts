import { describe, expectTypeOf, it } from 'vitest'
import type { Comment, CommentStatus, CommentVerdict } from '../../src/schema/types.js'
import {
  createModerationPolicy,
  createTermList,
  moderateComment,
  normalizeForMatching,
  sanitizeCommentHtml,
  statusForVerdict,
  type Finding,
  type ModerationContext,
  type ModerationPolicy,
  type NormalizedText,
  type Reason,
  type SanitizedComment,
  type TermList,
  type TermMatch,
  type Verdict,
} from '../../src/moderation/index.js'

describe('moderation types', () => {
  it('moderateComment takes a Comment or { html }, a context and a policy, and returns a Verdict', () => {
    expectTypeOf(moderateComment).parameter(0).toMatchTypeOf<{ html: string }>()
    expectTypeOf<Comment>().toMatchTypeOf<Parameters<typeof moderateComment>[0]>()
    expectTypeOf(moderateComment).parameter(1).toEqualTypeOf<ModerationContext | undefined>()
    expectTypeOf(moderateComment).parameter(2).toEqualTypeOf<ModerationPolicy | undefined>()
    expectTypeOf(moderateComment).returns.toEqualTypeOf<Verdict>()
  })
  it('a Verdict can be stored as a Comment verdict, and its status follows', () => {
    expectTypeOf<Verdict>().toMatchTypeOf<CommentVerdict>()
    expectTypeOf<Reason>().toMatchTypeOf<CommentVerdict['reasons'][number]>()
    expectTypeOf(statusForVerdict).returns.toEqualTypeOf<CommentStatus>()
    expectTypeOf<Verdict['action']>().toEqualTypeOf<'approve' | 'hold' | 'reject'>()
  })
  it('the other functions have copydesk-only types (no sanitize-html types in the signatures)', () => {
    expectTypeOf(sanitizeCommentHtml).returns.toEqualTypeOf<SanitizedComment>()
    expectTypeOf<SanitizedComment['removed']>().toEqualTypeOf<Finding[]>()
    expectTypeOf(normalizeForMatching).returns.toEqualTypeOf<NormalizedText>()
    expectTypeOf(createTermList).returns.toEqualTypeOf<TermList>()
    expectTypeOf<ReturnType<TermList['match']>>().toEqualTypeOf<TermMatch[]>()
    expectTypeOf(createModerationPolicy).returns.toEqualTypeOf<ModerationPolicy>()
  })
})
