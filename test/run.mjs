#!/usr/bin/env node
// The check chain behind `npm test` (and `npm run test:browser` with the argument `browser`).
// Runs every step even after a failure, counts vitest tests from its JSON report and every other
// step as one check, writes test-results/<suite>.json, and ends with the line `N passed, N failed`.
// Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const suite = process.argv[2] === 'browser' ? 'browser' : 'main'
const resultsDir = `${root}test-results`
mkdirSync(resultsDir, { recursive: true })

const bin = (name) => `${root}node_modules/.bin/${name}`
const vitestConfig = 'test/vitest.config.ts'

/** @type {{ name: string, cmd: string[], vitest?: boolean }[]} */
const steps =
  suite === 'browser'
    ? [
        { name: 'build', cmd: ['npm', 'run', 'build', '--silent'] },
        {
          name: 'vitest browser',
          cmd: [bin('vitest'), 'run', '--config', vitestConfig, '--project', 'browser'],
          vitest: true,
        },
      ]
    : [
        { name: 'prettier --check', cmd: [bin('prettier'), '--check', '--log-level', 'warn', '.'] },
        { name: 'eslint', cmd: [bin('eslint'), '--max-warnings', '0', '.'] },
        { name: 'tsc (src, neutral)', cmd: [bin('tsc'), '-p', 'tsconfig.json'] },
        { name: 'tsc (cli)', cmd: [bin('tsc'), '-p', 'src/cli/tsconfig.json'] },
        { name: 'build', cmd: ['npm', 'run', 'build', '--silent'] },
        { name: 'tsc (tests, examples)', cmd: [bin('tsc'), '-p', 'test/tsconfig.json'] },
        {
          name: 'vitest node+edge+cli+hostile+package (with coverage thresholds)',
          cmd: [
            bin('vitest'),
            'run',
            '--config',
            vitestConfig,
            '--coverage',
            '--project',
            'node',
            '--project',
            'edge',
            '--project',
            'cli',
            '--project',
            'hostile',
            '--project',
            'package',
          ],
          vitest: true,
        },
        { name: 'publint --strict', cmd: [bin('publint'), '--strict'] },
        { name: 'attw --pack (strict)', cmd: [bin('attw'), '--pack', '.'] },
        { name: 'size-limit', cmd: [bin('size-limit')] },
        { name: 'typedoc --emit none', cmd: [bin('typedoc'), '--emit', 'none'] },
      ]

let passed = 0
let failed = 0
const report = []
for (const step of steps) {
  const started = Date.now()
  process.stdout.write(`\n━━ ${step.name}\n`)
  let cmd = step.cmd
  const jsonFile = `${resultsDir}/${suite}-vitest.json`
  if (step.vitest) {
    rmSync(jsonFile, { force: true })
    cmd = [...cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]
  }
  const run = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'inherit', env: process.env })
  const ok = run.status === 0
  let detail = ''
  if (step.vitest) {
    if (existsSync(jsonFile)) {
      const json = JSON.parse(readFileSync(jsonFile, 'utf8'))
      passed += json.numPassedTests
      // A suite that failed to load has no tests; count it as a failure so it cannot hide.
      const suiteErrors = json.testResults.filter(
        (r) => r.status === 'failed' && r.assertionResults.length === 0,
      ).length
      failed += json.numFailedTests + suiteErrors
      if (!ok && json.numFailedTests + suiteErrors === 0) failed += 1
      detail = `${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests + json.numTodoTests} skipped`
    } else {
      failed += 1
      detail = 'no JSON report was written'
    }
  } else if (ok) {
    passed += 1
  } else {
    failed += 1
  }
  report.push({ step: step.name, ok, seconds: (Date.now() - started) / 1000, detail })
  process.stdout.write(`━━ ${step.name}: ${ok ? 'ok' : 'FAILED'}${detail ? ` (${detail})` : ''}\n`)
}

writeFileSync(`${resultsDir}/${suite}.json`, `${JSON.stringify({ suite, passed, failed, steps: report }, null, 2)}\n`)
process.stdout.write('\nSummary\n')
for (const r of report)
  process.stdout.write(
    `  ${r.ok ? '✓' : '✗'} ${r.step} (${r.seconds.toFixed(1)} s)${r.detail ? ` — ${r.detail}` : ''}\n`,
  )
process.stdout.write(`${passed} passed, ${failed} failed\n`)
process.exitCode = failed > 0 ? 1 : 0
