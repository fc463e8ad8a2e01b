import { describe, expect, it } from 'vitest'
import newsroom from '../../examples/newsroom/comments.json' with { type: 'json' }
import spam from '../fixtures/moderation-spam.json' with { type: 'json' }
import {
  createModerationPolicy,
  createTermList,
  CopydeskError,
  defaultModerationPolicy,
  defaultModerationWeights,
  moderateComment,
  sanitizeCommentHtml,
  statusForVerdict,
  type ModerationContext,
  type ModerationPolicy,
  type Verdict,
} from '../../src/moderation/index.js'

const codes = (v: Verdict): string[] => v.reasons.map((r) => r.code)
const NOW = '2026-11-24T12:00:00Z'
const ago = (seconds: number): string => new Date(Date.parse(NOW) - seconds * 1000).toISOString()

/** Invariants every verdict keeps, whatever the input. */
function checkVerdict(v: Verdict, policy: ModerationPolicy = defaultModerationPolicy()): void {
  const sum = Math.round(v.reasons.reduce((s, r) => s + r.weight, 0) * 100) / 100
  expect(v.score).toBe(sum)
  const expected = v.reasons.some((r) => r.code === 'staff')
    ? 'approve'
    : v.score >= policy.thresholds.reject
      ? 'reject'
      : v.score >= policy.thresholds.hold
        ? 'hold'
        : 'approve'
  expect(v.action).toBe(expected)
  for (const r of v.reasons) {
    expect(typeof r.message).toBe('string')
    if (r.span !== undefined) {
      expect(r.span[0]).toBeGreaterThanOrEqual(0)
      expect(r.span[1]).toBeGreaterThanOrEqual(r.span[0])
      expect(r.span[1]).toBeLessThanOrEqual(v.text.length)
    }
    if (r.code === 'term') {
      expect(typeof r.term).toBe('string')
      expect(typeof r.category).toBe('string')
      expect(r.span).toBeDefined()
    } else {
      expect(r.term).toBeUndefined()
      expect(r.category).toBeUndefined()
    }
  }
  const weights = v.reasons.map((r) => r.weight)
  expect(weights).toEqual([...weights].sort((a, b) => b - a))
  expect(v.policyVersion).toBe(policy.version)
}

describe('moderateComment', () => {
  it('mirrors its TSDoc example', () => {
    const verdict = moderateComment({
      html: '<p>Total sh1t. Buy cheap pills at <a href="https://bit.ly/x">bbc.co.uk</a></p>',
    })
    expect(verdict.action).toBe('reject')
    expect(verdict.reasons.map((r) => `${r.code}:${r.weight}`)).toEqual([
      'deceptive-link:5',
      'term:5',
      'spam-model:4.52',
      'term:4.5',
      'shortener:4',
      'links:1.5',
    ])
    expect(verdict.reasons[2]?.features?.map((f) => f.feature)).toEqual(['a link', 'uk', 'co', 'co uk', 'buy'])
    expect(verdict.reasons[1]).toEqual({
      code: 'term',
      message: 'Listed profanity term "shit" (hold, severity 2), disguised by leet',
      weight: 5,
      span: [6, 10],
      term: 'shit',
      category: 'profanity',
      evasions: ['leet'],
    })
    expect(
      moderateComment({ html: '<p>Great reporting, thank you.</p>' }, { author: { approvedCount: 0 } }).action,
    ).toBe('hold')
  })

  it('mirrors the module, policy, weights and status examples', () => {
    const verdict = moderateComment({ html: '<p>What a f.u.c.k-up</p>' })
    expect(verdict.action).toBe('reject')
    expect(statusForVerdict(verdict)).toBe('spam')
    const strict = createModerationPolicy({
      name: 'election-live',
      thresholds: { hold: 3 },
      maxLinks: 0,
      trustedDomains: ['harborledger.example'],
    })
    expect(strict.thresholds).toEqual({ hold: 3, reject: 10 })
    expect(strict.version).toMatch(/^election-live@1\.2\.0\+[0-9a-f]{8}$/)
    expect(createModerationPolicy({ version: '2026-11' }).version).toBe('default@2026-11')
    expect(defaultModerationPolicy().thresholds).toEqual({ hold: 5, reject: 10 })
    expect(defaultModerationPolicy().maxLinks).toBe(2)
    expect(defaultModerationWeights['term.reject']).toBe(10)
    expect(defaultModerationWeights['new-commenter']).toBe(5)
    expect(defaultModerationWeights['trusted-author']).toBe(-3)
    expect(statusForVerdict('hold')).toBe('pending')
    expect(statusForVerdict(moderateComment({ html: '<p>Thanks for this.</p>' }))).toBe('published')
  })

  it('returns the sanitized HTML and its text, and spans that point into the text', () => {
    const v = moderateComment({ html: '<p>Hello <b>there</b>, you <em>ｉｄｉｏｔ</em></p><script>x</script>' })
    expect(v.html).toBe(
      sanitizeCommentHtml('<p>Hello <b>there</b>, you <em>ｉｄｉｏｔ</em></p><script>x</script>').html,
    )
    expect(v.text).toBe('Hello there, you ｉｄｉｏｔ')
    const term = v.reasons.find((r) => r.code === 'term')
    expect(term?.span && v.text.slice(...term.span)).toBe('ｉｄｉｏｔ')
    expect(term?.evasions).toEqual(['width'])
    checkVerdict(v)
  })

  it('marks a term split by markup as a markup evasion', () => {
    const v = moderateComment({ html: '<p>f<em>u</em>ck off</p>' })
    expect(v.reasons[0]).toMatchObject({ code: 'term', term: 'fuck', evasions: ['markup'] })
  })

  it.each(newsroom.map((c) => [c.id, c] as const))(
    'keeps the verdict invariants on newsroom comment %s',
    (_id, comment) => {
      checkVerdict(moderateComment(comment))
    },
  )

  it('holds or rejects the newsroom spam, abuse and XSS, and approves the innocent-word comments', () => {
    const actions = Object.fromEntries(newsroom.map((c) => [c.id, moderateComment(c).action]))
    for (const id of ['c-012', 'c-015', 'c-034', 'c-035', 'c-038']) expect(actions[id], id).not.toBe('approve')
    for (const id of ['c-030', 'c-031', 'c-032', 'c-026', 'c-023', 'c-036']) expect(actions[id], id).toBe('approve')
    expect(
      moderateComment(newsroom.find((c) => c.id === 'c-034') as never)
        .reasons.filter((r) => r.code === 'term')
        .map((r) => r.term),
    ).toEqual(['fuck', 'shit', 'bitch', 'idiot'])
  })

  it('holds the double submit c-029 when c-028 is in the author history', () => {
    const first = newsroom.find((c) => c.id === 'c-028') as (typeof newsroom)[number]
    const second = newsroom.find((c) => c.id === 'c-029') as (typeof newsroom)[number]
    const v = moderateComment(second, { history: [{ html: first.html, createdAt: first.createdAt }] })
    expect(v.action).toBe('hold')
    expect(codes(v)).toEqual(['duplicate', 'too-fast'])
  })

  it(`holds or rejects at least 90 % of ${spam.spam.length} spam comments and holds at most 5 % of ${spam.ordinary.length} ordinary ones`, () => {
    const caught = spam.spam.filter((html) => moderateComment({ html }).action !== 'approve').length
    const held = spam.ordinary.filter((html) => moderateComment({ html }).action !== 'approve').length
    console.log(
      `spam held or rejected: ${caught}/${spam.spam.length}; ordinary comments held: ${held}/${spam.ordinary.length}`,
    )
    expect(spam.spam.length).toBeGreaterThanOrEqual(40)
    expect(spam.ordinary.length).toBeGreaterThanOrEqual(40)
    expect(caught / spam.spam.length).toBeGreaterThanOrEqual(0.9)
    expect(held / spam.ordinary.length).toBeLessThanOrEqual(0.05)
  })

  it.each([
    ['caps', '<p>THIS COUNCIL IS A JOKE AND EVERYONE KNOWS IT</p>'],
    ['repeated-characters', '<p>Nooooooooo way</p>'],
    ['low-diversity', '<p>hahahahahahahahahahahahaha</p>'],
    ['symbols', `<p>${'🔥'.repeat(12)}</p>`],
    ['zalgo', '<p>H̸̡̪̯ͨ͊̽̅̾̎E̷̢̯ͧ̈́ ̵̖̑C̳̯O̲̦M̬̺E̠ͨS̝</p>'],
    ['invisible', '<p>free m\u200Boney</p>'],
    ['bidi', '<p>read \u202Etxt.exe\u202C now</p>'],
    ['empty', '<p>   </p><img src="x.png">'],
    ['money-claim', '<p>I earn $450 per day from home</p>'],
    ['contact-info', '<p>Call me on +1 (555) 010-9999</p>'],
    ['mentions', '<p>@ana @ben @cal @dee @eve look</p>'],
    ['obfuscated-url', '<p>visit harbordeals dot com today</p>'],
    ['idn-homograph', '<p>log in at аpple.com</p>'],
    ['deceptive-link', '<p><a href="https://evil.example/login">https://www.bbc.co.uk</a></p>'],
    ['shortener', '<p><a href="https://bit.ly/abc">more</a></p>'],
    ['link-domains', '<p>https://a.example https://b.example https://c.example</p>'],
    ['too-many-links', '<p>www.a.example www.a.example/b www.a.example/c</p>'],
    ['unsafe-markup', '<p onmouseover="steal()">hi</p>'],
    ['style-attribute', '<p style="color:red">hi</p>'],
    ['removed-markup', '<div><span>hi</span></div>'],
  ])('fires the %s rule', (code, html) => {
    const v = moderateComment({ html })
    expect(codes(v)).toContain(code)
    checkVerdict(v)
  })

  it('fires too-long above maxLength', () => {
    const policy = createModerationPolicy({ maxLength: 20 })
    expect(codes(moderateComment({ html: '<p>This comment is more than twenty characters.</p>' }, {}, policy))).toEqual(
      ['too-long'],
    )
  })

  it('does not count links to trusted domains', () => {
    const policy = createModerationPolicy({ trustedDomains: ['harborledger.example'] })
    const html =
      '<p><a href="https://www.harborledger.example/a">a</a> <a href="https://news.harborledger.example/b">b</a> <a href="https://harborledger.example/c">c</a></p>'
    expect(codes(moderateComment({ html }, {}, policy))).toEqual([])
    expect(codes(moderateComment({ html }))).toEqual(['links', 'too-many-links'])
  })

  const history = (...seconds: number[]): ModerationContext['history'] =>
    seconds.map((s, i) => ({
      html: `<p>Different comment number ${i} about the harbour works.</p>`,
      createdAt: ago(s),
    }))

  it.each<[string, ModerationContext, string[]]>([
    [
      'an exact duplicate',
      { now: NOW, history: [{ html: '<p>Same words here!</p>', createdAt: ago(3600) }] },
      ['duplicate'],
    ],
    [
      'a near-duplicate',
      {
        now: NOW,
        history: [
          {
            html: '<p>The new ferry timetable is a disaster for everyone commuting from the north shore.</p>',
            createdAt: ago(3600),
          },
        ],
      },
      ['near-duplicate'],
    ],
    [
      'a duplicate older than the window',
      { now: NOW, history: [{ html: '<p>Same words here!</p>', createdAt: ago(3 * 86400) }] },
      [],
    ],
    ['a flood', { now: NOW, history: history(30, 60, 120, 200, 300) }, ['flood']],
    ['rapid posting', { now: NOW, history: history(5) }, ['too-fast']],
    ['a new commenter', { now: NOW, author: { approvedCount: 0 } }, ['new-commenter']],
    ['an author without counts', { now: NOW, author: { role: 'reader' } }, []],
    ['a high rejection rate', { now: NOW, author: { approvedCount: 2, rejectedCount: 3 } }, ['rejection-rate']],
    ['a day-old account', { now: NOW, author: { approvedCount: 4, firstSeenAt: ago(3600) } }, ['new-account']],
    ['a trusted author', { now: NOW, author: { approvedCount: 40, rejectedCount: 1 } }, ['trusted-author']],
    [
      'copy-paste across authors',
      {
        now: NOW,
        recent: [
          {
            html: '<p>Wake up people, the council is selling the harbour to developers behind our backs!</p>',
            createdAt: ago(600),
            authorId: 'm-2',
          },
        ],
      },
      ['copypasta'],
    ],
  ])('scores %s', (_name, context, expected) => {
    const html =
      _name === 'a near-duplicate'
        ? '<p>The new ferry timetable is a total disaster for everyone commuting from the north shore.</p>'
        : _name === 'copy-paste across authors'
          ? '<p>Wake up people, the council is selling the harbour to developers behind our backs!</p>'
          : '<p>Same words here!</p>'
    const v = moderateComment({ html, author: { id: 'm-1', name: 'Ana' } }, context)
    expect(codes(v)).toEqual(expected)
    checkVerdict(v)
  })

  it('lets staff through whatever the score, still sanitized', () => {
    const v = moderateComment(
      { html: '<p>f u c k <script>alert(1)</script></p>' },
      { author: { role: 'staff', approvedCount: 0 } },
    )
    expect(v.action).toBe('approve')
    expect(v.score).toBeGreaterThanOrEqual(10)
    expect(v.html).toBe('<p>f u c k </p>')
    expect(codes(v)).toContain('staff')
    expect(
      moderateComment(
        { html: '<p>f u c k</p>' },
        { author: { role: 'staff' } },
        createModerationPolicy({ staffBypass: false }),
      ).action,
    ).toBe('reject')
  })

  it('is pure: the same input and now give the same verdict, and arguments are not mutated', () => {
    const comment = { html: '<p>sh1t</p>', createdAt: NOW, author: { id: 'a', name: 'A' } }
    const context: ModerationContext = {
      author: { approvedCount: 0 },
      history: [{ html: '<p>sh1t</p>', createdAt: ago(5) }],
    }
    const snapshot = JSON.stringify([comment, context])
    const a = moderateComment(comment, context)
    const b = moderateComment(comment, { ...context, now: NOW })
    expect(a).toEqual(b)
    expect(JSON.stringify([comment, context])).toBe(snapshot)
  })

  it('applies policy weights, thresholds and custom rules', () => {
    const noLinks = createModerationPolicy({ weights: { links: 0, 'too-many-links': 0 }, spamModel: null })
    expect(codes(moderateComment({ html: '<p>a.example b.example c.example</p>' }, {}, noLinks))).toEqual([
      'link-domains',
    ])
    const jumpy = createModerationPolicy({ thresholds: { hold: 1, reject: 2 } })
    expect(moderateComment({ html: '<p>damn</p>' }, {}, jumpy).action).toBe('hold')
    const custom = createModerationPolicy({
      rules: [
        ({ text }) =>
          text.includes('Kestrel Bay')
            ? [{ code: 'rival-town', message: 'Mentions the rival town', weight: 6, term: 'x', category: 'y' } as never]
            : [],
      ],
    })
    const v = moderateComment({ html: '<p>Kestrel Bay is nicer</p>' }, {}, custom)
    expect(v.action).toBe('hold')
    expect(v.reasons).toEqual([{ code: 'rival-town', message: 'Mentions the rival town', weight: 6 }])
    const terms = createTermList([{ term: 'rival', category: 'custom', severity: 1, action: 'reject' }])
    expect(moderateComment({ html: '<p>rival</p>' }, {}, createModerationPolicy({ terms })).action).toBe('reject')
  })

  it.each([
    [null, 'moderateComment: comment must be an object with an html string, received null'],
    [{ html: 3 }, 'moderateComment: comment must be an object with an html string, received object'],
    ['<p>x</p>', 'moderateComment: comment must be an object with an html string, received string "<p>x</p>"'],
  ])('throws INVALID_INPUT for the comment %j', (comment, message) => {
    expect(() => moderateComment(comment as never)).toThrow(new CopydeskError('INVALID_INPUT', message))
  })

  it('throws for an unreadable date, a foreign policy and a bad custom rule', () => {
    expect(() => moderateComment({ html: 'x', createdAt: 'yesterday' })).toThrow(
      'moderateComment: comment.createdAt must be an ISO 8601 date, received string "yesterday"',
    )
    expect(() => moderateComment({ html: 'x' }, { now: 'soon' })).toThrow(/context\.now must be a valid date/)
    expect(() => moderateComment({ html: 'x' }, {}, { terms: {} } as never)).toThrow(
      /policy must come from createModerationPolicy/,
    )
    const bad = createModerationPolicy({ rules: [() => 'nope' as never] })
    expect(() => moderateComment({ html: 'x' }, {}, bad)).toThrow(/policy\.rules\[0\] must return an array of reasons/)
  })

  it.each([
    [{ thresholds: { hold: 12, reject: 10 } }, 'thresholds.reject must be a finite number ≥ thresholds.hold'],
    [{ weights: { nope: 1 } }, 'weights has an unknown key "nope"'],
    [{ weights: { links: Number.NaN } }, 'weights["links"] must be a finite number'],
    [{ maxLinks: -1 }, 'maxLinks must be a number from 0'],
    [{ nearDuplicateSimilarity: 2 }, 'nearDuplicateSimilarity must be a number from 0 to 1'],
    [{ terms: [] }, 'terms must be a list made by createTermList'],
    [{ sanitize: { allowedTags: ['iframe'] } }, 'allowedTags may only contain'],
    [{ rules: [1] }, 'rules must be an array of functions'],
  ])('createModerationPolicy rejects %j', (options, message) => {
    expect(() => createModerationPolicy(options as never)).toThrow(message)
  })

  it('statusForVerdict maps every action and refuses anything else', () => {
    expect(['approve', 'hold', 'reject'].map((a) => statusForVerdict(a as never))).toEqual([
      'published',
      'pending',
      'spam',
    ])
    expect(() => statusForVerdict('ban' as never)).toThrow(
      /statusForVerdict: expected a verdict or 'approve' \| 'hold' \| 'reject', received string "ban"/,
    )
  })

  it.each([
    ['a 1 MB comment', `<p>${'The harbour board met again and nobody listened to the fishermen. '.repeat(15_500)}</p>`],
    ['1 MB of Zalgo', `<p>${'Z̸̡̪̯ͨ͊̽̅̾̎a̷̢̯ͧ̈́l̵̖̑g̳̯o̲̦ '.repeat(25_000)}</p>`],
    ['100k separators', `<p>f${' .'.repeat(100_000)}uck</p>`],
    ['lone surrogates and RTL overrides', `<p>${'\uD800a\u202Ekcuf\u202C\uDFFF '.repeat(60_000)}</p>`],
  ])(
    'returns a verdict for %s in bounded time',
    (_name, html) => {
      const started = performance.now()
      const v = moderateComment({ html, createdAt: NOW })
      expect(performance.now() - started).toBeLessThan(8000)
      expect(['approve', 'hold', 'reject']).toContain(v.action)
      expect(v.reasons.length).toBeLessThan(40)
    },
    30_000,
  )

  it('rejects a 1 MB comment as too long and spots the Zalgo, the bidi overrides and the lone surrogates', () => {
    expect(codes(moderateComment({ html: `<p>${'word '.repeat(220_000)}</p>` }))).toContain('too-long')
    expect(codes(moderateComment({ html: `<p>${'Z̸̡̪̯ͨ͊̽̅̾̎a̷̢̯ͧ̈́ '.repeat(10)}</p>` }))).toContain('zalgo')
    const rtl = moderateComment({ html: '<p>\u202Ekcuf\u202C</p>' })
    expect(codes(rtl)).toEqual(['term', 'bidi'])
    expect(rtl.reasons[0]?.evasions).toEqual(['bidi'])
    expect(moderateComment({ html: '<p>a\uD800b</p>' }).action).toBe('approve')
  }, 30_000)
})
