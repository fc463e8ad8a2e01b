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
import { createModerationPolicy, defaultSpamModel, moderateComment, trainSpamModel } from '../../dist/moderation.js'
import { YOUTUBE_VIDEOS, instagramScamSpot, smsSpamCollection, youtubeSpamCollection } from '../tools/spam-data.mjs'

// The corpora and the Instagram dev split come from the same loader as the training script.
const sms = smsSpamCollection()
const videos = YOUTUBE_VIDEOS
const youtube = youtubeSpamCollection()
// ScamSpot Instagram comments (MIT): the held-out fifth is the dev set; the rest trains the default model.
const instagram = instagramScamSpot()
const instagramDev = instagramScamSpot('dev')

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
