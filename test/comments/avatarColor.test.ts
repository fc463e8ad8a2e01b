import { describe, expect, it } from 'vitest'
import { avatarColor, CopydeskError } from '../../src/comments/index.js'
import { contrastOnWhite } from './_contrast.js'

describe('avatarColor', () => {
  it('matches its @example', () => {
    expect(avatarColor('Omar Ali')).toBe('#268380')
    expect(avatarColor('  omar   ALI ')).toBe('#268380')
    expect(avatarColor('李小龙')).toBe('#a4692f')
    expect(avatarColor('Omar Ali', { palette: ['#1d4ed8', '#ffd700'] })).toBe('#1d4ed8')
  })

  it.each([
    ['Omar Ali', 'omar ali'],
    ['Omar Ali', ' OMAR\tALI\n'],
    ['José', 'Jose\u0301'],
    ['Ali\u200B', 'Ali'],
  ])('gives %j and %j the same colour (case, NFC, spacing, invisibles ignored)', (a, b) => {
    expect(avatarColor(a)).toBe(avatarColor(b))
  })

  it('spreads names over many hues', () => {
    const names = [
      'Maggie Thornbury',
      'Pete O’Malley',
      'Rashida',
      '陈思远',
      '佐藤美咲',
      'Gus',
      'Anonymous',
      'Layla Haddad',
      'Marcus Reed',
      'Priya Nair',
    ]
    expect(new Set(names.map((n) => avatarColor(n))).size).toBeGreaterThanOrEqual(9)
  })

  it.each([
    ['a yellow hue', '#ffd700'],
    ['white', '#fff'],
    ['a light cyan', '#a5f3fc'],
  ])('darkens %s from the palette until white text reaches 4.5:1, keeping its hue', (_, colour) => {
    const result = avatarColor('anyone', { palette: [colour] })
    expect(contrastOnWhite(result)).toBeGreaterThanOrEqual(4.5)
    expect(contrastOnWhite(result)).toBeLessThan(4.8)
  })

  it('returns an already-accessible palette colour unchanged, lower-cased', () => {
    expect(avatarColor('anyone', { palette: ['#1D4ED8'] })).toBe('#1d4ed8')
    expect(avatarColor('anyone', { palette: ['#000'] })).toBe('#000000')
  })

  it.each([3, 4.5, 7, 21])('meets minContrast %s for a range of names', (minContrast) => {
    for (const name of ['a', 'b', 'Omar Ali', '李小龙', '🌊', '']) {
      expect(contrastOnWhite(avatarColor(name, { minContrast }))).toBeGreaterThanOrEqual(minContrast)
    }
  })

  it('uses saturation and lightness as the starting point', () => {
    expect(avatarColor('Omar Ali', { saturation: 0 })).toMatch(/^#([0-9a-f]{2})\1\1$/)
    expect(avatarColor('Omar Ali', { lightness: 20 })).not.toBe(avatarColor('Omar Ali'))
    expect(avatarColor('Omar Ali', { lightness: 0 })).toBe('#000000')
  })

  it('handles lone surrogates and 1 MB names in bounded time', () => {
    expect(avatarColor('\uD800x')).toMatch(/^#[0-9a-f]{6}$/)
    const start = performance.now()
    expect(avatarColor('Omar '.repeat(200_000))).toMatch(/^#[0-9a-f]{6}$/)
    expect(performance.now() - start).toBeLessThan(2000)
  })

  it.each([
    [{ saturation: 101 }, 'options.saturation must be a finite number from 0 to 100, received number 101'],
    [{ lightness: -1 }, 'options.lightness must be a finite number from 0 to 100'],
    [{ lightness: Number.NaN }, 'options.lightness must be a finite number from 0 to 100, received number NaN'],
    [{ minContrast: 0.5 }, 'options.minContrast must be a finite number from 1 to 21'],
    [[], 'avatarColor: options must be an object, received array (length 0)'],
    [{ palette: [] }, 'options.palette must be a non-empty array of hex colours'],
    [{ palette: ['red'] }, 'options.palette[0] must be a #rgb or #rrggbb colour, received string "red"'],
  ])('throws INVALID_OPTIONS for %j', (options, message) => {
    expect(() => avatarColor('Omar Ali', options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
    expect(() => avatarColor('Omar Ali', options as never)).toThrow(message)
  })

  it('throws INVALID_INPUT for a non-string name', () => {
    expect(() => avatarColor(7 as never)).toThrow(CopydeskError)
    expect(() => avatarColor(7 as never)).toThrow('avatarColor: name must be a string, received number 7')
  })
})
