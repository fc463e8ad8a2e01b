import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRelatedIndex, loadRelatedIndex, type RelatedDoc } from '../../src/related/index.js'

const WORDS = [
  'harbor',
  'storm',
  'surge',
  'ferry',
  'wildfire',
  'smoke',
  'ridge',
  'jazz',
  'piers',
  'festival',
  'budget',
  'council',
  'levy',
  'derby',
  'mariners',
  'stadium',
  'bakery',
  'rents',
  'salmon',
  'tide',
]
const TAGS = ['harbor', 'wildfire', 'jazz', 'budget', 'football', 'food']

const docArb: fc.Arbitrary<Omit<RelatedDoc, 'id'>> = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' ')),
  text: fc.oneof(
    fc.constant(undefined),
    fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 40 })
      .map((w) => w.join(' ')),
  ),
  tags: fc.array(fc.constantFrom(...TAGS), { maxLength: 3 }),
  section: fc.option(fc.constantFrom('news', 'climate', 'culture'), { nil: undefined }),
  authors: fc.array(fc.constantFrom('ana', 'ben', 'chen'), { maxLength: 2 }),
  publishedAt: fc.option(
    fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }).map((ms) => new Date(ms).toISOString()),
    { nil: undefined },
  ),
})
const corpusArb = fc
  .array(docArb, { minLength: 1, maxLength: 30 })
  .map((docs) => docs.map((d, i) => ({ ...d, id: `d${i}` }) as RelatedDoc))
const optionsArb = fc.record({
  limit: fc.integer({ min: 0, max: 8 }),
  halfLifeDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  sameSection: fc.boolean(),
  excludeNewer: fc.boolean(),
  fallback: fc.constantFrom('none' as const, 'section' as const, 'latest' as const),
  mmrLambda: fc.constantFrom(0.5, 0.8, 1),
  minScore: fc.constantFrom(0, 0.05, 0.3),
})

describe('related() properties', () => {
  it('never returns the doc itself, stays within limit, has no duplicate picks, sorts similar picks by score', () => {
    fc.assert(
      fc.property(corpusArb, optionsArb, (docs, options) => {
        const index = createRelatedIndex()
        index.addAll(docs)
        for (const doc of docs) {
          const picks = index.related(doc.id, options)
          expect(picks.length).toBeLessThanOrEqual(options.limit)
          expect(picks.map((p) => p.id)).not.toContain(doc.id)
          expect(new Set(picks.map((p) => p.id)).size).toBe(picks.length)
          const similar = picks.filter((p) => p.kind === 'similar').map((p) => p.score)
          expect(similar).toEqual([...similar].sort((a, b) => b - a))
          expect(picks.findIndex((p) => p.kind === 'fallback')).toBe(
            picks.findIndex((p) => p.kind === 'fallback') === -1 ? -1 : similar.length,
          )
          for (const p of picks) {
            expect(Number.isFinite(p.score)).toBe(true)
            expect(p.scoreParts.recency).toBeGreaterThan(0)
            expect(p.scoreParts.recency).toBeLessThanOrEqual(1)
          }
        }
      }),
      { numRuns: 60, seed: 5 },
    )
  })

  it('is deterministic and independent of insertion order', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 0, max: 1000 }), (docs, seed) => {
        const shuffled = [...docs].sort(
          (a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 7) || (a.id < b.id ? 1 : -1),
        )
        const a = createRelatedIndex()
        a.addAll(docs)
        const b = createRelatedIndex()
        b.addAll(shuffled)
        for (const doc of docs) {
          const left = a.related(doc.id).map((p) => [p.id, p.score])
          const right = b.related(doc.id).map((p) => [p.id, p.score])
          expect(right).toEqual(left)
        }
      }),
      { numRuns: 40, seed: 9 },
    )
  })

  it('answers the same after a JSON round trip', () => {
    fc.assert(
      fc.property(corpusArb, (docs) => {
        const index = createRelatedIndex()
        index.addAll(docs)
        const copy = loadRelatedIndex(JSON.stringify(index))
        for (const doc of docs)
          expect(copy.related(doc.id, { fallback: 'latest' })).toEqual(index.related(doc.id, { fallback: 'latest' }))
      }),
      { numRuns: 20, seed: 2 },
    )
  })
})
