import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fromGhostPost,
  fromWordPressPost,
  toJsonFeed,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
  toRssFeed,
} from '../../src/formats/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { ARTICLES, BASE, GHOST, WORDPRESS, article } from './_fixtures.js'

const SITE = 'https://harborledger.example'
const FEED = { title: 'The Harbor Ledger', homePageUrl: SITE, feedUrl: `${SITE}/feed` }
const ALL_STATUSES = { statuses: ['draft', 'scheduled', 'published', 'archived'] } as const

/** Every output of every function for one article, as one string per output. */
function outputs(input: ArticleInput): Record<string, string> {
  const options = { baseUrl: SITE, publisher: { name: 'The Harbor Ledger' } }
  return {
    toJsonLd: JSON.stringify(toJsonLd(input, options)),
    toJsonLdScript: toJsonLdScript(input, options),
    toJsonFeed: JSON.stringify(toJsonFeed([input], FEED, ALL_STATUSES)),
    toRssFeed: toRssFeed([input], FEED, ALL_STATUSES),
    toMetaTags: JSON.stringify(toMetaTags(input, { ...options, siteName: 'The Harbor Ledger' })),
  }
}

const GHOST_STAFF = { fallbackAuthor: { id: 'desk', name: 'Ledger staff', slug: 'staff' } }

// [case, article, text that exists only in the gated part]
const GATED: [string, ArticleInput, string][] = [
  ['art-007 (members, <!--members-only--> marker)', article('art-007'), 'SECRET-GATED-PARAGRAPH'],
  ['art-007, marker text', article('art-007'), 'N95'],
  ['art-013 (paid, freeHtml)', article('art-013'), 'Wilhelmina Osei'],
  ['art-017 (members, no marker: nothing is free)', article('art-017'), 'skirting board'],
  ['Ghost members-only post', fromGhostPost(GHOST['members-only.json']), 'GHOST-SECRET-GATED'],
  ['Ghost tiers post without marker', fromGhostPost(GHOST['paid-tiers.json']), 'GHOST-SECRET-PAID'],
  [
    'WordPress password-protected post',
    fromWordPressPost(WORDPRESS['password-protected.json'], GHOST_STAFF),
    'WP-SECRET-PROTECTED',
  ],
  [
    'public post with a Ghost members-segment gated block',
    {
      ...BASE,
      html: '<p>Open.</p><!--kg-gated-block:begin nonMember:false memberSegment:"status:free,status:-free" --><p>BLOCK-SECRET</p><!--kg-gated-block:end--><p>Open again.</p>',
    },
    'BLOCK-SECRET',
  ],
  [
    'public post with an unterminated gated block',
    {
      ...BASE,
      html: '<p>Open.</p><!--kg-gated-block:begin nonMember:false memberSegment:"status:-free"--><p>TAIL-SECRET</p>',
    },
    'TAIL-SECRET',
  ],
  [
    'members post with freeHtml: the html beyond it is gated',
    { ...BASE, access: 'members', freeHtml: '<p>Teaser.</p>', html: '<p>Teaser.</p><p>FREEHTML-SECRET</p>' },
    'FREEHTML-SECRET',
  ],
  [
    'paid post with a misspelled marker (fails closed)',
    { ...BASE, access: 'paid', html: '<p>Intro.</p><!-- members-only --><p>SPACED-MARKER-SECRET</p>' },
    'SPACED-MARKER-SECRET',
  ],
]

describe('gated text never reaches any output', () => {
  it.each(GATED)('%s: %j appears in no output of any function', (_name, input, secret) => {
    expect(input.html + (input.freeHtml ?? '')).toContain(secret)
    for (const [fn, output] of Object.entries(outputs(input))) {
      expect(output.includes(secret), `${fn} leaked ${secret}`).toBe(false)
    }
  })

  it('the whole newsroom through every feed and per-article output contains no gated sentinel', () => {
    const everything = [
      JSON.stringify(toJsonFeed(ARTICLES, FEED, ALL_STATUSES)),
      toRssFeed(ARTICLES, FEED, ALL_STATUSES),
      ...ARTICLES.flatMap((a) => Object.values(outputs(a))),
    ].join('\n')
    for (const secret of ['SECRET-GATED-PARAGRAPH', 'Wilhelmina Osei', 'skirting board']) {
      expect(everything.includes(secret), secret).toBe(false)
    }
  })

  it('keeps the content of gated blocks shown to non-members, and the free part of gated posts', () => {
    const html =
      '<p>Open.</p><!--kg-gated-block:begin nonMember:true memberSegment:"" --><p>Join us!</p><!--kg-gated-block:end--><p>More.</p>'
    const feed = toJsonFeed([{ ...BASE, html }], FEED)
    expect(feed.items[0]?.content_html).toBe('<p>Open.</p><p>Join us!</p><p>More.</p>')
    expect(toJsonLd(article('art-007')).description).toContain(
      'Here is what doctors and the county health department recommend.',
    )
  })

  it('never leaks text after the marker, whatever the free and gated parts are (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('members', 'paid') as fc.Arbitrary<'members' | 'paid'>,
        (free, rest, access) => {
          fc.pre(!free.includes('ZQXSECRET') && !free.includes('<!--members-only-->'))
          const input: ArticleInput = {
            ...BASE,
            access,
            html: `<p>${free}</p><!--members-only--><p>${rest} ZQXSECRET ${rest}</p>`,
          }
          return Object.values(outputs(input)).every((output) => !output.includes('ZQXSECRET'))
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)
})
