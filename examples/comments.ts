// Render an article's comment thread the way each reader sees it, with initials avatars.
// Run: npm run build && npx tsx examples/comments.ts
import { readFileSync } from 'node:fs'
import {
  avatarColor,
  buildCommentThread,
  commentCount,
  initials,
  type CommentViewer,
  type ThreadItem,
} from 'copydesk/comments'
import type { Comment } from 'copydesk/schema'

const comments = JSON.parse(readFileSync(new URL('./newsroom/comments.json', import.meta.url), 'utf8')) as Comment[]

// A crude one-line preview for the console; sanitize comment HTML properly before showing it.
const text = (html: string) => html.replace(/<[^<>]*>/g, '').slice(0, 60)

function print(items: readonly ThreadItem[], indent = '  '): void {
  for (const item of items) {
    if (item.kind === 'placeholder') {
      console.log(
        `${indent}[ this comment was ${item.placeholder === 'deleted' ? 'deleted' : 'hidden by a moderator'} ]`,
      )
    } else {
      const { author, html, status } = item.comment
      const avatar = `(${initials(author.name, { emoji: true }) || '?'} ${avatarColor(author.name)})`
      const badge = status === 'published' ? '' : ` [${status}${item.mine ? ', yours' : ''}]`
      const reply = item.inReplyTo ? ` ↪ ${item.inReplyTo.authorName ?? 'a removed comment'}` : ''
      console.log(`${indent}${avatar} ${author.name}${reply}${badge}: ${text(html)}`)
    }
    print(item.replies, `${indent}    `)
  }
}

// 1. art-003 has a deleted comment (c-008) with live replies and a spam comment.
const viewers: [string, CommentViewer][] = [
  ['an anonymous reader', { role: 'anonymous' }],
  ['staff', { role: 'staff' }],
]
for (const [label, viewer] of viewers) {
  const thread = buildCommentThread(comments, { articleId: 'art-003', viewer })
  console.log(
    `\nart-003 as ${label}: ${thread.visibleCount} comments (${thread.total} stored, ${thread.placeholderCount} placeholder)`,
  )
  print(thread.items)
}

// 2. A 4-level conversation on art-001, Ghost-style (one level of replies) and as a full tree.
for (const maxDepth of [1, Number.POSITIVE_INFINITY]) {
  console.log(`\nart-001 with maxDepth ${maxDepth}:`)
  print(buildCommentThread(comments, { articleId: 'art-001', maxDepth }).items)
}

// 3. Most-liked first, with like counts from your own store.
const likes = new Map([
  ['c-030', 4],
  ['c-031', 9],
])
const top = buildCommentThread(comments, { articleId: 'art-015', order: 'top', likes })
console.log(
  `\nart-015, top first: ${top.items.map((i) => `${i.id} (${i.kind === 'comment' ? i.likes : 0} likes)`).join(', ')}`,
)

// 4. The number next to "Comments" depends on who is looking.
const rashida: CommentViewer = { id: 'm-0006', role: 'member' }
console.log(
  `\nComments on art-008: anonymous ${commentCount(comments, { articleId: 'art-008' })}, ` +
    `Rashida ${commentCount(comments, { articleId: 'art-008', viewer: rashida })} (her pending one), ` +
    `staff ${commentCount(comments, { articleId: 'art-008', viewer: { role: 'staff' } })}`,
)

// 5. Initials where "first letter of each word" goes wrong.
for (const name of [
  'Ludwig van Beethoven',
  '李小龙',
  'José Álvarez',
  'Omar al-Rashid',
  'Álvarez, José',
  '🌊🐟',
  '<b>l33t</b>',
]) {
  console.log(`  ${JSON.stringify(name).padEnd(24)} → ${JSON.stringify(initials(name)).padEnd(6)} ${avatarColor(name)}`)
}
