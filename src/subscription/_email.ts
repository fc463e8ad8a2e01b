import { checkAsciiDomain, toAsciiDomain } from '../_internal/email.js'
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { pure } from '../_internal/pure.js'
import { DISPOSABLE_EMAIL_DOMAINS } from './disposableDomains.js'
import { EMAIL_REJECTION_MESSAGES } from './emailMessages.js'
import type { ParseEmailOptions } from './parseEmail.js'
import type { EmailRejectionReason, ParseEmailResult } from './types.js'

const MAX_INPUT = 1024
/** 1 for each ASCII code unit allowed in a dot-atom (RFC 5322 atext), indexed by code. */
const ATEXT: Uint8Array = /*@__PURE__*/ pure(() => {
  const table = new Uint8Array(128)
  const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~"
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1
  return table
})
const DISPOSABLE_SET: ReadonlySet<string> = /*@__PURE__*/ pure(() => new Set(DISPOSABLE_EMAIL_DOMAINS))

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

function isAtext(c: number): boolean {
  return ATEXT[c] === 1
}

function fail(reason: EmailRejectionReason): ParseEmailResult {
  return { success: false, reason, message: EMAIL_REJECTION_MESSAGES[reason] }
}

function localPartProblem(local: string): EmailRejectionReason | null {
  let invalid = false
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i)
    if (c >= 128) return 'local_part_non_ascii'
    if (c === 46) {
      if (i === 0 || i === local.length - 1 || local.charCodeAt(i - 1) === 46) invalid = true
    } else if (!isAtext(c)) {
      invalid = true
    }
  }
  if (invalid) return 'local_part_invalid'
  return local.length > 64 ? 'local_part_too_long' : null
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

function resolveList(fn: string, value: unknown, name: string): ReadonlySet<string> | readonly string[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    // A Set (or any object with has()) from any realm is looked up as is.
    if (typeof value === 'object' && value !== null && typeof (value as { has?: unknown }).has === 'function') {
      return value as ReadonlySet<string>
    }
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.${name} must be an array or a Set of domains, received ${describe(value)}`,
    )
  }
  const out: string[] = []
  for (const entry of value as unknown[]) {
    const domain = listEntry(entry)
    if (domain === null) {
      throw new CopydeskError(
        'INVALID_OPTIONS',
        `${fn}: options.${name} contains ${describe(entry)}, which is not a domain`,
      )
    }
    out.push(domain)
  }
  return out
}

/** True when the domain or one of its parent domains is in the list. */
function listed(domain: string, list: ReadonlySet<string> | readonly string[]): boolean {
  if (Array.isArray(list) && list.length === 0) return false
  const has = (d: string): boolean =>
    Array.isArray(list) ? (list as readonly string[]).includes(d) : (list as ReadonlySet<string>).has(d)
  let rest = domain
  for (;;) {
    if (has(rest)) return true
    const dot = rest.indexOf('.')
    if (dot === -1) return false
    rest = rest.slice(dot + 1)
  }
}

function checkFlag(fn: string, value: unknown, name: string): boolean {
  if (value === undefined) return false
  if (typeof value !== 'boolean') {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.${name} must be a boolean, received ${describe(value)}`)
  }
  return value
}

/** The checks behind {@link parseEmail}; `fn` names the public function in error messages. */
export function parseEmailAddress(fn: string, input: unknown, options: ParseEmailOptions): ParseEmailResult {
  if (typeof options !== 'object' || options === null) {
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: options must be an object, received ${describe(options)}`)
  }
  const rejectDisposable = checkFlag(fn, options.rejectDisposable, 'rejectDisposable')
  const lowercaseLocal = checkFlag(fn, options.lowercaseLocalPart, 'lowercaseLocalPart')
  const blocked = resolveList(fn, options.blockedDomains, 'blockedDomains')
  const extraDisposable = resolveList(fn, options.disposableDomains, 'disposableDomains')

  if (typeof input !== 'string') return fail('not_a_string')
  const address = input.trim()
  if (address.length === 0) return fail('empty')
  if (address.length > MAX_INPUT) return fail('too_long')

  let ats = 0
  let separator = false
  let angle = false
  let space = false
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i)
    if (isControl(c)) return fail('control_character')
    if (c === 64) ats++
    else if (c === 60 || c === 62) angle = true
    else if (c === 44 || c === 59) separator = true
    else if (isSpace(c)) space = true
  }
  if (ats >= 2 && (separator || space)) return fail('multiple_addresses')
  if (angle) return fail('display_name')
  if (space) return fail('whitespace')
  if (ats === 0) return fail('missing_at')
  if (ats > 1) return fail('multiple_at')

  const at = address.indexOf('@')
  let local = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (local.length === 0) return fail('local_part_empty')
  const localProblem = localPartProblem(local)
  if (localProblem !== null) return fail(localProblem)
  if (domain.length === 0) return fail('domain_empty')
  if (domain.startsWith('[')) return fail('domain_ip_literal')
  const ascii = toAsciiDomain(domain)
  if (ascii === null) return fail('domain_invalid')
  if (local.length + 1 + ascii.length > 254) return fail('too_long')
  if (!checkAsciiDomain(ascii)) return fail('domain_invalid')

  if (listed(ascii, blocked)) return fail('blocked_domain')
  if (rejectDisposable && (listed(ascii, DISPOSABLE_SET) || listed(ascii, extraDisposable)))
    return fail('disposable_domain')
  if (lowercaseLocal) local = local.toLowerCase()
  return { success: true, email: `${local}@${ascii}` }
}
