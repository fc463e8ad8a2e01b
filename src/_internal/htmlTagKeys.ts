// Tag names of up to 6 characters from [a-z1-5] as packed integer keys, and element flags by key
// in an open-addressing table: the HTML walker's hot path looks flags up without building a string.
import { ELEMENT_FLAGS } from './htmlElements.js'

export function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26
}

// Tag names of up to 6 characters from [a-z1-5] packed 5 bits a character into a small integer,
// so the hot path looks flags up without building a string (a Map lookup on a fresh string costs
// its hash, which dominated deeply nested markup). Other names take the string path.
export const NO_KEY = -1

/** The 5-bit code of a lowercase-folded name character, or 0 when it has none. */
export function keyCode(c: number): number {
  const letter = (c | 32) - 96
  if (letter >= 1 && letter <= 26) return letter
  const digit = c - 48
  return digit >= 1 && digit <= 5 ? digit + 26 : 0
}

/** The key of a lowercase name, or NO_KEY. */
function keyOf(name: string): number {
  if (name.length > 6) return NO_KEY
  let key = 0
  for (let i = 0; i < name.length; i++) {
    const code = keyCode(name.charCodeAt(i))
    if (code === 0) return NO_KEY
    key = key * 32 + code
  }
  return key
}

// ELEMENT_FLAGS by key in an open-addressing table (keys are never 0): a probe is a multiply, a
// shift and an array read, cheaper than a Map lookup in the loop over nested tags.
const TABLE_BITS = 9
const TABLE_MASK = (1 << TABLE_BITS) - 1
let tableKeys: Int32Array | undefined
let tableFlags: Uint8Array | undefined

function slot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS)
}

/** Builds the table on first use, so importing builds nothing. */
function buildTable(): Int32Array {
  const keys = new Int32Array(1 << TABLE_BITS)
  const flags = new Uint8Array(1 << TABLE_BITS)
  for (const [name, value] of ELEMENT_FLAGS) {
    const key = keyOf(name)
    if (key === NO_KEY) continue
    let i = slot(key)
    while (keys[i] !== 0) i = (i + 1) & TABLE_MASK
    keys[i] = key
    flags[i] = value
  }
  tableFlags = flags
  tableKeys = keys
  return keys
}

/** Flags of the element whose name has `key` (0 for unknown names). */
export function keyedFlags(key: number): number {
  const keys = tableKeys ?? buildTable()
  let i = slot(key)
  for (;;) {
    const k = keys[i]!
    if (k === key) return tableFlags![i]!
    if (k === 0) return 0
    i = (i + 1) & TABLE_MASK
  }
}
