// The base normalization every matcher works on. One left-to-right pass over the input, one
// cluster (a code point plus its combining marks) at a time, so it is linear and every output
// code unit remembers the input range it came from:
//
//   1. lone surrogates and C0/C1 control characters are dropped;
//   2. default-ignorable code points (zero-width space/joiners, soft hyphen, variation selectors,
//      tag characters, …) and bidirectional controls are dropped; text inside a right-to-left
//      override (U+202E … U+202C, a line break or the end) is reversed into display order;
//   3. each cluster is NFKC-normalized (full-width, mathematical, circled, superscript letters,
//      ligatures → plain letters); clusters of alphabetic scripts lose their combining marks
//      (accents, Zalgo); scripts whose marks carry meaning (Thai, Devanagari, Arabic …) keep up
//      to three marks per cluster;
//   4. Latin-script look-alikes (small capitals, dotless i, Latin alpha) become ASCII, typographic
//      quotes become ASCII quotes, letters are lower-cased, and white-space runs become one space;
//   5. a second pass applies the UTS #39 skeleton to tokens that mix Latin with Greek/Cyrillic/…
//      letters, and to all-look-alike tokens in a mostly-Latin text ("ѕех" in English prose),
//      never to real Russian or Greek text.
import { F_INVISIBLE, F_MARKS, type Base } from './_base.js'
import { BaseBuilder } from './_baseBuilder.js'
import { asciiAlone, asciiChar, asciiRun } from './_normalizeAscii.js'
import { normalizeCluster } from './_normalizeCluster.js'
import {
  BIDI,
  charInfo,
  codePointAt,
  IGNORABLE,
  LATIN,
  LETTER,
  LOOKALIKE_SCRIPT,
  MARK,
  RTL,
  SPACE,
} from './_unicode.js'

export {
  F_BIDI,
  F_CONFUSABLE,
  F_INVISIBLE,
  F_MARKS,
  F_WIDTH,
  originalRange,
  type Base,
  type BaseSignals,
} from './_base.js'

/**
 * Normalizes `input` for matching; see the file comment for the stages. Linear in the input.
 * The returned `starts`, `ends` and `flags` may be views of shared scratch memory: they are valid
 * until the next call, so every caller finishes with a Base before normalizing anything else.
 */
export function buildBase(input: string): Base {
  const b = new BaseBuilder(input.length)
  const n = input.length
  let i = 0
  while (i < n) {
    const code = input.charCodeAt(i)
    if (code < 0x80) {
      if (!b.rlo && b.pendingFlags === 0) {
        const k = asciiRun(b, input, i)
        if (k > i) {
          i = k
          continue
        }
      }
      if (asciiAlone(input, i)) {
        i = asciiChar(b, input, i, code)
        continue
      }
    }
    i = otherChar(b, input, i)
  }
  return b.finish()
}

/**
 * Stages 1 to 4 for the code point at `i` when it is not lone ASCII: drops lone surrogates,
 * controls, invisible and bidi characters, writes the cluster it starts. Returns the next index.
 */
function otherChar(b: BaseBuilder, input: string, i: number): number {
  const signals = b.signals
  const cp = codePointAt(input, i)
  if (cp < 0) {
    signals.loneSurrogates++
    b.pendingFlags |= F_INVISIBLE
    b.runChar = -1
    return i + 1
  }
  const cpSize = cp > 0xffff ? 2 : 1
  const info = charInfo(cp)
  if ((info & (BIDI | IGNORABLE)) !== 0 || (cp >= 0x80 && cp <= 0x9f)) {
    signals.firstInvisible ??= [i, i + cpSize]
    b.runChar = -1
    return dropFormat(b, input, i, cp, info)
  }
  if ((info & MARK) !== 0) {
    // A mark with no base character (after a space, at the start, or after a removed character).
    signals.marks++
    b.pendingFlags |= F_MARKS
    return i + cpSize
  }
  return cluster(b, input, i, cp, info)
}

/** Stage 2: drops the bidi control or invisible character `cp` at `i`, counting it. */
function dropFormat(b: BaseBuilder, input: string, i: number, cp: number, info: number): number {
  const signals = b.signals
  const cpSize = cp > 0xffff ? 2 : 1
  if ((info & BIDI) !== 0) {
    if (cp === 0x202d || cp === 0x202e) signals.bidiOverrides++
    else signals.bidiOther++
    if (cp === 0x202e) {
      if (!b.rlo) b.rlo = true
    } else if (cp === 0x202c || cp === 0x2069) {
      if (b.rlo) b.flush()
    }
    return i + cpSize
  }
  signals.invisible++
  if (cp >= 0xe0000 && cp <= 0xe007f) signals.tagCharacters++
  if ((b.lastLetterInfo & (LATIN | LOOKALIKE_SCRIPT)) !== 0) {
    const n = input.length
    let j = i + cpSize
    while (j < n) {
      const c2 = codePointAt(input, j)
      if (c2 < 0 || (charInfo(c2) & IGNORABLE) === 0) break
      j += c2 > 0xffff ? 2 : 1
    }
    const after = codePointAt(input, j)
    if (after >= 0 && (charInfo(after) & (LATIN | LOOKALIKE_SCRIPT)) !== 0) signals.invisibleInWords++
  }
  b.pendingFlags |= F_INVISIBLE
  return i + cpSize
}

/** Stages 3 and 4: writes the cluster that starts with `cp` at `i` (the code point and its marks). */
function cluster(b: BaseBuilder, input: string, i: number, cp: number, info: number): number {
  const signals = b.signals
  const n = input.length
  let j = i + (cp > 0xffff ? 2 : 1)
  let marks = 0
  while (j < n) {
    const c2 = codePointAt(input, j)
    if (c2 < 0) break
    const f2 = charInfo(c2)
    if ((f2 & MARK) === 0) break
    marks++
    j += c2 > 0xffff ? 2 : 1
  }
  if (marks > 0) {
    signals.marks += marks
    if (marks >= 3) signals.heavyClusters++
    if (marks > signals.maxMarks) signals.maxMarks = marks
  }
  if ((info & SPACE) !== 0) {
    if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) {
      if (b.rlo) b.flush()
    }
    b.runChar = -1
    b.emit(' ', i, j, 0)
    return j
  }
  if ((info & LETTER) !== 0) {
    b.lastLetterInfo = info
    if ((info & LATIN) !== 0) signals.latinLetters++
    else if ((info & LOOKALIKE_SCRIPT) !== 0) b.lookalikeLetters++
    else if ((info & RTL) !== 0) signals.rtlLetters++
  } else {
    b.lastLetterInfo = 0
  }
  b.see(cp, info, i, j)
  const c = normalizeCluster(input.slice(i, j), marks)
  if (c.out.length > 0) {
    if (c.out.trim() === '') b.emit(' ', i, j, c.flags)
    else b.emit(c.out, i, j, c.flags, c.alt)
  } else {
    b.pendingFlags |= c.flags
  }
  return j
}
