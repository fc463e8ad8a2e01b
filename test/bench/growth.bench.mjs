// Growth curves (issue 17): every copydesk function that takes a list or a body, timed at four
// input sizes n, 2n, 4n, 8n on the built package (dist/). A linear function takes about 2× the time
// when its input doubles; the goal is ≤ 2.5× at each step (head-room for cache effects and GC).
// Printed by `npm run bench` as its own table, never asserted (benchmarks are not tests).
//
// Each row: `make(n)` builds the input outside the timing, `run(input)` is the timed call.
// run.mjs times each size as the median of repeated calls (at least 5 and ≥ 200 ms of calls), in
// three interleaved rounds, keeping the fastest median of each size.
import {
  applySubscriptionEvent,
  buildCommentThread,
  commentCount,
  countWords,
  createConfirmationToken,
  createRelatedIndex,
  createSubscription,
  createTermList,
  excerpt,
  fromGhostPost,
  fromWordPressPost,
  htmlToText,
  initials,
  moderateComment,
  normalizeForMatching,
  parseArticle,
  readingTime,
  relatedStories,
  safeParseArticle,
  sanitizeCommentHtml,
  slugify,
  toJsonFeed,
  toJsonLd,
  toMetaTags,
  toMoreLikeThisQuery,
  toRssFeed,
  toTeaser,
  uniqueSlug,
} from '../../dist/index.js'

const NOW = new Date('2026-03-01T12:00:00Z')
const WORDS = 'the harbor master said the tide and the wind arrived at the same time which we plan for'.split(' ')

/** About `bytes` of paragraphs of plain prose. */
const prose = (bytes) => {
  const sentence = `<p>${WORDS.join(' ')}.</p>`
  return sentence.repeat(Math.ceil(bytes / sentence.length))
}
/** `depth` nested `<div>`s around a word. */
const nested = (depth) => `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`

const article = (i, html = '<p>The tide rose fast.</p>') => ({
  id: `art-${i}`,
  slug: `story-${i}`,
  title: `Story ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`,
  html,
  authors: [{ id: 'au-1', name: 'Ann Lee', slug: 'ann-lee' }],
  tags: [{ name: 'Weather', slug: 'weather', visibility: 'public' }],
  status: 'published',
  access: 'public',
  publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  commentsEnabled: true,
})
const comment = (i) => ({
  id: `c-${i}`,
  articleId: 'art-1',
  ...(i % 3 === 0 || i === 0 ? {} : { parentId: `c-${i - 1}` }),
  author: { id: `m-${i % 50}`, name: `Reader ${i % 50}` },
  html: '<p>Thanks for the update.</p>',
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  status: 'published',
})
const newsletters = (n) => Array.from({ length: n }, (_, i) => `letter-${i}`)
const relatedDoc = (i) => ({
  id: `r-${i}`,
  title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 5) % WORDS.length]} report ${i % 97}`,
  tags: [`t${i % 40}`],
  publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
})
const ghost = (html) => ({
  id: '6745b2d0f1e2d30001a4b803',
  title: 'Ferry resumes',
  slug: 'ferry-resumes',
  html,
  status: 'published',
  visibility: 'public',
  published_at: '2026-11-21T16:55:00.000+00:00',
  tags: [],
  authors: [{ id: 'a1', name: 'Omar Ali', slug: 'omar' }],
})
const wordpress = (html) => ({
  id: 1351,
  date_gmt: '2026-11-24T13:00:00',
  slug: 'board-minutes',
  status: 'publish',
  title: { rendered: 'Board minutes' },
  content: { rendered: html, protected: false },
  excerpt: { rendered: '', protected: false },
  _embedded: { author: [{ id: 3, name: 'Lena Ruiz', slug: 'lena' }] },
})
const KB = 1024
const FEED = { title: 'The Harbor Ledger', homePageUrl: 'https://example.com' }
const SECRET = 'growth-bench-secret-0123456789abcdef'

/** @type {{ row: string, unit: string, base: number, make: (n: number) => unknown, run: (input: any) => unknown }[]} */
export const growth = [
  // bodies
  { row: 'htmlToText, prose', unit: 'KB', base: 64, make: (n) => prose(n * KB), run: (h) => htmlToText(h) },
  { row: 'htmlToText, nested tags', unit: 'depth', base: 12_500, make: nested, run: (h) => htmlToText(h) },
  { row: 'excerpt, prose', unit: 'KB', base: 64, make: (n) => prose(n * KB), run: (h) => excerpt(h) },
  { row: 'excerpt, nested tags', unit: 'depth', base: 12_500, make: nested, run: (h) => excerpt(h) },
  { row: 'countWords, prose', unit: 'KB', base: 64, make: (n) => prose(n * KB), run: (h) => countWords(h) },
  { row: 'readingTime, prose', unit: 'KB', base: 64, make: (n) => prose(n * KB), run: (h) => readingTime(h) },
  {
    row: 'slugify, long title',
    unit: 'KB',
    base: 16,
    make: (n) => 'Storm Surge '.repeat((n * KB) / 12),
    run: (s) => slugify(s),
  },
  {
    row: 'initials, long name',
    unit: 'KB',
    base: 16,
    make: (n) => 'Ann Lee '.repeat((n * KB) / 8),
    run: (s) => initials(s),
  },
  {
    row: 'normalizeForMatching',
    unit: 'KB',
    base: 32,
    make: (n) => 'Fr€€ m0ney n0w '.repeat((n * KB) / 15),
    run: (s) => normalizeForMatching(s),
  },
  {
    row: 'sanitizeCommentHtml, prose',
    unit: 'KB',
    base: 16,
    make: (n) => prose(n * KB),
    run: (h) => sanitizeCommentHtml(h),
  },
  {
    row: 'sanitizeCommentHtml, nested tags',
    unit: 'depth',
    base: 3_125,
    make: nested,
    run: (h) => sanitizeCommentHtml(h),
  },
  {
    row: 'moderateComment, body',
    unit: 'KB',
    base: 8,
    make: (n) => ({ ...comment(1), html: prose(n * KB) }),
    run: (c) => moderateComment(c, { now: NOW }),
  },
  {
    row: 'moderateComment, nested tags',
    unit: 'depth',
    base: 3_125,
    make: (n) => ({ ...comment(1), html: nested(n) }),
    run: (c) => moderateComment(c, { now: NOW }),
  },
  {
    row: 'moderateComment, history',
    unit: 'items',
    base: 50,
    make: (n) => ({
      c: comment(1),
      history: Array.from({ length: n }, (_, i) => ({
        html: `<p>Earlier ${i}.</p>`,
        createdAt: '2026-01-01T00:00:00Z',
      })),
    }),
    run: ({ c, history }) => moderateComment(c, { now: NOW, history }),
  },
  {
    row: 'createTermList().match, body',
    unit: 'KB',
    base: 32,
    make: (n) => ({
      list: createTermList([{ term: 'darn', category: 'profanity', severity: 2, action: 'hold' }]),
      text: 'what the darn heck '.repeat((n * KB) / 19),
    }),
    run: ({ list, text }) => list.match(text),
  },
  { row: 'toTeaser, body', unit: 'KB', base: 64, make: (n) => article(1, prose(n * KB)), run: (a) => toTeaser(a) },
  { row: 'toJsonLd, body', unit: 'KB', base: 64, make: (n) => article(1, prose(n * KB)), run: (a) => toJsonLd(a) },
  {
    row: 'toMetaTags, body',
    unit: 'KB',
    base: 64,
    make: (n) => article(1, prose(n * KB)),
    run: (a) => toMetaTags(a, { baseUrl: 'https://example.com' }),
  },
  { row: 'fromGhostPost, body', unit: 'KB', base: 64, make: (n) => ghost(prose(n * KB)), run: (p) => fromGhostPost(p) },
  {
    row: 'fromWordPressPost, body',
    unit: 'KB',
    base: 64,
    make: (n) => wordpress(prose(n * KB)),
    run: (p) => fromWordPressPost(p),
  },
  {
    row: 'toMoreLikeThisQuery, body',
    unit: 'KB',
    base: 16,
    make: (n) => ({ id: 'x', title: 'Storm', html: prose(n * KB) }),
    run: (d) => toMoreLikeThisQuery(d),
  },
  // lists
  {
    row: 'buildCommentThread',
    unit: 'comments',
    base: 2_500,
    make: (n) => Array.from({ length: n }, (_, i) => comment(i)),
    run: (cs) => buildCommentThread(cs),
  },
  {
    row: 'commentCount',
    unit: 'comments',
    base: 2_500,
    make: (n) => Array.from({ length: n }, (_, i) => comment(i)),
    run: (cs) => commentCount(cs),
  },
  {
    row: 'uniqueSlug, taken list',
    unit: 'slugs',
    base: 12_500,
    make: (n) => ['storm', ...Array.from({ length: n }, (_, i) => `storm-${i + 2}`)],
    run: (taken) => uniqueSlug('storm', taken),
  },
  {
    row: 'parseArticle, authors',
    unit: 'authors',
    base: 1_250,
    make: (n) => ({
      ...article(1),
      authors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `A ${i}`, slug: `a-${i}` })),
    }),
    run: (a) => parseArticle(a),
  },
  {
    row: 'safeParseArticle, bad authors',
    unit: 'authors',
    base: 1_250,
    make: (n) => ({ ...article(1), authors: new Array(n).fill(1) }),
    run: (a) => safeParseArticle(a),
  },
  {
    row: 'toJsonFeed',
    unit: 'articles',
    base: 250,
    make: (n) => Array.from({ length: n }, (_, i) => article(i)),
    run: (as) => toJsonFeed(as, FEED, { limit: as.length }),
  },
  {
    row: 'toRssFeed',
    unit: 'articles',
    base: 250,
    make: (n) => Array.from({ length: n }, (_, i) => article(i)),
    run: (as) => toRssFeed(as, FEED, { limit: as.length }),
  },
  {
    row: 'createSubscription, newsletters',
    unit: 'items',
    base: 1_250,
    make: newsletters,
    run: (ns) => createSubscription('ana@example.com', { newsletters: ns, now: NOW }),
  },
  {
    row: 'createConfirmationToken, newsletters',
    unit: 'items',
    base: 1_250,
    make: newsletters,
    run: (ns) => createConfirmationToken({ email: 'ana@example.com', newsletters: ns }, SECRET, { now: NOW }),
  },
  {
    row: 'applySubscriptionEvent, newsletters',
    unit: 'items',
    base: 1_250,
    make: (n) => ({
      email: 'ana@example.com',
      status: 'pending_confirmation',
      newsletters: newsletters(n),
      createdAt: '2026-03-01T08:00:00Z',
      history: [],
    }),
    run: (s) => applySubscriptionEvent(s, 'confirmed', { now: NOW }),
  },
  {
    row: 'createRelatedIndex().addAll',
    unit: 'docs',
    base: 1_000,
    make: (n) => Array.from({ length: n }, (_, i) => relatedDoc(i)),
    run: (docs) => createRelatedIndex().addAll(docs),
  },
  {
    row: 'relatedStories, candidates',
    unit: 'docs',
    base: 1_000,
    make: (n) => Array.from({ length: n }, (_, i) => relatedDoc(i)),
    run: (docs) => relatedStories(docs[0], docs),
  },
]
