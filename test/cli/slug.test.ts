import { describe, expect, it } from 'vitest'
import { runCli } from './_run.js'

describe('copydesk slug', () => {
  it.each([
    [['slug', 'Storm surge floods Port Alder’s lower harbor'], 'storm-surge-floods-port-alders-lower-harbor\n'],
    [['slug', 'Storm', 'surge', '&', 'ferries'], 'storm-surge-and-ferries\n'],
    [['slug', 'Müller gewinnt in München', '-o', 'locale=de'], 'mueller-gewinnt-in-muenchen\n'],
    [['slug', '-o', 'locale=de', 'Straße', '&', 'Brücke'], 'strasse-und-bruecke\n'],
    [['slug', 'Storm surge floods Port Alder’s lower harbor', '-o', 'maxLength=20'], 'storm-surge-floods\n'],
    [['slug', '東京の天気', '-o', 'mode=unicode'], '東京の天気\n'],
    [['slug', 'Straße & Über', '-o', 'mode=unicode', '-o', 'locale=de'], 'straße-und-über\n'],
    [['slug', 'storm surge', '--option', 'separator=_'], 'storm_surge\n'],
    [['slug', '🎉🎉🎉'], 'n-rp9uygi1\n'],
    [['slug', '--', '-5 degrees and falling'], '5-degrees-and-falling\n'],
  ])('prints the slug: copydesk %j', (args, stdout) => {
    const run = runCli(args)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(stdout)
  })

  it('slugs every line of standard input with -', () => {
    const run = runCli(['slug', '-', '-o', 'locale=uk'], 'Київ готується до зими\n\nЗапоріжжя знову під обстрілом\r\n')
    expect(run).toMatchObject({
      code: 0,
      stderr: '',
      stdout: 'kyiv-hotuietsia-do-zymy\nzaporizhzhia-znovu-pid-obstrilom\n',
    })
  })

  it('prints help', () => {
    const run = runCli(['slug', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: copydesk slug <text…>/)
  })

  it('is listed in the main help', () => {
    expect(runCli(['--help']).stdout).toMatch(/^ {2}slug +print the URL slug of a headline$/m)
  })

  it.each([
    ['no text', ['slug'], /slug needs some text/],
    [
      'an unknown option',
      ['slug', 'x', '-o', 'colour=red'],
      /unknown option "colour" \(expected one of locale, mode, maxLength, separator\)/,
    ],
    [
      'a bad maxLength',
      ['slug', 'x', '-o', 'maxLength=abc'],
      /option maxLength must be an integer of at least 10, or Infinity, received number NaN/,
    ],
    ['a bad mode', ['slug', 'x', '-o', 'mode=latin'], /option mode must be "ascii" or "unicode"/],
    ['a bad locale', ['slug', 'x', '-o', 'locale=!!'], /option locale must be a BCP 47 language tag/],
  ])('exits 2 with a message for %s', (_, args, message) => {
    const run = runCli(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/^copydesk slug: /)
  })
})
