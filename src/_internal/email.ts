// A practical, regex-free email check shared by the schema and the subscription entry.
// Linear in the input: one pass over the characters, no backtracking.
import { decodePunycode } from './punycode.js'

/** Why an address was refused. */
export type EmailProblem =
  | 'empty'
  | 'too_long'
  | 'missing_at'
  | 'multiple_at'
  | 'local_part_empty'
  | 'local_part_too_long'
  | 'local_part_invalid'
  | 'domain_invalid'
  | 'control_character'

const LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-"

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Checks a domain made of dot-separated labels: 1–63 chars, letters/digits/hyphens, no edge hyphen, ≥ 2 labels, alphabetic TLD. */
export function checkAsciiDomain(domain: string): boolean {
  // One pass, no allocation: this runs for every address copydesk checks.
  const length = domain.length
  if (length === 0 || length > 253) return false
  let labelStart = 0
  let labels = 0
  let labelDigitsOnly = true
  for (let i = 0; i <= length; i++) {
    const c = i < length ? domain.charCodeAt(i) : 46
    if (c === 46) {
      const size = i - labelStart
      if (size === 0 || size > 63) return false
      if (domain.charCodeAt(labelStart) === 45 || domain.charCodeAt(i - 1) === 45) return false
      labels++
      if (i === length && (size < 2 || labelDigitsOnly)) return false
      labelStart = i + 1
      labelDigitsOnly = true
    } else if (c >= 48 && c <= 57) {
      // digit
    } else if (isAsciiAlnum(c) || c === 45) {
      labelDigitsOnly = false
    } else {
      return false
    }
  }
  return labels >= 2
}

/**
 * Splits and checks an address that is already trimmed and whose domain is ASCII (or punycode).
 * Returns the problem, or `null` when the address is acceptable.
 */
export function checkEmail(address: string): EmailProblem | null {
  if (address.length === 0) return 'empty'
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i)
    if (c < 32 || c === 127) return 'control_character'
  }
  if (address.length > 254) return 'too_long'
  const at = address.lastIndexOf('@')
  if (at === -1) return 'missing_at'
  if (address.indexOf('@') !== at) return 'multiple_at'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length === 0) return 'local_part_empty'
  if (local.length > 64) return 'local_part_too_long'
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'local_part_invalid'
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i)
    if (!isAsciiAlnum(c) && !LOCAL_SPECIALS.includes(local[i] as string) && c < 128) return 'local_part_invalid'
    if (c >= 128) return 'local_part_invalid'
  }
  if (!checkAsciiDomain(domain.toLowerCase())) return 'domain_invalid'
  return null
}

/** Lowercases the domain part (the local part is case-sensitive by RFC 5321 and is kept). */
export function lowercaseDomain(address: string): string {
  const at = address.lastIndexOf('@')
  return at === -1 ? address : address.slice(0, at + 1) + address.slice(at + 1).toLowerCase()
}

/** Human sentences for each problem, used in error messages. */
export const EMAIL_PROBLEM_MESSAGES: Readonly<Record<EmailProblem, string>> = {
  empty: 'Email address is empty',
  too_long: 'Email address is longer than 254 characters',
  missing_at: 'Email address has no "@"',
  multiple_at: 'Email address has more than one "@"',
  local_part_empty: 'Email address has nothing before "@"',
  local_part_too_long: 'The part before "@" is longer than 64 characters',
  local_part_invalid: 'The part before "@" contains characters or dots that are not allowed',
  domain_invalid: 'The domain is not a valid domain name',
  control_character: 'Email address contains a control character or line break',
}

function isAsciiDomainChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 45 || code === 46
}

function urlHostname(domain: string): string | null {
  try {
    return new URL(`http://${domain}/`).hostname
  } catch {
    return null
  }
}

/**
 * Every `xn--` label decodes as RFC 3492 Punycode to a string with a non-ASCII character, which
 * the URL host parser turns back into exactly that label (so non-canonical encodings, mapped or
 * disallowed characters are refused). Done here rather than left to `URL`, whose implementations
 * disagree on invalid Punycode.
 */
function checkPunycodeLabels(host: string): boolean {
  for (const label of host.split('.')) {
    if (!label.startsWith('xn--')) continue
    const decoded = decodePunycode(label.slice(4))
    if (decoded === null) return false
    let nonAscii = false
    for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) >= 128) nonAscii = true
    if (!nonAscii || urlHostname(decoded) !== label) return false
  }
  return true
}

/**
 * A domain as the lowercase ASCII (A-label) form the mail system uses, or `null` when it is not a
 * valid hostname. ASCII domains are lowercased directly; a domain with non-ASCII characters goes
 * through the WHATWG URL host parser, which applies UTS #46 (non-transitional) mapping and RFC 3492
 * Punycode in Node, browsers and edge runtimes: `例子.广告` → `xn--fsqu00a.xn--4rr70v`,
 * `ＥＸＡＭＰＬＥ．com` → `example.com`. ASCII characters other than letters, digits, `-` and `.`
 * are refused before the URL parser sees them, so `:`/`/`/`%`/`@` can never be read as URL syntax.
 * Every resulting `xn--` label is validated by {@link checkPunycodeLabels}. The result still has to
 * pass {@link checkAsciiDomain}.
 */
export function toAsciiDomain(domain: string): string | null {
  let ascii = true
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i)
    if (c < 128) {
      if (!isAsciiDomainChar(c)) return null
    } else {
      ascii = false
    }
  }
  // A host the parser turns into something else (IPv4 from full-width digits) is caught by the
  // caller's alphabetic-TLD rule.
  if (ascii) {
    const lower = domain.toLowerCase()
    return lower.includes('xn--') && !checkPunycodeLabels(lower) ? null : lower
  }
  const known = idnCache.get(domain)
  if (known !== undefined) return known
  const host = idnToAscii(domain)
  // A site sees the same few IDN domains again and again; bounded, so it cannot grow.
  if (idnCache.size < 512) idnCache.set(domain, host)
  return host
}

// new URL() costs ~3–4 µs; memoize the conversion of non-ASCII domains (not observable).
const idnCache = new Map<string, string | null>()

function idnToAscii(domain: string): string | null {
  const host = urlHostname(domain)
  if (host === null || !host.includes('xn--')) return host
  // Labels the parser encoded itself are valid by construction; only `xn--` labels typed as such
  // need the check. Labels line up unless a separator was mapped away; then check them all.
  const typed = splitLabels(domain)
  const out = host.split('.')
  if (typed.length !== out.length) return checkPunycodeLabels(host) ? host : null
  for (let i = 0; i < out.length; i++) {
    const label = out[i] as string
    if (label.startsWith('xn--') && isAscii(typed[i] as string) && !checkPunycodeLabels(label)) return null
  }
  return host
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false
  return true
}

/** Splits on the label separators UTS #46 maps to `.`: U+002E, U+3002, U+FF0E, U+FF61. */
function splitLabels(domain: string): string[] {
  const labels: string[] = []
  let start = 0
  for (let i = 0; i <= domain.length; i++) {
    const c = i < domain.length ? domain.charCodeAt(i) : 46
    if (c === 46 || c === 0x3002 || c === 0xff0e || c === 0xff61) {
      labels.push(domain.slice(start, i))
      start = i + 1
    }
  }
  return labels
}
