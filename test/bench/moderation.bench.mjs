// copydesk/moderation against the npm packages a site would otherwise pick, same inputs for both:
// - moderateComment (sanitize + normalize + every rule) on typical ~300-character comments (built
//   from the fixture's ordinary and spam comments, one per call, same rotation for both sides) vs
//   bad-words' isProfane on the same comments' text (it checks words only; goal ≥ 10×);
// - term matching: copydesk's default list (englishTerms + allowlist) vs obscenity's RegExpMatcher
//   built from the same terms (each as a `|term|`/`|term`/`term|` pattern by its boundary) with
//   obscenity's recommended English transformers, `hasMatch` vs `test` (goal ≥ 1×);
// - moderateComment and term matching on 10 KB, 100 KB and 1 MB of comment text (the fixture's
//   comments repeated), to show the curve stays linear.
import { readFileSync } from 'node:fs'
import { Filter } from 'bad-words'
import { DataSet, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity'
import {
  defaultTermList,
  englishTerms,
  moderateComment,
  sanitizeCommentHtml,
  scunthorpeAllowlist,
} from '../../dist/moderation.js'

// Typical ~300-character comments: consecutive fixture comments (ordinary and spam, as HTML
// paragraphs) joined until the text reaches 300 characters; 90 of them, every fixture comment used.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/moderation-spam.json', import.meta.url), 'utf8'))
const pool = [...fixture.ordinary, ...fixture.spam]
const comments = pool.map((_, start) => {
  let html = ''
  for (let k = start; sanitizeCommentHtml(html).text.length < 300; k++) html += pool[k % pool.length]
  return html
})
const texts = comments.map((html) => sanitizeCommentHtml(html).text)
export const averageLength = Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length)

const escape = (term) => term.replace(/[?[\]|\\]/g, (c) => `\\${c}`)
const dataset = new DataSet()
for (const entry of englishTerms) {
  const boundary = entry.boundary ?? 'word'
  const raw = `${boundary === 'word' || boundary === 'start' ? '|' : ''}${escape(entry.term)}${boundary === 'word' || boundary === 'end' ? '|' : ''}`
  dataset.addPhrase((phrase) => {
    let p = phrase.setMetadata({ term: entry.term }).addPattern(parseRawPattern(raw))
    for (const allowed of scunthorpeAllowlist)
      if (allowed.toLowerCase().includes(entry.term)) p = p.addWhitelistedTerm(allowed.toLowerCase())
    return p
  })
}
const obscenity = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers })
const badWords = new Filter()
const list = defaultTermList()

// Each side has its own counters, so both see the same sequence of comments.
const counters = { a: 0, b: 0, c: 0, d: 0 }
const nth = (array, key) => array[counters[key]++ % array.length]

const sized = (bytes) => {
  let out = ''
  for (let k = 0; out.length < bytes; k++) out += `${texts[k % texts.length]} `
  return out.slice(0, bytes)
}
const text10k = sized(10_240)
const text100k = sized(102_400)
const text1m = sized(1_048_576)
// The same text as comment HTML, one paragraph per fixture comment.
const asHtml = (text) => `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`
const html10k = asHtml(text10k)
const html100k = asHtml(text100k)
const html1m = asHtml(text1m)

export const tasks = [
  {
    task: 'moderateComment (typical ~300-char comments)',
    copydesk: () => moderateComment({ html: nth(comments, 'a') }),
    peer: 'bad-words isProfane',
    peerFn: () => badWords.isProfane(nth(texts, 'b')),
    goal: 10,
  },
  {
    task: 'term matching, same list (typical comments)',
    copydesk: () => list.test(nth(texts, 'c')),
    peer: 'obscenity hasMatch',
    peerFn: () => obscenity.hasMatch(nth(texts, 'd')),
    goal: 1,
  },
  {
    task: 'moderateComment, 10 KB comment',
    copydesk: () => moderateComment({ html: html10k }),
    peer: 'bad-words isProfane',
    peerFn: () => badWords.isProfane(text10k),
  },
  {
    task: 'moderateComment, 100 KB comment',
    copydesk: () => moderateComment({ html: html100k }),
    peer: 'bad-words isProfane',
    peerFn: () => badWords.isProfane(text100k),
  },
  {
    task: 'moderateComment, 1 MB comment',
    copydesk: () => moderateComment({ html: html1m }),
    peer: 'bad-words isProfane',
    peerFn: () => badWords.isProfane(text1m),
  },
  {
    task: 'term matching, same list, 10 KB',
    copydesk: () => list.test(text10k),
    peer: 'obscenity hasMatch',
    peerFn: () => obscenity.hasMatch(text10k),
  },
  {
    task: 'term matching, same list, 100 KB',
    copydesk: () => list.test(text100k),
    peer: 'obscenity hasMatch',
    peerFn: () => obscenity.hasMatch(text100k),
  },
  {
    task: 'term matching, same list, 1 MB',
    copydesk: () => list.test(text1m),
    peer: 'obscenity hasMatch',
    peerFn: () => obscenity.hasMatch(text1m),
  },
]
