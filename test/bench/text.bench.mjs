// copydesk/text against what a site would otherwise use, on the same ~12 KB HTML article (the
// sample newsroom's long feature art-008 followed by art-001, markers removed so no one stops
// early at <!--more-->, cut to whole paragraphs at ~12 KB):
// - a 50-word excerpt vs `downsize` (Ghost's truncator, `{ words: 50 }`), `truncate-html` with
//   `stripTags` (a plain-text excerpt, as a teaser needs) and a naive regex strip + split;
// - readingTime vs the `reading-time` package, which is handed the article already stripped of tags
//   (naively, outside the timed function) because it does not read HTML;
// - the pathological inputs of issue 4 (100k nested tags, 1 MB of `&`, 1 MB single word) against the
//   same naive strip + split, to show they stay linear; 100k nested attribute-less tags has goal ≥ 1×
//   (issue 13.6: a run of `<name>`/`</name>` tags of inline or plain block elements is read by one
//   tight loop in the HTML walker).
import { readFileSync } from 'node:fs'
import downsize from 'downsize'
import readingTimePackage from 'reading-time'
import truncateHtml from 'truncate-html'
import { excerpt, readingTime } from '../../dist/text.js'

const articles = JSON.parse(readFileSync(new URL('../../examples/newsroom/articles.json', import.meta.url), 'utf8'))
const body = (id) => articles.find((a) => a.id === id).html.replace(/<!--\s*(more|members-only)\s*-->/g, '')
const paragraphs = `${body('art-008')}${body('art-001')}`.split(/(?<=<\/(?:p|h2|figure|blockquote|ul)>)/)
let html = ''
for (const p of paragraphs) {
  if (html.length + p.length > 12_288) break
  html += p
}
export const article = html

// The naive peer is the regex a site would write; it is quadratic on `<<<…` (which is the point).
const naiveExcerpt = (h) =>
  h
    // eslint-disable-next-line regexp/no-super-linear-move -- the naive peer being measured
    .replace(/<[^>]+>/g, '')
    .split(/\s+/)
    .slice(0, 50)
    .join(' ')
// eslint-disable-next-line regexp/no-super-linear-move -- the peer's input, built outside timing
const stripped = html.replace(/<[^>]+>/g, ' ')

const nested = `${'<div><span>'.repeat(50_000)}deep text here${'</span></div>'.repeat(50_000)}`
// The same depth with a class on every tag: the general path (tags with attributes).
const nestedAttributes = `${'<div class="a"><span class="b">'.repeat(50_000)}deep text here${'</span></div>'.repeat(50_000)}`
const ampersands = '&'.repeat(1 << 20)
const oneWord = `<p>${'x'.repeat(1 << 20)}</p>`

export const tasks = [
  {
    task: 'excerpt 50 words, 12 KB HTML',
    copydesk: () => excerpt(html, { maxWords: 50 }),
    peer: 'downsize',
    peerFn: () => downsize(html, { words: 50 }),
    goal: 4,
  },
  {
    task: 'excerpt 50 words, 12 KB HTML',
    copydesk: () => excerpt(html, { maxWords: 50 }),
    peer: 'truncate-html stripTags',
    peerFn: () => truncateHtml(html, 50, { byWords: true, stripTags: true, ellipsis: '…' }),
    goal: 40,
  },
  {
    task: 'excerpt 50 words, 12 KB HTML',
    copydesk: () => excerpt(html, { maxWords: 50 }),
    peer: 'naive regex strip + split',
    peerFn: () => naiveExcerpt(html),
    goal: 1,
  },
  {
    task: 'excerpt 300 chars, 12 KB HTML',
    copydesk: () => excerpt(html, { maxChars: 300 }),
    peer: 'downsize',
    peerFn: () => downsize(html, { characters: 300 }),
  },
  {
    task: 'excerpt 2 sentences, 12 KB HTML',
    copydesk: () => excerpt(html, { maxSentences: 2 }),
    peer: 'naive regex strip + split',
    peerFn: () => naiveExcerpt(html),
  },
  {
    task: 'readingTime, 12 KB HTML',
    copydesk: () => readingTime(html),
    peer: 'reading-time (pre-stripped text)',
    peerFn: () => readingTimePackage(stripped),
    goal: 5,
  },
  {
    task: 'excerpt, 100k nested tags',
    copydesk: () => excerpt(nested, { maxWords: 50 }),
    peer: 'naive regex strip + split',
    peerFn: () => naiveExcerpt(nested),
    goal: 1,
  },
  {
    task: 'excerpt, 100k nested tags with attributes',
    copydesk: () => excerpt(nestedAttributes, { maxWords: 50 }),
    peer: 'naive regex strip + split',
    peerFn: () => naiveExcerpt(nestedAttributes),
  },
  {
    task: 'excerpt, 1 MB of &',
    copydesk: () => excerpt(ampersands, { maxWords: 50 }),
    peer: 'naive regex strip + split',
    peerFn: () => naiveExcerpt(ampersands),
  },
  {
    task: 'excerpt, 1 MB single word',
    copydesk: () => excerpt(oneWord, { maxChars: 300 }),
    peer: 'naive regex strip + split',
    peerFn: () => naiveExcerpt(oneWord),
  },
]
