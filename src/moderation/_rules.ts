// The built-in rules of moderateComment. Each takes what it needs and returns its reasons; none
// reads a clock or mutates its input.
import { deceptive, registrable, scanTextLinks, SHORTENERS, spoofedHost } from './_links.js'
import type { BaseSignals } from './_normalize.js'
import type { Sanitized } from './_sanitize.js'
import { similarity, type Fingerprint } from './_similarity.js'
import type { ModerationPolicy } from './createModerationPolicy.js'
import type { AuthorHistory, CommentLink, Finding, ModerationContext, Reason, RecentComment } from './types.js'
import { authorKey, CONTEXT_LIST_CAP } from './_context.js'

/** Builds a reason, leaving out empty optional fields. */
export function reason(code: string, message: string, weight: number, span?: [number, number], count?: number): Reason {
  const r: Reason = { code, message, weight: Math.round(weight * 100) / 100 }
  if (span !== undefined) r.span = span
  if (count !== undefined && count > 1) r.count = count
  return r
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** Dangerous markup weighs per kind (at most twice the weight); harmless removals are one small reason. */
export function markupReasons(removed: readonly Finding[], policy: ModerationPolicy): Reason[] {
  const out: Reason[] = []
  const w = policy.weights
  const dangerous = removed.filter((f) => f.dangerous)
  if (dangerous.length > 0) {
    const kinds = [...new Set(dangerous.map((f) => f.kind))].sort()
    const count = dangerous.reduce((n, f) => n + f.count, 0)
    const names = kinds.map((k) => (k === 'javascript-url' ? 'javascript: URL' : k.replace('-', ' ')))
    out.push(
      reason(
        'unsafe-markup',
        `Removed ${names.join(', ')} markup (${plural(count, 'occurrence')}): an XSS attempt`,
        Math.min(w['unsafe-markup'] * kinds.length, w['unsafe-markup'] * 2),
        undefined,
        count,
      ),
    )
  }
  const style = removed.filter((f) => f.kind === 'style-attribute').reduce((n, f) => n + f.count, 0)
  if (style > 0)
    out.push(
      reason(
        'style-attribute',
        `Removed ${plural(style, 'style attribute')} (layout overlays, hidden text)`,
        w['style-attribute'],
        undefined,
        style,
      ),
    )
  const harmless = removed.filter((f) => !f.dangerous && f.kind !== 'style-attribute').reduce((n, f) => n + f.count, 0)
  if (harmless > 0)
    out.push(
      reason(
        'removed-markup',
        `Removed ${plural(harmless, 'disallowed tag or attribute')}`,
        w['removed-markup'],
        undefined,
        harmless,
      ),
    )
  return out
}

const sets: WeakMap<ModerationPolicy, { trusted: Set<string>; extra: Set<string> }> = /*@__PURE__*/ new WeakMap()

/** The policy's trusted and extra shortener domains as sets (built once per policy). */
function domainSets(policy: ModerationPolicy): { trusted: Set<string>; extra: Set<string> } {
  let found = sets.get(policy)
  if (found === undefined) {
    found = { trusted: new Set(policy.trustedDomains), extra: new Set(policy.shorteners) }
    sets.set(policy, found)
  }
  return found
}

/** Links: count, domains, shorteners, deceptive text, obfuscated and spoofed hosts, contacts. */
export function linkReasons(
  sanitized: Sanitized,
  policy: ModerationPolicy,
): { reasons: Reason[]; links: CommentLink[] } {
  const w = policy.weights
  const out: Reason[] = []
  const anchors = sanitized.links
  const textLinks = scanTextLinks(
    sanitized.text,
    anchors.map((l) => l.span),
  )
  if (anchors.length === 0 && textLinks.length === 0 && !sanitized.text.includes('@'))
    return { reasons: out, links: [] }
  const bare: CommentLink[] = textLinks
    .filter((t) => t.kind === 'url')
    .map((t) => ({
      href: /^[a-z][a-z0-9+.-]*:/i.test(t.raw) ? t.raw : `http://${t.raw}`,
      host: t.host,
      text: t.raw,
      source: 'bare',
      span: t.span,
    }))
  const links = [...anchors, ...bare].sort((a, b) => a.span[0] - b.span[0])
  const { trusted, extra } = domainSets(policy)
  const site = new Map<CommentLink, string>()
  for (const l of links) site.set(l, l.host === '' ? '' : registrable(l.host))
  const counted = links.filter((l) => l.host === '' || !trusted.has(site.get(l) as string))
  if (counted.length > 0) {
    const first = counted[0] as CommentLink
    out.push(
      reason(
        'links',
        `Contains ${plural(counted.length, 'link')}`,
        Math.min(w.links * counted.length, 6),
        first.span,
        counted.length,
      ),
    )
  }
  if (counted.length > policy.maxLinks) {
    out.push(
      reason(
        'too-many-links',
        `More than ${plural(policy.maxLinks, 'link')} (${counted.length})`,
        w['too-many-links'],
        undefined,
        counted.length,
      ),
    )
  }
  const domains = new Set(counted.filter((l) => l.host !== '').map((l) => site.get(l) as string))
  if (domains.size >= 3)
    out.push(
      reason('link-domains', `Links to ${domains.size} different sites`, w['link-domains'], undefined, domains.size),
    )
  const short = counted.filter(
    (l) =>
      l.host !== '' &&
      (SHORTENERS.has(site.get(l) as string) || SHORTENERS.has(l.host) || extra.has(site.get(l) as string)),
  )
  if (short.length > 0) {
    out.push(
      reason(
        'shortener',
        `Uses a URL shortener (${(short[0] as CommentLink).host}) that hides the destination`,
        Math.min(w.shortener * short.length, w.shortener * 2),
        (short[0] as CommentLink).span,
        short.length,
      ),
    )
  }
  const lying = anchors.filter(deceptive)
  if (lying.length > 0) {
    const l = lying[0] as CommentLink
    out.push(
      reason(
        'deceptive-link',
        `Link text shows "${l.text.trim().slice(0, 60)}" but goes to ${l.host}`,
        Math.min(w['deceptive-link'] * lying.length, 10),
        l.span,
        lying.length,
      ),
    )
  }
  const obfuscated = textLinks.filter((t) => t.kind === 'obfuscated')
  if (obfuscated.length > 0) {
    const o = obfuscated[0] as (typeof obfuscated)[number]
    out.push(
      reason(
        'obfuscated-url',
        `Spells out a web address to dodge link limits ("${o.raw.slice(0, 60)}")`,
        w['obfuscated-url'],
        o.span,
        obfuscated.length,
      ),
    )
  }
  const spoofed = links.filter((l) => spoofedHost(l.host) || spoofedHost(l.text.toLowerCase()))
  if (spoofed.length > 0) {
    const s = spoofed[0] as CommentLink
    out.push(
      reason(
        'idn-homograph',
        `Link host mixes scripts or uses punycode (${s.host || s.text})`,
        w['idn-homograph'],
        s.span,
        spoofed.length,
      ),
    )
  }
  const contacts = textLinks.filter((t) => t.kind === 'email' || t.kind === 'phone')
  if (contacts.length > 0) {
    const c = contacts[0] as (typeof contacts)[number]
    out.push(
      reason(
        'contact-info',
        `Gives ${c.kind === 'email' ? 'an e-mail address' : 'a phone number'} (${plural(contacts.length, 'contact')})`,
        w['contact-info'],
        c.span,
        contacts.length,
      ),
    )
  }
  let mentions = 0
  let firstMention: [number, number] | undefined
  const text = sanitized.text
  for (let i = text.indexOf('@'); i !== -1 && i < text.length; i = text.indexOf('@', i + 1)) {
    if (
      text[i] !== '@' ||
      (i > 0 && /[\p{L}\p{N}._]/u.test(text[i - 1] as string)) ||
      !/[\p{L}\p{N}_]/u.test(text[i + 1] ?? '')
    )
      continue
    mentions++
    firstMention ??= [i, i + 1]
  }
  if (mentions >= 5) out.push(reason('mentions', `Mentions ${mentions} people`, w.mentions, firstMention, mentions))
  return { reasons: out, links }
}

// "earn $500 per day", "made $8,500 last month", "$95 per hour", "£300 a week": bounded repetitions only.
const MONEY_RE =
  /\b(?:earn|earns|earned|earning|make|makes|made|making|paid|pays|profit|income of|get)\W{1,3}(?:up to\W{1,3}|over\W{1,3})?[$€£]\s?\d[\d,.]{0,12}\s?k?\b|[$€£]\s?\d[\d,.]{0,12}\s?k?\s?(?:per|a|an|every|\/)\s?(?:hour|hr|day|week|month)\b/i

/** Caps, repeats, diversity, symbols, money claims, Zalgo, invisible and bidi characters, length. */
export function qualityReasons(text: string, signals: BaseSignals, policy: ModerationPolicy): Reason[] {
  const w = policy.weights
  const out: Reason[] = []
  const { upper, cased, visible, symbols, longestRun: longest, longestRunSpan: bestRun, firstInvisible } = signals
  const unique = { size: signals.unique }
  const trimmed = text.trim().length
  if (trimmed < policy.minLength)
    out.push(
      reason(
        'empty',
        trimmed === 0 ? 'The comment has no text' : `Shorter than ${policy.minLength} characters`,
        w.empty,
      ),
    )
  if (text.length > policy.maxLength)
    out.push(
      reason(
        'too-long',
        `Longer than ${policy.maxLength.toLocaleString('en-US')} characters (${text.length.toLocaleString('en-US')})`,
        w['too-long'],
      ),
    )
  if (cased >= 12 && upper / cased >= 0.7)
    out.push(reason('caps', `Written in capitals (${Math.round((upper / cased) * 100)} % of letters)`, w.caps))
  if (longest >= 6)
    out.push(
      reason(
        'repeated-characters',
        `The same character ${longest} times in a row`,
        longest >= 20 ? w['repeated-characters'] * 2 : w['repeated-characters'],
        bestRun,
      ),
    )
  if (visible >= 20 && unique.size <= 6)
    out.push(reason('low-diversity', `Only ${unique.size} different characters in ${visible}`, w['low-diversity']))
  if (symbols >= 10 && symbols / visible >= 0.5) {
    out.push(
      reason(
        'symbols',
        `Mostly emoji or symbols (${symbols} of ${visible} characters)`,
        symbols >= 30 && symbols / visible >= 0.8 ? w.symbols * 2 : w.symbols,
      ),
    )
  }
  const hasCurrency = text.includes('$') || text.includes('€') || text.includes('£')
  const money = hasCurrency ? MONEY_RE.exec(text.length > 100_000 ? text.slice(0, 100_000) : text) : null
  if (money !== null)
    out.push(
      reason('money-claim', `Promises easy money ("${money[0].trim()}")`, w['money-claim'], [
        money.index,
        money.index + money[0].length,
      ]),
    )
  if (signals.heavyClusters >= 3 || signals.maxMarks >= 5) {
    out.push(
      reason(
        'zalgo',
        `Stacks combining marks (up to ${signals.maxMarks} on one letter): "Zalgo" text that spills over the layout`,
        w.zalgo,
      ),
    )
  }
  if (signals.invisibleInWords > 0 || signals.tagCharacters > 0) {
    const what =
      signals.tagCharacters > 0
        ? `${plural(signals.tagCharacters, 'hidden tag character')}`
        : `${plural(signals.invisibleInWords, 'invisible character')} inside words`
    out.push(
      reason(
        'invisible',
        `Contains ${what}`,
        w.invisible,
        firstInvisible,
        signals.invisibleInWords + signals.tagCharacters,
      ),
    )
  }
  if (signals.bidiOverrides > 0) {
    out.push(
      reason(
        'bidi',
        `Contains ${plural(signals.bidiOverrides, 'bidirectional override')} that reorder text on screen`,
        w.bidi,
        undefined,
        signals.bidiOverrides,
      ),
    )
  } else if (signals.bidiOther > 0 && signals.rtlLetters === 0) {
    out.push(
      reason(
        'bidi',
        `Contains ${plural(signals.bidiOther, 'bidirectional control')} in left-to-right text`,
        w.bidi / 2,
        undefined,
        signals.bidiOther,
      ),
    )
  }
  return out
}

function timeOf(value: string | Date | undefined): number {
  if (value === undefined) return Number.NaN
  return value instanceof Date ? value.getTime() : Date.parse(value)
}

/** `[item, time]` for the entries dated at or before `now`, newest first, at most CONTEXT_LIST_CAP. */
function newest<T extends { createdAt?: string | undefined }>(
  list: readonly T[] | undefined,
  now: number,
): { h: T; at: number }[] {
  return (list ?? [])
    .map((h) => ({ h, at: timeOf(h.createdAt) }))
    .filter((x) => Number.isFinite(x.at) && x.at <= now)
    .sort((a, b) => b.at - a.at)
    .slice(0, CONTEXT_LIST_CAP)
}

/**
 * Duplicates, near-duplicates, copy-paste across authors, floods and rapid posting. The author's
 * own comments are `context.history` plus the `context.recent` comments by the same author
 * (recognised by id, else e-mail, else name); the newest 50 of each list are read.
 */
export function historyReasons(
  current: Fingerprint,
  context: ModerationContext,
  author: string | undefined,
  now: number,
  policy: ModerationPolicy,
  printOf: (html: string) => Fingerprint,
): Reason[] {
  const w = policy.weights
  const out: Reason[] = []
  const recent = newest(context.recent, now)
  const byAuthor = (r: RecentComment): boolean =>
    author !== undefined && authorKey({ id: r.authorId, email: r.authorEmail, name: r.authorName }) === author
  const history = [...newest(context.history, now), ...recent.filter((x) => byAuthor(x.h))].sort((a, b) => b.at - a.at)
  let exact = 0
  let near = 0
  let best = 0
  for (const { h, at } of history.slice(0, CONTEXT_LIST_CAP)) {
    if (now - at > policy.duplicateWindowMs || current.canonical === '') continue
    const sim = similarity(current, printOf(h.html))
    if (sim === 1) exact++
    else if (sim >= policy.nearDuplicateSimilarity) {
      near++
      best = Math.max(best, sim)
    }
  }
  if (exact > 0)
    out.push(
      reason(
        'duplicate',
        `Repeats ${exact === 1 ? 'one' : exact} of the author's recent comments word for word`,
        w.duplicate,
        undefined,
        exact,
      ),
    )
  else if (near > 0)
    out.push(
      reason(
        'near-duplicate',
        `Nearly repeats ${plural(near, 'recent comment')} by the author (${Math.round(best * 100)} % similar)`,
        w['near-duplicate'],
        undefined,
        near,
      ),
    )
  const recentMatches = recent.filter(({ h: r, at }) => {
    if (current.canonical.length < 40 || byAuthor(r)) return false
    if (now - at > policy.duplicateWindowMs) return false
    return similarity(current, printOf(r.html)) >= policy.nearDuplicateSimilarity
  }).length
  if (recentMatches > 0)
    out.push(
      reason(
        'copypasta',
        `Matches ${plural(recentMatches, 'recent comment')} by other people on this story (copy-paste campaign)`,
        w.copypasta,
        undefined,
        recentMatches,
      ),
    )
  const inWindow = history.filter((x) => now - x.at <= policy.floodWindowMs).length
  if (inWindow >= policy.floodMax)
    out.push(
      reason(
        'flood',
        `${plural(inWindow, 'comment')} by the author in the last ${Math.round(policy.floodWindowMs / 60000)} minutes`,
        w.flood,
        undefined,
        inWindow,
      ),
    )
  const last = history[0]
  if (last !== undefined && now - last.at < policy.minIntervalMs) {
    out.push(
      reason(
        'too-fast',
        `Posted ${Math.round((now - last.at) / 1000)} s after the author's previous comment`,
        w['too-fast'],
      ),
    )
  }
  return out
}

/** New commenter, rejection rate, account age and trust, from the supplied author record. */
export function authorReasons(author: AuthorHistory | undefined, now: number, policy: ModerationPolicy): Reason[] {
  if (author === undefined) return []
  const w = policy.weights
  const out: Reason[] = []
  const approved = author.approvedCount
  const rejected = author.rejectedCount ?? 0
  if (approved !== undefined && approved < policy.newCommenterThreshold) {
    out.push(
      reason(
        'new-commenter',
        approved === 0
          ? 'First comment from this author: pre-moderated'
          : `Only ${plural(approved, 'approved comment')} so far: pre-moderated`,
        w['new-commenter'],
      ),
    )
  }
  const decided = (approved ?? 0) + rejected
  if (decided >= policy.rejectionRateMinimum && rejected / decided >= policy.rejectionRate) {
    out.push(
      reason(
        'rejection-rate',
        `${Math.round((rejected / decided) * 100)} % of the author's comments were rejected`,
        w['rejection-rate'],
      ),
    )
  }
  const first = timeOf(author.firstSeenAt)
  if (Number.isFinite(first) && now - first < policy.newAccountMs && now >= first) {
    out.push(reason('new-account', 'The account is less than a day old', w['new-account']))
  }
  if (approved !== undefined && approved >= policy.trustedAfter && rejected / Math.max(1, decided) < 0.05) {
    out.push(
      reason('trusted-author', `${plural(approved, 'approved comment')} and almost no rejections`, w['trusted-author']),
    )
  }
  return out
}
