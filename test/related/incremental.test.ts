import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import type { Article } from '../../src/schema/types.js'
import {
  createRelatedIndex,
  loadRelatedIndex,
  type RelatedIndex,
  type RelatedOptions,
} from '../../src/related/index.js'
import { syntheticCorpus } from './synthetic.mjs'

const newsroom = articles as unknown as Article[]
const { docs } = syntheticCorpus(600, { seed: 7, topics: 12 })

function answers(index: RelatedIndex, ids: readonly string[], options?: RelatedOptions): unknown[] {
  return ids.map((id) => index.related(id, options))
}

/** An index with the docs from `merged` on still pending (added one by one, not merged), and a fresh build. */
function pendingAndFresh(merged: number): { pending: RelatedIndex; fresh: RelatedIndex } {
  const pending = createRelatedIndex({ deltaLimit: 10_000 })
  pending.addAll(docs.slice(0, merged))
  for (const doc of docs.slice(merged)) pending.add(doc)
  const fresh = createRelatedIndex()
  fresh.addAll(docs)
  return { pending, fresh }
}

describe('incremental updates', { timeout: 300_000 }, () => {
  it('gives the same answers after adds in batches, one by one, or in one addAll', () => {
    const fresh = createRelatedIndex()
    fresh.addAll(docs)
    const batches = createRelatedIndex()
    batches.addAll(docs.slice(0, 300))
    batches.addAll(docs.slice(300))
    const single = createRelatedIndex({ deltaLimit: 64 })
    for (const doc of docs) single.add(doc)
    const ids = docs.filter((_, i) => i % 15 === 0).map((d) => d.id)
    const expected = answers(fresh, ids)
    expect(answers(batches, ids)).toEqual(expected)
    expect(answers(single, ids)).toEqual(expected)
  })

  it('answers the same with docs still pending (not merged) as after the merge', () => {
    const { pending, fresh } = pendingAndFresh(500)
    const ids = docs.filter((_, i) => i % 11 === 0).map((d) => d.id)
    expect(answers(pending, ids)).toEqual(answers(fresh, ids))
  })

  it('decides the maxPostings budget alike with docs pending and after the merge', () => {
    const { pending, fresh } = pendingAndFresh(450)
    const ids = docs.filter((_, i) => i % 9 === 0).map((d) => d.id)
    // 600 docs × a few common terms: a budget of 400 postings leaves most common terms out.
    const tight = { maxPostings: 400 }
    const expected = answers(fresh, ids, tight) as { id: string }[][]
    expect(answers(pending, ids, tight)).toEqual(expected)
    expect(expected.every((row) => row.length > 0)).toBe(true)
    // The budget changes which candidates are found, not how they are scored (without the
    // pseudo-relevance feedback, which reads the best candidates found).
    const all = answers(fresh, ids, { maxPostings: Infinity, feedback: 0 }) as { id: string; score: number }[][]
    const budget = answers(fresh, ids, { ...tight, feedback: 0 }) as { id: string; score: number }[][]
    let compared = 0
    budget.forEach((row, q) => {
      const scoreOf = new Map(all[q]!.map((p) => [p.id, p.score]))
      for (const p of row) {
        if (!scoreOf.has(p.id)) continue
        expect(p.score).toBe(scoreOf.get(p.id))
        compared++
      }
    })
    expect(compared).toBeGreaterThan(ids.length)
    // …and it does change some rows here (the budget is in force).
    expect(expected.map((row) => row.map((p) => p.id))).not.toEqual(all.map((row) => row.map((p) => p.id)))
  })

  it('gives the same answers after removes as a fresh build without the removed docs', () => {
    const index = createRelatedIndex()
    index.addAll(docs)
    const removed = new Set(docs.filter((_, i) => i % 7 === 3).map((d) => d.id))
    for (const id of removed) index.remove(id)
    const fresh = createRelatedIndex()
    fresh.addAll(docs.filter((d) => !removed.has(d.id)))
    const ids = docs.filter((d, i) => i % 13 === 0 && !removed.has(d.id)).map((d) => d.id)
    const got = answers(index, ids) as { id: string }[][]
    expect(got.flat().some((p) => removed.has(p.id))).toBe(false)
    expect(got.map((row) => row.map((p) => p.id))).toEqual(
      (answers(fresh, ids) as { id: string }[][]).map((row) => row.map((p) => p.id)),
    )
  })
})

describe('excludeNewer', { timeout: 300_000 }, () => {
  const byDate = [...docs].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id))
  const older = byDate.slice(0, 400)
  const newer = byDate.slice(400)

  it('never picks a newer doc', () => {
    const index = createRelatedIndex()
    index.addAll(docs)
    const date = new Map(docs.map((d) => [d.id, d.publishedAt]))
    for (const doc of older.filter((_, i) => i % 9 === 0)) {
      for (const pick of index.related(doc.id, { excludeNewer: true }))
        expect((date.get(pick.id) ?? '') <= doc.publishedAt).toBe(true)
    }
  })

  it('keeps an older doc’s list identical when newer docs are added (stable "see also")', () => {
    const before = createRelatedIndex()
    before.addAll(older)
    const after = createRelatedIndex()
    after.addAll(older)
    for (const doc of newer) after.add(doc)
    const ids = older.filter((_, i) => i % 5 === 0).map((d) => d.id)
    expect(answers(after, ids, { excludeNewer: true })).toEqual(answers(before, ids, { excludeNewer: true }))
  })

  it('is stable under any sequence of newer additions (property)', () => {
    const base = createRelatedIndex()
    base.addAll(older.slice(0, 200))
    const probe = older
      .slice(0, 200)
      .filter((_, i) => i % 20 === 0)
      .map((d) => d.id)
    const expected = answers(base, probe, { excludeNewer: true, halfLifeDays: 60 })
    fc.assert(
      fc.property(fc.subarray(newer.slice(0, 60), { maxLength: 20 }), (extra) => {
        const index = createRelatedIndex()
        index.addAll(older.slice(0, 200))
        for (const doc of extra) index.add(doc)
        expect(answers(index, probe, { excludeNewer: true, halfLifeDays: 60 })).toEqual(expected)
      }),
      { numRuns: 15, seed: 42 },
    )
  })
})

describe('toJSON / loadRelatedIndex', { timeout: 300_000 }, () => {
  it('restores an index with identical answers (synthetic corpus, all option mixes)', () => {
    const index = createRelatedIndex({ maxTermsPerDoc: 120 })
    index.addAll(docs)
    index.remove(docs[5]?.id ?? '')
    const copy = loadRelatedIndex(JSON.parse(JSON.stringify(index)))
    expect(copy.size).toBe(index.size)
    const ids = docs.filter((_, i) => i % 17 === 0 && i !== 5).map((d) => d.id)
    for (const options of [
      {},
      { excludeNewer: true },
      { halfLifeDays: 30, limit: 6 },
      { sameSection: true, fallback: 'section' as const },
    ]) {
      expect(answers(copy, ids, options)).toEqual(answers(index, ids, options))
    }
  })

  it('restores the newsroom index, JSON string in, and keeps growing', () => {
    const index = createRelatedIndex()
    index.addAll(newsroom.slice(0, 20))
    const copy = loadRelatedIndex(JSON.stringify(index))
    for (const a of newsroom.slice(0, 20)) expect(copy.related(a.id)).toEqual(index.related(a.id))
    for (const a of newsroom.slice(20)) {
      copy.add(a)
      index.add(a)
    }
    for (const a of newsroom) expect(copy.related(a.id)).toEqual(index.related(a.id))
  })

  it('keeps Infinity options and custom stop words', () => {
    const index = createRelatedIndex({ maxTermsPerDoc: Infinity, stopWords: { en: ['harbor'] } })
    index.addAll(newsroom)
    const json = JSON.parse(JSON.stringify(index.toJSON()))
    expect(json.options.maxTermsPerDoc).toBeNull()
    const copy = loadRelatedIndex(json)
    const draft = { id: 'x', title: 'Harbor storm surge floods the ferry terminal' }
    expect(copy.related(draft)).toEqual(index.related(draft))
  })

  it.each([
    ['a non-JSON string', 'nope'],
    ['another format', { format: 'other', version: 1 }],
    ['a future version', { format: 'copydesk-related-index', version: 2 }],
    ['missing dictionaries', { format: 'copydesk-related-index', version: 1, options: {}, docs: [] }],
    [
      'a malformed doc',
      {
        format: 'copydesk-related-index',
        version: 1,
        options: {},
        terms: [],
        tags: [],
        sections: [],
        authors: [],
        docs: [{ id: 'a', bag: [999] }],
      },
    ],
  ])('rejects %s with INVALID_INPUT', (_name, json) => {
    expect(() => loadRelatedIndex(json as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})

describe('relatedAll', { timeout: 300_000 }, () => {
  it('returns every doc’s row, equal to related(), with progress', () => {
    const index = createRelatedIndex()
    index.addAll(newsroom)
    const calls: [number, number][] = []
    const all = index.relatedAll({ onProgress: (done, total) => calls.push([done, total]) })
    expect(all.size).toBe(24)
    for (const [id, picks] of all) expect(picks).toEqual(index.related(id))
    expect(calls.at(-1)).toEqual([24, 24])
    expect(calls.every(([done], i) => i === 0 || done > (calls[i - 1] as [number, number])[0])).toBe(true)
  })

  it('rejects a non-function onProgress', () => {
    expect(() => createRelatedIndex().relatedAll({ onProgress: 1 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})
