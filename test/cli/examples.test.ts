import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROOT } from './_run.js'

// Every examples/*.ts runs against the built package (imports resolve 'copydesk/…' through the
// package's own exports map to dist/) and exits 0 with output.
const examples = readdirSync(`${ROOT}examples`).filter((f) => f.endsWith('.ts')).sort()

describe('examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0)
  })
  it.each(examples)('examples/%s runs and prints output', (file) => {
    const run = spawnSync(`${ROOT}node_modules/.bin/tsx`, [`examples/${file}`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout.length).toBeGreaterThan(20)
  })
})
