/**
 * Comment moderation: sanitized comment HTML and an explained approve / hold / reject verdict.
 * {@link sanitizeCommentHtml} cleans a comment with sanitize-html and reports what it removed;
 * {@link normalizeForMatching} undoes evasions (invisible characters, look-alikes, full-width and
 * mathematical letters, Zalgo, right-to-left overrides, leetspeak, spacing, repeats) with a map
 * back to the original; {@link createTermList} compiles a term list into a linear-time automaton
 * with an allowlist; {@link moderateComment} combines every signal into one explained score,
 * including the spam phrases and disguised links of real comment spam and a learned spam model
 * ({@link trainSpamModel}, {@link loadSpamModel}, {@link defaultSpamModel}) that learns from the
 * newsroom's own decisions.
 * Runs unchanged in Node, browsers and edge runtimes; every judgement is a pure function of its
 * arguments.
 *
 * @example
 * ```ts
 * import { moderateComment, statusForVerdict } from 'copydesk/moderation'
 * const verdict = moderateComment({ html: '<p>What a f.u.c.k-up</p>' })
 * verdict.action // 'reject'
 * statusForVerdict(verdict) // 'spam'
 * ```
 *
 * @module copydesk/moderation
 */
export {
  sanitizeCommentHtml,
  type CommentLinkScheme,
  type CommentTag,
  type SanitizeCommentHtmlOptions,
  type SanitizedComment,
} from './sanitizeCommentHtml.js'
export { normalizeForMatching, type NormalizeForMatchingOptions, type NormalizedText } from './normalizeForMatching.js'
export { createTermList, type CreateTermListOptions, type TermList, type TermScan } from './createTermList.js'
export { defaultTermList } from './defaultTermList.js'
export { englishTerms } from './lists/english.js'
export { scunthorpeAllowlist } from './lists/allowlist.js'
export {
  ldnoobwAr,
  ldnoobwCs,
  ldnoobwDa,
  ldnoobwDe,
  ldnoobwEo,
  ldnoobwEs,
  ldnoobwFa,
  ldnoobwFi,
  ldnoobwFil,
  ldnoobwFr,
  ldnoobwHi,
  ldnoobwHu,
  ldnoobwIt,
  ldnoobwJa,
  ldnoobwKab,
  ldnoobwKo,
  ldnoobwNl,
  ldnoobwNo,
  ldnoobwPl,
  ldnoobwPt,
  ldnoobwRu,
  ldnoobwSv,
  ldnoobwTh,
  ldnoobwTr,
  ldnoobwZh,
} from './lists/ldnoobw.js'
export {
  createModerationPolicy,
  defaultModerationWeights,
  MODERATION_RULES_VERSION,
  type ModerationPolicy,
  type ModerationPolicyOptions,
  type ModerationWeightKey,
} from './createModerationPolicy.js'
export { defaultModerationPolicy } from './defaultModerationPolicy.js'
export { moderateComment } from './moderateComment.js'
export { statusForVerdict } from './statusForVerdict.js'
export { trainSpamModel, type TrainSpamModelOptions } from './trainSpamModel.js'
export { loadSpamModel } from './loadSpamModel.js'
export { defaultSpamModel } from './defaultSpamModel.js'
export type { SpamExample, SpamModel, SpamModelSnapshot, SpamPrediction } from './_spamModel.js'
export type { SpamFeature } from './types.js'
export type {
  AuthorHistory,
  AuthorRole,
  CommentLink,
  CustomReason,
  Evasion,
  Finding,
  FindingKind,
  HistoryComment,
  ModeratedComment,
  ModerationAction,
  ModerationContext,
  ModerationRule,
  Reason,
  RecentComment,
  RuleInput,
  SuppressedMatch,
  TermAction,
  TermBoundary,
  TermCategory,
  TermEntry,
  TermMatch,
  TermSeverity,
  Verdict,
} from './types.js'

export { CopydeskError, isCopydeskError } from '../errors.js'
export type {
  CopydeskErrorCode,
  CopydeskErrorOptions,
  CopydeskIssue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
} from '../errors.js'
