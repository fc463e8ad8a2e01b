import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IdIndex } from '../../src/comments/_idIndex.js'

describe('IdIndex (the id table of the thread core)', () => {
  it('answers like a Map for any ids, overwrites included, past its expected size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.nat(1000)), { maxLength: 200 }),
        fc.nat(50),
        (pairs, expected) => {
          const index = new IdIndex(expected)
          const map = new Map<string, number>()
          for (const [id, value] of pairs) {
            expect(index.get(id)).toBe(map.get(id))
            index.set(id, value)
            map.set(id, value)
          }
          for (const [id] of pairs) expect(index.get(id)).toBe(map.get(id))
          expect(index.get('\u0000absent')).toBeUndefined()
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps 50,000 ids and finds each', () => {
    const index = new IdIndex(50_000)
    for (let i = 0; i < 50_000; i++) index.set(`c${i}`, i)
    let wrong = 0
    for (let i = 0; i < 50_000; i++) if (index.get(`c${i}`) !== i) wrong++
    expect(wrong).toBe(0)
    expect(index.get('c50000')).toBeUndefined()
  })
})
