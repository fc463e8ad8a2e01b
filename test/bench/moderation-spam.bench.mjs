// The spam model in `npm run bench` (built dist/), beside a peer on the same input:
// - moderateComment with the default policy (default spam model on) on typical ~300-character
//   comments vs bad-words' isProfane on their text (goal ≥ 10×), and with the model off;
// - trainSpamModel on 2,000 comments (goal: under 1 s, i.e. ≥ 1 op/s) vs a hand-written
//   word-count naive Bayes over the same comments (split on spaces, no features, no checks);
// - the nesting curve: sanitizeCommentHtml on nested <div> at depth 12.5k, 25k, 50k and 100k
//   (deeper than 256 is flattened before sanitize-html), each vs sanitize-html itself at 12.5k as
//   a fixed reference (the ratio column shows the curve; sanitize-html alone took 0.4 / 2.7 /
//   11.8 s at 25k / 50k / 100k).
import { readFileSync } from 'node:fs'
import { Filter } from 'bad-words'
import sanitizeHtml from 'sanitize-html'
import { createModerationPolicy, moderateComment, sanitizeCommentHtml, trainSpamModel } from '../../dist/moderation.js'

const fixture = JSON.parse(readFileSync(new URL('../fixtures/moderation-spam.json', import.meta.url), 'utf8'))
const pool = [...fixture.ordinary, ...fixture.spam]
const comments = pool.map((_, start) => {
  let html = ''
  for (let k = start; sanitizeCommentHtml(html).text.length < 300; k++) html += pool[k % pool.length]
  return html
})
const texts = comments.map((html) => sanitizeCommentHtml(html).text)

// 2,000 labelled comments: the SMS Spam Collection's first 2,000 messages (test/data/spam).
const sms = readFileSync(new URL('../data/spam/sms-spam-collection.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t'))
  .slice(0, 2000)
  .map((line) => ({ text: line.slice(line.indexOf('\t') + 1), spam: line.startsWith('spam') }))

function naiveBayes(examples) {
  const counts = [new Map(), new Map()]
  for (const e of examples) {
    const c = counts[e.spam ? 1 : 0]
    for (const w of e.text.toLowerCase().split(' ')) c.set(w, (c.get(w) ?? 0) + 1)
  }
  return counts
}

const badWords = new Filter()
const rulesOnly = createModerationPolicy({ spamModel: null })
const counters = { a: 0, b: 0, c: 0, d: 0 }
const nth = (array, key) => array[counters[key]++ % array.length]
const nested = (depth) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`
const reference = nested(12_500)
// Warm both sides up (the JIT and the lazily built default term list and model), so the first row
// is not timed cold.
for (let i = 0; i < 3000; i++) {
  moderateComment({ html: comments[i % comments.length] })
  badWords.isProfane(texts[i % texts.length])
}

export const tasks = [
  {
    task: 'moderateComment with the default spam model (~300-char comments)',
    copydesk: () => moderateComment({ html: nth(comments, 'a') }),
    peer: 'bad-words isProfane',
    peerFn: () => badWords.isProfane(nth(texts, 'b')),
    goal: 10,
  },
  {
    task: 'moderateComment, spam model off (~300-char comments)',
    copydesk: () => moderateComment({ html: nth(comments, 'c') }, {}, rulesOnly),
    peer: 'bad-words isProfane',
    peerFn: () => badWords.isProfane(nth(texts, 'd')),
  },
  {
    task: 'trainSpamModel, 2,000 comments',
    copydesk: () => trainSpamModel(sms),
    peer: 'word-count naive Bayes',
    peerFn: () => naiveBayes(sms),
  },
  ...[12_500, 25_000, 50_000, 100_000].map((depth) => {
    const html = nested(depth)
    return {
      task: `sanitizeCommentHtml, <div> nested ${depth.toLocaleString('en-US')} deep`,
      copydesk: () => sanitizeCommentHtml(html),
      peer: 'sanitize-html, 12,500 deep',
      peerFn: () => sanitizeHtml(reference),
    }
  }),
]
