#!/usr/bin/env node
// Spam catch rates of copydesk/moderation (built dist/) on public corpora nobody on the project
// wrote, printed as Markdown (docs/moderation.md, "Spam"):
//   1. the default policy (no site data) on the YouTube Spam Collection: spam held or rejected,
//      ordinary comments held, and ordinary comments held for a reason other than a listed term;
//   2. after learning from the site's own decisions: for each video, a policy whose model is the
//      default one plus the other four videos' labels (trainSpamModel(..., { from })), judging
//      that video ("train on other articles' comments, judge a new article's");
//   3. the default policy on the held-out fifth of the ScamSpot Instagram comments (the dev set);
//   4. cross-corpus, the model alone (p > 0.5), between SMS, ScamSpot Instagram and YouTube.
// The YouTube Spam Collection is read for measurement only, never to train or tune the default
// model or rules. It is not committed: see test/data/spam/README.md to fetch it into
// test/data/spam/.cache/. Without it, this prints the SMS rows only.
//
//   npm run build && node test/bench/moderation-spam-rates.mjs
import { existsSync, readFileSync } from 'node:fs'
import { createModerationPolicy, defaultSpamModel, moderateComment, trainSpamModel } from '../../dist/moderation.js'

const dir = new URL('../data/spam/', import.meta.url)
const sms = []
for (const line of readFileSync(new URL('sms-spam-collection.tsv', dir), 'utf8').split('\n')) {
  const tab = line.indexOf('\t')
  if (tab === -1) continue
  sms.push({
    text: line
      .slice(tab + 1)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
    spam: line.startsWith('spam'),
  })
}

function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.length > 1 || row[0] !== '') rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

const videos = ['Youtube01-Psy', 'Youtube02-KatyPerry', 'Youtube03-LMFAO', 'Youtube04-Eminem', 'Youtube05-Shakira']
let youtube
if (videos.every((v) => existsSync(new URL(`.cache/${v}.csv`, dir)))) {
  youtube = []
  for (const video of videos) {
    for (const row of parseCsv(readFileSync(new URL(`.cache/${video}.csv`, dir), 'utf8')).slice(1)) {
      if (row.length >= 5) youtube.push({ video, text: row[3], spam: row[4].trim() === '1' })
    }
  }
}

// ScamSpot Instagram comments (MIT): the held-out fifth (by the FNV-1a hash of the text, as
// test/tools/spam-data.ts splits it) is the dev set; the rest trains the default model.
const fnv = (t) => {
  let h = 0x811c9dc5
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
const instagram = readFileSync(new URL('instagram-scamspot.tsv', dir), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t'))
  .map((line) => ({ text: line.slice(line.indexOf('\t') + 1), spam: line.startsWith('spam') }))
const instagramDev = instagram.filter((e) => fnv(e.text) % 5 === 0)

const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const pct = (n, d) => `${((n / d) * 100).toFixed(1)} %`

function verdictRates(examples, policy) {
  let spam = 0
  let held = 0
  let ham = 0
  let hamHeld = 0
  let hamHeldNotTerm = 0
  const reasons = new Map()
  for (const e of examples) {
    const v = moderateComment({ html: `<p>${escapeHtml(e.text)}</p>` }, { now: 0 }, policy)
    const stopped = v.action !== 'approve'
    if (e.spam) {
      spam++
      if (stopped) held++
    } else {
      ham++
      if (stopped) {
        hamHeld++
        const withoutTerms = v.reasons.filter((r) => r.code !== 'term').reduce((s, r) => s + r.weight, 0)
        if (withoutTerms >= policy.thresholds.hold) hamHeldNotTerm++
        for (const r of v.reasons) reasons.set(r.code, (reasons.get(r.code) ?? 0) + 1)
      }
    }
  }
  return { spam, held, ham, hamHeld, hamHeldNotTerm, reasons }
}

const row = (label, r) =>
  `| ${label} | ${r.held}/${r.spam} (${pct(r.held, r.spam)}) | ${r.hamHeld}/${r.ham} (${pct(r.hamHeld, r.ham)}) | ${r.hamHeldNotTerm}/${r.ham} (${pct(r.hamHeldNotTerm, r.ham)}) |`

console.log('| Setting | Spam held or rejected | Ordinary held | Ordinary held, not for a listed term |')
console.log('| --- | ---: | ---: | ---: |')
const defaultPolicy = createModerationPolicy()
if (youtube !== undefined) {
  const r = verdictRates(youtube, defaultPolicy)
  console.log(row('YouTube Spam Collection, default policy (no site data)', r))
  console.log(row('… rules only (spamModel: null)', verdictRates(youtube, createModerationPolicy({ spamModel: null }))))
  const total = { spam: 0, held: 0, ham: 0, hamHeld: 0, hamHeldNotTerm: 0 }
  for (const video of videos) {
    const model = trainSpamModel(
      youtube.filter((e) => e.video !== video),
      { from: defaultSpamModel() },
    )
    const fold = verdictRates(
      youtube.filter((e) => e.video === video),
      createModerationPolicy({ spamModel: model }),
    )
    for (const k of Object.keys(total)) total[k] += fold[k]
    console.log(row(`… learned from the other 4 videos, judging ${video.slice(10)}`, fold))
  }
  console.log(row('… learned from the other 4 videos, all 5 folds', total))
  const fresh = { spam: 0, held: 0, ham: 0, hamHeld: 0, hamHeldNotTerm: 0 }
  for (const video of videos) {
    const model = trainSpamModel(youtube.filter((e) => e.video !== video))
    const fold = verdictRates(
      youtube.filter((e) => e.video === video),
      createModerationPolicy({ spamModel: model }),
    )
    for (const k of Object.keys(fresh)) fresh[k] += fold[k]
  }
  console.log(row('… learned from the other 4 videos only (no `from`), all 5 folds', fresh))
  if (process.argv.includes('--reasons')) console.error('ordinary held, by reason:', Object.fromEntries(r.reasons))
}
console.log(row('ScamSpot Instagram, held-out fifth, default policy', verdictRates(instagramDev, defaultPolicy)))
const smsRates = verdictRates(sms, defaultPolicy)
console.log(row('SMS Spam Collection, default policy (in-sample for the model)', smsRates))

console.log('\n| Model alone (p > 0.5) | Spam caught | Ordinary flagged |')
console.log('| --- | ---: | ---: |')
function modelRates(model, examples) {
  let s = 0
  let c = 0
  let h = 0
  let f = 0
  for (const e of examples) {
    const yes = model.predict(e.text).probability > 0.5
    if (e.spam) {
      s++
      if (yes) c++
    } else {
      h++
      if (yes) f++
    }
  }
  return `${c}/${s} (${pct(c, s)}) | ${f}/${h} (${pct(f, h)})`
}
const smsOnly = trainSpamModel(sms)
const instagramOnly = trainSpamModel(instagram)
console.log(`| default model → ScamSpot Instagram held-out fifth | ${modelRates(defaultSpamModel(), instagramDev)} |`)
console.log(`| trained on SMS → ScamSpot Instagram (all) | ${modelRates(smsOnly, instagram)} |`)
console.log(`| trained on ScamSpot Instagram → SMS | ${modelRates(instagramOnly, sms)} |`)
if (youtube !== undefined) {
  console.log(`| default model (SMS + Instagram + fixtures) → YouTube | ${modelRates(defaultSpamModel(), youtube)} |`)
  console.log(`| trained on SMS → YouTube | ${modelRates(smsOnly, youtube)} |`)
  console.log(`| trained on ScamSpot Instagram → YouTube | ${modelRates(instagramOnly, youtube)} |`)
  console.log(`| trained on YouTube → SMS | ${modelRates(trainSpamModel(youtube), sms)} |`)
  console.log(`| trained on YouTube → ScamSpot Instagram | ${modelRates(trainSpamModel(youtube), instagram)} |`)
}
const half = (k) => sms.filter((_, i) => i % 2 === k)
console.log(`| SMS, trained on even lines → odd lines | ${modelRates(trainSpamModel(half(0)), half(1))} |`)
