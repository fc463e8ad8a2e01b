// Moderate the sample newsroom's comments with copydesk/moderation.
// Run: npm run build && npx tsx examples/moderation.ts
import { readFileSync } from 'node:fs'
import type { Comment } from 'copydesk/schema'
import {
  createModerationPolicy,
  moderateComment,
  normalizeForMatching,
  sanitizeCommentHtml,
  statusForVerdict,
  type HistoryComment,
} from 'copydesk/moderation'

const comments = JSON.parse(readFileSync(new URL('./newsroom/comments.json', import.meta.url), 'utf8')) as Comment[]

// 1. Every comment, oldest first, judged with the same author's earlier comments as history.
const oldestFirst = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
const tally = { approve: 0, hold: 0, reject: 0 }
console.log('Moderation queue (everything that is not approved):')
oldestFirst.forEach((comment, i) => {
  const sameAuthor = (c: Comment): boolean =>
    comment.author.id !== undefined
      ? c.author.id === comment.author.id
      : c.author.name === comment.author.name && c.author.email === comment.author.email
  const history: HistoryComment[] = oldestFirst
    .slice(0, i)
    .filter(sameAuthor)
    .map((c) => ({ html: c.html, createdAt: c.createdAt }))
  const verdict = moderateComment(comment, { history })
  tally[verdict.action]++
  if (verdict.action === 'approve') return
  console.log(
    `  ${comment.id} ${verdict.action.padEnd(6)} score ${String(verdict.score).padStart(4)} → ${statusForVerdict(verdict)}`,
  )
  for (const reason of verdict.reasons.slice(0, 4)) {
    const where = reason.span === undefined ? '' : ` at "${verdict.text.slice(...reason.span)}"`
    console.log(`      ${reason.code} +${reason.weight}: ${reason.message}${where}`)
  }
})
console.log(`Approved ${tally.approve}, held ${tally.hold}, rejected ${tally.reject} of ${comments.length}\n`)

// 2. The sanitizer on its own: the XSS comment c-035, and what it removed.
const xss = comments.find((c) => c.id === 'c-035') as Comment
const clean = sanitizeCommentHtml(xss.html)
console.log(`c-035 sanitized: ${clean.html}`)
console.log(
  `  removed: ${clean.removed.map((f) => `${f.kind} <${f.tag ?? ''}${f.attribute ? ` ${f.attribute}` : ''}>${f.dangerous ? ' (dangerous)' : ''}`).join(', ')}\n`,
)

// 3. What the matcher sees, with every character mapped back to the original.
const evasive = 'what a s\u200Bhit cоach, f.u.c.k'
const normalized = normalizeForMatching(evasive)
console.log(`normalized: ${JSON.stringify(evasive)} → ${JSON.stringify(normalized.text)}`)
console.log(
  `  "${normalized.text.slice(7, 11)}" came from ${JSON.stringify(evasive.slice(normalized.map[7], normalized.map[11]))}\n`,
)

// 4. A stricter per-story policy: live blog, no links at all, hold from 3 points, own site trusted.
const liveBlog = createModerationPolicy({
  name: 'election-live',
  thresholds: { hold: 3 },
  maxLinks: 0,
  trustedDomains: ['harborledger.example'],
})
const withLink = { html: '<p>Results so far: <a href="https://results.example/live">results.example</a></p>' }
console.log(
  `default policy: ${moderateComment(withLink).action}; ${liveBlog.version}: ${moderateComment(withLink, {}, liveBlog).action}`,
)
