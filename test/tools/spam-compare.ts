// Measures the spam model (npm run train:spam -- --compare is not needed: run `npx tsx test/tools/spam-compare.ts`):
// naive Bayes (what copydesk ships) against logistic regression on the same hashed features, in
// 5-fold cross-validation on the SMS Spam Collection and cross-corpus (trained on SMS, tested on
// the YouTube Spam Collection when it was fetched; measurement only). Prints Markdown.
import { readFileSync } from 'node:fs'
import { featuresOf } from '../../src/moderation/_spamFeatures.js'
import { trainSpamModel } from '../../src/moderation/trainSpamModel.js'
import { smsSpamCollection, youtubeSpamCollection } from './spam-data.mjs'

type Example = { text: string; spam: boolean }
const BUCKETS = Number(process.env.BUCKETS ?? 16384)

function hashed(text: string): number[] {
  const set = new Set<number>()
  for (const h of featuresOf(text).hashes) set.add(h & (BUCKETS - 1))
  return [...set]
}

/** Logistic regression, SGD, L2, fixed order and epochs (deterministic). */
function trainLr(examples: Example[], epochs = 5, rate = 0.1, l2 = 1e-5): (text: string) => number {
  const w = new Float64Array(BUCKETS)
  let bias = 0
  const xs = examples.map((e) => hashed(e.text))
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = 0; i < examples.length; i++) {
      const x = xs[i] as number[]
      let z = bias
      for (const b of x) z += w[b] as number
      const p = 1 / (1 + Math.exp(-z))
      const g = p - ((examples[i] as Example).spam ? 1 : 0)
      bias -= rate * g
      for (const b of x) w[b] = (w[b] as number) * (1 - rate * l2) - rate * g
    }
  }
  return (text) => {
    let z = bias
    for (const b of hashed(text)) z += w[b] as number
    return 1 / (1 + Math.exp(-z))
  }
}

/** Multinomial naive Bayes on the same binary features (Laplace smoothing, unseen features skipped). */
function trainNb(examples: Example[]): (text: string) => number {
  const ham = new Uint32Array(BUCKETS)
  const spam = new Uint32Array(BUCKETS)
  const docs = new Float64Array(2)
  const totals = new Float64Array(2)
  for (const e of examples) {
    const c = e.spam ? 1 : 0
    docs[c] = (docs[c] as number) + 1
    const counts = e.spam ? spam : ham
    for (const b of hashed(e.text)) {
      counts[b] = (counts[b] as number) + 1
      totals[c] = (totals[c] as number) + 1
    }
  }
  const [hamDocs, spamDocs] = docs as unknown as [number, number]
  const [hamTotal, spamTotal] = totals as unknown as [number, number]
  return (text) => {
    let z = Math.log((spamDocs + 1) / (hamDocs + 1))
    for (const b of hashed(text)) {
      const h = ham[b] as number
      const s = spam[b] as number
      if (h + s === 0) continue
      z += Math.log((s + 1) / (spamTotal + BUCKETS)) - Math.log((h + 1) / (hamTotal + BUCKETS))
    }
    return 1 / (1 + Math.exp(-z))
  }
}

/** What copydesk ships: trainSpamModel. */
function trainShipped(examples: Example[]): (text: string) => number {
  const model = trainSpamModel(examples, { buckets: BUCKETS })
  return (text) => model.predict(text).probability
}

function rates(predict: (t: string) => number, test: Example[], threshold = 0.5): string {
  let tp = 0
  let fp = 0
  let spam = 0
  let ham = 0
  for (const e of test) {
    const yes = predict(e.text) >= threshold
    if (e.spam) {
      spam++
      if (yes) tp++
    } else {
      ham++
      if (yes) fp++
    }
  }
  return `${((tp / spam) * 100).toFixed(1)} % spam caught, ${((fp / ham) * 100).toFixed(1)} % ordinary flagged`
}

const sms = smsSpamCollection()
const headlines = (
  JSON.parse(readFileSync(new URL('../fixtures/headlines-1000.json', import.meta.url), 'utf8')) as { title: string }[]
).map((h) => ({ text: h.title, spam: false }))
console.log(`buckets ${BUCKETS}`)
for (const [name, train] of [
  ['naive Bayes', trainNb],
  ['logistic regression', trainLr],
  ['copydesk (trainSpamModel)', trainShipped],
] as const) {
  const folds: string[] = []
  let time = 0
  for (let k = 0; k < 5; k++) {
    const tr = sms.filter((_, i) => i % 5 !== k)
    const te = sms.filter((_, i) => i % 5 === k)
    const t0 = performance.now()
    const p = train(tr)
    time += performance.now() - t0
    folds.push(rates(p, te))
  }
  console.log(
    `| ${name} | SMS → 1,000 headlines (ordinary) | ${rates(train(sms), [...headlines, { text: 'x', spam: true }])} |`,
  )
  console.log(`| ${name} | SMS 5-fold | ${folds[0]} (fold 1) | train ${(time / 5).toFixed(0)} ms |`)
  const yt = process.env.YT === '1' ? youtubeSpamCollection() : undefined
  if (yt !== undefined) {
    const p = train(sms)
    console.log(`| ${name} | SMS → YouTube | ${rates(p, yt)} |`)
    const byVideo = yt.filter((e) => e.video !== 'Youtube05-Shakira')
    const q = train(byVideo)
    console.log(`| ${name} | YouTube (4 videos) → SMS | ${rates(q, sms)} |`)
  }
}
