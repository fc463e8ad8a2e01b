// Small sites (issue 15 item 2): with 4–50 articles the document-frequency cut keeps the words two
// stories share; scores sit on the 0–1 scale; below minScore a row is filled only by fallback
// picks, marked as such, or comes back shorter.
import { describe, expect, it } from 'vitest'
import { createRelatedIndex, type RelatedDoc } from '../../src/related/index.js'

const site: RelatedDoc[] = [
  {
    id: 's1',
    title: 'Seawall vote tonight',
    text: 'The council votes on the seawall and the king tide plan.',
    section: 'City',
    publishedAt: '2026-01-01',
  },
  {
    id: 's2',
    title: 'King tide floods the seawall',
    text: 'The king tide topped the seawall again.',
    section: 'City',
    publishedAt: '2026-01-02',
  },
  {
    id: 's3',
    title: 'Seawall costs rise',
    text: 'Seawall repairs will cost more, the council says.',
    section: 'City',
    publishedAt: '2026-01-03',
  },
  {
    id: 's4',
    title: 'Jazz night at the pier',
    text: 'A saxophone quartet plays the pier on Friday.',
    section: 'Arts',
    publishedAt: '2026-01-04',
  },
]

describe('a four-article site', () => {
  it('keeps a word found in three of four stories as a shared term', () => {
    const index = createRelatedIndex()
    index.addAll(site)
    const picks = index.related('s2')
    expect(picks[0]?.sharedTerms).toContain('seawall')
    expect(
      picks
        .map((p) => p.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['s1', 's3'])
    for (const p of picks) expect(p.score).toBeLessThanOrEqual(1)
    // 3 of 4 docs is over the 50% share cut (maxDocFreqRatio), which small sites do not apply.
    expect(3 / site.length).toBeGreaterThan(0.5)
  })

  it('never presents the unrelated story as related, and marks fallback picks', () => {
    const index = createRelatedIndex()
    index.addAll(site)
    expect(index.related('s4').filter((p) => p.kind === 'similar')).toEqual([])
    const filled = index.related('s4', { fallback: 'latest', limit: 2 })
    expect(filled.map((p) => p.kind)).toEqual(['fallback', 'fallback'])
    expect(filled.map((p) => p.label)).toEqual(['Latest', 'Latest'])
    const section = index.related('s1', { fallback: 'section', minScore: 0.99 })
    expect(section[0]?.kind).toBe('fallback')
    expect(section[0]?.label).toBe('More from City')
    expect(section[0]?.reasons[0]?.code).toBe('fallback-section')
  })
})
