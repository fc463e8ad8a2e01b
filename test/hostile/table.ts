// The table of every public export of src/index.ts, for the hostile-input suite. Each callable has
// a valid baseline call (every argument position present, options included, so every position and
// every field of it gets fuzzed) and, where copydesk has a schema for the result, an output check.
// Methods of returned objects (`createRelatedIndex().add`) are entries of their own.
// hostile.test.ts fails when an export (or a method) is missing here, or an entry names nothing.
import * as lib from '../../src/index.js'

/** One callable: how to get it, a valid call, and what its result must satisfy. */
export interface CallEntry {
  kind: 'call'
  /** The function (a fresh instance's method for method entries). */
  target: () => (...args: never[]) => unknown
  /** A valid call's arguments, built fresh each time (every case mutates its own copy). */
  args: () => unknown[]
  /** Returns a problem description when a successful result breaks copydesk's own schema. */
  output?: (result: unknown) => string | undefined
  /** `safeParseX` and guards: even a `CopydeskError` is a failure. */
  neverThrows?: boolean
  /** Names a refusal's message may start with (default: the export or method name). */
  names?: string[]
}

/** A non-callable export (schema, constant, table): listed so the table stays complete. */
export interface ValueEntry {
  kind: 'value'
}

export type Entry = CallEntry | ValueEntry

const NOW = '2026-03-01T12:00:00Z'
// A Date where 0.1.0 took only a Date (subscription); every `now` accepts one.
const NOW_DATE = (): Date => new Date(NOW)
const SECRET = 'hostile-suite-secret-0123456789abcdef'

const author = (): Record<string, unknown> => ({ id: 'au-1', name: 'Ann Lee', slug: 'ann-lee' })
const tag = (): Record<string, unknown> => ({ name: 'Weather', slug: 'weather', visibility: 'public' })

export const article = (id = 'art-1'): Record<string, unknown> => ({
  id,
  slug: `storm-surge-${id}`,
  title: 'Storm surge floods the lower harbor',
  subtitle: 'Water overtopped the quay',
  html: '<p>The tide rose <a href="https://example.com/tide">fast</a> and the ferry stopped.</p><!--members-only--><p>Gated paragraph.</p>',
  customExcerpt: 'The tide rose fast.',
  featureImage: { url: 'https://example.com/harbor.jpg', alt: 'The harbor', width: 1200, height: 800 },
  authors: [author()],
  tags: [tag(), { name: 'Harbor', slug: 'harbor', visibility: 'public' }],
  section: 'news',
  language: 'en',
  status: 'published',
  access: 'members',
  publishedAt: '2026-02-27T08:00:00Z',
  updatedAt: '2026-02-28T09:00:00Z',
  canonicalUrl: 'https://example.com/storm-surge',
  commentsEnabled: true,
})

const comment = (id = 'c-1', parentId?: string): Record<string, unknown> => ({
  id,
  articleId: 'art-1',
  ...(parentId === undefined ? {} : { parentId }),
  author: { id: `m-${id}`, name: 'Maggie Thornbury', email: 'maggie@example.com' },
  html: '<p>Our café took ten centimetres of water. Thanks to the crew.</p>',
  createdAt: '2026-03-01T08:00:00Z',
  status: 'published',
})

const subscription = (): Record<string, unknown> => ({
  email: 'ana@example.com',
  status: 'pending_confirmation',
  newsletters: ['morning-briefing'],
  source: 'footer',
  createdAt: '2026-03-01T08:00:00Z',
  history: [
    { at: '2026-03-01T08:00:00Z', from: 'pending_confirmation', to: 'pending_confirmation', event: 'requested' },
  ],
})

const ghostPost = (): Record<string, unknown> => ({
  id: '6745b2d0f1e2d30001a4b803',
  title: 'Kestrel Bay ferry resumes Monday',
  slug: 'kestrel-bay-ferry-resumes-monday',
  html: '<p>Ferry service resumes at 7:15 on Monday.</p>',
  feature_image: 'https://ledger.example/content/images/ferry.jpg',
  visibility: 'public',
  status: 'published',
  created_at: '2026-11-21T16:40:00.000+00:00',
  updated_at: '2026-11-21T16:55:12.000+00:00',
  published_at: '2026-11-21T16:55:00.000+00:00',
  custom_excerpt: null,
  tags: [{ id: 't1', name: 'Transport', slug: 'transport', visibility: 'public' }],
  authors: [{ id: 'a1', name: 'Omar Ali', slug: 'omar' }],
})

const wordPressPost = (): Record<string, unknown> => ({
  id: 1351,
  date_gmt: '2026-11-24T13:00:00',
  modified_gmt: '2026-11-24T13:00:00',
  slug: 'board-minutes-november',
  status: 'publish',
  link: 'https://ledger.example/2026/11/24/board-minutes-november/',
  title: { rendered: 'Board minutes, November' },
  content: { rendered: '<p>The board met.</p>', protected: false },
  excerpt: { rendered: '<p>The board met.</p>', protected: false },
  author: 3,
  _embedded: { author: [{ id: 3, name: 'Lena Ruiz', slug: 'lena' }] },
})

const relatedDocs = (): Record<string, unknown>[] => [
  {
    id: 'r-1',
    title: 'Storm surge floods the harbor',
    tags: ['weather'],
    language: 'en',
    status: 'published',
    publishedAt: '2026-02-01T00:00:00Z',
  },
  {
    id: 'r-2',
    title: 'Harbor walls to be raised after the storm',
    tags: ['weather'],
    publishedAt: '2026-02-03T00:00:00Z',
  },
  { id: 'r-3', title: 'Council passes the budget', tags: ['budget'], publishedAt: '2026-02-05T00:00:00Z' },
]

const termEntries = (): Record<string, unknown>[] => [
  { term: 'darn', category: 'profanity', severity: 2, action: 'hold' },
  { term: 'heck', category: 'profanity', severity: 1, action: 'flag' },
]

const unsubscribeToken = await lib.createConfirmationToken(
  { email: 'ana@example.com', purpose: 'unsubscribe' },
  SECRET,
  {
    now: NOW_DATE(),
  },
)
const confirmToken = await lib.createConfirmationToken({ email: 'ana@example.com', newsletters: ['morning'] }, SECRET, {
  now: NOW_DATE(),
})

const schemaCheck =
  (safeParse: (value: unknown) => lib.SafeParseResult<unknown>, what: string) =>
  (result: unknown): string | undefined => {
    const parsed = safeParse(result)
    return parsed.success ? undefined : `the ${what} fails its schema: ${parsed.error.message.slice(0, 200)}`
  }

const safeResult =
  (safeParse: (value: unknown) => lib.SafeParseResult<unknown>) =>
  (result: unknown): string | undefined => {
    const r = result as lib.SafeParseResult<unknown>
    if (r.success) return schemaCheck(safeParse, 'parsed data')(r.data)
    return lib.isCopydeskError(r.error) ? undefined : 'a failed result without a CopydeskError'
  }

const fn = (f: (...args: never[]) => unknown, args: () => unknown[], extra: Partial<CallEntry> = {}): CallEntry => ({
  kind: 'call',
  target: () => f,
  args,
  ...extra,
})

const value: ValueEntry = { kind: 'value' }

/**
 * Exports that other 0.2.0 branches add or remove (safeParseEmail, SCHEMA_LIMITS and the spam
 * model functions are added; normalizeEmail is removed). Until they merge, an entry here may name
 * nothing, and its cases are skipped. The coordinator empties this set once every branch is in.
 */
export const PENDING_EXPORTS: ReadonlySet<string> = new Set<string>([])
const any = lib as unknown as Record<string, ((...args: never[]) => unknown) | undefined>
/** A function looked up at call time (so an export another branch adds can have its row now). */
const late =
  (name: string) =>
  (...args: never[]): unknown =>
    any[name]!(...args)
const spamExamples = (): Record<string, unknown>[] => [
  { text: 'sub4sub free money now, click my channel', spam: true },
  { text: 'Good piece on the harbor walls, thanks', spam: false },
]
const spamMethod = (name: string, args: () => unknown[]): CallEntry => ({
  kind: 'call',
  target: () => {
    const model = any.defaultSpamModel!() as Record<string, (...a: never[]) => unknown>
    return model[name]!.bind(model)
  },
  args,
  names: ['defaultSpamModel', name, `SpamModel.${name}`],
})

const freshIndex = (): lib.RelatedIndex => {
  const index = lib.createRelatedIndex({ defaultLanguage: 'en' })
  index.addAll(relatedDocs() as never)
  return index
}
const indexMethod = (name: keyof lib.RelatedIndex, args: () => unknown[]): CallEntry => ({
  kind: 'call',
  target: () => {
    const index = freshIndex() as unknown as Record<string, (...a: never[]) => unknown>
    return index[name]!.bind(index)
  },
  args,
  names: ['createRelatedIndex', name, `index.${name}`, `RelatedIndex.${name}`],
})
const termMethod = (name: keyof lib.TermList, args: () => unknown[]): CallEntry => ({
  kind: 'call',
  target: () => {
    const list = lib.createTermList(termEntries() as never) as unknown as Record<string, (...a: never[]) => unknown>
    return list[name]!.bind(list)
  },
  args,
  names: ['createTermList', name, `TermList.${name}`, `termList.${name}`],
})

/** Every export of src/index.ts, and every method of the objects its factories return. */
export const TABLE: Record<string, Entry> = {
  // errors, options
  CopydeskError: fn(lib.CopydeskError as never, () => ['INVALID_INPUT', 'x: input must be a string'], {
    target: () => (code: never, message: never) => new lib.CopydeskError(code, message),
    neverThrows: true,
  }),
  isCopydeskError: fn(lib.isCopydeskError as never, () => [new lib.CopydeskError('INVALID_INPUT', 'x')], {
    neverThrows: true,
  }),

  // schema
  ArticleSchema: value,
  AuthorSchema: value,
  TagSchema: value,
  TeaserSchema: value,
  CommentSchema: value,
  SubscriptionSchema: value,
  articleJsonSchema: value,
  authorJsonSchema: value,
  tagJsonSchema: value,
  teaserJsonSchema: value,
  commentJsonSchema: value,
  subscriptionJsonSchema: value,
  parseArticle: fn(lib.parseArticle as never, () => [article()], {
    output: schemaCheck(lib.safeParseArticle, 'article'),
  }),
  safeParseArticle: fn(lib.safeParseArticle as never, () => [article()], {
    output: safeResult(lib.safeParseArticle),
    neverThrows: true,
  }),
  parseAuthor: fn(lib.parseAuthor as never, () => [author()], { output: schemaCheck(lib.safeParseAuthor, 'author') }),
  safeParseAuthor: fn(lib.safeParseAuthor as never, () => [author()], {
    output: safeResult(lib.safeParseAuthor),
    neverThrows: true,
  }),
  parseTag: fn(lib.parseTag as never, () => [tag()], { output: schemaCheck(lib.safeParseTag, 'tag') }),
  safeParseTag: fn(lib.safeParseTag as never, () => [tag()], {
    output: safeResult(lib.safeParseTag),
    neverThrows: true,
  }),
  SCHEMA_LIMITS: value,
  SUBSCRIPTION_EVENT_TYPES: value,
  parseTeaser: fn(lib.parseTeaser as never, () => [lib.toTeaser(article() as never)], {
    output: schemaCheck(lib.safeParseTeaser, 'teaser'),
  }),
  safeParseTeaser: fn(lib.safeParseTeaser as never, () => [lib.toTeaser(article() as never)], {
    output: safeResult(lib.safeParseTeaser),
    neverThrows: true,
  }),
  parseComment: fn(lib.parseComment as never, () => [comment()], {
    output: schemaCheck(lib.safeParseComment, 'comment'),
  }),
  safeParseComment: fn(lib.safeParseComment as never, () => [comment()], {
    output: safeResult(lib.safeParseComment),
    neverThrows: true,
  }),
  parseSubscription: fn(lib.parseSubscription as never, () => [subscription()], {
    output: schemaCheck(lib.safeParseSubscription, 'subscription'),
  }),
  safeParseSubscription: fn(lib.safeParseSubscription as never, () => [subscription()], {
    output: safeResult(lib.safeParseSubscription),
    neverThrows: true,
  }),
  formatPath: fn(lib.formatPath as never, () => [['authors', 0, 'name']]),

  // text
  htmlToText: fn(lib.htmlToText as never, () => ['<p>The tide <b>rose</b>.</p><p>Fast.</p>', { format: 'text' }]),
  excerpt: fn(lib.excerpt as never, () => ['<p>The tide rose. The ferry stopped.</p>', { maxChars: 20 }]),
  countWords: fn(lib.countWords as never, () => ['<p>The tide rose.</p>', { locale: 'en' }]),
  readingTime: fn(lib.readingTime as never, () => [
    '<p>The tide rose.</p><img src="x.jpg">',
    { wordsPerMinute: 230, extraImages: 1 },
  ]),

  // comments
  buildCommentThread: fn(lib.buildCommentThread as never, () => [
    [comment('c-1'), comment('c-2', 'c-1'), comment('c-3')],
    { articleId: 'art-1', viewer: { id: 'm-c-1', role: 'member' } },
  ]),
  commentCount: fn(lib.commentCount as never, () => [
    [comment('c-1'), comment('c-2', 'c-1')],
    { viewer: { role: 'staff' } },
  ]),
  initials: fn(lib.initials as never, () => ['Ann Lee', { maxLength: 2 }]),
  avatarColor: fn(lib.avatarColor as never, () => ['Ann Lee', { contrast: 4.5 }]),
  NAME_PARTICLES: value,
  NAME_PREFIXES: value,

  // slug
  slugify: fn(lib.slugify as never, () => ['Storm surge: the harbor', { maxLength: 60 }]),
  uniqueSlug: fn(lib.uniqueSlug as never, () => ['Storm surge', ['storm-surge', 'storm-surge-2'], { maxLength: 60 }]),
  isSlug: fn(lib.isSlug as never, () => ['storm-surge', { mode: 'ascii' }]),
  RESERVED_SLUGS: value,

  // teaser
  toTeaser: fn(lib.toTeaser as never, () => [article(), { maxChars: 120, baseUrl: 'https://example.com' }], {
    output: schemaCheck(lib.safeParseTeaser, 'teaser'),
  }),
  articleUrl: fn(lib.articleUrl as never, () => [article(), { baseUrl: 'https://example.com' }]),
  formatDateline: fn(lib.formatDateline as never, () => ['2026-02-27T08:00:00Z', { now: NOW, timeZone: 'UTC' }]),
  shareLinks: fn(lib.shareLinks as never, () => [
    { ...article(), url: 'https://example.com/storm-surge' },
    { networks: ['x', 'email'], utm: { source: 'share', medium: 'social', campaign: 'storm' } },
  ]),

  // subscription
  parseEmail: fn(lib.parseEmail as never, () => [' Ana@Example.COM ', { rejectDisposable: true }]),
  safeParseEmail: fn(late('safeParseEmail'), () => [' Ana@Example.COM ', { rejectDisposable: true }], {
    output: (r) => {
      const result = r as { success?: unknown; error?: unknown }
      if (result.success === true) return undefined
      return result.success === false && lib.isCopydeskError(result.error)
        ? undefined
        : 'not a SafeParseResult with a CopydeskError'
    },
  }),
  EMAIL_REJECTION_MESSAGES: value,
  DISPOSABLE_EMAIL_DOMAINS: value,
  createConfirmationToken: fn(lib.createConfirmationToken as never, () => [
    { email: 'ana@example.com', newsletters: ['morning-briefing'] },
    SECRET,
    { now: NOW_DATE(), ttlSeconds: 3600 },
  ]),
  verifyConfirmationToken: fn(lib.verifyConfirmationToken as never, () => [confirmToken, SECRET, { now: NOW_DATE() }]),
  createSubscription: fn(
    lib.createSubscription as never,
    () => ['ana@example.com', { newsletters: ['morning-briefing'], source: 'footer', now: NOW_DATE() }],
    { output: schemaCheck(lib.safeParseSubscription, 'subscription') },
  ),
  applySubscriptionEvent: fn(
    lib.applySubscriptionEvent as never,
    () => [subscription(), 'confirmed', { now: new Date('2026-03-01T09:00:00Z') }],
    { output: schemaCheck(lib.safeParseSubscription, 'subscription') },
  ),
  SUBSCRIPTION_REPEATS: value,
  SUBSCRIPTION_TRANSITIONS: value,
  subscribeFormReducer: fn(lib.subscribeFormReducer as never, () => [
    { ...lib.SUBSCRIBE_FORM_INITIAL_STATE },
    { type: 'submit', email: 'ana@example.com', newsletters: ['morning-briefing'] },
  ]),
  SUBSCRIBE_FORM_INITIAL_STATE: value,
  subscribeFormMessage: fn(lib.subscribeFormMessage as never, () => [
    { ...lib.SUBSCRIBE_FORM_INITIAL_STATE, status: 'error', reason: 'network' },
    { idle: 'Get the morning briefing' },
  ]),
  SUBSCRIBE_FORM_MESSAGES: value,
  unsubscribeHeaders: fn(lib.unsubscribeHeaders as never, () => [
    {
      url: 'https://news.example.com/unsubscribe',
      token: unsubscribeToken,
      mailto: 'unsubscribe@news.example.com',
      mailtoSubject: 'unsubscribe',
      param: 'token',
    },
  ]),

  // formats
  fromGhostPost: fn(lib.fromGhostPost as never, () => [ghostPost(), { siteUrl: 'https://ledger.example' }], {
    output: schemaCheck(lib.safeParseArticle, 'article'),
  }),
  fromWordPressPost: fn(lib.fromWordPressPost as never, () => [wordPressPost(), {}], {
    output: schemaCheck(lib.safeParseArticle, 'article'),
  }),
  toJsonLd: fn(lib.toJsonLd as never, () => [article(), { baseUrl: 'https://example.com' }]),
  toJsonLdScript: fn(lib.toJsonLdScript as never, () => [article(), { baseUrl: 'https://example.com' }]),
  toMetaTags: fn(lib.toMetaTags as never, () => [article(), { baseUrl: 'https://example.com' }]),
  toJsonFeed: fn(lib.toJsonFeed as never, () => [
    [article('art-1'), article('art-2')],
    { title: 'The Harbor Ledger', homePageUrl: 'https://example.com' },
    { limit: 10 },
  ]),
  toRssFeed: fn(lib.toRssFeed as never, () => [
    [article('art-1'), article('art-2')],
    { title: 'The Harbor Ledger', homePageUrl: 'https://example.com' },
    { limit: 10 },
  ]),

  // moderation
  moderateComment: fn(lib.moderateComment as never, () => [
    comment(),
    {
      history: [{ html: '<p>Earlier comment.</p>', createdAt: '2026-02-01T08:00:00Z' }],
      now: NOW,
    },
  ]),
  sanitizeCommentHtml: fn(lib.sanitizeCommentHtml as never, () => [
    '<p>Hi <a href="https://example.com">there</a><script>x</script></p>',
    {},
  ]),
  normalizeForMatching: fn(lib.normalizeForMatching as never, () => ['Fr€€ m0ney!!', {}]),
  statusForVerdict: fn(lib.statusForVerdict as never, () => ['hold']),
  createModerationPolicy: fn(lib.createModerationPolicy as never, () => [
    { name: 'live-blog', thresholds: { hold: 3, reject: 8 }, maxLinks: 2 },
  ]),
  defaultModerationPolicy: fn(lib.defaultModerationPolicy as never, () => []),
  defaultModerationWeights: value,
  MODERATION_RULES_VERSION: value,
  createTermList: fn(lib.createTermList as never, () => [termEntries(), { allowlist: ['scunthorpe'] }]),
  'createTermList().match': termMethod('match', () => ['What the darn heck']),
  'createTermList().test': termMethod('test', () => ['What the darn heck']),
  'createTermList().explain': termMethod('explain', () => ['What the darn heck']),
  'createTermList().censor': termMethod('censor', () => ['What the darn heck', '*']),
  defaultTermList: fn(lib.defaultTermList as never, () => []),
  trainSpamModel: fn(late('trainSpamModel'), () => [spamExamples(), { buckets: 1024 }]),
  loadSpamModel: fn(late('loadSpamModel'), () => [
    JSON.stringify(any.trainSpamModel!(spamExamples() as never, { buckets: 1024 } as never)),
  ]),
  defaultSpamModel: fn(late('defaultSpamModel'), () => []),
  'defaultSpamModel().predict': spamMethod('predict', () => ['Win free money now at example.com']),
  'defaultSpamModel().toJSON': spamMethod('toJSON', () => []),
  'defaultSpamModel().learn': spamMethod('learn', () => [{ text: 'Check out my channel', spam: true }]),
  englishTerms: value,
  scunthorpeAllowlist: value,
  ...Object.fromEntries(
    Object.keys(lib)
      .filter((k) => /^ldnoobw[A-Z]/.test(k))
      .map((k) => [k, value]),
  ),

  // related
  createRelatedIndex: fn(lib.createRelatedIndex as never, () => [{ defaultLanguage: 'en' }]),
  'createRelatedIndex().add': indexMethod('add', () => [
    {
      id: 'r-9',
      title: 'Storm walls hold',
      tags: ['weather'],
      language: 'en',
      status: 'published',
      publishedAt: '2026-02-09T00:00:00Z',
    },
  ]),
  'createRelatedIndex().addAll': indexMethod('addAll', () => [
    [{ id: 'r-9', title: 'Storm walls hold', tags: ['weather'], publishedAt: '2026-02-09T00:00:00Z' }],
  ]),
  'createRelatedIndex().remove': indexMethod('remove', () => ['r-1']),
  'createRelatedIndex().has': indexMethod('has', () => ['r-1']),
  'createRelatedIndex().related': indexMethod('related', () => ['r-1', { limit: 2 }]),
  'createRelatedIndex().relatedAll': indexMethod('relatedAll', () => [{ limit: 2 }]),
  'createRelatedIndex().toJSON': indexMethod('toJSON', () => []),
  loadRelatedIndex: fn(lib.loadRelatedIndex as never, () => [JSON.parse(JSON.stringify(freshIndex()))]),
  relatedStories: fn(lib.relatedStories as never, () => [relatedDocs()[0], relatedDocs(), { limit: 2 }]),
  toMoreLikeThisQuery: fn(lib.toMoreLikeThisQuery as never, () => [relatedDocs()[0], { queryTerms: 25 }]),
}

/** Factories whose results have methods, and the table prefix of those methods. */
export const FACTORIES: Record<string, () => object> = {
  'createRelatedIndex()': () => lib.createRelatedIndex(),
  'loadRelatedIndex()': () => lib.loadRelatedIndex(JSON.parse(JSON.stringify(freshIndex()))),
  'createTermList()': () => lib.createTermList(termEntries() as never),
  'defaultTermList()': () => lib.defaultTermList(),
  ...(any.defaultSpamModel
    ? {
        'defaultSpamModel()': () => any.defaultSpamModel!() as object,
        'trainSpamModel()': () => any.trainSpamModel!(spamExamples() as never) as object,
        'loadSpamModel()': () => any.loadSpamModel!(JSON.stringify(any.defaultSpamModel!()) as never) as object,
      }
    : {}),
}

/**
 * Runtime methods of the index class that are not part of the `RelatedIndex` interface (TypeScript
 * `private`): not public, so not in the table.
 */
export const PRIVATE_METHODS: ReadonlySet<string> = new Set([
  'createRelatedIndex().analyze',
  'createRelatedIndex().warm',
  'createRelatedIndex().indexedSource',
  'createRelatedIndex().externalSource',
  'createRelatedIndex().position',
  // the related index class's inner stages, called with the public function's name (relatedStories
  // uses them directly); not in the RelatedIndex interface
  'createRelatedIndex().addDoc',
  'createRelatedIndex().addDocs',
  'createRelatedIndex().query',
  'createRelatedIndex().relatedAllInner',
  'createRelatedIndex().hiddenTerms',
  // the spam model class's helpers; not in the SpamModel interface
  'defaultSpamModel().clone',
  'defaultSpamModel().bucketsOf',
  'defaultSpamModel().count',
  'defaultSpamModel().distinct',
  'defaultSpamModel().explain',
  'defaultSpamModel().step',
])

/** Method entries shared by several factories (loadRelatedIndex returns the same kind of index). */
export const SAME_METHODS: Record<string, string> = {
  'loadRelatedIndex()': 'createRelatedIndex()',
  'defaultTermList()': 'createTermList()',
  'trainSpamModel()': 'defaultSpamModel()',
  'loadSpamModel()': 'defaultSpamModel()',
}

export { lib }
