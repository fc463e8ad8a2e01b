// copydesk/moderation bundled for the browser (esbuild IIFE) and run in the edge runtime VM
// (@edge-runtime/vm: no process, Buffer or require; no code generation from strings): the
// verdicts and sanitizer results for the whole fixture set must be identical to Node's.
import { EdgeVM } from '@edge-runtime/vm'
import { beforeAll, describe, expect, it } from 'vitest'
import { moderateComment, sanitizeCommentHtml } from '../../dist/moderation.js'
import { bundleModeration, MODERATE_ALL, PARITY_NOW, parityInputs } from './_moderation-parity.js'

let vm: EdgeVM

beforeAll(async () => {
  vm = new EdgeVM()
  vm.evaluate(await bundleModeration('iife'))
}, 120_000)

describe('copydesk/moderation in the edge runtime VM', () => {
  it('runs without Node globals', () => {
    expect(vm.evaluate('[typeof EdgeRuntime, typeof process, typeof Buffer, typeof require].join()')).toBe(
      'string,undefined,undefined,undefined',
    )
    expect(vm.evaluate('typeof globalThis.__moderation.moderateComment')).toBe('function')
  })

  it('reaches the same verdicts and sanitizer results as Node for the whole fixture set', () => {
    const inputs = parityInputs()
    vm.context.__inputs = inputs
    const edge = vm.evaluate<string[]>(`(${MODERATE_ALL})(globalThis.__inputs, ${JSON.stringify(PARITY_NOW)})`)
    const node = inputs.map((html) =>
      JSON.stringify({ v: moderateComment({ html }, { now: PARITY_NOW }), s: sanitizeCommentHtml(html) }),
    )
    const differing = inputs.filter((_, i) => edge[i] !== node[i])
    console.log(`edge VM vs Node: ${inputs.length - differing.length}/${inputs.length} identical results`)
    expect(inputs.length).toBeGreaterThan(1000)
    expect(differing).toEqual([])
  }, 120_000)
})
