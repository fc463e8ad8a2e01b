#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs against the built package (dist/) with
// tinybench, each copydesk task beside its peer on the same input in the same process, and prints
//   task | copydesk ops/s | peer | peer ops/s | ratio
// `npm run bench -- --json` prints one JSON document instead:
//   { "results": [{ "task", "copydesk", "peer", "peerOps", "ops", "ratio" }] }
// `--filter <text>` runs only tasks whose name contains the text.
// A bench file may also export `growth` rows (growth.bench.mjs): each is timed at sizes n, 2n, 4n,
// 8n and printed in a second table with the time ratio of each doubling (goal ≤ 2.5×); in JSON
// they are `growth: [{ row, unit, sizes, ms, ratios, worst, ok }]`. `--no-growth` skips them,
// `--growth-only` runs only them.
//
// A bench file exports `tasks`: [{ task, copydesk: () => unknown, peer, peerFn: () => unknown, goal? }]
// where `goal` is the ratio the issue asks for (printed, never asserted: benchmarks are not tests).
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Bench } from 'tinybench'

const args = process.argv.slice(2)
const json = args.includes('--json')
const filterAt = args.indexOf('--filter')
const filter = filterAt === -1 ? '' : (args[filterAt + 1] ?? '')
const time = Number(process.env.BENCH_TIME_MS ?? 400)
const noGrowth = args.includes('--no-growth')
const growthOnly = args.includes('--growth-only')
const GROWTH_GOAL = 2.5

const dir = fileURLToPath(new URL('.', import.meta.url))
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') && (!growthOnly || f.startsWith('growth')))
  .sort()

async function opsPerSecond(name, fn) {
  const bench = new Bench({ time, warmupTime: Math.min(200, time / 2) })
  bench.add(name, fn)
  await bench.run()
  const task = bench.tasks[0]
  if (task.result?.error) throw task.result.error
  return task.result.throughput?.mean ?? task.result.hz
}

/** Median wall time of one call, over at least 5 calls and at least 200 ms of calls (≤ 200 calls). */
async function medianMs(run, input) {
  const samples = []
  const started = performance.now()
  while (samples.length < 5 || (performance.now() - started < 200 && samples.length < 200)) {
    const t0 = performance.now()
    await run(input)
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

/**
 * Times one growth row: three interleaved rounds over the four sizes, keeping each size's fastest
 * median, so a burst of load from other processes on one size does not read as superlinear growth.
 */
async function growthRow(g) {
  const sizes = [g.base, g.base * 2, g.base * 4, g.base * 8]
  const inputs = sizes.map((n) => g.make(n))
  await medianMs(g.run, inputs[0]) // warm-up (JIT)
  const ms = sizes.map(() => Infinity)
  for (let round = 0; round < 3; round++)
    for (let i = 0; i < inputs.length; i++) ms[i] = Math.min(ms[i], await medianMs(g.run, inputs[i]))
  const ratios = ms.slice(1).map((m, i) => m / ms[i])
  const worst = Math.max(...ratios)
  return { row: g.row, unit: g.unit, sizes, ms, ratios, worst, ok: worst <= GROWTH_GOAL }
}

const results = []
const growth = []
for (const file of files) {
  let mod
  try {
    mod = await import(pathToFileURL(`${dir}${file}`).href)
  } catch (error) {
    // One unbuilt or broken entry must not hide every other row.
    process.stderr.write(`  skipped ${file}: ${error.message.split('\n')[0]}\n`)
    continue
  }
  for (const g of noGrowth ? [] : (mod.growth ?? [])) {
    if (filter && !g.row.includes(filter)) continue
    try {
      growth.push(await growthRow(g))
      if (!json) process.stderr.write(`  measured growth of ${g.row}\n`)
    } catch (error) {
      process.stderr.write(`  growth of ${g.row} failed: ${error.message.split('\n')[0]}\n`)
    }
  }
  for (const t of growthOnly ? [] : (mod.tasks ?? [])) {
    if (filter && !t.task.includes(filter)) continue
    const ops = await opsPerSecond(`${t.task} (copydesk)`, t.copydesk)
    const peerOps = await opsPerSecond(`${t.task} (${t.peer})`, t.peerFn)
    results.push({
      task: t.task,
      copydesk: 'copydesk',
      peer: t.peer,
      peerOps,
      ops,
      ratio: ops / peerOps,
      goal: t.goal ?? null,
    })
    if (!json) process.stderr.write(`  measured ${t.task}\n`)
  }
}

if (json) {
  process.stdout.write(`${JSON.stringify({ results, growth }, null, 2)}\n`)
} else {
  const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2))
  const rows = [['task', 'copydesk ops/s', 'peer', 'peer ops/s', 'ratio', 'goal']]
  for (const r of results)
    rows.push([
      r.task,
      fmt(r.ops),
      r.peer,
      fmt(r.peerOps),
      `${r.ratio.toFixed(2)}×`,
      r.goal === null ? '' : `≥ ${r.goal}×`,
    ])
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  console.log(line(rows[0]))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows.slice(1)) console.log(line(row))
}
if (!json && growth.length > 0) {
  const ms = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 1 ? 1 : 3))
  const rows = [['growth (n → 8n)', 'sizes', 'ms per call', 'each doubling', `≤ ${GROWTH_GOAL}×`]]
  for (const g of growth)
    rows.push([
      g.row,
      `${g.sizes.map((n) => n.toLocaleString('en-US')).join(' / ')} ${g.unit}`,
      g.ms.map(ms).join(' / '),
      g.ratios.map((r) => `${r.toFixed(2)}×`).join(' '),
      g.ok ? 'yes' : `NO (${g.worst.toFixed(2)}×)`,
    ])
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  console.log('')
  console.log(line(rows[0]))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows.slice(1)) console.log(line(row))
}
