import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import type { CompiledEntry, CompiledList } from './_compile.js'
import { abuseReasons } from './_abuse.js'
import { evasionsOf, findMatches, spanOf } from './_match.js'
import { buildBase, type Base } from './_normalize.js'
import { compiledOf } from './_registry.js'
import { authorReasons, historyReasons, linkReasons, markupReasons, qualityReasons, reason } from './_rules.js'
import { sanitizeDetailed, type Sanitized, type SanitizeSettings } from './_sanitize.js'
import { fingerprint, type Fingerprint } from './_similarity.js'
import { spamReasons } from './_spamRules.js'
import { authorKey, checkContext } from './_context.js'
import type { ModerationPolicy } from './createModerationPolicy.js'
import { defaultModerationPolicy } from './defaultModerationPolicy.js'
import { resolveSanitizeOptions } from './_options.js'
import type { Evasion, ModeratedComment, ModerationContext, Reason, RuleInput, Verdict } from './types.js'

/** Fingerprints of recently seen history HTML, per sanitizer settings (bounded: cleared at 2,000). */
const prints: WeakMap<SanitizeSettings, Map<string, Fingerprint>> = /*@__PURE__*/ new WeakMap()

/** The fingerprint of a history comment's text; a thread's comments recur in every later context. */
function printOf(html: string, settings: SanitizeSettings): Fingerprint {
  let cache = prints.get(settings)
  if (cache === undefined) {
    cache = new Map()
    prints.set(settings, cache)
  }
  let print = cache.get(html)
  if (print === undefined) {
    if (cache.size >= 2_000) cache.clear()
    print = fingerprint(sanitizeDetailed(html, settings).text)
    cache.set(html, print)
  }
  return print
}

/** Sanitizer settings per policy (a policy is frozen, so they never change). */
const resolvedSettings: WeakMap<ModerationPolicy, SanitizeSettings> = /*@__PURE__*/ new WeakMap()

function fail(code: 'INVALID_INPUT' | 'INVALID_OPTIONS', what: string, value: unknown): never {
  throw new CopydeskError(code, `moderateComment: ${what}, received ${describe(value)}`)
}

function resolveNow(context: ModerationContext, comment: ModeratedComment): number {
  const raw = context.now ?? comment.createdAt
  if (raw === undefined) return Date.now()
  const ms = raw instanceof Date ? raw.getTime() : typeof raw === 'number' ? raw : Date.parse(raw)
  if (!Number.isFinite(ms))
    fail(
      'INVALID_INPUT',
      context.now !== undefined ? 'context.now must be a valid date' : 'comment.createdAt must be an ISO 8601 date',
      raw,
    )
  return ms
}

/**
 * Whether the HTML splits a match with tags ("f<em>u</em>ck"). Small comments: the matched text
 * does not appear as such in the HTML. Large ones (where one search per match would be quadratic):
 * the HTML range the match comes from contains a tag.
 */
function splitByMarkup(sanitized: Sanitized, span: [number, number]): boolean {
  if (sanitized.html.length > 20_000) {
    const [from, to] = sanitized.htmlSpan(span[0], span[1])
    return sanitized.html.slice(from, to).includes('<')
  }
  const slice = sanitized.text.slice(span[0], span[1])
  const shown = /[&<>]/.test(slice) ? slice.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : slice
  return !sanitized.html.includes(shown)
}

/** One reason per listed term: weight by the term's action, span of its first occurrence. */
function termReasons(sanitized: Sanitized, base: Base, compiled: CompiledList, policy: ModerationPolicy): Reason[] {
  const { matches } = findMatches(base, compiled, sanitized.text)
  const byTerm = new Map<number, { span: [number, number]; count: number; evasions: Set<Evasion> }>()
  for (const m of matches) {
    const span = spanOf(base, m)
    const evasions = evasionsOf(base, m)
    if (splitByMarkup(sanitized, span)) evasions.push('markup')
    const seen = byTerm.get(m.id)
    if (seen === undefined) byTerm.set(m.id, { span, count: 1, evasions: new Set(evasions) })
    else {
      seen.count++
      for (const e of evasions) seen.evasions.add(e)
    }
  }
  const w = policy.weights
  const out: Reason[] = []
  for (const [id, found] of byTerm) {
    const entry = (compiled.entries[id] as CompiledEntry).entry
    const weight =
      entry.action === 'reject'
        ? w['term.reject']
        : entry.action === 'hold'
          ? w['term.hold']
          : w['term.flag'] * entry.severity
    const evasions = [...found.evasions]
    const how = evasions.length > 0 ? `, disguised by ${evasions.join(', ')}` : ''
    const r = reason(
      'term',
      `Listed ${entry.category} term "${entry.term}" (${entry.action}, severity ${entry.severity})${how}`,
      weight,
      found.span,
      found.count,
    )
    r.term = entry.term
    r.category = entry.category
    if (evasions.length > 0) r.evasions = evasions
    out.push(r)
  }
  return out
}

function compareReasons(a: Reason, b: Reason): number {
  return (
    b.weight - a.weight ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1) ||
    (a.term ?? '').localeCompare(b.term ?? '')
  )
}

/**
 * Sanitizes a comment and decides whether to approve, hold or reject it, explaining why.
 *
 * Every signal adds points to one score — no rule wins on its own: listed terms (with their
 * evasions undone), markup the sanitizer removed (attempted XSS is worth a rejection), links
 * (count, distinct sites, shorteners, deceptive link text, spelled-out and look-alike domains,
 * e-mail addresses and phone numbers), text quality (capitals, repeated characters, low variety,
 * emoji walls, Zalgo, invisible and bidi characters, length), the author's recent comments
 * (duplicates, near-duplicates, copy-paste across authors, floods, rapid posting) and record
 * (new commenter, rejection rate, account age, trust), the phrases and disguises of real comment
 * spam (self-promotion, contact invitations, money, crypto, adult and phishing bait, `hxxp`,
 * `you[tube]`) and the learned spam model (`spam-model`, with its probability and the features
 * that pushed it). A score from `thresholds.hold` holds the
 * comment, from `thresholds.reject` rejects it; staff comments are approved when the policy says
 * so. History is an argument, never a database call, and there is no clock read besides the
 * default `now`, so a browser preview (a "nudge") and the server reach the same verdict.
 *
 * Reason spans index the verdict's `text`. A reason produced by a listed term always carries
 * `term` and `category`; no other reason does.
 *
 * @param comment - A copydesk `Comment` or any `{ html, createdAt?, author? }`.
 * @param context - `now`, the author's record, their recent comments and the story's recent comments.
 * @param policy - From {@link createModerationPolicy}.
 * @returns The {@link Verdict}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `comment` has no string `html`, or a date is
 *   unreadable; `INVALID_OPTIONS` when `policy` was not made by {@link createModerationPolicy} or a
 *   custom rule returns something other than an array of reasons.
 *
 * @example
 * ```ts
 * const verdict = moderateComment({ html: '<p>Total sh1t. Buy cheap pills at <a href="https://bit.ly/x">bbc.co.uk</a></p>' })
 * verdict.action // 'reject'
 * verdict.reasons.map((r) => `${r.code}:${r.weight}`)
 * // ['deceptive-link:5', 'term:5', 'spam-model:4.52', 'term:4.5', 'shortener:4', 'links:1.5']
 * verdict.reasons[2].features?.map((f) => f.feature) // ['a link', 'uk', 'co', 'co uk', 'buy']
 * verdict.reasons[1]
 * // { code: 'term', message: 'Listed profanity term "shit" (hold, severity 2), disguised by leet', weight: 5,
 * //   span: [6, 10], term: 'shit', category: 'profanity', evasions: ['leet'] }
 * moderateComment({ html: '<p>Great reporting, thank you.</p>' }, { author: { approvedCount: 0 } }).action // 'hold'
 * ```
 */
export function moderateComment(
  comment: ModeratedComment,
  context: ModerationContext = {},
  policy?: ModerationPolicy,
): Verdict {
  if (typeof comment !== 'object' || comment === null || typeof comment.html !== 'string') {
    fail('INVALID_INPUT', 'comment must be an object with an html string', comment)
  }
  if (typeof context !== 'object' || context === null || Array.isArray(context))
    fail('INVALID_INPUT', 'context must be an object', context)
  checkContext(comment, context)
  const p = policy ?? defaultModerationPolicy()
  const compiled = typeof p === 'object' && p !== null && typeof p.terms === 'object' ? compiledOf(p.terms) : undefined
  if (compiled === undefined) fail('INVALID_OPTIONS', 'policy must come from createModerationPolicy', policy)
  const now = resolveNow(context, comment)
  let settings = resolvedSettings.get(p)
  if (settings === undefined) {
    settings = resolveSanitizeOptions(p.sanitize, 'moderateComment')
    resolvedSettings.set(p, settings)
  }
  const sanitized = sanitizeDetailed(comment.html, settings)
  const text = sanitized.text
  const base = buildBase(text)
  const links = linkReasons(sanitized, p)
  const reasons: Reason[] = termReasons(sanitized, base, compiled, p)
  if (sanitized.removed.length > 0) reasons.push(...markupReasons(sanitized.removed, p))
  reasons.push(...links.reasons, ...qualityReasons(text, base.signals, p))
  reasons.push(...abuseReasons(base, text, p), ...spamReasons(text, links.links, p))
  if ((context.history?.length ?? 0) + (context.recent?.length ?? 0) > 0) {
    reasons.push(
      ...historyReasons(fingerprint(text), context, authorKey(comment.author), now, p, (html) =>
        printOf(html, settings as SanitizeSettings),
      ),
    )
  }
  if (context.author !== undefined) reasons.push(...authorReasons(context.author, now, p))
  if (p.rules.length > 0) {
    const input: RuleInput = { comment, context, html: sanitized.html, text, links: links.links, now: new Date(now) }
    p.rules.forEach((rule, index) => {
      const extra: unknown = rule(input)
      if (!Array.isArray(extra))
        fail('INVALID_OPTIONS', `policy.rules[${index}] must return an array of reasons`, extra)
      for (const r of extra as unknown[]) {
        const x = r as Partial<Reason>
        if (
          typeof r !== 'object' ||
          r === null ||
          typeof x.code !== 'string' ||
          typeof x.message !== 'string' ||
          typeof x.weight !== 'number' ||
          !Number.isFinite(x.weight)
        ) {
          fail(
            'INVALID_OPTIONS',
            `policy.rules[${index}] returned a reason without code, message and a finite weight`,
            r,
          )
        }
        const { term: _term, category: _category, ...rest } = x as Reason
        reasons.push({ ...rest, weight: Math.round(rest.weight * 100) / 100 })
      }
    })
  }
  const kept = reasons.filter((r) => r.weight !== 0)
  const score = Math.round(kept.reduce((sum, r) => sum + r.weight, 0) * 100) / 100
  let action: Verdict['action'] =
    score >= p.thresholds.reject ? 'reject' : score >= p.thresholds.hold ? 'hold' : 'approve'
  if (context.author?.role === 'staff' && p.staffBypass) {
    action = 'approve'
    kept.push(reason('staff', 'Written by staff: approved whatever the score', 0))
  }
  if (action === 'approve' && kept.some((r) => r.code === 'duplicate')) {
    action = 'hold'
    kept.push(reason('duplicate-held', "Repeats the author's own recent comment: held whatever the author's trust", 0))
  }
  kept.sort(compareReasons)
  return { action, score, reasons: kept, html: sanitized.html, text, policyVersion: p.version }
}
