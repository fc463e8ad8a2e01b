// One readable-part rule for related (issue 13 item 1, issue 15 item 3): the gating fixtures of
// test/formats go through a related index; no pick ever lists, as a shared term or in its label,
// a word found only in gated text — by default (only the readable part is indexed) and with the
// `gatedBody: 'full'` opt-in (gated text indexed, never shown).
import { describe, expect, it } from 'vitest'
import { fromGhostPost, fromWordPressPost } from '../../src/formats/index.js'
import { readableHtml } from '../../src/readable/readable.js'
import { createRelatedIndex, loadRelatedIndex, type RelatedDoc, type RelatedIndex } from '../../src/related/index.js'
import type { ArticleInput } from '../../src/schema/types.js'
import { BASE, GHOST, WORDPRESS, article } from '../formats/_fixtures.js'

const STAFF = { fallbackAuthor: { id: 'desk', name: 'Ledger staff', slug: 'staff' } }

const CASES: [string, ArticleInput, string][] = [
  ['members post with a <!--members-only--> marker', article('art-007'), 'SECRET-GATED-PARAGRAPH'],
  ['paid post with freeHtml', article('art-013'), 'Wilhelmina Osei'],
  ['Ghost members-only post', fromGhostPost(GHOST['members-only.json']), 'GHOST-SECRET-GATED'],
  ['Ghost tiers post without marker', fromGhostPost(GHOST['paid-tiers.json']), 'GHOST-SECRET-PAID'],
  ['WordPress protected post', fromWordPressPost(WORDPRESS['password-protected.json'], STAFF), 'WP-SECRET-PROTECTED'],
  [
    'public post with a nonMember:false gated block',
    {
      ...BASE,
      html: '<p>Open harbor news.</p><!--kg-gated-block:begin nonMember:false memberSegment:"status:free" --><p>BLOCK-SECRET zyxwarble</p><!--kg-gated-block:end--><p>Open again.</p>',
    },
    'BLOCK-SECRET zyxwarble',
  ],
  [
    'public post with an unterminated gated block',
    { ...BASE, html: '<p>Open harbor news.</p><!--kg-gated-block:begin nonMember:false--><p>TAIL-SECRET qorvath</p>' },
    'TAIL-SECRET qorvath',
  ],
]

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** The secret's words that a reader of the article cannot read anywhere. */
function gatedOnly(input: ArticleInput, secret: string): string[] {
  const open = new Set(
    words([readableHtml(input), input.title, input.subtitle ?? '', input.customExcerpt ?? ''].join(' ')),
  )
  return words(secret).filter((w) => !open.has(w))
}

/** The article, two probes made of its secret words, and some filler. */
function indexWith(input: ArticleInput, secret: string, full: boolean): RelatedIndex {
  const index = createRelatedIndex(full ? { gatedBody: 'full' } : {})
  const probe = `${secret} ${secret} ${secret}`
  index.addAll([
    input as RelatedDoc,
    { id: 'probe-1', title: secret, text: probe },
    { id: 'probe-2', title: `${secret} again`, text: probe },
    { id: 'filler', title: 'Tide tables', text: 'The tide tables for the week.' },
  ])
  return index
}

function shownWords(index: RelatedIndex, ids: readonly string[]): string[] {
  return ids.flatMap((id) =>
    index
      .related(id, { limit: 5 })
      .flatMap((p) => [...p.sharedTerms, ...words(p.label), ...p.reasons.flatMap((r) => words(r.message))]),
  )
}

describe('related shows no word found only in gated text', () => {
  it.each(CASES)('%s', (_name, input, secret) => {
    const hidden = gatedOnly(input, secret)
    expect(hidden.length).toBeGreaterThan(0)
    const ids = [input.id, 'probe-1', 'probe-2']
    for (const full of [false, true]) {
      const index = indexWith(input, secret, full)
      for (const w of hidden) expect(shownWords(index, ids)).not.toContain(w)
      const copy = loadRelatedIndex(JSON.stringify(index))
      for (const w of hidden) expect(shownWords(copy, ids)).not.toContain(w)
    }
  })

  it('would show them if the article were public (the test has teeth)', () => {
    const [, input, secret] = CASES[0] as [string, ArticleInput, string]
    const open = {
      ...input,
      access: 'public',
      freeHtml: undefined,
      html: input.html.replace('<!--members-only-->', ''),
    }
    const index = indexWith(open as ArticleInput, secret, false)
    expect(shownWords(index, ['probe-1'])).toContain(gatedOnly(input, secret)[0])
  })

  it('indexes gated text with gatedBody full: it finds the probe through its gated words', () => {
    const input = (CASES[5] as [string, ArticleInput, string])[1]
    const preview = indexWith(input, 'BLOCK-SECRET zyxwarble', false)
    const full = indexWith(input, 'BLOCK-SECRET zyxwarble', true)
    const score = (index: RelatedIndex): number =>
      index.related(input.id, { limit: 5, minScore: 0 }).find((p) => p.id === 'probe-1')?.score ?? 0
    expect(score(full)).toBeGreaterThan(score(preview))
  })
})
