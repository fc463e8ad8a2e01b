import { checkOptions, checkString, numberOption, refuse } from '../_internal/check.js'
import { cleanName } from './_name.js'
import { contrastWithWhite, darkenUntil, fnv1a, parseHex, rgbToHsl, toHex } from './_color.js'

const FN = 'avatarColor'

/** Options for {@link avatarColor}. */
export interface AvatarColorOptions {
  /**
   * HSL saturation of the generated colour, 0–100.
   * @defaultValue `55`
   */
  saturation?: number | undefined
  /**
   * HSL lightness to start from, 0–100. Colours whose contrast with white is too low at this
   * lightness are darkened until it is enough, so yellows and greens come out deeper than blues.
   * @defaultValue `45`
   */
  lightness?: number | undefined
  /**
   * Your own colours (`#rgb` or `#rrggbb`); the name picks one by hash. A palette colour that
   * fails `minContrast` is darkened the same way (same hue and saturation).
   * @defaultValue `undefined` (a hue from 0–359 is picked by hash)
   */
  palette?: readonly string[] | undefined
  /**
   * The WCAG 2 contrast ratio white text must reach on the colour, from 1 to 21: 4.5 is AA for
   * normal text, 3 AA for large text, 7 AAA.
   * @defaultValue `4.5`
   */
  minContrast?: number | undefined
}

/**
 * A background colour for a name's initials avatar: the same name always gives the same colour
 * (case, Unicode normalization and extra spaces do not matter), on every platform, and white
 * text on it meets WCAG AA (contrast ≥ 4.5, or `minContrast`).
 *
 * How: the key is the name cleaned as in {@link initials} (lone surrogates become U+FFFD), NFC,
 * trimmed, with whitespace runs collapsed to one space, case-folded (lower-, upper-, then
 * lower-cased, then NFC again, so 'ẞ', 'ß' and 'SS' agree); its 32-bit FNV-1a hash over
 * UTF-8 picks the hue (`hash % 360`) or the palette entry (`hash % palette.length`); the colour is
 * then darkened (bisection on HSL lightness) until white text passes. A server in another language
 * can reproduce it from this description.
 *
 * @param name - A display name; any string, including `''`.
 * @param options - Saturation, lightness, palette and target contrast; see {@link AvatarColorOptions}.
 * @returns A lowercase `#rrggbb` colour.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `name` is not a string; `INVALID_OPTIONS` for
 *   options that are not an object (an array, `null`), an out-of-range number, an empty palette or
 *   a palette entry that is not a hex colour.
 *
 * @example
 * ```ts
 * avatarColor('Omar Ali')                                  // '#268380'
 * avatarColor('  omar   ALI ')                             // '#268380'
 * avatarColor('李小龙')                                     // '#a4692f'
 * avatarColor('Omar Ali', { palette: ['#1d4ed8', '#ffd700'] }) // '#1d4ed8'
 * ```
 */
export function avatarColor(name: string, options?: AvatarColorOptions): string {
  checkString(FN, name, 'name')
  const opts = checkOptions<AvatarColorOptions>(FN, options)
  const saturation = numberOption(FN, 'saturation', opts.saturation, { min: 0, max: 100 }, 55)
  const lightness = numberOption(FN, 'lightness', opts.lightness, { min: 0, max: 100 }, 45)
  const minContrast = numberOption(FN, 'minContrast', opts.minContrast, { min: 1, max: 21 }, 4.5)
  const palette: unknown = opts.palette
  if (palette !== undefined && (!Array.isArray(palette) || palette.length === 0)) {
    throw refuse(FN, 'INVALID_OPTIONS', 'options.palette', 'a non-empty array of hex colours', palette)
  }

  const key = cleanName(name, '\uFFFD')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .normalize('NFC')
  const hash = fnv1a(key)
  if (palette === undefined) return toHex(darkenUntil(hash % 360, saturation, lightness, minContrast))
  const entry: unknown = palette[hash % palette.length]
  const rgb = typeof entry === 'string' ? parseHex(entry) : undefined
  if (rgb === undefined) {
    throw refuse(FN, 'INVALID_OPTIONS', `options.palette[${hash % palette.length}]`, 'a #rgb or #rrggbb colour', entry)
  }
  if (contrastWithWhite(rgb) >= minContrast) return toHex(rgb)
  const [h, s, l] = rgbToHsl(rgb)
  return toHex(darkenUntil(h, s, l, minContrast))
}
