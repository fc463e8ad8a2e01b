#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs against the built package (dist/) with
// tinybench, each copydesk task beside its peer on the same input in the same process, and prints
//   task | copydesk ops/s | peer | peer ops/s | ratio
// `npm run bench -- --json` prints one JSON document instead:
//   { "results": [{ "task", "copydesk", "peer", "peerOps", "ops", "ratio" }] }
// `--filter <text>` runs only tasks whose name contains the text.
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

const dir = fileURLToPath(new URL('.', import.meta.url))
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()

async function opsPerSecond(name, fn) {
  const bench = new Bench({ time, warmupTime: Math.min(200, time / 2) })
  bench.add(name, fn)
  await bench.run()
  const task = bench.tasks[0]
  if (task.result?.error) throw task.result.error
  return task.result.throughput?.mean ?? task.result.hz
}

const results = []
for (const file of files) {
  let mod
  try {
    mod = await import(pathToFileURL(`${dir}${file}`).href)
  } catch (error) {
    // One unbuilt or broken entry must not hide every other row.
    process.stderr.write(`  skipped ${file}: ${error.message.split('\n')[0]}\n`)
    continue
  }
  for (const t of mod.tasks) {
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
  process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`)
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
