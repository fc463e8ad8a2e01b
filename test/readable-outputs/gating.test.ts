// Issue 13.1: one test feeds every gating fixture through every output copydesk builds from an
// article — the teaser, JSON-LD (object and script), JSON Feed, RSS and meta tags — and asserts
// that no word of the gated part appears in any of them, while the free part does reach the
// teaser (so the test cannot pass by emptying everything). Gating mechanisms: Ghost's
// `<!--members-only-->` marker, `freeHtml`, Ghost's segment-gated blocks
// (`<!--kg-gated-block:begin nonMember:true|false …-->…<!--kg-gated-block:end-->`), and
// unterminated blocks. The readable part itself comes from src/readable/readable.ts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toJsonFeed, toJsonLd, toJsonLdScript, toMetaTags, toRssFeed } from '../../src/formats/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { toTeaser } from '../../src/teaser/index.js'

const SITE = 'https://harborledger.example'
const FEED = { title: 'The Harbor Ledger', homePageUrl: SITE }
const EVERY_STATUS = { statuses: ['draft', 'scheduled', 'published', 'archived'] } as const

/** Every output for one article, one string each. */
function outputs(article: ArticleInput): Record<string, string> {
  const options = { baseUrl: SITE, publisher: { name: 'The Harbor Ledger' } }
  return {
    toTeaser: JSON.stringify(toTeaser(article, { baseUrl: SITE })),
    toTeaserShort: JSON.stringify(toTeaser(article, { maxChars: 40 })),
    toJsonLd: JSON.stringify(toJsonLd(article, options)),
    toJsonLdScript: toJsonLdScript(article, options),
    toJsonFeed: JSON.stringify(toJsonFeed([article], FEED, EVERY_STATUS)),
    toRssFeed: toRssFeed([article], FEED, EVERY_STATUS),
    toMetaTags: JSON.stringify(toMetaTags(article, { ...options, siteName: 'The Harbor Ledger' })),
  }
}

const base: ArticleInput = {
  id: 'g1',
  slug: 'council-vote',
  title: 'Council votes on the harbor wall',
  html: '',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
  tags: [{ name: 'Harbor', slug: 'harbor' }],
  status: 'published',
  publishedAt: '2026-11-24T06:00:00Z',
}

const begin = (nonMember: boolean) =>
  `<!--kg-gated-block:begin nonMember:${nonMember} memberSegment:"status:free,status:-free"-->`
const END = '<!--kg-gated-block:end-->'

// [case, article, words only a member may read, a word of the free part that the teaser shows]
const CASES: [string, ArticleInput, string[], string | undefined][] = [
  [
    'members, <!--members-only--> marker',
    { ...base, access: 'members', html: '<p>Freelead opens.</p><!--members-only--><p>Gatedalpha detail.</p>' },
    ['Gatedalpha'],
    'Freelead',
  ],
  [
    'paid, marker after <!--more-->',
    {
      ...base,
      access: 'paid',
      html: '<p>Freelead opens.</p><!--more--><p>Freemore.</p><!--members-only--><p>Gatedbeta.</p>',
    },
    ['Gatedbeta'],
    'Freelead',
  ],
  [
    'paid, freeHtml',
    { ...base, access: 'paid', html: '<p>Gatedgamma everything.</p>', freeHtml: '<p>Freelead opens.</p>' },
    ['Gatedgamma'],
    'Freelead',
  ],
  [
    'members, no marker and no freeHtml: nothing is free',
    { ...base, access: 'members', html: '<p>Gateddelta whole story.</p>' },
    ['Gateddelta'],
    undefined,
  ],
  [
    'public, Ghost gated block for members (nonMember:false)',
    { ...base, html: `<p>Freelead opens.</p>${begin(false)}<p>Gatedepsilon.</p>${END}<p>Freetail.</p>` },
    ['Gatedepsilon'],
    'Freelead',
  ],
  [
    'public, gated block first, free block (nonMember:true) after',
    { ...base, html: `${begin(false)}<p>Gatedzeta.</p>${END}${begin(true)}<p>Freelead shown.</p>${END}` },
    ['Gatedzeta'],
    'Freelead',
  ],
  [
    'public, unterminated gated block hides the rest',
    { ...base, html: `<p>Freelead opens.</p>${begin(false)}<p>Gatedeta.</p><p>Gatedtheta.</p>` },
    ['Gatedeta', 'Gatedtheta'],
    'Freelead',
  ],
  [
    'public, gated block whose begin comment never closes',
    { ...base, html: `<p>Freelead opens.</p><!--kg-gated-block:begin nonMember:false <p>Gatediota.</p>` },
    ['Gatediota'],
    'Freelead',
  ],
  [
    'paid, freeHtml with a gated block inside',
    {
      ...base,
      access: 'paid',
      html: '<p>Gatedkappa.</p>',
      freeHtml: `<p>Freelead opens.</p>${begin(false)}<p>Gatedlambda.</p>${END}`,
    },
    ['Gatedkappa', 'Gatedlambda'],
    'Freelead',
  ],
  [
    'members, gated block before the marker',
    {
      ...base,
      access: 'members',
      html: `<p>Freelead opens.</p>${begin(false)}<p>Gatedmu.</p>${END}<!--members-only--><p>Gatednu.</p>`,
    },
    ['Gatedmu', 'Gatednu'],
    'Freelead',
  ],
  [
    'members, a custom excerpt and an image caption do not open the body',
    {
      ...base,
      access: 'members',
      customExcerpt: 'Freelead written by the editor.',
      featureImage: { url: `${SITE}/a.jpg`, caption: 'Freecaption' },
      html: '<p>Gatedxi.</p>',
    },
    ['Gatedxi'],
    'Freelead',
  ],
]

describe('no gated word reaches any output', () => {
  it.each(CASES)('%s', (_name, article, gated, free) => {
    const all = outputs(article)
    for (const [output, text] of Object.entries(all)) {
      for (const word of gated) expect(text.includes(word), `${word} in ${output}`).toBe(false)
    }
    if (free !== undefined) expect(all['toTeaser']).toContain(free)
  })

  it('holds for any arrangement of free and gated parts (property)', () => {
    // A body is a sequence of parts; each gated part carries a unique sentinel that must not leak.
    type Part = { html: string; gated: string | undefined }
    let counter = 0
    const word = () => `Sentinel${(counter++).toString(36)}x`
    const part: fc.Arbitrary<() => Part> = fc.constantFrom(
      () => ({ html: `<p>Free words here.</p>`, gated: undefined }),
      () => {
        const w = word()
        return { html: `${begin(false)}<p>${w}</p>${END}`, gated: w }
      },
      () => ({ html: `${begin(true)}<p>Free block.</p>${END}`, gated: undefined }),
      () => {
        const w = word()
        return { html: `${begin(false)}<p>${w}</p>`, gated: w } // unterminated
      },
    )
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 6 }),
        fc.array(part, { maxLength: 6 }),
        fc.constantFrom('public', 'members', 'paid'),
        fc.constantFrom('marker', 'freeHtml', 'none'),
        (freeMakers, gatedMakers, access, mode) => {
          const free = freeMakers.map((m) => m())
          const rest = gatedMakers.map((m) => m())
          // Which sentinels an anonymous reader must never see.
          const sentinels: string[] = []
          // An unterminated block hides everything after it, gated or not, so its sentinel and
          // those after count; sentinels in closed gated blocks always count.
          for (const p of [...free, ...rest]) if (p.gated !== undefined) sentinels.push(p.gated)
          const restWord = word()
          const freeHtml = free.map((p) => p.html).join('')
          const restHtml = `<p>${restWord}</p>${rest.map((p) => p.html).join('')}`
          let article: ArticleInput
          if (access === 'public') article = { ...base, access, html: freeHtml + restHtml }
          else {
            // Everything after the free part is for members.
            sentinels.push(restWord)
            if (mode === 'marker') article = { ...base, access, html: `${freeHtml}<!--members-only-->${restHtml}` }
            else if (mode === 'freeHtml') article = { ...base, access, html: freeHtml + restHtml, freeHtml }
            else article = { ...base, access, html: freeHtml + restHtml }
          }
          const all = outputs(article)
          for (const sentinel of sentinels) {
            if (sentinel === '' || !sentinel.startsWith('Sentinel')) continue
            for (const [output, text] of Object.entries(all)) {
              expect(text.includes(sentinel), `${sentinel} in ${output}`).toBe(false)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

// Hostile gated-block forms: each leaked its GATED word into the teaser before stripGatedBlocks read
// comments the way the HTML walker does (measured 2026-12-07).
describe('hostile gated-block forms (each once leaked through src/readable)', () => {
  const leaks: [string, string][] = [
    ['a nested begin inside a gated block', `${begin(false)}<p>A</p>${begin(true)}<p>B</p>${END}<p>GATEDC</p>${END}`],
    [
      'nonMember:true inside a quoted segment value',
      `<!--kg-gated-block:begin nonMember:false memberSegment:"nonMember:true"--><p>GATEDD</p>${END}`,
    ],
    ['an upper-case begin comment', `<!--KG-GATED-BLOCK:BEGIN nonMember:false--><p>GATEDE</p>${END}`],
    ['a space after <!--', `<!-- kg-gated-block:begin nonMember:false --><p>GATEDF</p>${END}`],
  ]
  it.each(leaks)('%s', (_name, html) => {
    for (const text of Object.values(outputs({ ...base, html }))) expect(text).not.toMatch(/GATED[C-F]/)
  })
})
