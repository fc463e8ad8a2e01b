// KNOWN FAILURES of the hostile-input suite (issue 17).
//
// How this list works:
// - hostile.test.ts runs every case listed here on every run (besides its seeded sample), and
//   asserts each one STILL FAILS THE SAME WAY: same `outcome`, and for a foreign throw the same
//   error class (`TypeError`, `RangeError`, …). So the suite passes while these defects are open.
// - When a fix lands and a listed case passes (or fails differently), the test fails with
//   "remove from known-failures" (or "fails differently: update known-failures"). Delete the
//   entry (or update it) in the same change as the fix. This list only ever shrinks.
// - Any failure that is NOT listed here fails the suite as a new defect.
// - `observed` is what the call did when the entry was recorded (for the reader; only the outcome
//   and the error class are compared). To print the current list in this format, run
//   `HOSTILE_PRINT_KNOWN=1 npx vitest run --config test/vitest.config.ts --project hostile`.
import type { Outcome } from './cases.js'

export interface KnownFailure {
  /** The table entry: an export name, or `factory().method`. */
  fn: string
  /** The case id (see cases.ts for the grammar). */
  case: string
  /** What is wrong. */
  outcome: Exclude<Outcome, 'returned' | 'refused'>
  /** The observed error or problem, as recorded. */
  observed: string
}

export const KNOWN_FAILURES: KnownFailure[] = [
  {
    fn: 'formatPath',
    case: '0=tiny-number',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  {
    fn: 'formatPath',
    case: '0="constructor"',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  { fn: 'formatPath', case: '0=symbol', outcome: 'foreign-throw', observed: 'TypeError: path.join is not a function' },
  {
    fn: 'formatPath',
    case: '0=1MB-lone-surrogates',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  {
    fn: 'formatPath',
    case: '0=bidi-override',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  {
    fn: 'formatPath',
    case: '0=null-prototype',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  {
    fn: 'formatPath',
    case: '0=Infinity',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  { fn: 'formatPath', case: '0=date', outcome: 'foreign-throw', observed: 'TypeError: path.join is not a function' },
  {
    fn: 'formatPath',
    case: '0=empty-object',
    outcome: 'foreign-throw',
    observed: 'TypeError: path.join is not a function',
  },
  {
    fn: 'formatPath',
    case: '0=undefined',
    outcome: 'foreign-throw',
    observed: "TypeError: Cannot read properties of undefined (reading 'length')",
  },
  {
    fn: 'formatPath',
    case: '0.0=null-prototype',
    outcome: 'foreign-throw',
    observed: 'TypeError: Cannot convert object to primitive value',
  },
  {
    fn: 'formatPath',
    case: '0=null',
    outcome: 'foreign-throw',
    observed: "TypeError: Cannot read properties of null (reading 'length')",
  },
  { fn: 'formatPath', case: '0=map', outcome: 'foreign-throw', observed: 'TypeError: path.join is not a function' },
  { fn: 'formatPath', case: '0=true', outcome: 'foreign-throw', observed: 'TypeError: path.join is not a function' },
  {
    fn: 'toTeaser',
    case: '1.baseUrl="toString"',
    outcome: 'unnamed-refusal',
    observed:
      'CopydeskError: articleUrl: options.baseUrl must be an absolute http(s) URL without query or fragment, received string "toString"',
  },
  {
    fn: 'toTeaser',
    case: '1.maxChars=array-of-null',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: excerpt: options.maxChars must be an integer ≥ 1, received array (length 1)',
  },
  {
    fn: 'toTeaser',
    case: '0.authors.0.slug=date',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: authors.0.slug: Invalid input: expected string, received Date',
  },
  {
    fn: 'toTeaser',
    case: '0.authors.0=true',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 2 problems in object: authors.0.name: Invalid input: expected string, received undefined; authors.0.slug: Invalid ',
  },
  {
    fn: 'toTeaser',
    case: '0.canonicalUrl=true',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: articleUrl: article.canonicalUrl must be an absolute http(s) URL, received boolean true',
  },
  {
    fn: 'toTeaser',
    case: '0.access=100k-empty-objects',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: access: Invalid option: expected one of "public"|"members"|"paid"',
  },
  {
    fn: 'toTeaser',
    case: '0.featureImage="toString"',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: image.url: Invalid input: expected string, received undefined',
  },
  {
    fn: 'toTeaser',
    case: '0.tags.0=date',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 2 problems in object: primaryTag.name: Invalid input: expected string, received undefined; primaryTag.slug: Invali',
  },
  {
    fn: 'toTeaser',
    case: '0.authors.0.name=symbol',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: authors.0.name: Invalid input: expected string, received symbol',
  },
  {
    fn: 'toTeaser',
    case: '0.featureImage.width=null',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: image.width: Invalid input: expected number, received null',
  },
  {
    fn: 'toTeaser',
    case: '1.maxChars=invalid-date',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: excerpt: options.maxChars must be an integer ≥ 1, received object',
  },
  {
    fn: 'toTeaser',
    case: '0.authors.0.name=Infinity',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: authors.0.name: Invalid input: expected string, received Infinity',
  },
  {
    fn: 'toTeaser',
    case: '0.tags=empty-string',
    outcome: 'foreign-throw',
    observed: 'TypeError: (article.tags ?? []).find is not a function',
  },
  {
    fn: 'toTeaser',
    case: '0.tags=number-string',
    outcome: 'foreign-throw',
    observed: 'TypeError: (article.tags ?? []).find is not a function',
  },
  {
    fn: 'toTeaser',
    case: '0.featureImage=null',
    outcome: 'foreign-throw',
    observed: "TypeError: Cannot read properties of null (reading 'url')",
  },
  {
    fn: 'toTeaser',
    case: '0.authors=array-of-null',
    outcome: 'foreign-throw',
    observed: "TypeError: Cannot read properties of null (reading 'name')",
  },
  {
    fn: 'toTeaser',
    case: '0.access=zero',
    outcome: 'invalid-output',
    observed:
      'the teaser fails its schema: safeParseTeaser: 1 problem in object: access: Invalid option: expected one of "public"|"members"|"paid"',
  },
  {
    fn: 'shareLinks',
    case: '1.utm.campaign=minus-one',
    outcome: 'foreign-throw',
    observed: 'TypeError: text.replace is not a function',
  },
  {
    fn: 'shareLinks',
    case: '1.utm.campaign=zero',
    outcome: 'foreign-throw',
    observed: 'TypeError: text.replace is not a function',
  },
  {
    fn: 'createConfirmationToken',
    case: '0.newsletters=100k-strings',
    outcome: 'too-slow',
    observed: 'stopped by the watchdog after 8000 ms',
  },
  {
    fn: 'createSubscription',
    case: '1.newsletters.0=blank-string',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: newsletters.0: Slug must be lowercase letters and digits joined by single hyphens',
  },
  {
    fn: 'createSubscription',
    case: '1.newsletters=100k-strings',
    outcome: 'too-slow',
    observed: 'stopped by the watchdog after 8000 ms',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.createdAt="toString"',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: createdAt: Expected an ISO 8601 date-time with a Z or ±hh:mm offset',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0.event=empty-array',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: history.0.event: Invalid option: expected one of "requested"|"confirmed"|"unsubsc',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0=symbol',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: history.0: Invalid input: expected object, received symbol',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.newsletters.0=-Infinity',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: newsletters.0: Invalid input: expected string, received -Infinity',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0.at=symbol',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: history.0.at: Expected an ISO 8601 date-time with a Z or ±hh:mm offset',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0.to=string-object',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: history.0.to: Invalid option: expected one of "pending_confirmation"|"subscribed"',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.email=null-prototype',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: email: Invalid input: expected string, received object',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0=json-__proto__',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 4 problems in object: history.0.at: Expected an ISO 8601 date-time with a Z or ±hh:mm offset; history.',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.newsletters.0=function',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 2 problems in object: newsletters.0: Invalid input: expected string, received function; newsletters.0:',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.createdAt=1MB-lone-surrogates',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: createdAt: Expected an ISO 8601 date-time with a Z or ±hh:mm offset',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.email=map',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: email: Invalid input: expected string, received Map',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0.event=fraction',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: history.0.event: Invalid option: expected one of "requested"|"confirmed"|"unsubsc',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.history.0.at=function',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: history.0.at: Expected an ISO 8601 date-time with a Z or ±hh:mm offset',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.email=invalid-date',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: email: Invalid input: expected string, received Date',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.email=zero',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: email: Invalid input: expected string, received number',
  },
  {
    fn: 'applySubscriptionEvent',
    case: '0.createdAt=null',
    outcome: 'invalid-output',
    observed:
      'the subscription fails its schema: safeParseSubscription: 1 problem in object: createdAt: Expected an ISO 8601 date-time with a Z or ±hh:mm offset',
  },
  {
    fn: 'subscribeFormMessage',
    case: '0.reason=null-prototype',
    outcome: 'foreign-throw',
    observed: 'TypeError: Cannot convert object to primitive value',
  },
  {
    fn: 'unsubscribeHeaders',
    case: '0.mailtoSubject=lone-surrogates',
    outcome: 'foreign-throw',
    observed: 'URIError: URI malformed',
  },
  {
    fn: 'unsubscribeHeaders',
    case: '0.param=lone-surrogates',
    outcome: 'foreign-throw',
    observed: 'URIError: URI malformed',
  },
  {
    fn: 'toJsonLd',
    case: '0.authors.0.name=null-prototype',
    outcome: 'foreign-throw',
    observed: 'TypeError: Cannot convert object to primitive value',
  },
  {
    fn: 'toJsonLdScript',
    case: '1.baseUrl=fraction',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: toJsonLd: options.baseUrl must be an absolute http(s) URL, received number 1.5',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.tags=control-characters',
    outcome: 'unnamed-refusal',
    observed:
      'CopydeskError: toJsonLd: article.tags must be an array of objects, received string "a\\u0000b\\u0007c\\u001b[31md  e"',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.authors="toString"',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: toJsonLd: article.authors must be an array of objects, received string "toString"',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.authors=array-of-null',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: toJsonLd: article.authors must be an array of objects, received array (length 1)',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.canonicalUrl=blank-string',
    outcome: 'unnamed-refusal',
    observed:
      'CopydeskError: toJsonLd: article.canonicalUrl must be an absolute http(s) URL, received string " \\t\\n "',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.title=string-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: toJsonLd: article.title must be a string, received object',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.html=empty-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: toJsonLd: article.html must be a string, received object',
  },
  {
    fn: 'toJsonLdScript',
    case: '0.html=invalid-date',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: toJsonLd: article.html must be a string, received object',
  },
  {
    fn: 'toJsonFeed',
    case: '0.0.publishedAt=null-prototype',
    outcome: 'foreign-throw',
    observed: 'TypeError: Cannot convert object to primitive value',
  },
  {
    fn: 'toRssFeed',
    case: '0.0.publishedAt=null-prototype',
    outcome: 'foreign-throw',
    observed: 'TypeError: Cannot convert object to primitive value',
  },
  {
    fn: 'moderateComment',
    case: '0.html=100k-nested-tags',
    outcome: 'too-slow',
    observed: 'stopped by the watchdog after 8000 ms',
  },
  {
    fn: 'moderateComment',
    case: '1.history=number-string',
    outcome: 'foreign-throw',
    observed: 'TypeError: (context.history ?? []).map is not a function',
  },
  {
    fn: 'moderateComment',
    case: '1.history.0=null',
    outcome: 'foreign-throw',
    observed: "TypeError: Cannot read properties of null (reading 'createdAt')",
  },
  {
    fn: 'sanitizeCommentHtml',
    case: '0=100k-nested-tags',
    outcome: 'too-slow',
    observed: 'stopped by the watchdog after 8000 ms',
  },
  {
    fn: 'createTermList',
    case: '1.allowlist:sparse',
    outcome: 'foreign-throw',
    observed: "TypeError: Cannot read properties of undefined (reading 'length')",
  },
  {
    fn: 'createTermList().test',
    case: '0=invalid-date',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=fraction',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number 1.5',
  },
  {
    fn: 'createTermList().test',
    case: '0=empty-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=minus-one',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number -1',
  },
  {
    fn: 'createTermList().test',
    case: '0=true',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received boolean true',
  },
  {
    fn: 'createTermList().test',
    case: '0=cyclic-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=symbol',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received symbol',
  },
  {
    fn: 'createTermList().test',
    case: '0=function',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received function',
  },
  {
    fn: 'createTermList().test',
    case: '0=json-__proto__',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=throwing-proxy',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=undefined',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received undefined',
  },
  {
    fn: 'createTermList().test',
    case: '0=100k-empty-objects',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 100000)',
  },
  {
    fn: 'createTermList().test',
    case: '0=null-prototype',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=null',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received null',
  },
  {
    fn: 'createTermList().test',
    case: '0=empty-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 0)',
  },
  {
    fn: 'createTermList().test',
    case: '0=sparse-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 2)',
  },
  {
    fn: 'createTermList().test',
    case: '0=huge-number',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number 1e+308',
  },
  {
    fn: 'createTermList().test',
    case: '0=date',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().test',
    case: '0=NaN',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number NaN',
  },
  {
    fn: 'createTermList().test',
    case: '0=map',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=invalid-date',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=fraction',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number 1.5',
  },
  {
    fn: 'createTermList().explain',
    case: '0=empty-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=minus-one',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number -1',
  },
  {
    fn: 'createTermList().explain',
    case: '0=true',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received boolean true',
  },
  {
    fn: 'createTermList().explain',
    case: '0=cyclic-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=symbol',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received symbol',
  },
  {
    fn: 'createTermList().explain',
    case: '0=function',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received function',
  },
  {
    fn: 'createTermList().explain',
    case: '0=json-__proto__',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=throwing-proxy',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=undefined',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received undefined',
  },
  {
    fn: 'createTermList().explain',
    case: '0=100k-empty-objects',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 100000)',
  },
  {
    fn: 'createTermList().explain',
    case: '0=null-prototype',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=null',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received null',
  },
  {
    fn: 'createTermList().explain',
    case: '0=empty-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 0)',
  },
  {
    fn: 'createTermList().explain',
    case: '0=sparse-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 2)',
  },
  {
    fn: 'createTermList().explain',
    case: '0=huge-number',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number 1e+308',
  },
  {
    fn: 'createTermList().explain',
    case: '0=date',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().explain',
    case: '0=NaN',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number NaN',
  },
  {
    fn: 'createTermList().explain',
    case: '0=map',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().censor',
    case: '1=array-of-null',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '0=array-of-null',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 1)',
  },
  {
    fn: 'createTermList().censor',
    case: '0=100k-numbers',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 100000)',
  },
  {
    fn: 'createTermList().censor',
    case: '1=100k-empty-objects',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '1=tiny-number',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '1=true',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '1=-Infinity',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '0=zero',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number 0',
  },
  {
    fn: 'createTermList().censor',
    case: '0=throwing-proxy',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().censor',
    case: '1=invalid-date',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '0=undefined',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received undefined',
  },
  {
    fn: 'createTermList().censor',
    case: '0=bigint',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received bigint 10',
  },
  {
    fn: 'createTermList().censor',
    case: '0=function',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received function',
  },
  {
    fn: 'createTermList().censor',
    case: '0=null',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received null',
  },
  {
    fn: 'createTermList().censor',
    case: '0=huge-number',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received number 1e+308',
  },
  {
    fn: 'createTermList().censor',
    case: '1=function',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '0=string-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().censor',
    case: '1=map',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '1=json-__proto__',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '1=minus-one',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '1=NaN',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createTermList().censor',
    case: '0=map',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received object',
  },
  {
    fn: 'createTermList().censor',
    case: '0=sparse-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: TermList.match: text must be a string, received array (length 2)',
  },
  {
    fn: 'createTermList().censor',
    case: '1=zero',
    outcome: 'foreign-throw',
    observed: 'TypeError: mask.repeat is not a function',
  },
  {
    fn: 'createRelatedIndex().add',
    case: '0.language="constructor"',
    outcome: 'foreign-throw',
    observed: 'TypeError: words.map is not a function or its return value is not iterable',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0=-Infinity',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc must be an object, received number -Infinity',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.publishedAt=fraction',
    outcome: 'unnamed-refusal',
    observed:
      'CopydeskError: RelatedIndex.add: doc.publishedAt of "r-9" must be an ISO 8601 date string or a valid Date, received number 1.5',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0=empty-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received undefined',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.publishedAt=string-object',
    outcome: 'unnamed-refusal',
    observed:
      'CopydeskError: RelatedIndex.add: doc.publishedAt of "r-9" must be an ISO 8601 date string or a valid Date, received object',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0=bigint',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc must be an object, received bigint 10',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.title=zero',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.title of "r-9" must be a string, received number 0',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.id=json-__proto__',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received object',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0=string-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc must be an object, received string "b"',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.id=symbol',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received symbol',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.id=empty-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received array (length 0)',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.title=minus-one',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.title of "r-9" must be a string, received number -1',
  },
  {
    fn: 'createRelatedIndex().addAll',
    case: '0.0.id=string-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received object',
  },
  {
    fn: 'relatedStories',
    case: '0.title=minus-one',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.title of "r-1" must be a string, received number -1',
  },
  {
    fn: 'relatedStories',
    case: '0=empty-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received undefined',
  },
  {
    fn: 'relatedStories',
    case: '0.id=undefined',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received undefined',
  },
  {
    fn: 'relatedStories',
    case: '1.0.id=sparse-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received array (length 2)',
  },
  {
    fn: 'relatedStories',
    case: '0.id=json-__proto__',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received object',
  },
  {
    fn: 'relatedStories',
    case: '2=number-string',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: createRelatedIndex: options must be an object, received string "5"',
  },
  {
    fn: 'relatedStories',
    case: '2=minus-one',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: createRelatedIndex: options must be an object, received number -1',
  },
  {
    fn: 'relatedStories',
    case: '2.limit=empty-object',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.related: options.limit must be an integer from 0 to 10000, received object',
  },
  {
    fn: 'relatedStories',
    case: '0.id=symbol',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received symbol',
  },
  {
    fn: 'relatedStories',
    case: '0.title=-Infinity',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.title of "r-1" must be a string, received number -Infinity',
  },
  {
    fn: 'relatedStories',
    case: '0=null-prototype',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received undefined',
  },
  {
    fn: 'relatedStories',
    case: '0.publishedAt="toString"',
    outcome: 'unnamed-refusal',
    observed:
      'CopydeskError: RelatedIndex.add: doc.publishedAt of "r-1" must be an ISO 8601 date string or a valid Date, received string "toString"',
  },
  {
    fn: 'relatedStories',
    case: '1.0.id=empty-array',
    outcome: 'unnamed-refusal',
    observed: 'CopydeskError: RelatedIndex.add: doc.id must be a non-empty string, received array (length 0)',
  },
]
