// Colour arithmetic for avatarColor: FNV-1a over UTF-8, HSL ↔ sRGB, WCAG 2 relative luminance.

/** 32-bit FNV-1a of the UTF-8 encoding of a well-formed string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  const byte = (b: number): void => {
    hash = Math.imul(hash ^ b, 0x01000193)
  }
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) byte(cp)
    else if (cp < 0x800) {
      byte(0xc0 | (cp >> 6))
      byte(0x80 | (cp & 0x3f))
    } else if (cp < 0x10000) {
      byte(0xe0 | (cp >> 12))
      byte(0x80 | ((cp >> 6) & 0x3f))
      byte(0x80 | (cp & 0x3f))
    } else {
      byte(0xf0 | (cp >> 18))
      byte(0x80 | ((cp >> 12) & 0x3f))
      byte(0x80 | ((cp >> 6) & 0x3f))
      byte(0x80 | (cp & 0x3f))
    }
  }
  return hash >>> 0
}

export type Rgb = [number, number, number]

/** HSL (degrees, percent, percent) to 8-bit sRGB. */
export function hslToRgb(h: number, s: number, l: number): Rgb {
  const sat = s / 100
  const light = l / 100
  const a = sat * Math.min(light, 1 - light)
  const f = (n: number): number => {
    const k = (n + h / 30) % 12
    return Math.round(255 * (light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  }
  return [f(0), f(8), f(4)]
}

/** 8-bit sRGB to HSL (degrees, percent, percent). */
export function rgbToHsl([r8, g8, b8]: Rgb): [number, number, number] {
  const r = r8 / 255
  const g = g8 / 255
  const b = b8 / 255
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  const d = max - min
  if (d === 0) return [0, 0, l * 100]
  const s = d / (1 - Math.abs(2 * l - 1))
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return [h * 60, s * 100, l * 100]
}

/** WCAG 2 relative luminance of an 8-bit sRGB colour. */
export function luminance(rgb: Rgb): number {
  const lin = (c8: number): number => {
    const c = c8 / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/** Contrast ratio of white text on this background. */
export function contrastWithWhite(rgb: Rgb): number {
  return 1.05 / (luminance(rgb) + 0.05)
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

export function parseHex(hex: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)
  if (!m) return undefined
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as Rgb
}

/**
 * The lightest colour of hue `h` and saturation `s`, at lightness `l` or below, that white text
 * reaches `ratio` against. Luminance only grows with lightness (also after rounding to 8 bits),
 * so a bisection over [0, l] finds it; lightness 0 is black, which always passes.
 */
export function darkenUntil(h: number, s: number, l: number, ratio: number): Rgb {
  const first = hslToRgb(h, s, l)
  if (contrastWithWhite(first) >= ratio) return first
  let pass = 0
  let fail = l
  for (let step = 0; step < 24; step++) {
    const mid = (pass + fail) / 2
    if (contrastWithWhite(hslToRgb(h, s, mid)) >= ratio) pass = mid
    else fail = mid
  }
  return hslToRgb(h, s, pass)
}
