// Issue 13 (one vocabulary) and issue 17 (hostile input) for the outputs of copydesk/formats:
// every refusal is a CopydeskError that starts with the function called and names the field;
// renamed 0.1 options are refused with their new name.
import { describe, expect, it } from 'vitest'
import {
  isCopydeskError,
  toJsonFeed,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
  toRssFeed,
} from '../../src/formats/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { BASE } from './_fixtures.js'

const FEED = { title: 'The Harbor Ledger', homePageUrl: 'https://harborledger.example' }
const published: ArticleInput = { ...BASE, status: 'published', publishedAt: '2026-11-24T06:00:00Z' }

const OUTPUTS: [string, (article: ArticleInput, options?: object) => unknown][] = [
  ['toJsonLd', (article, options) => toJsonLd(article, options)],
  ['toMetaTags', (article, options) => toMetaTags(article, options)],
  ['toJsonFeed', (article, options) => toJsonFeed([article], FEED, options)],
  ['toRssFeed', (article, options) => toRssFeed([article], FEED, options)],
]

function refusal(call: () => unknown): { code: string; message: string } {
  try {
    call()
  } catch (error) {
    if (isCopydeskError(error)) return { code: error.code, message: error.message }
    throw new Error(`a foreign error escaped: ${String(error)}`, { cause: error })
  }
  throw new Error('no error was thrown')
}

const where = (fn: string) => (fn === 'toJsonFeed' || fn === 'toRssFeed' ? 'articles[0]' : 'article')

describe('output refusals', () => {
  const throwing = {
    toString() {
      throw new Error('boom')
    },
  }
  it.each([
    [
      'an author name that cannot become a string',
      { authors: [{ id: 'u', name: throwing, slug: 'u' }] },
      'authors[0].name',
    ],
    ['an author name that is a Symbol', { authors: [{ id: 'u', name: Symbol('x'), slug: 'u' }] }, 'authors[0].name'],
    ['a null author', { authors: [null] }, 'authors[0]'],
    ['a publishedAt that cannot become a string', { publishedAt: throwing }, 'publishedAt'],
    ['a numeric publishedAt', { publishedAt: 5 }, 'publishedAt'],
    ['a BigInt updatedAt', { updatedAt: 10n }, 'updatedAt'],
    ['tags as a string', { tags: 'news' }, 'tags'],
    ['a feature image that is a string', { featureImage: 'x.jpg' }, 'featureImage'],
    ['a feature image URL that is an object', { featureImage: { url: throwing } }, 'featureImage.url'],
  ])('refuse %s with INVALID_INPUT naming the function and the field', (_name, patch, field) => {
    for (const [fn, call] of OUTPUTS) {
      const error = refusal(() => call({ ...published, ...patch } as never))
      expect(error.code, fn).toBe('INVALID_INPUT')
      expect(error.message.startsWith(`${fn}: ${where(fn)}.${field} must be`), error.message).toBe(true)
    }
  })

  it('refuse an array or null as options with INVALID_OPTIONS', () => {
    for (const [fn, call] of OUTPUTS) {
      for (const options of [[], null]) {
        expect(refusal(() => call(published, options as never)).message).toMatch(
          new RegExp(`^${fn}: options must be an object, received `),
        )
      }
    }
  })

  it.each([
    ['toJsonLd', () => toJsonLd(published, { headlineMaxChars: 30 } as never), 'headlineMaxChars', 'maxHeadlineChars'],
    [
      'toJsonLd',
      () => toJsonLd(published, { descriptionMaxChars: 30 } as never),
      'descriptionMaxChars',
      'maxDescriptionChars',
    ],
    [
      'toMetaTags',
      () => toMetaTags(published, { descriptionMaxChars: 30 } as never),
      'descriptionMaxChars',
      'maxDescriptionChars',
    ],
    [
      'toJsonFeed',
      () => toJsonFeed([published], FEED, { summaryMaxChars: 30 } as never),
      'summaryMaxChars',
      'maxSummaryChars',
    ],
    [
      'toRssFeed',
      () => toRssFeed([published], FEED, { summaryMaxChars: 30 } as never),
      'summaryMaxChars',
      'maxSummaryChars',
    ],
  ])('%s refuses the 0.1 name %s with its new name', (fn, call, old, now) => {
    expect(refusal(call)).toEqual({
      code: 'INVALID_OPTIONS',
      message: `${fn}: options.${old} must be absent: it is now options.${now}, received number 30`,
    })
  })

  it('apply the renamed limits', () => {
    const long = {
      ...published,
      title: 'A headline that runs well past the limit of thirty',
      html: `<p>${'word '.repeat(80)}</p>`,
    }
    expect([...toJsonLd(long, { maxHeadlineChars: 30 }).headline].length).toBeLessThanOrEqual(30)
    expect([...(toJsonLd(long, { maxDescriptionChars: 30 }).description ?? '')].length).toBeLessThanOrEqual(30)
    expect([...(toJsonFeed([long], FEED, { maxSummaryChars: 30 }).items[0]?.summary ?? '')].length).toBeLessThanOrEqual(
      30,
    )
  })

  it('name the output function, not excerpt, when a limit is refused', () => {
    expect(refusal(() => toJsonLd(published, { maxDescriptionChars: 0 })).message).toMatch(
      /^toJsonLd: options\.maxDescriptionChars must be an integer ≥ 2, received number 0$/,
    )
    // A limit of 1 leaves no room for the ellipsis: still named by the output function.
    expect(refusal(() => toJsonFeed([published], FEED, { maxSummaryChars: 1 })).message).toBe(
      'toJsonFeed: options.maxSummaryChars must be an integer ≥ 2, received number 1',
    )
  })
})

describe('toJsonLdScript', () => {
  it('names itself, not toJsonLd, for every refusal', () => {
    expect(refusal(() => toJsonLdScript(published, { maxDescriptionChars: 0 })).message).toBe(
      'toJsonLdScript: options.maxDescriptionChars must be an integer ≥ 2, received number 0',
    )
    expect(refusal(() => toJsonLdScript({ ...published, authors: [{ name: Symbol('x') }] } as never)).message).toMatch(
      /^toJsonLdScript: article\.authors\[0\]\.name must be a string/,
    )
  })
})
