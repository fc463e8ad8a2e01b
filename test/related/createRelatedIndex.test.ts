import { describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import { CopydeskError } from '../../src/errors.js'
import type { Article } from '../../src/schema/types.js'
import { createRelatedIndex, type RelatedDoc, type RelatedIndex, type RelatedPick } from '../../src/related/index.js'

const newsroom = articles as unknown as Article[]
const ids = (picks: RelatedPick[]): string[] => picks.map((p) => p.id)

function newsroomIndex(): RelatedIndex {
  const index = createRelatedIndex()
  index.addAll(newsroom)
  return index
}

describe('createRelatedIndex: the @example', () => {
  it('relates the two wildfire stories through their shared rare tag', () => {
    const index = createRelatedIndex()
    index.addAll([
      { id: 'fire-1', title: 'Wildfire forces evacuation on Alder Ridge', tags: ['wildfire'] },
      { id: 'fire-2', title: 'Alder Ridge wildfire evacuation lifted', tags: ['wildfire'] },
      { id: 'jazz-1', title: 'Jazz festival returns to the piers', tags: ['jazz'] },
    ])
    expect(ids(index.related('fire-1'))).toEqual(['fire-2'])
    expect(index.related('fire-1')[0]?.sharedTags).toEqual(['wildfire'])
  })
})

describe('createRelatedIndex on the sample newsroom', () => {
  const index = newsroomIndex()
  const clusters: [string, string, string[]][] = [
    ['wildfire', 'art-006', ['art-007', 'art-008', 'art-009']],
    ['wildfire', 'art-007', ['art-006', 'art-008', 'art-009']],
    ['wildfire', 'art-008', ['art-006', 'art-007', 'art-009']],
    ['city budget', 'art-003', ['art-004', 'art-009']],
    ['city budget', 'art-004', ['art-003', 'art-009']],
    ['jazz festival', 'art-011', ['art-012', 'art-013']],
    ['jazz festival', 'art-012', ['art-011', 'art-013']],
    ['jazz festival', 'art-013', ['art-011', 'art-012']],
    ['football', 'art-021', ['art-022', 'art-023']],
    ['football', 'art-022', ['art-021', 'art-023']],
    ['football', 'art-023', ['art-021', 'art-022']],
  ]
  it.each(clusters)('puts the rest of the %s cluster at the top of %s', (_name, id, cluster) => {
    const picks = index.related(id)
    expect(ids(picks).slice(0, cluster.length).sort()).toEqual([...cluster].sort())
  })

  it('relates art-009 (the fire bill) to both the wildfire and the budget cluster', () => {
    const picked = ids(index.related('art-009'))
    expect(picked.filter((id) => ['art-006', 'art-007', 'art-008'].includes(id)).length).toBeGreaterThanOrEqual(1)
    expect(picked.filter((id) => ['art-003', 'art-004'].includes(id)).length).toBeGreaterThanOrEqual(1)
  })

  it('suppresses the near-duplicate wire story and its rewrite in each other’s rows', () => {
    expect(ids(index.related('art-001'))).not.toContain('art-002')
    expect(ids(index.related('art-002'))).not.toContain('art-001')
    expect(ids(index.related('art-001', { nearDuplicate: 1 }))[0]).toBe('art-002')
  })

  it('never puts the wire story and its rewrite in the same row', () => {
    for (const a of newsroom) {
      const row = ids(index.related(a.id, { limit: 8, minScore: 0 }))
      expect(row.includes('art-001') && row.includes('art-002')).toBe(false)
    }
  })

  it('never picks the draft, the scheduled or the archived article by default', () => {
    for (const a of newsroom)
      expect(ids(index.related(a.id, { limit: 10, minScore: 0, fallback: 'latest' }))).not.toEqual(
        expect.arrayContaining(['art-014']),
      )
    const all = newsroom.flatMap((a) => ids(index.related(a.id, { limit: 10, minScore: 0, fallback: 'latest' })))
    expect(all).not.toContain('art-014')
    expect(all).not.toContain('art-019')
    expect(all).not.toContain('art-020')
  })

  it('picks other statuses when asked', () => {
    expect(ids(index.related('art-020', { statuses: ['archived'], fallback: 'latest', minScore: 0 }))).toEqual([])
    expect(ids(index.related('art-016', { statuses: ['published', 'scheduled'] }))).toContain('art-019')
  })

  it('ignores internal tags (#wire, #featured, #newsletter) as reasons', () => {
    const tags = newsroom.flatMap((a) => index.related(a.id).flatMap((p) => p.sharedTags))
    expect(tags.some((t) => t.startsWith('hash-') || t.startsWith('#'))).toBe(false)
  })

  it('never reveals gated text in shared terms', () => {
    const terms = newsroom.flatMap((a) => index.related(a.id, { explainTerms: 50 }).flatMap((p) => p.sharedTerms))
    expect(terms).not.toContain('secret')
    const full = createRelatedIndex({ gatedBody: 'full' })
    full.addAll(newsroom)
    expect(full.size).toBe(24)
  })

  it('explains picks with rare shared tags first and the strongest shared terms', () => {
    const pick = index.related('art-006')[0] as RelatedPick
    expect(pick.id).toBe('art-008')
    expect(pick.kind).toBe('similar')
    expect(pick.sharedTags).toContain('wildfire')
    expect(pick.sharedTerms.length).toBeGreaterThan(0)
    expect(pick.scoreParts.text).toBeGreaterThan(0)
    expect(pick.scoreParts.tags).toBeGreaterThan(0)
    // Section weight 0.05 over the weights this query can reach (text 1 + tags 0.35 + section 0.05 + author 0.05).
    expect(pick.scoreParts.section).toBeCloseTo(0.05 / 1.45, 4)
    expect(pick.scoreParts.recency).toBe(1)
    expect(pick.reasons.map((r) => r.code)).toEqual(['shared-tags', 'shared-terms', 'same-section', 'same-author'])
    expect(pick.label).toBe(pick.reasons[0]?.message)
    expect(pick.label).toMatch(/^Also on (.+ and .+|wildfire)$/)
  })

  it('writes its reasons from localised templates', () => {
    const pick = index.related('art-006', {
      messages: { sharedTags: 'Auch zu {list}', and: ' und ', sameSection: 'Ebenfalls in {section}' },
    })[0] as RelatedPick
    expect(pick.label.startsWith('Auch zu ')).toBe(true)
    expect(pick.reasons.find((r) => r.code === 'same-section')?.message).toMatch(/^Ebenfalls in \p{Lu}/u)
    expect(() => index.related('art-006', { messages: { sharedTags: 5 } as never })).toThrow(
      /options\.messages\.sharedTags/,
    )
  })

  it('keeps every score on the 0–1 scale', () => {
    for (const a of newsroom) {
      for (const p of index.related(a.id, { limit: 10, fallback: 'latest' })) {
        expect(p.score).toBeGreaterThanOrEqual(0)
        expect(p.score).toBeLessThanOrEqual(1)
      }
    }
    const twin = createRelatedIndex()
    twin.addAll([
      { id: 'a', title: 'Seawall vote at the harbor', tags: ['harbor'], section: 'City', authors: ['ann'] },
      { id: 'b', title: 'Seawall vote at the harbor', tags: ['harbor'], section: 'City', authors: ['ann'] },
      { id: 'c', title: 'Jazz festival opens', tags: ['jazz'], section: 'Arts', authors: ['bob'] },
      { id: 'd', title: 'Budget vote delayed', tags: ['budget'], section: 'City', authors: ['cy'] },
    ])
    const [top] = twin.related('a', { nearDuplicate: 1 })
    expect(top?.id).toBe('b')
    expect(top?.score).toBeCloseTo(1, 3)
  })

  it('makes every score the sum of its reasons times recency', () => {
    for (const a of newsroom) {
      for (const p of index.related(a.id, { halfLifeDays: 30 })) {
        const { text, tags, section, author, recency } = p.scoreParts
        expect(p.score).toBeCloseTo((text + tags + section + author) * recency, 3)
      }
    }
  })

  it('returns rows sorted by score, never the doc itself, and at most limit picks', () => {
    for (const a of newsroom) {
      for (const limit of [1, 3, 6]) {
        const picks = index.related(a.id, { limit })
        expect(picks.length).toBeLessThanOrEqual(limit)
        expect(ids(picks)).not.toContain(a.id)
        const scores = picks.map((p) => p.score)
        expect(scores).toEqual([...scores].sort((x, y) => y - x))
      }
    }
  })

  it('is deterministic', () => {
    const again = newsroomIndex()
    for (const a of newsroom) expect(again.related(a.id)).toEqual(index.related(a.id))
  })

  it('finds related stories for a doc that is not indexed (a draft preview)', () => {
    const draft: RelatedDoc = {
      id: 'draft-1',
      title: 'Alder Ridge wildfire: crews reach full containment',
      text: 'Firefighters reported full containment of the Alder Ridge wildfire. Evacuation orders for the ridge were lifted.',
      tags: ['wildfire'],
      status: 'draft',
    }
    const picked = ids(index.related(draft))
    expect(picked.slice(0, 3).every((id) => ['art-006', 'art-007', 'art-008', 'art-009'].includes(id))).toBe(true)
    expect(index.has('draft-1')).toBe(false)
  })
})

describe('createRelatedIndex filters and policies', () => {
  const index = newsroomIndex()

  it('excludes ids', () => {
    expect(ids(index.related('art-006', { excludeIds: ['art-008'] }))).not.toContain('art-008')
  })

  it('keeps to the same section', () => {
    const section = new Map(newsroom.map((a) => [a.id, a.section]))
    for (const id of ids(index.related('art-009', { sameSection: true, limit: 10, minScore: 0 })))
      expect(section.get(id)).toBe('climate')
  })

  it('keeps to a date window around the doc', () => {
    const date = new Map(newsroom.map((a) => [a.id, Date.parse(a.publishedAt ?? '')]))
    const picks = index.related('art-008', { maxAgeDays: 10, minScore: 0, limit: 10 })
    for (const id of ids(picks))
      expect(Math.abs((date.get(id) ?? 0) - (date.get('art-008') ?? 0))).toBeLessThanOrEqual(10 * 86_400_000)
  })

  it('fills a short row with the latest stories of the same section when fallback is section', () => {
    const strict = index.related('art-017', { minScore: 0.95 })
    const filled = index.related('art-017', { minScore: 0.95, fallback: 'section' })
    expect(strict).toEqual([])
    expect(filled).toHaveLength(4)
    expect(filled.every((p) => p.kind === 'fallback')).toBe(true)
    expect(ids(filled).slice(0, 2)).toEqual(['art-018', 'art-016'])
  })

  it('fills with the latest stories overall when fallback is latest', () => {
    const filled = index.related('art-005', { minScore: 0.9, fallback: 'latest' })
    expect(ids(filled)).toEqual(['art-024', 'art-023', 'art-022', 'art-018'])
  })

  it('applies a recency decay when halfLifeDays is set', () => {
    const picks = index.related('art-021', { halfLifeDays: 7 })
    expect(picks.every((p) => p.scoreParts.recency <= 1 && p.scoreParts.recency >= 0.7)).toBe(true)
    expect(picks.some((p) => p.scoreParts.recency < 1)).toBe(true)
  })

  it('turns diversity off with mmrLambda 1 and keeps the same set of candidates', () => {
    const plain = index.related('art-003', { mmrLambda: 1, limit: 6 })
    expect(plain.map((p) => p.score)).toEqual([...plain.map((p) => p.score)].sort((a, b) => b - a))
  })
})

describe('createRelatedIndex: odd content and bad input', () => {
  it('returns an empty row from an empty index and for limit 0', () => {
    const index = createRelatedIndex()
    expect(index.size).toBe(0)
    expect(index.related({ id: 'x', title: 'Anything' })).toEqual([])
    index.add({ id: 'a', title: 'Storm hits the harbor' })
    expect(index.related('a', { limit: 0 })).toEqual([])
  })

  it('accepts docs without text, tags or dates', () => {
    const index = createRelatedIndex()
    index.addAll([
      { id: 'a', title: '' },
      { id: 'b', title: '' },
      { id: 'c', title: 'Harbor' },
    ])
    expect(index.related('a')).toEqual([])
    expect(ids(index.related('a', { fallback: 'latest' }))).toEqual(['b', 'c'])
  })

  it('replaces a doc added again with the same id', () => {
    const index = createRelatedIndex()
    index.add({ id: 'a', title: 'Wildfire evacuation', tags: ['wildfire'] })
    index.add({ id: 'b', title: 'Wildfire smoke', tags: ['wildfire'] })
    index.add({ id: 'c', title: 'Jazz night', tags: ['jazz'] })
    index.add({ id: 'b', title: 'Jazz festival', tags: ['jazz'] })
    expect(index.size).toBe(3)
    expect(ids(index.related('c'))).toEqual(['b'])
    expect(ids(index.related('a'))).toEqual([])
  })

  it('forgets removed docs', () => {
    const index = createRelatedIndex()
    index.addAll([
      { id: 'a', title: 'Wildfire evacuation', tags: ['wildfire'] },
      { id: 'b', title: 'Wildfire smoke', tags: ['wildfire'] },
    ])
    expect(index.remove('b')).toBe(true)
    expect(index.remove('b')).toBe(false)
    expect(index.has('b')).toBe(false)
    expect(index.related('a')).toEqual([])
  })

  it.each([
    ['an unknown id', (i: RelatedIndex) => i.related('nope'), 'NOT_FOUND'],
    ['a doc without id', (i: RelatedIndex) => i.add({ title: 'x' } as RelatedDoc), 'INVALID_INPUT'],
    ['a non-object doc', (i: RelatedIndex) => i.add('x' as unknown as RelatedDoc), 'INVALID_INPUT'],
    ['a bad date', (i: RelatedIndex) => i.add({ id: 'x', title: 'x', publishedAt: 'yesterday' }), 'INVALID_INPUT'],
    ['a non-iterable addAll', (i: RelatedIndex) => i.addAll(42 as unknown as RelatedDoc[]), 'INVALID_INPUT'],
    ['a negative limit', (i: RelatedIndex) => i.related('a', { limit: -1 }), 'INVALID_OPTIONS'],
    ['an unknown fallback', (i: RelatedIndex) => i.related('a', { fallback: 'random' as 'none' }), 'INVALID_OPTIONS'],
    ['a zero postings budget', (i: RelatedIndex) => i.related('a', { maxPostings: 0 }), 'INVALID_OPTIONS'],
    ['a fractional postings budget', (i: RelatedIndex) => i.related('a', { maxPostings: 10.5 }), 'INVALID_OPTIONS'],
    [
      'an unknown status',
      (i: RelatedIndex) => i.related('a', { statuses: ['live' as 'published'] }),
      'INVALID_OPTIONS',
    ],
    [
      'a non-number weight',
      (i: RelatedIndex) => i.related('a', { weights: { tags: '1' as unknown as number } }),
      'INVALID_OPTIONS',
    ],
  ])('throws a CopydeskError for %s', (_name, call, code) => {
    const index = createRelatedIndex()
    index.add({ id: 'a', title: 'Harbor' })
    let error: unknown
    try {
      call(index)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CopydeskError)
    expect((error as CopydeskError).code).toBe(code)
    expect((error as CopydeskError).message).toMatch(/RelatedIndex\.(related|addAll|add)/)
  })

  it('names the method called in its refusals: relatedAll, not related; addAll, not add', () => {
    const index = createRelatedIndex()
    index.addAll([{ id: 'a', title: 'A' }])
    expect(() => index.relatedAll({ limit: -1 })).toThrow(/^RelatedIndex\.relatedAll: options\.limit/)
    expect(() => index.addAll([{ id: 'b', title: 'B', status: 'private' as never }])).toThrow(
      /^RelatedIndex\.addAll: doc\.status/,
    )
    expect(() => index.add({ id: 'b', title: 'B', publishedAt: 'soon' })).toThrow(
      /^RelatedIndex\.add: doc\.publishedAt/,
    )
  })

  it('names the function in option errors of createRelatedIndex', () => {
    expect(() => createRelatedIndex({ k1: -1 })).toThrow(/createRelatedIndex: options\.k1/)
    expect(() => createRelatedIndex({ maxTermsPerDoc: 1.5 })).toThrow(CopydeskError)
    expect(() => createRelatedIndex({ stopWords: { en: 'a b' as unknown as string[] } })).toThrow(CopydeskError)
  })

  it('indexes a 1 MB body in bounded time', () => {
    const index = createRelatedIndex()
    const body = 'harbor storm surge ferry tides seawall council budget '.repeat(20_000)
    const start = Date.now()
    index.add({ id: 'big', title: 'Storm', text: body })
    index.add({ id: 'big-html', title: 'Storm', html: `<p>${body}</p>`.repeat(1) })
    index.add({
      id: 'small',
      title: 'Storm surge at the harbor',
      text: 'The ferry stopped. Riders waited for hours in the terminal.',
    })
    for (const topic of ['Jazz festival lineup', 'Mariners win the derby', 'Bakery reopens downtown'])
      index.add({ id: topic, title: topic })
    expect(ids(index.related('small'))).toContain('big')
    expect(Date.now() - start).toBeLessThan(2000)
  })

  it('survives hostile text: lone surrogates, control characters, emoji and RTL', () => {
    const index = createRelatedIndex()
    index.addAll([
      { id: 'a', title: 'Storm \ud800 surge \u0000 harbor 🌊', text: '\u202eharbor storm floods the ferry terminal' },
      { id: 'b', title: 'Storm surge harbor 🌊', text: 'harbor storm: council debates a new seawall' },
    ])
    expect(ids(index.related('a'))).toEqual(['b'])
  })

  it('segments Japanese and Chinese text into words', () => {
    const index = createRelatedIndex()
    index.addAll([
      { id: 'ja-1', title: '防潮堤の工事が始まる', text: '港の防潮堤の工事が来月から始まります。', language: 'ja' },
      { id: 'ja-2', title: '防潮堤の視察団が訪問', text: '視察団が港の防潮堤を見学しました。', language: 'ja' },
      { id: 'zh-1', title: '爵士音乐节开幕', text: '码头爵士音乐节今晚开幕。', language: 'zh' },
      { id: 'zh-2', title: '爵士音乐节的门票', text: '爵士音乐节门票已经售完。', language: 'zh' },
    ])
    expect(ids(index.related('ja-1'))).toEqual(['ja-2'])
    expect(ids(index.related('zh-1'))).toEqual(['zh-2'])
  })

  it('applies per-language stop words and custom lists', () => {
    const index = createRelatedIndex({ extraStopWords: ['harbor'] })
    index.addAll([
      { id: 'a', title: 'Harbor news' },
      { id: 'b', title: 'Harbor report' },
    ])
    expect(index.related('a')).toEqual([])
    const german = createRelatedIndex()
    german.addAll([
      { id: 'a', title: 'Der Hafen und die Flut', language: 'de' },
      { id: 'b', title: 'Die Flut und der Sturm', language: 'de' },
      { id: 'c', title: 'Der Markt und die Stadt', language: 'de' },
    ])
    expect(ids(german.related('a'))).toEqual(['b'])
  })
})
