// Every examples/*.ts runs against the PACKED TARBALL: each file (with the sample newsroom beside
// it) is copied into the consumer project that installed copydesk from its .tgz, so its
// `import … from 'copydesk/…'` resolves to the published files, not to this repository. An
// example that drifts from the published API fails here.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packAndInstall, REPO, run, scratchDir, type Installed } from './_helpers.js'

const examples = readdirSync(join(REPO, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort()
let installed: Installed
let dir = ''

beforeAll(async () => {
  installed = await packAndInstall()
  dir = scratchDir(installed, 'examples')
  cpSync(join(REPO, 'examples'), dir, { recursive: true })
  // The examples are ES modules (top-level await), as in this repository.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
})

describe('examples against the packed tarball', () => {
  it('exist, one per capability', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9)
  })

  it.each(examples)('examples/%s runs and prints output', async (file) => {
    const result = await run(join(REPO, 'node_modules', '.bin', 'tsx'), [join(dir, file)], dir, 120_000)
    expect(result.stderr.replace(/^npm warn.*\n/gm, '')).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.length).toBeGreaterThan(20)
  })

  it('resolved copydesk from the consumer project, not the repository', async () => {
    const probe = await run(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('copydesk/schema'))"],
      dir,
    )
    expect(probe.stdout).toContain(join(installed.consumer, 'node_modules', 'copydesk'))
    rmSync(join(dir, 'probe'), { force: true })
  })
})
