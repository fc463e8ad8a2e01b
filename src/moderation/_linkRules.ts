// The link rules of moderateComment: count, domains, shorteners, deceptive text, obfuscated and
// spoofed hosts, contacts, mentions.
import { deceptive, registrable, scanTextLinks, SHORTENERS, spoofedHost } from './_links.js'
import { plural, reason } from './_reason.js'
import type { Sanitized } from './_sanitize.js'
import type { ModerationPolicy } from './createModerationPolicy.js'
import type { CommentLink, Reason } from './types.js'

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
  out.push(...disguiseReasons(anchors, links, textLinks, w))
  const mentions = mentionReason(sanitized.text, policy)
  if (mentions !== undefined) out.push(mentions)
  return { reasons: out, links }
}

/** Five or more @mentions. */
function mentionReason(text: string, policy: ModerationPolicy): Reason | undefined {
  let mentions = 0
  let firstMention: [number, number] | undefined
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
  if (mentions < 5) return undefined
  return reason('mentions', `Mentions ${mentions} people`, policy.weights.mentions, firstMention, mentions)
}

/** Deceptive link text, spelled-out addresses, spoofed hosts, contact details. */
function disguiseReasons(
  anchors: readonly CommentLink[],
  links: readonly CommentLink[],
  textLinks: ReturnType<typeof scanTextLinks>,
  w: ModerationPolicy['weights'],
): Reason[] {
  const out: Reason[] = []
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
  return out
}
