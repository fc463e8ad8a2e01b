import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BagReader, encodeBag, MAX_ENTRY_UNITS } from '../../src/related/_bag.js'

/** Two ascending groups of distinct term ids, packed as `termId << 8 | tf`. */
const group = fc
  .uniqueArray(fc.integer({ min: 0, max: (1 << 24) - 1 }), { maxLength: 60 })
  .chain((ids) =>
    fc.tuple(
      fc.constant([...ids].sort((a, b) => a - b)),
      fc.array(fc.integer({ min: 1, max: 255 }), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, tfs]) => ids.map((t, i) => t * 256 + (tfs[i] as number)))

function roundTrip(search: number[], rest: number[]): { back: number[]; units: number } {
  const packed = [...search, ...rest]
  const out = new Uint16Array(packed.length * MAX_ENTRY_UNITS + 3)
  const end = encodeBag(packed, search.length, out, 3)
  const reader = new BagReader()
  const count = reader.read(out, 3, packed.length, search.length)
  return { back: Array.from(reader.buf.subarray(0, count)), units: end - 3 }
}

describe('bag codec (delta-coded 16-bit units)', () => {
  it('reads back every bag it wrote: any term ids up to 2^24, any tf, both groups (property)', () => {
    fc.assert(
      fc.property(group, group, (search, rest) => {
        expect(roundTrip(search, rest).back).toEqual([...search, ...rest])
      }),
    )
  })

  it('writes the escape for far terms and tf over 3, and one unit for a near term with tf 1–3', () => {
    const near = [10 * 256 + 1, 12 * 256 + 3, 500 * 256 + 2]
    expect(roundTrip(near, []).units).toBe(3)
    // A delta over 16,382 takes 3 units; a tf of 4 or more one more.
    const far = [5 * 256 + 1, 40_000 * 256 + 1, 40_001 * 256 + 200]
    expect(roundTrip(far, []).units).toBe(1 + 3 + 2)
    const top = [((1 << 24) - 1) * 256 + 255]
    expect(roundTrip([], top)).toEqual({ back: top, units: 4 })
  })

  it('grows its buffer for a bag longer than the last one', () => {
    const long = Array.from({ length: 3000 }, (_, i) => i * 3 * 256 + 1)
    expect(
      roundTrip(
        long.slice(0, 1000),
        long.slice(1000).map((p) => p + 1),
      ).back,
    ).toHaveLength(3000)
  })
})
