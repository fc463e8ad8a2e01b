import { describe, expect, it } from 'vitest'
import {
  DISPOSABLE_EMAIL_DOMAINS,
  EMAIL_REJECTION_MESSAGES,
  isCopydeskError,
  parseEmail,
  safeParseEmail,
  type EmailRejectionReason,
  type ParseEmailOptions,
} from '../../src/subscription/index.js'

/** The refusal reason of safeParseEmail, or `undefined` when the address is accepted. */
function reasonOf(input: unknown, options?: ParseEmailOptions): string | undefined {
  const result = safeParseEmail(input, options)
  return result.success ? undefined : result.error.reason
}

const a64 = 'a'.repeat(64)
const cjk = '例子广告用户中文新闻报纸天气体育文化经济'
const label63 = 'b'.repeat(63)
// 64 + 1 + 189 = 254 octets exactly: three 61-char labels + 'com' = 61*3 + 3 + 3 dots = 189
const domain189 = `${'c'.repeat(61)}.${'d'.repeat(61)}.${'e'.repeat(61)}.com`

const valid: [string, string, string][] = [
  ['a plain address', 'ana@example.com', 'ana@example.com'],
  ['surrounding spaces are trimmed', '  ana@example.com  ', 'ana@example.com'],
  ['a trailing CRLF is trimmed, not injected', 'ana@example.com\r\n', 'ana@example.com'],
  ['tabs and NBSP around are trimmed', '\t\u00a0ana@example.com\u00a0', 'ana@example.com'],
  ['the domain is lowercased', 'ana@EXAMPLE.COM', 'ana@example.com'],
  ['the local part keeps its case', 'Ana.Lima@Example.com', 'Ana.Lima@example.com'],
  ['plus addressing', 'ana+news@example.com', 'ana+news@example.com'],
  ['dots inside the local part', 'a.n.a@example.com', 'a.n.a@example.com'],
  ['all RFC 5322 atext specials', "!#$%&'*+-/=?^_`{|}~@example.com", "!#$%&'*+-/=?^_`{|}~@example.com"],
  ['digits only local part', '1234@example.com', '1234@example.com'],
  ['a one-character local part', 'a@example.com', 'a@example.com'],
  ['a subdomain', 'ana@mail.news.example.co.uk', 'ana@mail.news.example.co.uk'],
  ['a hyphen inside a label', 'ana@my-news.example', 'ana@my-news.example'],
  ['digits in a label', 'ana@123news.com', 'ana@123news.com'],
  ['a long TLD', 'ana@example.museum', 'ana@example.museum'],
  ['a punycode TLD stays', 'ana@example.xn--p1ai', 'ana@example.xn--p1ai'],
  ['a 64-octet local part', `${a64}@example.com`, `${a64}@example.com`],
  ['a 63-character label', `ana@${label63}.com`, `ana@${label63}.com`],
  ['254 octets exactly', `${a64}@${domain189}`, `${a64}@${domain189}`],
  ['IDN: Chinese domain → punycode', 'ana@例子.广告', 'ana@xn--fsqu00a.xn--4rr70v'],
  ['IDN: German umlaut', 'ana@bücher.de', 'ana@xn--bcher-kva.de'],
  ['IDN: ß is kept (non-transitional UTS #46)', 'ana@faß.de', 'ana@xn--fa-hia.de'],
  ['IDN: Cyrillic TLD', 'ana@пример.рф', 'ana@xn--e1afmkfd.xn--p1ai'],
  ['IDN: uppercase Unicode is case-folded', 'ana@BÜCHER.de', 'ana@xn--bcher-kva.de'],
  ['IDN: full-width letters map to ASCII', 'ana@ｅｘａｍｐｌｅ．ｃｏｍ', 'ana@example.com'],
  ['IDN: ideographic full stop separates labels', 'ana@例子。广告', 'ana@xn--fsqu00a.xn--4rr70v'],
  ['IDN: a soft hyphen is dropped', 'ana@ex\u00adample.com', 'ana@example.com'],
  ['IDN: emoji domain', 'ana@☃.net', 'ana@xn--n3h.net'],
  ['already punycode stays as is', 'ana@xn--bcher-kva.de', 'ana@xn--bcher-kva.de'],
  ['uppercase punycode is lowercased', 'ana@XN--BCHER-KVA.DE', 'ana@xn--bcher-kva.de'],
  ['emoji punycode stays', 'ana@xn--ls8h.la', 'ana@xn--ls8h.la'],
  ['an apostrophe (O’Malley style, ASCII)', "pete.o'malley@example.com", "pete.o'malley@example.com"],
  ['a double hyphen label', 'ana@ab--cd.com', 'ana@ab--cd.com'],
]

const invalid: [string, unknown, EmailRejectionReason][] = [
  ['a number', 42, 'not-a-string'],
  ['null', null, 'not-a-string'],
  ['undefined', undefined, 'not-a-string'],
  ['an object', { email: 'ana@example.com' }, 'not-a-string'],
  ['an array of one address', ['ana@example.com'], 'not-a-string'],
  ['the empty string', '', 'empty'],
  ['only spaces', '   ', 'empty'],
  ['only line breaks', '\r\n\r\n', 'empty'],
  ['1 MB of letters', 'a'.repeat(1_000_000), 'too-long'],
  ['1 MB local part with a domain', `${'a'.repeat(1_000_000)}@example.com`, 'too-long'],
  ['1,025 characters', `${'a'.repeat(1013)}@example.com`, 'too-long'],
  ['255 octets', `${a64}@a${domain189}`, 'too-long'],
  [
    '152 characters of IDN that grow to 340 octets in punycode',
    `${a64}@${cjk}.${[...cjk].reverse().join('')}.${cjk}.${cjk}.com`,
    'too-long',
  ],
  ['CRLF header injection', 'ana@example.com\r\nBcc: victim@example.org', 'control-character'],
  ['LF injection', 'ana@example.com\nBcc: victim@example.org', 'control-character'],
  ['CR alone', 'ana@exa\rmple.com', 'control-character'],
  ['a NUL byte', 'ana\u0000@example.com', 'control-character'],
  ['a tab inside', 'ana\t@example.com', 'control-character'],
  ['DEL', 'ana\u007f@example.com', 'control-character'],
  ['a C1 control (NEL)', 'ana@example.com\u0085x', 'control-character'],
  ['LINE SEPARATOR U+2028', 'ana@example.com\u2028Bcc: x@y.com', 'control-character'],
  ['PARAGRAPH SEPARATOR U+2029', 'ana\u2029@example.com', 'control-character'],
  [
    'URL-encoded CRLF stays literal but % is not allowed in a domain',
    'ana@example.com%0d%0abcc:x@y.com',
    'multiple-at',
  ],
  ['two addresses with a comma', 'ana@example.com,bob@example.com', 'multiple-addresses'],
  ['two addresses with comma and space', 'ana@example.com, bob@example.com', 'multiple-addresses'],
  ['two addresses with a semicolon', 'ana@example.com;bob@example.com', 'multiple-addresses'],
  ['two addresses with a space', 'ana@example.com bob@example.com', 'multiple-addresses'],
  ['two display-name addresses', 'Ana <ana@example.com>, Bob <bob@example.com>', 'multiple-addresses'],
  ['a display name', 'Ana Lima <ana@example.com>', 'display-name'],
  ['a quoted display name', '"Ana Lima" <ana@example.com>', 'display-name'],
  ['angle brackets only', '<ana@example.com>', 'display-name'],
  ['an HTML tag', 'ana@example.com<script>', 'display-name'],
  ['a space inside the local part', 'ana lima@example.com', 'whitespace'],
  ['a space before @', 'ana @example.com', 'whitespace'],
  ['an NBSP inside', 'ana\u00a0lima@example.com', 'whitespace'],
  ['an ideographic space inside', 'ana\u3000@example.com', 'whitespace'],
  ['a zero-width no-break space inside', 'ana\ufeff@example.com', 'whitespace'],
  ['no @', 'ana.example.com', 'missing-at'],
  ['a bare word', 'ana', 'missing-at'],
  ['a full-width @ is not an @', 'ana＠example.com', 'missing-at'],
  ['two @', 'ana@bob@example.com', 'multiple-at'],
  ['a trailing @@', 'ana@@example.com', 'multiple-at'],
  ['nothing before @', '@example.com', 'local-part-empty'],
  ['only @', '@', 'local-part-empty'],
  ['Chinese local part (SMTPUTF8)', '用户@例子.广告', 'local-part-non-ascii'],
  ['accented local part', 'josé@example.com', 'local-part-non-ascii'],
  ['Cyrillic homograph "а" in local part', 'аna@example.com', 'local-part-non-ascii'],
  ['a lone high surrogate in the local part', 'ana\ud800@example.com', 'local-part-non-ascii'],
  ['a lone low surrogate in the local part', '\udc00ana@example.com', 'local-part-non-ascii'],
  ['an emoji local part', '😀@example.com', 'local-part-non-ascii'],
  ['a zero-width joiner in the local part', 'an\u200da@example.com', 'local-part-non-ascii'],
  ['a leading dot', '.ana@example.com', 'local-part-invalid'],
  ['a trailing dot', 'ana.@example.com', 'local-part-invalid'],
  ['two dots', 'ana..lima@example.com', 'local-part-invalid'],
  ['a quoted local part', '"ana"@example.com', 'local-part-invalid'],
  ['a comment', 'ana(comment)@example.com', 'local-part-invalid'],
  ['a backslash', 'ana\\lima@example.com', 'local-part-invalid'],
  ['a colon', 'ana:lima@example.com', 'local-part-invalid'],
  ['square brackets in the local part', 'ana[1]@example.com', 'local-part-invalid'],
  ['a comma in the local part (one @)', 'ana,lima@example.com', 'local-part-invalid'],
  ['65 octets before @', `${a64}a@example.com`, 'local-part-too-long'],
  ['nothing after @', 'ana@', 'domain-empty'],
  ['an IPv4 literal', 'ana@[192.0.2.1]', 'domain-ip-literal'],
  ['an IPv6 literal', 'ana@[IPv6:2001:db8::1]', 'domain-ip-literal'],
  ['a bare IPv4 address', 'ana@192.0.2.1', 'domain-invalid'],
  ['full-width digits that map to an IPv4', 'ana@１２７.０.０.１', 'domain-invalid'],
  ['a single-label domain', 'ana@localhost', 'domain-invalid'],
  ['a trailing dot', 'ana@example.com.', 'domain-invalid'],
  ['a leading dot', 'ana@.example.com', 'domain-invalid'],
  ['two dots in the domain', 'ana@example..com', 'domain-invalid'],
  ['a leading hyphen in a label', 'ana@-example.com', 'domain-invalid'],
  ['a trailing hyphen in a label', 'ana@example-.com', 'domain-invalid'],
  ['an underscore in the domain', 'ana@exa_mple.com', 'domain-invalid'],
  ['a one-letter TLD', 'ana@example.c', 'domain-invalid'],
  ['a numeric TLD', 'ana@example.123', 'domain-invalid'],
  ['a 64-character label', `ana@${label63}b.com`, 'domain-invalid'],
  ['a port', 'ana@example.com:25', 'domain-invalid'],
  ['a path', 'ana@example.com/x', 'domain-invalid'],
  ['a query', 'ana@example.com?x=1', 'domain-invalid'],
  ['a percent sign', 'ana@exam%41ple.com', 'domain-invalid'],
  [
    'invalid punycode (Node and Chromium URL parsers disagree; copydesk decodes it itself)',
    'ana@xn--zz.com',
    'domain-invalid',
  ],
  ['punycode that decodes to a control character', 'ana@xn--a.com', 'domain-invalid'],
  ['punycode that decodes to ASCII only', 'ana@xn--abc-.com', 'domain-invalid'],
  ['punycode of an uppercase (mapped) letter', 'ana@xn--bcher-2pa.de', 'domain-invalid'],
  ['punycode of a full-width (mapped) letter', 'ana@xn--xample-hy68a.com', 'domain-invalid'],
  ['an empty xn-- label', 'ana@xn--.com', 'domain-invalid'],
  ['a lone surrogate in the domain', 'ana@\ud800.com', 'domain-invalid'],
  ['a right-to-left override in the domain', 'ana@exa\u202emple.com', 'domain-invalid'],
  ['a zero-width joiner in the domain', 'ana@ex\u200dample.com', 'domain-invalid'],
  ['a Unicode domain with an ASCII slash', 'ana@例子/广告.com', 'domain-invalid'],
  ['a backslash in the domain', 'ana@example\\.com', 'domain-invalid'],
]

describe('parseEmail: valid addresses', () => {
  it.each(valid)('accepts %s', (_name, input, email) => {
    expect(safeParseEmail(input)).toEqual({ success: true, data: email })
    expect(parseEmail(input)).toBe(email)
  })
})

describe('parseEmail: refused addresses, with the exact reason', () => {
  it.each(invalid)('refuses %s', (_name, input, reason) => {
    const result = safeParseEmail(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error).toMatchObject({ code: 'INVALID_INPUT', reason })
    expect(result.error.message).toContain(
      `safeParseEmail: input is refused: ${EMAIL_REJECTION_MESSAGES[reason]} (${reason})`,
    )
  })

  it.each(invalid)('parseEmail throws INVALID_INPUT for %s, naming the reason', (_name, input, reason) => {
    let caught: unknown
    try {
      parseEmail(input)
    } catch (error) {
      caught = error
    }
    expect(isCopydeskError(caught)).toBe(true)
    const error = caught as { code: string; reason: string; message: string; issues: { code: string }[] }
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.reason).toBe(reason)
    expect(error.message).toContain(`parseEmail: input is refused: ${EMAIL_REJECTION_MESSAGES[reason]} (${reason})`)
    expect(error.issues[0]?.code).toBe(reason)
    // A 1 MB input never ends up in the message.
    expect(error.message.length).toBeLessThan(300)
  })

  it('has at least 80 cases in all', () => {
    expect(valid.length + invalid.length).toBeGreaterThanOrEqual(80)
  })

  it('covers every rejection reason except the option-driven ones', () => {
    const seen = new Set(invalid.map(([, , reason]) => reason))
    const all = Object.keys(EMAIL_REJECTION_MESSAGES).filter((r) => r !== 'blocked-domain' && r !== 'disposable-domain')
    expect([...seen].sort()).toEqual(all.sort())
  })
})

describe('parseEmail: blocked and disposable domains', () => {
  it('refuses a blocked domain and its subdomains, normalizing list entries', () => {
    const blockedDomains = ['@Spam.Example', '*.junk.test', 'bücher.de']
    expect(reasonOf('ana@spam.example', { blockedDomains })).toBe('blocked-domain')
    expect(reasonOf('ana@mx.SPAM.example', { blockedDomains })).toBe('blocked-domain')
    expect(reasonOf('ana@junk.test', { blockedDomains })).toBe('blocked-domain')
    expect(reasonOf('ana@xn--bcher-kva.de', { blockedDomains })).toBe('blocked-domain')
    expect(parseEmail('ana@notspam.example', { blockedDomains })).toBe('ana@notspam.example')
  })

  it('looks a Set up as is (for large lists)', () => {
    const blockedDomains = new Set(['spam.example'])
    expect(reasonOf('ana@a.spam.example', { blockedDomains })).toBe('blocked-domain')
    expect(safeParseEmail('ana@example.com', { blockedDomains }).success).toBe(true)
  })

  it('checks disposable domains only when asked (mirrors @example)', () => {
    expect(parseEmail('ana@mailinator.com')).toBe('ana@mailinator.com')
    expect(safeParseEmail('ana@mailinator.com', { rejectDisposable: true }).success).toBe(false)
    expect(reasonOf('ana@inbox.Mailinator.com', { rejectDisposable: true })).toBe('disposable-domain')
    expect(safeParseEmail('ana@gmail.com', { rejectDisposable: true }).success).toBe(true)
  })

  it('adds user-supplied disposable domains to the built-in list', () => {
    const options = { rejectDisposable: true, disposableDomains: ['burner.test'] }
    expect(reasonOf('ana@burner.test', options)).toBe('disposable-domain')
    expect(reasonOf('ana@yopmail.com', options)).toBe('disposable-domain')
    expect(safeParseEmail('ana@burner.test', { disposableDomains: ['burner.test'] }).success).toBe(true)
  })

  it('reports blocked before disposable', () => {
    expect(reasonOf('ana@mailinator.com', { rejectDisposable: true, blockedDomains: ['mailinator.com'] })).toBe(
      'blocked-domain',
    )
  })

  it('ships a short list of lowercase ASCII domains with no real mailbox provider (mirrors @example)', () => {
    expect(DISPOSABLE_EMAIL_DOMAINS.includes('mailinator.com')).toBe(true)
    expect(DISPOSABLE_EMAIL_DOMAINS.includes('gmail.com')).toBe(false)
    for (const d of DISPOSABLE_EMAIL_DOMAINS) expect(parseEmail(`x@${d}`)).toBe(`x@${d}`)
    for (const real of ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'fastmail.com']) {
      expect(DISPOSABLE_EMAIL_DOMAINS).not.toContain(real)
    }
    expect(Object.isFrozen(DISPOSABLE_EMAIL_DOMAINS)).toBe(true)
  })
})

describe('parseEmail / safeParseEmail options', () => {
  it('lowercases the local part only when asked (mirrors @example)', () => {
    expect(parseEmail(' Ana.Lima@Example.COM ')).toBe('Ana.Lima@example.com')
    expect(parseEmail('Ana.Lima@Example.COM', { lowercaseLocalPart: true })).toBe('ana.lima@example.com')
  })

  it.each([
    ['options not an object', 'yes'],
    ['options an array', []],
    ['options null', null],
    ['rejectDisposable not a boolean', { rejectDisposable: 'yes' }],
    ['lowercaseLocalPart not a boolean', { lowercaseLocalPart: 1 }],
    ['blockedDomains not a list', { blockedDomains: 'spam.example' }],
    ['a blocked entry that is not a domain', { blockedDomains: ['spam example'] }],
    ['a blocked entry that is not a string', { blockedDomains: [42] }],
    ['disposableDomains not a list', { disposableDomains: 5 }],
  ])('throws INVALID_OPTIONS for %s', (_name, options) => {
    expect(() => parseEmail('ana@example.com', options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
    expect(() => parseEmail('ana@example.com', options as never)).toThrow(/^parseEmail: /)
    expect(() => safeParseEmail('ana@example.com', options as never)).toThrow(/^safeParseEmail: /)
  })
})

describe('parseEmail: documented examples', () => {
  it('mirrors the parseEmail @example', () => {
    expect(parseEmail('  Ana.Lima@Example.COM ')).toBe('Ana.Lima@example.com')
    expect(parseEmail('ana@例子.广告')).toBe('ana@xn--fsqu00a.xn--4rr70v')
    expect(() => parseEmail('Ana <ana@example.com>')).toThrow(
      'parseEmail: input is refused: Enter only the email address, without a name or angle brackets (display-name), received string "Ana <ana@example.com>"',
    )
    expect(() => parseEmail('Ana <ana@example.com>')).toThrow(expect.objectContaining({ reason: 'display-name' }))
  })

  it('mirrors the safeParseEmail @example', () => {
    expect(safeParseEmail(' Ana@Example.COM ')).toEqual({ success: true, data: 'Ana@example.com' })
    const result = safeParseEmail('ana.example.com')
    expect(result.success).toBe(false)
    expect(result.success || result.error.reason).toBe('missing-at')
    expect(safeParseEmail('ana@mailinator.com', { rejectDisposable: true }).success).toBe(false)
  })

  it('is idempotent on accepted addresses', () => {
    for (const [, input] of valid) expect(parseEmail(parseEmail(input))).toBe(parseEmail(input))
  })

  it('mirrors the EMAIL_REJECTION_MESSAGES @example', () => {
    expect(EMAIL_REJECTION_MESSAGES['display-name']).toBe(
      'Enter only the email address, without a name or angle brackets',
    )
    expect(Object.isFrozen(EMAIL_REJECTION_MESSAGES)).toBe(true)
  })

  it('refuses a 1 MB hostile string in well under 2 s', () => {
    const hostile = `${'<a>\r\n'.repeat(200_000)}@example.com`
    const started = Date.now()
    expect(reasonOf(hostile)).toBe('too-long')
    expect(safeParseEmail(`${'\ud800'.repeat(1000)}@example.com`).success).toBe(false)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('parseEmail: typed xn-- labels beside Unicode labels', () => {
  it.each([
    ['an invalid typed xn-- label next to a Unicode one', 'ana@xn--zz.例子.广告', false],
    ['a valid typed xn-- label next to a Unicode one', 'ana@xn--bcher-kva.例子.广告', true],
    ['a typed label after an ideographic full stop', 'ana@例子。xn--zz', false],
  ])('checks %s', (_name, input, ok) => {
    expect(safeParseEmail(input).success).toBe(ok)
  })
})
