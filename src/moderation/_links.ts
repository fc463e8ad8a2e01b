// Link intelligence without the network: bare URLs and domains written in the text, obfuscated
// ones ("example dot com"), e-mail addresses and phone numbers, shorteners, and hosts that mix
// scripts. Every scanner is a single left-to-right pass or a regex whose repetitions are bounded.
import { pure } from '../_internal/pure.js'
import { hostInText, hostOf, registrable } from './_hosts.js'
import { charInfo, codePointAt, LATIN, LETTER, LOOKALIKE_SCRIPT, MARK } from './_unicode.js'
import type { CommentLink } from './types.js'

/** Top-level domains recognized in bare domains and obfuscated URLs (common gTLDs and ccTLDs). */
export const TLDS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () =>
    new Set(
      (
        'com net org info biz io co me tv cc ly gl gd ws to fm am sh ai gg xyz top site online club shop store live app dev ' +
        'link click buzz win bid loan work party review stream download racing date trade webcam icu vip pro mobi asia ' +
        'tk ml ga cf gq pw cn ru su ua by kz uk us ca au nz ie de fr es it nl be ch at se no dk fi pl cz sk hu ro bg gr pt ' +
        'br ar mx cl pe ve in pk bd lk jp kr tw hk sg my id th vn ph tr il ir sa ae eg za ng ke gh ma tn news blog media ' +
        'email money cash loans casino bet poker finance market today world one best free fun games space website tech example'
      ).split(' '),
    ),
)

/** URL shorteners and link-in-bio hosts, by registrable domain (written for copydesk). */
export const SHORTENERS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () =>
    new Set(
      (
        'bit.ly bitly.com tinyurl.com t.co goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at tiny.cc rb.gy bl.ink ' +
        'lnkd.in s.id v.gd t.ly x.co tr.im cli.gs shorte.st adf.ly bc.vc ouo.io soo.gd qr.ae tiny.one short.io shorturl.com ' +
        'db.tt amzn.to linktr.ee lnk.to dlvr.it ift.tt trib.al po.st su.pr clck.ru u.to shrtco.de gg.gg 1url.com urlz.fr ' +
        'tinu.be hyperurl.co t2m.io bom.so zpr.io'
      ).split(' '),
    ),
)

const STOPWORDS: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'its',
  'dot',
  'and',
  'or',
  'to',
  'for',
  'is',
  'this',
  'that',
])
const AFTER_DOTCOM: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'bubble',
  'boom',
  'era',
  'crash',
  'bust',
  'company',
  'companies',
  'days',
  'age',
  'startup',
  'startups',
  'mania',
])

// Letters and digits outside ASCII are approximated by "any character from U+00C0": a regex with
// Unicode property classes costs several times more per character, on every comment.
const LINKISH_G = /[A-Z0-9\u00c0-\uffff-]\.[A-Z0-9\u00c0-\uffff]|@|https?:|www\./gi

/** A link-like thing found in plain text. */
export interface TextLink {
  kind: 'url' | 'obfuscated' | 'email' | 'phone'
  /** The text as written. */
  raw: string
  /** Its host (URLs and obfuscated URLs). */
  host: string
  span: [number, number]
}

function isHostChar(code: number): boolean {
  if (code >= 0x80) return (charInfo(code) & (LETTER | MARK)) !== 0
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 46
  )
}

function isUrlChar(code: number): boolean {
  return code > 32 && code !== 34 && code !== 39 && code !== 60 && code !== 62 && code !== 0x3000
}

/**
 * Bare URLs, domains, e-mail addresses and phone numbers in `text`, outside the `skip` spans. The
 * scan of the last text read is kept, so moderateComment's link rules and its spam features (two
 * calls on the same text with different `skip` spans) read the text once.
 */
export function scanTextLinks(text: string, skip: readonly (readonly [number, number])[]): TextLink[] {
  if (text !== lastText) {
    lastFound = scanAll(text)
    lastText = text
  }
  const out: TextLink[] = []
  for (const l of lastFound) {
    const at = l.span[0]
    if (!skip.some(([s, e]) => at >= s && at < e)) out.push({ ...l, span: [at, l.span[1]] })
  }
  return out
}

let lastText: string | undefined
let lastFound: TextLink[] = []

/** Every link-like thing in `text`, in the order the scanners find them. */
function scanAll(text: string): TextLink[] {
  const found: TextLink[] = []
  const lower = text.toLowerCase()
  // Only a dot between word characters, an @, or a scheme/www can be part of a link: jump from one
  // such place to the next, to the start of its word, instead of walking every character.
  LINKISH_G.lastIndex = 0
  let done = 0
  let m: RegExpExecArray | null
  while (found.length < 200 && (m = LINKISH_G.exec(text)) !== null) {
    let start = m.index
    while (start > 0 && isHostChar(lower.charCodeAt(start - 1))) start--
    if (start < done) continue
    done = readLinkAt(text, lower, start, found)
    if (LINKISH_G.lastIndex < done) LINKISH_G.lastIndex = done
  }
  if (/\bdot\b|\[\.\]|\(\.\)|\{\.\}| \. |\bpunkt\b|\bpunto\b/.test(lower)) scanObfuscated(lower, found)
  let digits = 0
  for (let k = 0; k < text.length && digits < 9; k++) {
    const c = text.charCodeAt(k)
    if (c >= 48 && c <= 57) digits++
  }
  if (digits >= 9) scanPhones(text, found)
  return found
}

/** Reads the word at `i` (a URL, a domain, an e-mail address or nothing) into `found`; returns where it ends. */
function readLinkAt(text: string, lower: string, i: number, found: TextLink[]): number {
  const n = text.length
  const code = lower.charCodeAt(i)
  const prev = i > 0 ? lower.charCodeAt(i - 1) : 32
  const atWordStart = !isHostChar(prev) && prev !== 64
  if (
    atWordStart &&
    (code === 104 || code === 119) &&
    (lower.startsWith('http://', i) || lower.startsWith('https://', i) || lower.startsWith('www.', i))
  ) {
    let j = i
    while (j < n && isUrlChar(text.charCodeAt(j))) j++
    while (j > i && '.,;:!?)]}'.includes(text[j - 1] as string)) j--
    const raw = text.slice(i, j)
    const href = raw.startsWith('www.') || raw.startsWith('WWW.') ? `http://${raw}` : raw
    found.push({ kind: 'url', raw, host: hostOf(href), span: [i, j] })
    return Math.max(j, i + 1)
  }
  if (!(atWordStart && isHostChar(code) && code !== 45 && code !== 46)) return i + 1
  // A run of host characters: a domain when it ends in a known TLD written in lower case.
  let j = i
  let dots = 0
  while (j < n) {
    const c = lower.charCodeAt(j)
    if (!isHostChar(c)) break
    if (c === 46) dots++
    j++
  }
  if (text.charCodeAt(j) !== 64 && (dots === 0 || (dots === 1 && text.charCodeAt(j - 1) === 46))) return j
  let end = j
  while (end > i && text[end - 1] === '.') end--
  const run = text.slice(i, end)
  const at = text[j] === '@'
  const dot = run.lastIndexOf('.')
  if (!at && dot > 0 && text[i - 1] !== '@') {
    const tld = run.slice(dot + 1)
    const firstDot = run.indexOf('.')
    if (
      TLDS.has(tld) &&
      tld === tld.toLowerCase() &&
      firstDot >= 1 &&
      /^[\p{L}\p{N}][\p{L}\p{M}\p{N}.-]*$/u.test(run) &&
      !run.includes('..')
    ) {
      let k = end
      if (text[k] === '/') while (k < n && isUrlChar(text.charCodeAt(k))) k++
      found.push({ kind: 'url', raw: text.slice(i, k), host: run.toLowerCase(), span: [i, k] })
      return k
    }
  }
  if (at) {
    // e-mail: local@domain.tld
    let k = j + 1
    while (k < n && isHostChar(lower.charCodeAt(k))) k++
    let dEnd = k
    while (dEnd > j + 1 && text[dEnd - 1] === '.') dEnd--
    const domain = lower.slice(j + 1, dEnd)
    const tld = domain.slice(domain.lastIndexOf('.') + 1)
    if (domain.includes('.') && /^[a-z]{2,24}$/.test(tld)) {
      found.push({ kind: 'email', raw: text.slice(i, dEnd), host: domain, span: [i, dEnd] })
      return dEnd
    }
  }
  return j
}

const OBFUSCATED_RE =
  /([a-z0-9][a-z0-9-]{1,62})(?:[ \t]{0,2}(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\[\.\]|\(\.\)|\{\.\})[ \t]{0,2}|[ \t]{1,2}(?:dot|\.|punkt|punto)[ \t]{1,2})([a-z]{2,12})\b(?:[ \t]+([a-z]+))?/g

function scanObfuscated(lower: string, found: TextLink[]): void {
  OBFUSCATED_RE.lastIndex = 0
  let m: RegExpExecArray | null
  let guard = 0
  while ((m = OBFUSCATED_RE.exec(lower)) !== null && guard++ < 200) {
    const label = m[1] as string
    const tld = m[2] as string
    const after = m[3]
    const before = m.index > 0 ? lower.charCodeAt(m.index - 1) : 32
    if (isHostChar(before)) continue
    if (!TLDS.has(tld) || STOPWORDS.has(label)) continue
    if (after !== undefined && AFTER_DOTCOM.has(after)) continue
    const raw = (after === undefined ? m[0] : m[0].slice(0, m[0].length - after.length)).trimEnd()
    found.push({ kind: 'obfuscated', raw, host: `${label}.${tld}`, span: [m.index, m.index + raw.length] })
  }
}

/** Phone numbers: 9–15 digits with separators, optionally after `+`, not part of a longer number. */
function scanPhones(text: string, found: TextLink[]): void {
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    const startsNumber =
      (c >= 48 && c <= 57) || (c === 43 && i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32
    if (!startsNumber || (prev >= 48 && prev <= 57) || isHostChar(prev)) {
      i++
      continue
    }
    let j = i
    let digits = 0
    let groups = 0
    while (j < n) {
      const d = text.charCodeAt(j)
      if (d >= 48 && d <= 57) {
        digits++
        j++
        continue
      }
      // One or two separators ("-", " ", ".", "(", ") ", "+") between digit groups.
      let k = j
      while (k < n && k - j < 2 && ' -.()+'.includes(text[k] as string)) k++
      const after = text.charCodeAt(k)
      if (k === j || !(after >= 48 && after <= 57)) break
      groups++
      j = k
    }
    while (j > i && !/\d/.test(text[j - 1] as string)) j--
    const raw = text.slice(i, j)
    const formatted = raw.startsWith('+') || /[-.()]/.test(raw)
    if (digits >= 9 && digits <= 15 && groups >= 1 && formatted)
      found.push({ kind: 'phone', raw, host: '', span: [i, j] })
    i = Math.max(j, i + 1)
  }
}

/** A host label that mixes Latin with look-alike letters, or a punycode label. */
export function spoofedHost(host: string): boolean {
  // Plain ASCII without punycode cannot mix scripts.
  if (!host.includes('xn--') && !/[^\x00-\x7f]/.test(host)) return false
  for (const label of host.split('.')) {
    if (label.startsWith('xn--')) return true
    let latin = 0
    let look = 0
    for (let i = 0; i < label.length; i++) {
      const cp = codePointAt(label, i)
      if (cp < 0) continue
      const info = charInfo(cp)
      if ((info & LETTER) === 0) continue
      if ((info & LATIN) !== 0) latin++
      else if ((info & LOOKALIKE_SCRIPT) !== 0) look++
    }
    if (latin > 0 && look > 0) return true
  }
  return false
}

/** Anchors whose visible text names a different site than the href. */
export function deceptive(link: CommentLink): boolean {
  if (link.source !== 'anchor' || link.host === '') return false
  const shown = hostInText(link.text)
  return shown !== '' && registrable(shown) !== registrable(link.host)
}

export { registrable }
