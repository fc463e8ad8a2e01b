// The newsroom learns: a moderator's decisions train the spam model, the model is saved as JSON,
// and the next verdicts use it. Run: npm run build && npx tsx examples/moderation-learning.ts
import {
  createModerationPolicy,
  defaultSpamModel,
  loadSpamModel,
  moderateComment,
  trainSpamModel,
  type SpamExample,
} from 'copydesk/moderation'

// 1. Last week's decisions: what the moderators published and what they marked as spam.
const decisions: SpamExample[] = [
  { html: '<p>Great piece on the harbour plan, thanks.</p>', spam: false },
  { html: '<p>The council should publish the tender documents.</p>', spam: false },
  { html: '<p>I grew up on that street; the photos brought it all back.</p>', spam: false },
  { html: '<p>Check out my channel for the full story, subscribe!</p>', spam: true },
  { html: '<p>Best prices on harbour views, visit my page: views-4-you.example</p>', spam: true },
  { html: '<p>Message me on WhatsApp for an investment that pays every day</p>', spam: true },
]

// 2. Start from copydesk's default model and add the site's own decisions.
const model = trainSpamModel(decisions, { from: defaultSpamModel() })
console.log('examples learned:', model.examples)

// 3. Save it (any store: a file, a KV, a database column) and read it back later.
const saved = JSON.stringify(model)
console.log(`saved model: ${(saved.length / 1024).toFixed(1)} kB of JSON`)
const policy = createModerationPolicy({ spamModel: loadSpamModel(saved) })

// 4. Today's comments, judged with the site's model; every spam-model reason names its features.
const today = [
  '<p>New video on my channel about the harbour, check it out and subscribe</p>',
  '<p>Does anyone know when the tender documents will be published?</p>',
]
for (const html of today) {
  const verdict = moderateComment({ html }, {}, policy)
  const learned = verdict.reasons.find((r) => r.code === 'spam-model')
  console.log(`${verdict.action.padEnd(7)} score ${String(verdict.score).padStart(5)}  ${verdict.text}`)
  for (const r of verdict.reasons) console.log(`          ${r.code}: ${r.message}`)
  if (learned?.features !== undefined)
    console.log(`          features: ${learned.features.map((f) => `${f.feature} (+${f.weight})`).join(', ')}`)
}

// 5. A moderator overrules a verdict: one more decision, learned on the spot.
model.learn({ html: today[1] as string, spam: false })
console.log('after one more decision:', model.examples)
