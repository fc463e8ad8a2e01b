// buildCommentThread on a 10,000-comment article vs what a user would write by hand:
// - the naive recursive "filter by parentId" nesting (O(n²): one full scan per comment), and
// - a hand-written linear Map/groupBy nesting with none of copydesk's rules (no placeholders,
//   no depth limit, no orphans, no cycle safety, no redaction) — the floor copydesk's rules cost over.
// initials vs Ghost comments-ui's getInitials (split(' ') + substring(0, 1)): on names of ASCII
// letters (the common input; copydesk takes a fast path there, issue 13 asks ≥ 1×) and on the
// whole newsroom list (emoji, CJK, markup: the price of grapheme-correct initials).
import { readFileSync } from 'node:fs'
import { buildCommentThread, initials } from '../../dist/comments.js'

function forest(n) {
  let seed = 7
  const rand = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32
  const statuses = [
    'published',
    'published',
    'published',
    'published',
    'published',
    'published',
    'pending',
    'hidden',
    'spam',
    'deleted',
  ]
  const start = Date.UTC(2026, 10, 24)
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    articleId: 'art-1',
    ...(i > 0 && rand() > 0.3 ? { parentId: `c${Math.floor(rand() * i)}` } : {}),
    author: { id: `m${Math.floor(rand() * 500)}`, name: `Reader ${i % 500}`, email: `r${i % 500}@example.com` },
    html: `<p>Comment ${i}</p>`,
    createdAt: new Date(start + i * 1000).toISOString(),
    status: statuses[Math.floor(rand() * statuses.length)],
  }))
}

const comments = forest(10_000)

function naiveThread(list, parentId) {
  return list
    .filter((c) => c.parentId === parentId && c.status === 'published')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((c) => ({ ...c, replies: naiveThread(list, c.id) }))
}

function mapThread(list) {
  const children = new Map()
  for (const c of list) {
    if (c.status !== 'published') continue
    const key = c.parentId ?? ''
    let bucket = children.get(key)
    if (!bucket) children.set(key, (bucket = []))
    bucket.push(c)
  }
  const build = (key) =>
    (children.get(key) ?? [])
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((c) => ({ ...c, replies: build(c.id) }))
  return build('')
}

function ghostInitials(name) {
  if (!name) return ''
  const parts = name.split(' ')
  if (parts.length === 1) return parts[0].substring(0, 1).toLocaleUpperCase()
  return parts[0].substring(0, 1).toLocaleUpperCase() + parts[parts.length - 1].substring(0, 1).toLocaleUpperCase()
}

const names = [
  ...new Set(
    JSON.parse(readFileSync(new URL('../../examples/newsroom/comments.json', import.meta.url), 'utf8')).map(
      (c) => c.author.name,
    ),
  ),
].concat(['Ludwig van Beethoven', 'José Álvarez', '李小龙', 'Omar al-Rashid', 'ليلى حداد'])

const asciiNames = [
  'Maggie Thornbury',
  'Dev Raghunathan',
  'Harbor Reader',
  'Gus',
  'Rashida',
  'Anonymous',
  'Ludwig van Beethoven',
  'Omar Ali',
  'Mary Ann Evans',
  'Dr Ana Lima',
]

export const tasks = [
  {
    task: 'buildCommentThread (10k comments, anonymous)',
    copydesk: () => buildCommentThread(comments, { maxDepth: Number.POSITIVE_INFINITY }),
    peer: 'naive recursive filter O(n²)',
    peerFn: () => naiveThread(comments, undefined),
    goal: 10,
  },
  {
    task: 'buildCommentThread (10k comments, anonymous) vs linear',
    copydesk: () => buildCommentThread(comments, { maxDepth: Number.POSITIVE_INFINITY }),
    peer: 'hand-written Map groupBy',
    peerFn: () => mapThread(comments),
    goal: 1,
  },
  {
    task: `initials (${asciiNames.length} ASCII names)`,
    copydesk: () => asciiNames.map((n) => initials(n)),
    peer: 'Ghost getInitials (split+substring)',
    peerFn: () => asciiNames.map(ghostInitials),
    goal: 1,
  },
  {
    task: `initials (${names.length} newsroom names)`,
    copydesk: () => names.map((n) => initials(n)),
    peer: 'Ghost getInitials (split+substring)',
    peerFn: () => names.map(ghostInitials),
  },
]
