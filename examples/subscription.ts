// Subscribers with copydesk/subscription: email checks, double opt-in tokens, the lifecycle table.
// (The form side, wired to fetch and a server, is in examples/subscribe-form.ts.)
// Run: npm run build && npx tsx examples/subscription.ts
import { readFileSync } from 'node:fs'
import { parseSubscription } from 'copydesk/schema'
import {
  applySubscriptionEvent,
  createConfirmationToken,
  createSubscription,
  isCopydeskError,
  EMAIL_REJECTION_MESSAGES,
  safeParseEmail,
  SUBSCRIPTION_TRANSITIONS,
  verifyConfirmationToken,
} from 'copydesk/subscription'

// 1. Addresses from a subscribe box: normalized, or refused with a reason you can show.
for (const input of [
  ' Reader@Example.COM ',
  'ana@例子.广告',
  '用户@例子.广告',
  'Ana <ana@example.com>',
  'a@x.com\r\nBcc: all@x.com',
  'ana@mailinator.com',
]) {
  // safeParseEmail never throws for the address; parseEmail returns the string or throws.
  const result = safeParseEmail(input, { rejectDisposable: true })
  const reason = result.success ? undefined : (result.error.reason as keyof typeof EMAIL_REJECTION_MESSAGES)
  console.log(
    `${JSON.stringify(input).padEnd(30)} → ${reason === undefined ? result.success && result.data : `${reason}: ${EMAIL_REJECTION_MESSAGES[reason]}`}`,
  )
}

// 2. One subscriber's whole life, with the honest steps in between.
const secret = 'example-only-secret-use-32-random-bytes!'
// `now` takes a Date, epoch milliseconds or an ISO 8601 string everywhere in copydesk.
const at = (iso: string) => ({ now: iso })
let sub = createSubscription('omar@example.com', {
  newsletters: ['morning-briefing'],
  source: 'article-footer',
  ...at('2026-11-24T08:00:00Z'),
})
const token = await createConfirmationToken(
  { email: sub.email, newsletters: sub.newsletters },
  secret,
  at('2026-11-24T08:00:00Z'),
)
console.log(`\nrequested: ${sub.status}; the link carries a ${token.length}-character token`)
const late = await verifyConfirmationToken(token, secret, at('2026-11-26T08:00:00Z'))
console.log('clicked two days later:', late.success ? 'ok' : late.error.reason)
const again = await createConfirmationToken(
  { email: sub.email, newsletters: sub.newsletters },
  secret,
  at('2026-11-26T08:01:00Z'),
)
sub = applySubscriptionEvent(sub, 'requested', at('2026-11-26T08:01:00Z'))
if ((await verifyConfirmationToken(again, secret, at('2026-11-26T08:05:00Z'))).success)
  sub = applySubscriptionEvent(sub, 'confirmed', at('2026-11-26T08:05:00Z'))
sub = applySubscriptionEvent(
  sub,
  { type: 'newslettersChanged', newsletters: ['morning-briefing', 'climate-weekly'] },
  at('2026-12-01T09:00:00Z'),
)
sub = applySubscriptionEvent(sub, 'unsubscribed', at('2026-12-20T18:30:00Z'))
try {
  applySubscriptionEvent(sub, 'confirmed', at('2026-12-21T07:00:00Z')) // an old confirmation link
} catch (error) {
  if (isCopydeskError(error)) console.log(`\n${error.code}: ${error.message}`)
}
sub = applySubscriptionEvent(sub, 'resubscribed', at('2027-01-05T12:00:00Z'))
sub = applySubscriptionEvent(sub, 'complained', at('2027-02-01T06:00:00Z'))
console.log(`\n${sub.email}: ${sub.status}, newsletters ${JSON.stringify(sub.newsletters)}`)
for (const h of sub.history) console.log(`  ${h.at}  ${h.event.padEnd(18)} ${h.from} → ${h.to}`)
console.log(
  `after a complaint only this is accepted: ${JSON.stringify(SUBSCRIPTION_TRANSITIONS.complained)} (with consent: true)`,
)

// 3. The sample newsroom's subscribers, by status.
const raw = JSON.parse(readFileSync(new URL('./newsroom/subscriptions.json', import.meta.url), 'utf8')) as unknown[]
const counts: Record<string, number> = {}
for (const s of raw.map(parseSubscription)) counts[s.status] = (counts[s.status] ?? 0) + 1
console.log('\nnewsroom subscribers:', counts)
