// The history rules of moderateComment: duplicates, near-duplicates, copy-paste across authors,
// floods, rapid posting, and the author's standing.
import { authorKey, CONTEXT_LIST_CAP } from './_context.js'
import { plural, reason } from './_reason.js'
import { similarity, type Fingerprint } from './_similarity.js'
import type { ModerationPolicy } from './createModerationPolicy.js'
import type { AuthorHistory, ModerationContext, Reason, RecentComment } from './types.js'

function timeOf(value: string | Date | undefined): number {
  if (value === undefined) return Number.NaN
  return value instanceof Date ? value.getTime() : Date.parse(value)
}

/** `[item, time]` for the entries dated at or before `now`, newest first, at most CONTEXT_LIST_CAP. */
function newest<T extends { createdAt?: string | undefined }>(
  list: readonly T[] | undefined,
  now: number,
): { h: T; at: number }[] {
  return (list ?? [])
    .map((h) => ({ h, at: timeOf(h.createdAt) }))
    .filter((x) => Number.isFinite(x.at) && x.at <= now)
    .sort((a, b) => b.at - a.at)
    .slice(0, CONTEXT_LIST_CAP)
}

/**
 * Duplicates, near-duplicates, copy-paste across authors, floods and rapid posting. The author's
 * own comments are `context.history` plus the `context.recent` comments by the same author
 * (recognised by id, else e-mail, else name); the newest 50 of each list are read.
 */
export function historyReasons(
  current: Fingerprint,
  context: ModerationContext,
  author: string | undefined,
  now: number,
  policy: ModerationPolicy,
  printOf: (html: string) => Fingerprint,
): Reason[] {
  const w = policy.weights
  const out: Reason[] = []
  const recent = newest(context.recent, now)
  const byAuthor = (r: RecentComment): boolean =>
    author !== undefined && authorKey({ id: r.authorId, email: r.authorEmail, name: r.authorName }) === author
  const history = [...newest(context.history, now), ...recent.filter((x) => byAuthor(x.h))].sort((a, b) => b.at - a.at)
  let exact = 0
  let near = 0
  let best = 0
  for (const { h, at } of history.slice(0, CONTEXT_LIST_CAP)) {
    if (now - at > policy.duplicateWindowMs || current.canonical === '') continue
    const sim = similarity(current, printOf(h.html))
    if (sim === 1) exact++
    else if (sim >= policy.nearDuplicateSimilarity) {
      near++
      best = Math.max(best, sim)
    }
  }
  if (exact > 0)
    out.push(
      reason(
        'duplicate',
        `Repeats ${exact === 1 ? 'one' : exact} of the author's recent comments word for word`,
        w.duplicate,
        undefined,
        exact,
      ),
    )
  else if (near > 0)
    out.push(
      reason(
        'near-duplicate',
        `Nearly repeats ${plural(near, 'recent comment')} by the author (${Math.round(best * 100)} % similar)`,
        w['near-duplicate'],
        undefined,
        near,
      ),
    )
  const recentMatches = recent.filter(({ h: r, at }) => {
    if (current.canonical.length < 40 || byAuthor(r)) return false
    if (now - at > policy.duplicateWindowMs) return false
    return similarity(current, printOf(r.html)) >= policy.nearDuplicateSimilarity
  }).length
  if (recentMatches > 0)
    out.push(
      reason(
        'copypasta',
        `Matches ${plural(recentMatches, 'recent comment')} by other people on this story (copy-paste campaign)`,
        w.copypasta,
        undefined,
        recentMatches,
      ),
    )
  const inWindow = history.filter((x) => now - x.at <= policy.floodWindowMs).length
  if (inWindow >= policy.floodMax)
    out.push(
      reason(
        'flood',
        `${plural(inWindow, 'comment')} by the author in the last ${Math.round(policy.floodWindowMs / 60000)} minutes`,
        w.flood,
        undefined,
        inWindow,
      ),
    )
  const last = history[0]
  if (last !== undefined && now - last.at < policy.minIntervalMs) {
    out.push(
      reason(
        'too-fast',
        `Posted ${Math.round((now - last.at) / 1000)} s after the author's previous comment`,
        w['too-fast'],
      ),
    )
  }
  return out
}

/** New commenter, rejection rate, account age and trust, from the supplied author record. */
export function authorReasons(author: AuthorHistory | undefined, now: number, policy: ModerationPolicy): Reason[] {
  if (author === undefined) return []
  const w = policy.weights
  const out: Reason[] = []
  const approved = author.approvedCount
  const rejected = author.rejectedCount ?? 0
  if (approved !== undefined && approved < policy.newCommenterThreshold) {
    out.push(
      reason(
        'new-commenter',
        approved === 0
          ? 'First comment from this author: pre-moderated'
          : `Only ${plural(approved, 'approved comment')} so far: pre-moderated`,
        w['new-commenter'],
      ),
    )
  }
  const decided = (approved ?? 0) + rejected
  if (decided >= policy.rejectionRateMinimum && rejected / decided >= policy.rejectionRate) {
    out.push(
      reason(
        'rejection-rate',
        `${Math.round((rejected / decided) * 100)} % of the author's comments were rejected`,
        w['rejection-rate'],
      ),
    )
  }
  const first = timeOf(author.firstSeenAt)
  if (Number.isFinite(first) && now - first < policy.newAccountMs && now >= first) {
    out.push(reason('new-account', 'The account is less than a day old', w['new-account']))
  }
  if (approved !== undefined && approved >= policy.trustedAfter && rejected / Math.max(1, decided) < 0.05) {
    out.push(
      reason('trusted-author', `${plural(approved, 'approved comment')} and almost no rejections`, w['trusted-author']),
    )
  }
  return out
}
