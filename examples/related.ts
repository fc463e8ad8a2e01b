// A "Related stories" row under every article, with the reasons an editor can check, from
// copydesk/related; then the same knobs as an OpenSearch/Elasticsearch query.
// Run: npm run build && npx tsx examples/related.ts
import { readFileSync } from 'node:fs'
import {
  createRelatedIndex,
  loadRelatedIndex,
  toMoreLikeThisQuery,
  type RelatedDoc,
  type RelatedPick,
} from 'copydesk/related'

const articles = JSON.parse(
  readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8'),
) as (RelatedDoc & { title: string })[]
const title = new Map(articles.map((a) => [a.id, a.title]))

// What a reader sees under the teaser (p.label), then what an editor checks.
const why = (p: RelatedPick): string =>
  [
    `“${p.label}”`,
    p.sharedTags.length > 0 ? `tags ${p.sharedTags.join(', ')}` : '',
    p.sharedTerms.length > 0 ? `words ${p.sharedTerms.slice(0, 3).join(', ')}` : '',
    p.scoreParts.section > 0 ? 'same section' : '',
  ]
    .filter((s) => s !== '')
    .join('; ')

// 1. Index the newsroom once (drafts and scheduled stories are indexed but never picked).
const index = createRelatedIndex()
index.addAll(articles)
console.log(`${index.size} articles indexed\n`)

// 2. The row under a few articles: clusters come out together, the wire story's rewrite does not.
for (const id of ['art-006', 'art-011', 'art-021', 'art-001']) {
  console.log(`${id} ${title.get(id)}`)
  for (const pick of index.related(id, { limit: 3 })) {
    console.log(`  ${pick.score.toFixed(3)}  ${pick.id} ${title.get(pick.id)}  (${why(pick)})`)
  }
}

// 3. Recency for a news site, a stable "see also" list, and a row that is always full.
const recent = index.related('art-009', { halfLifeDays: 30, limit: 3 }).map((p) => `${p.id} ×${p.scoreParts.recency}`)
console.log(`\nart-009 with a 30-day half-life: ${recent.join(', ')}`)
console.log(
  `art-022 see also (older only): ${index
    .related('art-022', { excludeNewer: true })
    .map((p) => p.id)
    .join(', ')}`,
)
console.log(
  `art-017 with fallback: ${index
    .related('art-017', { minScore: 0.3, fallback: 'section' })
    .map((p) => `${p.id} (${p.kind})`)
    .join(', ')}`,
)

// 4. A draft that is not in the index yet (editor's preview).
const draft = { id: 'draft-1', title: 'Crews reach full containment of the Alder Ridge wildfire', tags: ['wildfire'] }
console.log(
  `draft preview: ${index
    .related(draft)
    .map((p) => p.id)
    .join(', ')}`,
)

// 5. Save and restore (e.g. built at deploy time, loaded by each server process).
const copy = loadRelatedIndex(JSON.stringify(index))
console.log(
  `restored index answers the same: ${JSON.stringify(copy.related('art-012')) === JSON.stringify(index.related('art-012'))}`,
)

// 6. Past one process: the same knobs as an OpenSearch/Elasticsearch query.
const body = toMoreLikeThisQuery(articles.find((a) => a.id === 'art-006') as RelatedDoc, {
  halfLifeDays: 30,
  excludeNewer: true,
  likeIndex: 'articles',
})
console.log(`\nOpenSearch/Elasticsearch body: ${JSON.stringify(body).slice(0, 160)}…`)
