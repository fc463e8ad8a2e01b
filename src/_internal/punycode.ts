// RFC 3492 Punycode decoding, used to validate `xn--` labels the same way on every platform: the
// WHATWG URL parsers differ here (Node's refuses `xn--zz.com`, Chromium's accepts it), so copydesk
// checks such labels itself instead of trusting whichever URL implementation it runs on.

const BASE = 36
const TMIN = 1
const TMAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128

function digit(code: number): number {
  if (code >= 48 && code <= 57) return code - 22 // '0'..'9' → 26..35
  if (code >= 65 && code <= 90) return code - 65 // 'A'..'Z' → 0..25
  if (code >= 97 && code <= 122) return code - 97 // 'a'..'z' → 0..25
  return BASE
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / points)
  let k = 0
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN))
    k += BASE
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW))
}

/** Decodes the part of a label after `xn--`; `null` when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  const output: number[] = []
  const delimiter = input.lastIndexOf('-')
  const basicEnd = delimiter === -1 ? 0 : delimiter
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j)
    if (c >= 128) return null
    output.push(c)
  }
  let n = INITIAL_N
  let i = 0
  let bias = INITIAL_BIAS
  let pos = delimiter === -1 ? 0 : delimiter + 1
  while (pos < input.length) {
    const oldi = i
    let w = 1
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null
      const d = digit(input.charCodeAt(pos++))
      if (d >= BASE) return null
      if (d > Math.floor((0x7fffffff - i) / w)) return null
      i += d * w
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias
      if (d < t) break
      if (w > Math.floor(0x7fffffff / (BASE - t))) return null
      w *= BASE - t
    }
    const points = output.length + 1
    bias = adapt(i - oldi, points, oldi === 0)
    if (Math.floor(i / points) > 0x10ffff - n) return null
    n += Math.floor(i / points)
    i %= points
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null
    output.splice(i, 0, n)
    i++
  }
  return String.fromCodePoint(...output)
}
