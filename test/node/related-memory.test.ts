// Heap growth of the related index, measured around a build after forced GCs (Node only: it
// needs v8 flags). Tokens cut from a body can share memory with the whole body in V8; the
// index must copy the terms it keeps, or every body it ever read stays alive.
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createRelatedIndex } from '../../src/related/index.js'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
const heap = (): number => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

describe('related index memory', () => {
  it('does not keep the bodies it analyzed alive through the terms it keeps', () => {
    const filler = 'storm river council budget festival match harbour school '.repeat(1200)
    // 300 docs with a 70 KB body each (21 MB of text), every body distinct and with long unique terms.
    const docs = Array.from({ length: 300 }, (_, i) => ({
      id: `d${i}`,
      title: `Report number ${i}`,
      // join() builds flat strings: a concatenation would be flattened (allocated) inside the measurement.
      text: [`Extraordinarilylongword${i}`, filler, `Counterproposal${i}x${i}`].join(' '),
    }))
    const before = heap()
    const index = createRelatedIndex()
    index.addAll(docs)
    const grown = heap() - before
    expect(index.size).toBe(300)
    // Retaining one body copy per doc would be ≥ 300 × 48 KB (the analyzed prefix) ≈ 14 MB.
    expect(grown).toBeLessThan(4 * 1024 * 1024)
  })
})
