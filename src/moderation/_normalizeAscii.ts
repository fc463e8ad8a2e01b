// Stages 1 and 4 of the base normalization for ASCII input: control characters dropped, letters
// lower-cased, white-space runs folded to one space. `asciiRun` is the hot path for plain text;
// `asciiChar` handles one ASCII character in the general case (inside an override, after a
// removed character, or when the run loop stopped).
import type { BaseBuilder } from './_baseBuilder.js'
import { F_INVISIBLE } from './_base.js'
import { ASCII_INFO, charInfo, codePointAt, EMOJI, LATIN, LETTER, MARK, SYMBOL } from './_unicode.js'

/**
 * Writes the run of plain printable ASCII at `i` (each character not followed by a combining mark)
 * in a tight loop, every hot variable in a local, synced back to the builder after the run.
 * Returns where the run stopped (`i` when it wrote nothing). Call only outside an override with
 * no pending flags.
 */
export function asciiRun(b: BaseBuilder, input: string, i: number): number {
  const n = input.length
  const u = b.units
  const st = b.starts
  const en = b.ends
  const fl = b.flags
  const seenAscii = b.seenAscii
  const capacity = b.capacity
  let k = i
  let sz = b.size
  let lastUnit = sz > 0 ? (u[sz - 1] as number) : -1
  let vis = b.visible
  let cas = b.cased
  let up = b.upper
  let sym = b.symbols
  let uniq = b.unique
  let lat = 0
  let rc = b.runChar
  let rs = b.runStart
  let rn = b.runCount
  let lr = b.longestRun
  let ls = b.longestStart
  let le = b.longestEnd
  let letter = false
  while (k < n && sz < capacity) {
    const c = input.charCodeAt(k)
    if (c >= 0x80 || (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 127) break
    if (k + 1 < n && input.charCodeAt(k + 1) >= 0x300) break
    let unit = c
    if (c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13) {
      unit = 32
      rc = -1
      letter = false
      if (lastUnit === 32) {
        en[sz - 1] = k + 1
        k++
        continue
      }
    } else {
      if (c >= 65 && c <= 90) {
        unit = c + 32
        up++
        cas++
        lat++
        letter = true
      } else if (c >= 97 && c <= 122) {
        cas++
        lat++
        letter = true
      } else {
        letter = false
        if (((ASCII_INFO[c] as number) & (SYMBOL | EMOJI)) !== 0) sym++
      }
      vis++
      if (seenAscii[c] === 0) {
        seenAscii[c] = 1
        uniq++
      }
      if (c === rc) rn++
      else {
        rc = c
        rs = k
        rn = 1
      }
      if (rn > lr) {
        lr = rn
        ls = rs
        le = k + 1
      }
    }
    u[sz] = unit
    st[sz] = k
    en[sz] = k + 1
    fl[sz] = 0
    sz++
    lastUnit = unit
    k++
  }
  if (k > i) {
    b.size = sz
    b.visible = vis
    b.cased = cas
    b.upper = up
    b.symbols = sym
    b.unique = uniq
    b.signals.latinLetters += lat
    b.runChar = rc
    b.runStart = rs
    b.runCount = rn
    b.longestRun = lr
    b.longestStart = ls
    b.longestEnd = le
    b.lastLetterInfo = letter ? LETTER | LATIN : 0
  }
  return k
}

/** Whether the ASCII character at `i` stands alone (is not the base of a combining mark). */
export function asciiAlone(input: string, i: number): boolean {
  const next = i + 1 < input.length ? input.charCodeAt(i + 1) : 0
  return next < 0x300 || (charInfo(Math.max(0, codePointAt(input, i + 1))) & MARK) === 0
}

/** Writes the lone ASCII character `code` at `i` (see `asciiAlone`); returns the next index. */
export function asciiChar(b: BaseBuilder, input: string, i: number, code: number): number {
  const signals = b.signals
  let unit = code
  if (code === 10 || code === 13) {
    if (b.rlo) b.flush()
    unit = 32
    b.runChar = -1
  } else if (code === 32 || code === 9 || code === 12 || code === 11) {
    unit = 32
    b.runChar = -1
  } else if (code < 32 || code === 127) {
    signals.invisible++
    signals.firstInvisible ??= [i, i + 1]
    b.pendingFlags |= F_INVISIBLE
    b.runChar = -1
    return i + 1
  } else if (code >= 65 && code <= 90) {
    signals.latinLetters++
    b.lastLetterInfo = LETTER | LATIN
    unit = code + 32
  } else if (code >= 97 && code <= 122) {
    signals.latinLetters++
    b.lastLetterInfo = LETTER | LATIN
  } else {
    b.lastLetterInfo = 0
  }
  if (unit === 32) {
    // white space: no count
  } else if (code >= 97 && code <= 122 && code !== b.runChar && b.seenAscii[code] === 1) {
    // The common case inlined: a lower-case letter already seen, not repeating the last one.
    b.visible++
    b.cased++
    b.runChar = code
    b.runStart = i
    b.runCount = 1
    if (b.longestRun === 0) {
      b.longestRun = 1
      b.longestStart = i
      b.longestEnd = i + 1
    }
  } else b.see(code, ASCII_INFO[code] as number, i, i + 1)
  const size = b.size
  if (b.rlo || b.pendingFlags !== 0 || size >= b.capacity) {
    b.emit(String.fromCharCode(unit), i, i + 1, 0)
  } else if (unit === 32 && size > 0 && b.units[size - 1] === 32) {
    b.ends[size - 1] = i + 1
  } else {
    // Inline append of one unit: the hot path for plain text.
    b.units[size] = unit
    b.starts[size] = i
    b.ends[size] = i + 1
    b.flags[size] = 0
    b.size = size + 1
  }
  return i + 1
}
