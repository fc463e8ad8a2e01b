import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashOf, IdIndex } from '../../src/comments/_idIndex.js'

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

  it('moves into a Map when ids collide past its probe budget, and still answers right', () => {
    // Ids that all land in the same slot of a 16-slot table (expected 4 keys).
    const colliding: string[] = []
    for (let i = 0; colliding.length < 6; i++) if ((hashOf(`k${i}`) & 15) === 0) colliding.push(`k${i}`)
    const index = new IdIndex(4, 1, 0)
    colliding.forEach((id, k) => index.set(id, k))
    expect(index.usesMap).toBe(true)
    colliding.forEach((id, k) => expect(index.get(id)).toBe(k))
    expect(index.get('absent')).toBeUndefined()
    index.set(colliding[0]!, 99)
    expect(index.get(colliding[0]!)).toBe(99)
  })

  it('stays a table for ordinary ids', () => {
    const index = new IdIndex(10_000)
    for (let i = 0; i < 10_000; i++) index.set(`c${i}`, i)
    expect(index.usesMap).toBe(false)
  })
})
