/**
 * Comment threads as a reader sees them, and initials avatars. {@link buildCommentThread} nests
 * replies (one level by default, like Ghost), orders them (oldest, newest, top), applies
 * moderation for a viewer (anonymous, member, staff) and keeps deleted parents as placeholders;
 * {@link commentCount} is the matching count; {@link initials} and {@link avatarColor} draw the
 * round avatar beside each comment: grapheme-safe initials and a deterministic colour white text
 * can be read on (WCAG AA). Comments know moderation only through their `status` field.
 *
 * @example
 * ```ts
 * import { avatarColor, buildCommentThread, commentCount, initials } from 'copydesk/comments'
 * const thread = buildCommentThread(comments, { viewer: { role: 'anonymous' } })
 * initials('Omar Ali') // 'OA'
 * ```
 *
 * @module copydesk/comments
 */
export { buildCommentThread, type BuildCommentThreadOptions } from './buildCommentThread.js'
export { commentCount, type CommentCountOptions } from './commentCount.js'
export { initials, NAME_PARTICLES, NAME_PREFIXES, type InitialsOptions } from './initials.js'
export { avatarColor, type AvatarColorOptions } from './avatarColor.js'
export type {
  CommentLikes,
  CommentOrder,
  CommentThread,
  CommentViewer,
  CommentVisibilityOptions,
  DuplicateIdPolicy,
  InReplyTo,
  PlaceholderPolicy,
  PlaceholderReason,
  ThreadComment,
  ThreadItem,
  ThreadPlaceholder,
  ViewerRole,
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
