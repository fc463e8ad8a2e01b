import { describe, expect, it } from 'vitest'
import {
  CopydeskError,
  fromGhostPost,
  fromWordPressPost,
  toJsonFeed,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
  toRssFeed,
} from '../../src/formats/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { BASE, GHOST, WORDPRESS, isWellFormed } from './_fixtures.js'
import { parseXml } from './_xml.js'

const MB = 1024 * 1024
const SITE = 'https://harborledger.example'
const FEED = { title: 'The Harbor Ledger', homePageUrl: SITE }

/** Runs `fn` and returns its duration in ms (a generous linear-time guard, not a benchmark). */
function timed(fn: () => unknown): number {
  const start = Date.now()
  fn()
  return Date.now() - start
}

/** Every output function on one article. */
const OUTPUTS: [string, (input: ArticleInput) => string][] = [
  ['toJsonLd', (input) => JSON.stringify(toJsonLd(input, { baseUrl: SITE }))],
  ['toJsonLdScript', (input) => toJsonLdScript(input, { baseUrl: SITE })],
  ['toJsonFeed', (input) => JSON.stringify(toJsonFeed([input], FEED))],
  ['toRssFeed', (input) => toRssFeed([input], FEED)],
  ['toMetaTags', (input) => JSON.stringify(toMetaTags(input, { baseUrl: SITE }))],
]

function everyOutput(input: ArticleInput): string[] {
  return OUTPUTS.map(([, fn]) => fn(input))
}

/** Each output function on `input` returns in under 2 s (a generous linear-time guard). */
function expectEachFast(input: ArticleInput): void {
  for (const [name, fn] of OUTPUTS)
    expect(
      timed(() => fn(input)),
      name,
    ).toBeLessThan(2000)
}

const BODIES: [string, string][] = [
  ['1 MB of plain words', `<p>${'tide '.repeat(MB / 5)}</p>`],
  ['1 MB of nested tags', '<div>'.repeat(MB / 10) + 'deep' + '</div>'.repeat(MB / 10)],
  ['1 MB of ampersands', '&'.repeat(MB)],
  ['1 MB of < without >', '<'.repeat(MB)],
  ['1 MB of unterminated comments', '<!--'.repeat(MB / 4)],
  ['1 MB of gated-block openers', '<!--kg-gated-block:begin nonMember:false'.repeat(MB / 40)],
  ['1 MB of ]]>', ']]>'.repeat(MB / 3)],
  ['1 MB single word', 'a'.repeat(MB)],
]

describe('hostile input', () => {
  it.each(BODIES)(
    '%s in the body: each output returns in under 2 s and the RSS stays well-formed',
    (_name, html) => {
      const input: ArticleInput = { ...BASE, html }
      expectEachFast(input)
      parseXml(toRssFeed([input], FEED))
    },
    30_000,
  )

  it.each(BODIES)(
    '%s as a gated body: outputs stay bounded and leak nothing',
    (_name, html) => {
      const input: ArticleInput = { ...BASE, access: 'members', html: `<p>Free.</p><!--members-only-->${html}` }
      expectEachFast(input)
      for (const output of everyOutput(input)) expect(output.length).toBeLessThan(10_000)
    },
    30_000,
  )

  it('imports a 1 MB Ghost and WordPress body in under 2 s', () => {
    const big = `<p>${'tide &amp; surge '.repeat(MB / 17)}</p>`
    expect(timed(() => fromGhostPost({ ...GHOST['no-tags.json'], html: big }))).toBeLessThan(2000)
    const wp = {
      ...WORDPRESS['scheduled.json'],
      content: { rendered: big, protected: false },
      excerpt: { rendered: big, protected: false },
    }
    expect(timed(() => fromWordPressPost(wp))).toBeLessThan(2000)
  })

  it('handles a 1 MB title: headline and meta stay short, feeds keep it whole', () => {
    const title = 'Storm '.repeat(MB / 6)
    const input = { ...BASE, title }
    expectEachFast(input)
    expect(toJsonLd(input).headline.length).toBeLessThanOrEqual(110)
    expect(toJsonFeed([input], FEED).items[0]?.title).toBe(title)
  }, 30_000)

  it.each([
    ['a lone high surrogate', 'Tide \uD83C tables'],
    ['a lone low surrogate', 'Tide \uDF0A tables'],
    ['a reversed pair', 'Tide \uDF0A\uD83C tables'],
    ['a surrogate at the 110th character', `${'a'.repeat(108)} \uD83D\uDE00 and more words after it`],
  ])('survives %s in the title: JSON-LD script and RSS are well-formed', (_name, title) => {
    const input = { ...BASE, title }
    const script = toJsonLdScript(input)
    expect(isWellFormed(script)).toBe(true)
    expect(JSON.parse(script.slice(35, -9)).headline).toBe(toJsonLd(input).headline)
    const rss = toRssFeed([input], FEED)
    expect(isWellFormed(rss)).toBe(true)
    parseXml(rss)
    expect(toJsonLd(input).headline.length).toBeLessThanOrEqual(110)
  })

  it('imports titles with lone surrogates (they are strings) and outputs them safely', () => {
    const article = fromGhostPost({ ...GHOST['no-tags.json'], title: 'Ferry \uD800 resumes' })
    expect(article.title).toBe('Ferry \uD800 resumes')
    expect(toRssFeed([article], FEED)).toContain('Ferry \uFFFD resumes')
  })

  it.each([
    ['empty html', { ...BASE, html: '' }],
    ['whitespace html', { ...BASE, html: ' \n\t ' }],
    ['only markup', { ...BASE, html: '<figure><img src="x"></figure>' }],
    ['no authors', { ...BASE, authors: [] }],
    ['empty tags', { ...BASE, tags: [] }],
    [
      'null optional fields',
      { ...BASE, customExcerpt: null, featureImage: null, seo: null, section: null, canonicalUrl: null } as never,
    ],
    ['a non-string tag name', { ...BASE, tags: [{ name: 7, slug: 'x' }] } as never],
    ['an author with a numeric name', { ...BASE, authors: [{ id: 'u', name: 42, slug: 'u' }] } as never],
  ])('returns safe output for %s', (_name, input) => {
    const outputs = everyOutput(input)
    expect(outputs).toHaveLength(5)
    parseXml(outputs[3]!)
    const ld = toJsonLd(input)
    expect(ld.description ?? '').not.toMatch(/<|&[a-z]+;/)
    expect(ld.wordCount === undefined || ld.wordCount > 0).toBe(true)
  })

  it.each([
    ['fromGhostPost', () => fromGhostPost(undefined)],
    ['fromWordPressPost', () => fromWordPressPost(7)],
    ['toJsonLd', () => toJsonLd(undefined as never)],
    ['toJsonLdScript', () => toJsonLdScript('x' as never)],
    ['toJsonFeed', () => toJsonFeed(null as never, FEED)],
    ['toRssFeed', () => toRssFeed([1] as never, FEED)],
    ['toMetaTags', () => toMetaTags([] as never)],
  ])('%s throws INVALID_INPUT naming itself for wrong input types', (name, call) => {
    let error: unknown
    try {
      call()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CopydeskError)
    expect((error as CopydeskError).code).toBe('INVALID_INPUT')
    expect((error as CopydeskError).message.startsWith(`${name}: `)).toBe(true)
  })

  it('never puts a 1 MB input into an error message', () => {
    try {
      fromWordPressPost({ ...WORDPRESS['scheduled.json'], id: 'x'.repeat(MB), slug: 'Bad Slug' })
    } catch (error) {
      expect((error as CopydeskError).message.length).toBeLessThan(1000)
    }
    try {
      toJsonLd({ ...BASE, title: 1 as never, id: 'y'.repeat(MB) })
    } catch (error) {
      expect((error as CopydeskError).message.length).toBeLessThan(1000)
    }
  })
})
