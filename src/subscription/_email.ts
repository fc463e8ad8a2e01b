// The address checks behind parseEmail, safeParseEmail and every subscription function that takes
// an address. One pass for the common case (a plain ASCII address), the full rule list otherwise.
import { checkAsciiDomain, toAsciiDomain } from '../_internal/email.js'
import { booleanOption, checkOptions, isRecord, refuse } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { pure } from '../_internal/pure.js'
import { CopydeskError } from '../errors.js'
import { DISPOSABLE_EMAIL_DOMAINS } from './disposableDomains.js'
import { EMAIL_REJECTION_MESSAGES } from './emailMessages.js'
import type { EmailRejectionReason, ParseEmailOptions } from './types.js'

const MAX_INPUT = 1024
/** 1 for each ASCII code unit allowed in a dot-atom (RFC 5322 atext) other than `.`, by code. */
const ATEXT: Uint8Array = /*@__PURE__*/ pure(() => {
  const table = new Uint8Array(128)
  const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~"
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1
  return table
})
const DISPOSABLE_SET: ReadonlySet<string> = /*@__PURE__*/ pure(() => new Set(DISPOSABLE_EMAIL_DOMAINS))

/** A refused address: the first rule that failed. */
export interface EmailRefusal {
  reason: EmailRejectionReason
}

/** The normalized address, or why it was refused. */
export type EmailCheck = string | EmailRefusal

/** Options after checking. */
export interface ResolvedEmailOptions {
  rejectDisposable: boolean
  lowercaseLocal: boolean
  blocked: DomainList
  extraDisposable: DomainList
}

type DomainList = ReadonlySet<string>

const NO_DOMAINS: ReadonlySet<string> = /*@__PURE__*/ pure(() => new Set<string>())
export const DEFAULT_EMAIL_OPTIONS: ResolvedEmailOptions = {
  rejectDisposable: false,
  lowercaseLocal: false,
  blocked: NO_DOMAINS,
  extraDisposable: NO_DOMAINS,
}

function isControl(c: number): boolean {
  return c < 32 || (c >= 127 && c <= 159) || c === 0x2028 || c === 0x2029
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

function refused(reason: EmailRejectionReason): EmailRefusal {
  return { reason }
}

function localPartProblem(local: string): EmailRejectionReason | null {
  let invalid = false
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i)
    if (c >= 128) return 'local-part-non-ascii'
    if (c === 46) {
      if (i === 0 || i === local.length - 1 || local.charCodeAt(i - 1) === 46) invalid = true
    } else if (ATEXT[c] === 0) {
      invalid = true
    }
  }
  if (invalid) return 'local-part-invalid'
  return local.length > 64 ? 'local-part-too-long' : null
}

/** Normalizes one list entry; `null` for an entry that is not a domain. */
function listEntry(entry: unknown): string | null {
  if (typeof entry !== 'string') return null
  let value = entry.trim()
  if (value.startsWith('*.')) value = value.slice(2)
  else if (value.startsWith('@') || value.startsWith('.')) value = value.slice(1)
  const ascii = toAsciiDomain(value)
  return ascii !== null && ascii.length > 0 ? ascii : null
}

function resolveList(fn: string, value: unknown, name: string): DomainList {
  if (value === undefined) return NO_DOMAINS
  if (!Array.isArray(value)) {
    // A Set (or any object with has()) from any realm is looked up as is.
    if (isRecord(value) && typeof value.has === 'function') return value as unknown as ReadonlySet<string>
    throw refuse(fn, 'INVALID_OPTIONS', `options.${name}`, 'an array or a Set of domains', value)
  }
  if (value.length === 0) return NO_DOMAINS
  const out = new Set<string>()
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i]
    const domain = listEntry(entry)
    if (domain === null) throw refuse(fn, 'INVALID_OPTIONS', `options.${name}[${i}]`, 'a domain', entry)
    out.add(domain)
  }
  return out
}

/** True when the domain or one of its parent domains is in the list. */
function listed(domain: string, list: DomainList): boolean {
  if (list === NO_DOMAINS) return false
  let rest = domain
  for (;;) {
    if (list.has(rest) === true) return true
    const dot = rest.indexOf('.')
    if (dot === -1) return false
    rest = rest.slice(dot + 1)
  }
}

/** Checks the email options of `fn` (`what` names them in messages: `options`, `options.email`). */
export function resolveEmailOptions(fn: string, options: unknown, what = 'options'): ResolvedEmailOptions {
  if (options === undefined) return DEFAULT_EMAIL_OPTIONS
  if (!isRecord(options)) throw refuse(fn, 'INVALID_OPTIONS', what, 'an object', options)
  const o = checkOptions<ParseEmailOptions>(fn, options)
  const prefix = what === 'options' ? '' : `${what.slice('options.'.length)}.`
  const resolved: ResolvedEmailOptions = {
    rejectDisposable: booleanOption(fn, `${prefix}rejectDisposable`, o.rejectDisposable, false),
    lowercaseLocal: booleanOption(fn, `${prefix}lowercaseLocalPart`, o.lowercaseLocalPart, false),
    blocked: resolveList(fn, o.blockedDomains, `${prefix}blockedDomains`),
    extraDisposable: resolveList(fn, o.disposableDomains, `${prefix}disposableDomains`),
  }
  const plain =
    !resolved.rejectDisposable &&
    !resolved.lowercaseLocal &&
    resolved.blocked === NO_DOMAINS &&
    resolved.extraDisposable === NO_DOMAINS
  return plain ? DEFAULT_EMAIL_OPTIONS : resolved
}

/**
 * The common shape of an address, for the fast path: a dot-atom local part, `@`, then hostname
 * labels of ASCII letters and digits with inner hyphens, ending in an alphabetic top-level domain.
 * Each repeated group starts with a character (`.`, `-`) the group before it cannot end with, so
 * matching is linear.
 */
const COMMON_RE =
  /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@(?!xn--)[a-z\d]+(?:-+[a-z\d]+)*(?:\.(?!xn--)[a-z\d]+(?:-+[a-z\d]+)*)*\.[a-z]{2,63}$/i

/**
 * The common case: one native regex test instead of the full rule list. Returns the normalized
 * address, or `undefined` to let {@link slowCheck} classify the input; for every address it
 * accepts, `slowCheck` gives the same address (a property test holds the two together). `xn--`
 * labels are left to the full rules, which decode them.
 */
export function fastAscii(address: string): string | undefined {
  if (address.length > 254 || !COMMON_RE.test(address)) return undefined
  // One pass back to the "@": where it is, and whether the domain needs lowercasing.
  let at = address.length - 1
  let upper = false
  for (; at > 0; at--) {
    const c = address.charCodeAt(at)
    if (c === 64) break
    if (c <= 90 && c >= 65) upper = true
  }
  if (at > 64) return undefined
  const domainLength = address.length - at - 1
  if (domainLength > 63 && !labelsFit(address, at + 1)) return undefined
  return upper ? `${address.slice(0, at + 1)}${address.slice(at + 1).toLowerCase()}` : address
}

/** Every label from `start` on is at most 63 characters long. */
function labelsFit(address: string, start: number): boolean {
  for (let from = start; ;) {
    const dot = address.indexOf('.', from)
    const end = dot === -1 ? address.length : dot
    if (end - from > 63) return false
    if (dot === -1) return true
    from = dot + 1
  }
}

/** The full rule list, in the documented order. `address` is trimmed and non-empty. */
export function slowCheck(address: string): EmailCheck {
  if (address.length > MAX_INPUT) return refused('too-long')
  let ats = 0
  let separator = false
  let angle = false
  let space = false
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i)
    if (isControl(c)) return refused('control-character')
    if (c === 64) ats++
    else if (c === 60 || c === 62) angle = true
    else if (c === 44 || c === 59) separator = true
    else if (isSpace(c)) space = true
  }
  if (ats >= 2 && (separator || space)) return refused('multiple-addresses')
  if (angle) return refused('display-name')
  if (space) return refused('whitespace')
  if (ats === 0) return refused('missing-at')
  if (ats > 1) return refused('multiple-at')

  const at = address.indexOf('@')
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length === 0) return refused('local-part-empty')
  const localProblem = localPartProblem(local)
  if (localProblem !== null) return refused(localProblem)
  if (domain.length === 0) return refused('domain-empty')
  if (domain.startsWith('[')) return refused('domain-ip-literal')
  const ascii = toAsciiDomain(domain)
  if (ascii === null) return refused('domain-invalid')
  if (local.length + 1 + ascii.length > 254) return refused('too-long')
  if (!checkAsciiDomain(ascii)) return refused('domain-invalid')
  return `${local}@${ascii}`
}

/** Checks one address with resolved options; never throws. */
export function checkAddress(input: unknown, o: ResolvedEmailOptions): EmailCheck {
  if (typeof input !== 'string') return refused('not-a-string')
  const address = input.trim()
  if (address.length === 0) return refused('empty')
  const result = fastAscii(address) ?? slowCheck(address)
  if (typeof result !== 'string' || o === DEFAULT_EMAIL_OPTIONS) return result
  const at = result.lastIndexOf('@')
  const ascii = result.slice(at + 1)
  if (listed(ascii, o.blocked)) return refused('blocked-domain')
  if (o.rejectDisposable && (listed(ascii, DISPOSABLE_SET) || listed(ascii, o.extraDisposable)))
    return refused('disposable-domain')
  if (o.lowercaseLocal) return `${result.slice(0, at).toLowerCase()}@${ascii}`
  return result
}

/**
 * The `CopydeskError` for a refused address: `INVALID_INPUT` (or `code`), `reason` the kebab-case
 * rule, one issue at `path`, and a message that starts with the public function.
 */
export function emailError(
  fn: string,
  what: string,
  reason: EmailRejectionReason,
  input: unknown,
  path: (string | number)[] = [],
  code: 'INVALID_INPUT' | 'INVALID_OPTIONS' = 'INVALID_INPUT',
): CopydeskError {
  const message = EMAIL_REJECTION_MESSAGES[reason]
  return new CopydeskError(code, `${fn}: ${what} is refused: ${message} (${reason}), received ${describe(input)}`, {
    reason,
    issues: [{ path, code: reason, message }],
  })
}

/** The normalized address, or the `emailError` of `fn` naming `what`. */
export function requireAddress(
  fn: string,
  input: unknown,
  o: ResolvedEmailOptions,
  what: string,
  path: (string | number)[] = [],
  code: 'INVALID_INPUT' | 'INVALID_OPTIONS' = 'INVALID_INPUT',
): string {
  const result = checkAddress(input, o)
  if (typeof result !== 'string') throw emailError(fn, what, result.reason, input, path, code)
  return result
}
