// A subscribe box wired to a real `fetch`, end to end: subscribeFormReducer drives the form, a tiny
// node:http server plays your backend (parseEmail, createSubscription, confirmation and one-click
// unsubscribe tokens, applySubscriptionEvent), and the "email" is printed instead of sent.
// Run: npm run build && npx tsx examples/subscribe-form.ts
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  applySubscriptionEvent,
  createConfirmationToken,
  createSubscription,
  safeParseEmail,
  SUBSCRIBE_FORM_INITIAL_STATE,
  subscribeFormMessage,
  subscribeFormReducer,
  unsubscribeHeaders,
  verifyConfirmationToken,
  type EmailRejectionReason,
  type SubscribeFormAction,
  type SubscribeFormState,
  type Subscription,
} from 'copydesk/subscription'

// ── The server (your backend) ─────────────────────────────────────────────────────────────────
const SECRET = 'example-only-secret-use-32-random-bytes!' // in production: an env var, ≥ 32 random bytes
const store = new Map<string, Subscription>() // email → subscription (your database)
const outbox: { to: string; subject: string; link: string; headers?: Record<string, string> }[] = []

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  let body = ''
  for await (const chunk of req) body += chunk

  if (req.method === 'POST' && url.pathname === '/api/subscribe') {
    const { email, newsletters } = JSON.parse(body) as { email: string; newsletters: string[] | null }
    // Lowercasing the local part makes Ana@… and ana@… one subscriber.
    const parsed = safeParseEmail(email, { rejectDisposable: true, lowercaseLocalPart: true })
    if (!parsed.success) return send(422, { error: 'invalid-email', reason: parsed.error.reason })
    const address = parsed.data
    const existing = store.get(address)
    if (existing?.status === 'subscribed') return send(200, { status: 'already_subscribed' })
    const chosen = newsletters ?? ['morning-briefing'] // null: the form offered no choice, use the default
    const subscription = existing
      ? applySubscriptionEvent(existing, { type: 'requested', newsletters: chosen })
      : createSubscription(address, { newsletters: chosen, source: 'homepage-box' })
    store.set(address, subscription)
    const token = await createConfirmationToken({ email: address, newsletters: chosen }, SECRET)
    outbox.push({
      to: address,
      subject: '📫 Confirm your subscription',
      link: `http://localhost/confirm?token=${token}`,
    })
    return send(202, { status: 'confirmation_sent' })
  }

  if (req.method === 'GET' && url.pathname === '/confirm') {
    const check = await verifyConfirmationToken(url.searchParams.get('token'), SECRET)
    if (!check.success) return send(400, { error: check.error.reason })
    const current = store.get(check.data.email)
    if (current === undefined) return send(404, { error: 'unknown' })
    // A second click (or a mail scanner's prefetch) is fine: 'ignore' returns it unchanged.
    const next = applySubscriptionEvent(
      current,
      { type: 'confirmed', newsletters: check.data.newsletters },
      { onRepeat: 'ignore' },
    )
    store.set(next.email, next)
    if (next === current) return send(200, { status: next.status, note: 'already confirmed' })
    const unsubscribe = await createConfirmationToken(
      { email: next.email, newsletters: next.newsletters, purpose: 'unsubscribe' },
      SECRET,
    )
    outbox.push({
      to: next.email,
      subject: 'Morning Briefing: the first issue',
      link: '(newsletter body)',
      headers: { ...unsubscribeHeaders({ url: 'https://news.example.com/unsubscribe', token: unsubscribe }) },
    })
    return send(200, { status: next.status })
  }

  if (req.method === 'POST' && url.pathname === '/unsubscribe' && body === 'List-Unsubscribe=One-Click') {
    const check = await verifyConfirmationToken(url.searchParams.get('token'), SECRET, { purpose: 'unsubscribe' })
    if (!check.success) return send(400, { error: check.error.reason })
    const current = store.get(check.data.email)
    if (current !== undefined)
      store.set(current.email, applySubscriptionEvent(current, 'unsubscribed', { onRepeat: 'ignore' }))
    return send(200, { status: 'unsubscribed' })
  }
  send(404, { error: 'not found' })
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

// ── The browser side: the reducer plus one effect that runs when the form enters `submitting` ──
let state: SubscribeFormState = SUBSCRIBE_FORM_INITIAL_STATE

async function dispatch(action: SubscribeFormAction): Promise<void> {
  const before = state
  state = subscribeFormReducer(state, action)
  console.log(`  ${action.type.padEnd(17)} → ${state.status.padEnd(21)} "${subscribeFormMessage(state)}"`)
  if (state.status === 'submitting' && state !== before) await request(state)
}

async function request(s: SubscribeFormState): Promise<void> {
  const attempt = s.attempt
  try {
    const res = await fetch(`${base}/api/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: s.email, newsletters: s.newsletters }),
    })
    const json = (await res.json()) as { status?: string; reason?: EmailRejectionReason }
    if (res.status === 202) return dispatch({ type: 'confirmationSent', attempt })
    if (res.ok && json.status === 'already_subscribed') return dispatch({ type: 'alreadySubscribed', attempt })
    if (res.status === 422)
      return dispatch({ type: 'failed', reason: 'invalid-email', emailReason: json.reason, attempt })
    if (res.status === 429) return dispatch({ type: 'failed', reason: 'rate-limited', attempt })
    return dispatch({ type: 'failed', reason: 'server', attempt })
  } catch {
    return dispatch({ type: 'failed', reason: 'network', attempt })
  }
}

console.log('1. A typo is caught before anything is sent:')
await dispatch({ type: 'submit', email: 'ana@example' })
await dispatch({ type: 'edit', email: 'Ana <ana@example.com>' })
await dispatch({ type: 'submit' })

console.log('\n2. A bot fills the hidden field: same copy, no request:')
await dispatch({ type: 'reset' })
await dispatch({ type: 'submit', email: 'bot@example.com', honeypot: 'https://spam.example' })
console.log(`  trapped: ${state.trapped}, requests sent so far: ${outbox.length}`)

console.log('\n3. A disposable address is refused by the server:')
await dispatch({ type: 'reset' })
await dispatch({ type: 'submit', email: 'ana@mailinator.com' })

console.log('\n4. The real thing:')
await dispatch({ type: 'edit', email: ' Ana@Example.COM ' })
await dispatch({ type: 'submit' })
console.log(`  stored: ${JSON.stringify({ status: store.get('ana@example.com')?.status })}  ← not subscribed yet`)
const mail = outbox.at(-1)!
console.log(`  email to ${mail.to}: "${mail.subject}" ${mail.link.slice(0, 60)}…`)

console.log('\n5. The reader clicks the link (twice; a mail scanner got there first):')
const token = new URL(mail.link).searchParams.get('token')!
for (let i = 0; i < 2; i++)
  console.log(`  GET /confirm → ${JSON.stringify(await (await fetch(`${base}/confirm?token=${token}`)).json())}`)

console.log('\n6. Submitting again now says so honestly:')
await dispatch({ type: 'reset' })
await dispatch({ type: 'submit', email: 'ana@example.com' })

console.log('\n7. One-click unsubscribe from the newsletter headers (RFC 8058):')
const headers = outbox.at(-1)!.headers!
console.log(`  List-Unsubscribe: ${headers['List-Unsubscribe']!.slice(0, 70)}…`)
console.log(`  List-Unsubscribe-Post: ${headers['List-Unsubscribe-Post']}`)
const unsubscribeUrl = new URL(headers['List-Unsubscribe']!.slice(1, headers['List-Unsubscribe']!.indexOf('>')))
const res = await fetch(`${base}/unsubscribe${unsubscribeUrl.search}`, {
  method: 'POST',
  body: 'List-Unsubscribe=One-Click',
})
console.log(`  POST → ${res.status} ${JSON.stringify(await res.json())}`)
console.log('  history:')
for (const h of store.get('ana@example.com')!.history) console.log(`    ${h.event.padEnd(12)} ${h.from} → ${h.to}`)

console.log('\n8. The server is down: error, then retry:')
server.close()
await dispatch({ type: 'reset' })
await dispatch({ type: 'submit', email: 'omar@example.com' })
await dispatch({ type: 'retry' })
