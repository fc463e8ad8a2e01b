// An independent WCAG 2 contrast computation for the tests (not the library's own code).
export function contrastOnWhite(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  const channel = (h: string) => {
    const s = Number.parseInt(h, 16) / 255
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4)
  }
  const l = 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!)
  return (1 + 0.05) / (l + 0.05)
}
