import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { CommentStatus } from '../schema/types.js'
import type { ModerationAction, Verdict } from './types.js'

const STATUS: Readonly<Record<ModerationAction, CommentStatus>> = {
  approve: 'published',
  hold: 'pending',
  reject: 'spam',
}

/**
 * The Comment schema `status` a verdict leads to: `approve → 'published'`, `hold → 'pending'`,
 * `reject → 'spam'`. In WordPress terms that is `comment_approved` `1`, `0` and `'spam'`; in
 * Ghost (which has no queue) `published`, and `hidden` for both hold and reject.
 *
 * @param verdict - A {@link Verdict} or just its action.
 * @returns The comment status.
 * @throws {@link CopydeskError} `INVALID_INPUT` when the action is not approve, hold or reject.
 *
 * @example
 * ```ts
 * statusForVerdict('hold') // 'pending'
 * statusForVerdict(moderateComment({ html: '<p>Thanks for this.</p>' })) // 'published'
 * ```
 */
export function statusForVerdict(verdict: Verdict | ModerationAction): CommentStatus {
  const action = typeof verdict === 'string' ? verdict : (verdict as Partial<Verdict> | null)?.action
  if (action !== 'approve' && action !== 'hold' && action !== 'reject') {
    throw new CopydeskError(
      'INVALID_INPUT',
      `statusForVerdict: expected a verdict or 'approve' | 'hold' | 'reject', received ${describe(verdict)}`,
    )
  }
  return STATUS[action]
}
