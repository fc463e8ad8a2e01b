#!/usr/bin/env node
// `npm run fuzz`: the hostile-input suite (test/hostile/) with a larger, random sample, for a
// release. Prints the seed so a failing run can be replayed:
//   npm run fuzz -- --seed 12345 --cases 400
// Defaults: a random seed, 400 cases per table entry, at most 40 heavy ones (1 MB strings, 100k
// arrays, deep nesting). Failures not in test/hostile/known-failures.ts fail the run.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]
}
const seed = option('seed', String(Math.floor(Math.random() * 2 ** 31)))
const cases = option('cases', '400')
const heavy = option('heavy', String(Math.max(2, Math.round(Number(cases) / 10))))
process.stdout.write(`hostile fuzz: seed ${seed}, ${cases} cases per entry, ${heavy} heavy\n`)
const run = spawnSync(
  `${root}node_modules/.bin/vitest`,
  ['run', '--config', 'test/vitest.config.ts', '--project', 'hostile'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, HOSTILE_SEED: seed, HOSTILE_CASES: cases, HOSTILE_HEAVY: heavy },
  },
)
process.stdout.write(`hostile fuzz: seed ${seed} (replay with npm run fuzz -- --seed ${seed} --cases ${cases})\n`)
process.exitCode = run.status ?? 1
