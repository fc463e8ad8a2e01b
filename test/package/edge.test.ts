// The installed package bundled by esbuild (IIFE, platform browser) from the root and every entry
// of "exports", run in an edge runtime VM (@edge-runtime/vm: no process, Buffer or require; code
// generation from strings disabled), with the same checks as Node and Chromium.
import { rmSync } from 'node:fs'
import { EdgeVM } from '@edge-runtime/vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bundleRuntimeEntry,
  describeBundleLeftovers,
  describeRuntimeReport,
  entries,
  nodeLeftovers,
  packAndInstall,
  scratchDir,
  type Installed,
  type RuntimeReport,
} from './_helpers.js'

const list = entries()

let installed: Installed
let dir: string
let bundle: string

beforeAll(async () => {
  installed = await packAndInstall()
  dir = scratchDir(installed, 'edge')
  bundle = await bundleRuntimeEntry(dir, list, 'iife')
})

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe('the edge bundle', () => {
  describeBundleLeftovers(() => bundle)

  it('the leftover scan finds each form and names its module (so a clean result means something)', () => {
    const sample = [
      '  // ../node_modules/copydesk/dist/chunk-X.js',
      '  var a = 1;',
      '  var fs = require("node:fs");',
      '  // node_modules/some-dep/index.js',
      '  if (process.env.DEBUG) {}',
      '  const os = await import("node:os");',
    ].join('\n')
    expect(nodeLeftovers(sample)).toEqual([
      { module: '../node_modules/copydesk/dist/chunk-X.js', line: 'var fs = require("node:fs");' },
      { module: 'node_modules/some-dep/index.js', line: 'if (process.env.DEBUG) {}' },
      { module: 'node_modules/some-dep/index.js', line: 'const os = await import("node:os");' },
    ])
  })
})

describe('the edge runtime VM', () => {
  describeRuntimeReport(
    list,
    async () => {
      const vm = new EdgeVM()
      expect(vm.evaluate<string>('typeof EdgeRuntime')).toBe('string')
      vm.evaluate(bundle)
      return JSON.parse(vm.evaluate<string>('JSON.stringify(globalThis.__copydeskReport)')) as RuntimeReport
    },
    { noNodeGlobals: true },
  )
})
