// Issue 13 (one vocabulary) and issue 17 (hostile input) for copydesk/teaser: every refusal is a
// CopydeskError whose message starts with the function the user called and names the field, and
// what toTeaser returns always passes copydesk's own Teaser schema.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCopydeskError, safeParseTeaser, type ArticleInput } from '../../src/schema/index.js'
import { articleUrl, formatDateline, shareLinks, toTeaser } from '../../src/teaser/index.js'

const a: ArticleInput = {
  id: 'a1',
  slug: 'king-tide',
  title: 'King tide floods the harbor road',
  html: '<p>Water rose over the seawall at dawn.</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
  tags: [{ name: 'Tides', slug: 'tides', visibility: 'public' }],
  publishedAt: '2026-11-24T06:00:00Z',
}
const SITE = { baseUrl: 'https://harborledger.example' }

/** Runs `call` and returns the CopydeskError it throws (fails the test on any other outcome). */
function refusal(call: () => unknown): { code: string; message: string } {
  try {
    call()
  } catch (error) {
    if (isCopydeskError(error)) return { code: error.code, message: error.message }
    throw new Error(`a foreign error escaped: ${String(error)}`, { cause: error })
  }
  throw new Error('no error was thrown')
}

describe('toTeaser refusals', () => {
  it.each([
    [{ maxChars: 0 }, 'toTeaser: options.maxChars must be an integer ≥ 1, received number 0'],
    [{ maxChars: 1 }, 'toTeaser: options.maxChars must be an integer greater than the ellipsis length'],
    [{ maxWords: 1.5 }, 'toTeaser: options.maxWords must be an integer ≥ 1'],
    [{ ellipsis: 5 }, 'toTeaser: options.ellipsis must be a string'],
    [{ locale: 'not a tag!' }, 'toTeaser: options.locale must be a BCP 47 language tag'],
    [{ wordsPerMinute: 5e-324 }, 'toTeaser: options.wordsPerMinute must be a finite number from 1 to 100000'],
    [{ baseUrl: 'ftp://x' }, 'toTeaser: options.baseUrl must be an absolute http(s) URL'],
    [{ permalink: '/:nope/' }, 'toTeaser: options.permalink must be'],
  ])('names toTeaser and the option for %j, never an inner function', (options, message) => {
    const error = refusal(() => toTeaser(a, options as never))
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.message.startsWith(message)).toBe(true)
  })

  it.each([[[]], [null], ['x'], [42]])('refuses %j as options with INVALID_OPTIONS', (options) => {
    expect(refusal(() => toTeaser(a, options as never))).toEqual({
      code: 'INVALID_OPTIONS',
      message: expect.stringMatching(/^toTeaser: options must be an object, received /) as unknown as string,
    })
  })

  it.each([
    ['tags as a string', { ...a, tags: 'news' }, 'toTeaser: article.tags must be an array when present'],
    ['a null featureImage', { ...a, featureImage: null }, 'toTeaser: article.featureImage must be an object'],
    ['a null author', { ...a, authors: [null] }, 'toTeaser: article.authors[0] must be an object'],
    ['a null tag', { ...a, tags: [null] }, 'toTeaser: article.tags[0] must be an object'],
    ['a numeric publishedAt', { ...a, publishedAt: 5 }, 'toTeaser: article.publishedAt must be an ISO 8601'],
    ['an access of 0', { ...a, access: 0 }, 'toTeaser: article.access must be valid in a Teaser'],
    [
      'a feature image URL that is not a URL',
      { ...a, featureImage: { url: 'not a url' } },
      'toTeaser: article.featureImage.url must be valid in a Teaser',
    ],
    ['an author without a name', { ...a, authors: [{ slug: 'x' }] }, 'toTeaser: article.authors[0].name'],
    ['a tag with a numeric name', { ...a, tags: [{ name: 5, slug: 't' }] }, 'toTeaser: article.tags[0].name'],
    ['a customExcerpt that is a number', { ...a, customExcerpt: 5 }, 'toTeaser: article.customExcerpt'],
    ['an article that is an array', [], 'toTeaser: article must be an object'],
  ])('refuses %s with INVALID_INPUT naming the field', (_name, article, message) => {
    const error = refusal(() => toTeaser(article as never))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message.startsWith(message)).toBe(true)
  })

  it('refuses the issue 17 case: access 0 with a feature image that is not a URL', () => {
    expect(refusal(() => toTeaser({ ...a, access: 0, featureImage: { url: 'not a url' } } as never)).code).toBe(
      'INVALID_INPUT',
    )
  })

  it('returns only teasers that safeParseTeaser accepts, for any mix of valid and invalid fields (property)', () => {
    const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.anything())
    const article = fc.record(
      {
        id: field(fc.constantFrom('a1', 'x')),
        slug: field(fc.constantFrom('king-tide', 'a')),
        title: field(fc.constantFrom('Title', 'T')),
        html: field(fc.constantFrom('<p>Body text.</p>', '')),
        authors: field(fc.constant([{ id: 'u', name: 'Omar', slug: 'omar' }])),
        tags: field(fc.constant([{ name: 'Tides', slug: 'tides' }])),
        access: field(fc.constantFrom('public', 'members', 'paid')),
        featureImage: field(fc.constant({ url: 'https://x.example/a.jpg', width: 10 })),
        publishedAt: field(fc.constant('2026-11-24T06:00:00Z')),
        customExcerpt: field(fc.constant('Custom.')),
      },
      { requiredKeys: ['id', 'slug', 'title', 'html', 'authors'] },
    )
    fc.assert(
      fc.property(article, (input) => {
        let teaser: unknown
        try {
          teaser = toTeaser(input as never)
        } catch (error) {
          expect(isCopydeskError(error)).toBe(true)
          expect((error as Error).message.startsWith('toTeaser: ')).toBe(true)
          return
        }
        expect(safeParseTeaser(teaser).success).toBe(true)
      }),
      { numRuns: 800 },
    )
  })
})

describe('shareLinks, articleUrl and formatDateline refusals', () => {
  it.each([
    [{ utm: { campaign: 5 } }, 'shareLinks: options.utm.campaign must be a string, received number 5'],
    [{ utm: { source: { x: 1 } } }, 'shareLinks: options.utm.source.x must be a string, received number 1'],
    [{ utm: [] }, 'shareLinks: options.utm must be an object'],
    [{ labels: { x: 7 } }, 'shareLinks: options.labels.x must be a string'],
    [{ networks: ['myspace'] }, 'shareLinks: options.networks[0] must be one of'],
    [{ permalink: 5 }, 'shareLinks: options.permalink must be'],
  ])('shareLinks names the field of %j', (options, message) => {
    const error = refusal(() => shareLinks(a, { ...SITE, ...options } as never))
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.message.startsWith(message)).toBe(true)
  })

  it('shareLinks refuses an array as options and names itself for URL errors', () => {
    expect(refusal(() => shareLinks(a, [] as never)).message).toMatch(/^shareLinks: options must be an object/)
    expect(refusal(() => shareLinks({ ...a, canonicalUrl: 'nope' }, SITE)).message).toMatch(
      /^shareLinks: article\.canonicalUrl must be an absolute http\(s\) URL/,
    )
  })

  it('shareLinks never reads a label or utm source from Object.prototype', () => {
    const links = shareLinks(a, { ...SITE, networks: ['x'], utm: { source: {} }, labels: {} })
    expect(links[0]!.label).toBe('Share on X')
    expect(links[0]!.url).toContain('utm_source%3Dx')
  })

  it('articleUrl refuses arrays and names the field', () => {
    expect(refusal(() => articleUrl(a, [] as never)).message).toMatch(/^articleUrl: options must be an object/)
    expect(refusal(() => articleUrl({ slug: '' })).message).toMatch(/^articleUrl: article\.slug must be/)
    expect(
      refusal(() => articleUrl({ slug: 'x', publishedAt: 'soon' }, { ...SITE, permalink: '/:year/:slug/' })),
    ).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^articleUrl: article\.publishedAt must be an ISO 8601 date/) as unknown as string,
    })
  })

  it('formatDateline accepts now as Date, string or number (NowOption)', () => {
    const when = '2026-11-24T06:00:00Z'
    const now = '2026-11-24T09:30:00Z'
    for (const value of [now, Date.parse(now), new Date(now)])
      expect(formatDateline(when, { now: value })).toBe('3 hours ago')
  })
})
