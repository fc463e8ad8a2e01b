import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CopydeskError, initials, NAME_PARTICLES, NAME_PREFIXES } from '../../src/comments/index.js'

describe('initials', () => {
  it.each([
    // the cases
    ['Omar Ali', 'OA'],
    ['Ali', 'A'],
    ['李小龙', '李'],
    ['José Álvarez', 'JÁ'],
    ['Ludwig van Beethoven', 'LB'],
    // first and last name, whatever is between
    ['Maggie Thornbury', 'MT'],
    ['Mary Ann Evans', 'ME'],
    ['  omar   ali  ', 'OA'],
    ['Omar\tAli', 'OA'],
    ['Omar\u00A0Ali', 'OA'],
    ['Jean-Luc Picard', 'JP'],
    ['J.R.R. Tolkien', 'JT'],
    ['Pete O’Malley', 'PO'],
    ['Van Morrison', 'VM'],
    // particles and prefixes
    ['Vincent van Gogh', 'VG'],
    ['van Gogh', 'G'],
    ['de la Cruz', 'C'],
    ['Charles de Gaulle', 'CG'],
    ['Omar al-Rashid', 'OR'],
    ['Mohamed El-Erian', 'ME'],
    ['Charles d’Artagnan', 'CA'],
    ["Omar D'Angelo", 'OD'],
    ['Osama bin Laden', 'OL'],
    // titles, suffixes, commas, emails, markup
    ['Dr. Omar Ali', 'OA'],
    ['Prof Ana Lima PhD', 'AL'],
    ['Martin Luther King Jr.', 'MK'],
    ['Álvarez, José', 'JÁ'],
    ['van Beethoven, Ludwig', 'LB'],
    ['Omar Ali, Ph.D.', 'OA'],
    ['Smith, John, Jr.', 'JS'],
    ['Omar Ali, Editor', 'OA'],
    ['maggie.thornbury@example.com', 'MT'],
    ['@omar', 'O'],
    ['<b>l33t</b>', 'L'],
    ['(Omar) [Ali]', 'OA'],
    ['Dr.', 'D'],
    // scripts
    ['陈思远', '陈'],
    ['佐藤美咲', '佐'],
    ['佐藤 美咲', '佐'],
    ['Haruka Tanaka', 'HT'],
    ['김민준', '김'],
    ['ليلى حداد', 'لح'],
    ['عمر الفاروق', 'عف'],
    ['دانيال', 'د'],
    ['Дмитрий Шостакович', 'ДШ'],
    ['Ελένη Παππά', 'ΕΠ'],
    ['სოფო ბერიძე', 'სბ'],
    ['เฉลิม ไทย', 'ฉท'],
    ['प्रिया नायर', 'प्रिना'],
    ['Ñandú Ōta', 'ÑŌ'],
    ['e\u0301mile zola', 'ÉZ'],
    // digits and emoji around letters
    ['2Pac', '2'],
    ['Best Deals 4U', 'BD'],
    ['Henry 8', 'H'],
    ['TruthTeller99', 'T'],
    ['🌊 Omar Ali 🐟', 'OA'],
    ['👨‍👩‍👧 Family', 'F'],
    // nothing to take
    ['', ''],
    ['   ', ''],
    ['🌊🐟', ''],
    ['1️⃣', ''],
    ['!!!', ''],
    ['\uD83C', ''],
    // found by fast-check: a first initial ending in a virama would fuse with the second into a
    // conjunct; a vowel letter that only follows a consonant is no initial
    ['क् क', 'क्'],
    [' ำ', ''],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })

  it.each([
    ['🌊🐟', '🌊'],
    ['🇯🇵 ', '🇯🇵'],
    ['👩🏽‍🚀', '👩🏽‍🚀'],
    ['1️⃣ 2️⃣', '1️⃣'],
    ['!!!', ''],
    ['ि \u20E3', ''],
  ])('with emoji: true, %j → %j (a whole emoji, never half of one)', (name, expected) => {
    expect(initials(name, { emoji: true })).toBe(expected)
  })

  it('returns the fallback as given when there is no initial', () => {
    expect(initials('🌊🐟', { fallback: '?' })).toBe('?')
    expect(initials('', { fallback: '•' })).toBe('•')
    expect(initials('Omar', { fallback: '?' })).toBe('O')
  })

  it('upper-cases with the locale when one is given and locale-independently otherwise', () => {
    expect(initials('ilker şahin')).toBe('IŞ')
    expect(initials('ilker şahin', { locale: 'tr' })).toBe('İŞ')
    expect(initials('ilker sahin', { locale: 'tr-TR' })).toBe('İS') // the ASCII fast path honours it too
    expect(initials('ilker sahin')).toBe('IS')
    expect(initials('omar ali', { uppercase: false })).toBe('oa')
  })

  it('keeps a grapheme as it is when upper-casing would grow it or the script has no everyday capitals', () => {
    expect(initials('ßtraße x')).toBe('ßX')
    expect(initials('ﬁona x')).toBe('ﬁX')
    expect(initials('სოფო')).toBe('ს')
  })

  it('takes one initial with maxInitials 1', () => {
    expect(initials('Omar Ali', { maxInitials: 1 })).toBe('O')
    expect(initials('José Álvarez', { maxInitials: 1 })).toBe('J')
  })

  it('lets callers extend or empty the particle and prefix lists', () => {
    expect(initials('zu Guttenberg')).toBe('ZG')
    expect(initials('zu Guttenberg', { particles: [...NAME_PARTICLES, 'zu'] })).toBe('G')
    expect(initials('van Gogh', { particles: [] })).toBe('VG')
    expect(initials('Omar al-Rashid', { prefixes: [] })).toBe('OA')
    expect(initials('Omar Mac-Donald', { prefixes: [...NAME_PREFIXES, 'Mac-'] })).toBe('OD')
  })

  it('never strips a prefix that would leave no letter', () => {
    expect(initials('Omar al-')).toBe('OA')
  })

  it('keeps a grapheme whole but caps absurd stacks of combining marks', () => {
    expect(initials(`Z${'\u0301'.repeat(10_000)}algo x`)).toBe('Ź́́X')
  })

  it.each([
    ['1 MB of words', 'ab '.repeat(350_000)],
    ['1 MB of particles', 'van '.repeat(250_000)],
    ['1 MB of emoji words', '🌊 '.repeat(333_000)],
    ['1 MB of punctuation', '!'.repeat(1_000_000)],
    ['1 MB of lone surrogates', '\uD800'.repeat(1_000_000)],
    ['1 MB of unclosed tags', '<a'.repeat(500_000)],
    ['1 MB of commas', ', '.repeat(500_000)],
    ['a 1 MB grapheme', `a${'\u0301'.repeat(1_000_000)}`],
  ])('returns in bounded time for %s', (_, name) => {
    const start = performance.now()
    const result = initials(name)
    expect(performance.now() - start).toBeLessThan(2000)
    expect(result.length).toBeLessThanOrEqual(8)
  })

  it('matches its @example and the examples of NAME_PARTICLES and NAME_PREFIXES', () => {
    expect(initials('Omar Ali')).toBe('OA')
    expect(initials('Ali')).toBe('A')
    expect(initials('李小龙')).toBe('李')
    expect(initials('José Álvarez')).toBe('JÁ')
    expect(initials('Ludwig van Beethoven')).toBe('LB')
    expect(initials('ليلى حداد')).toBe('لح')
    expect(initials('김민준')).toBe('김')
    expect(initials('🌊🐟')).toBe('')
    expect(initials('🌊🐟', { emoji: true })).toBe('🌊')
    expect(initials('ilker şahin', { locale: 'tr' })).toBe('İŞ')
    expect(initials('de la Cruz')).toBe('C')
    expect(initials('zu Guttenberg', { particles: [...NAME_PARTICLES, 'zu'] })).toBe('G')
    expect(initials('Omar al-Rashid')).toBe('OR')
    expect(initials('Omar al-Rashid', { prefixes: [] })).toBe('OA')
  })

  it.each([
    [42, 'initials: name must be a string, received number 42'],
    [null, 'initials: name must be a string, received null'],
    [undefined, 'initials: name must be a string, received undefined'],
  ])('throws INVALID_INPUT for %j', (name, message) => {
    expect(() => initials(name as never)).toThrow(CopydeskError)
    expect(() => initials(name as never)).toThrow(message)
  })

  it.each([
    [{ maxInitials: 3 }, 'initials: options.maxInitials must be one of 1, 2, received number 3'],
    [{ uppercase: 'no' }, 'options.uppercase must be a boolean'],
    [{ emoji: 1 }, 'options.emoji must be a boolean'],
    [{ fallback: 0 }, 'options.fallback must be a string'],
    [
      { locale: 'not a locale!' },
      'initials: options.locale must be a BCP 47 language tag such as "en" or "pt-BR", received string "not a locale!"',
    ],
    [{ locale: 5 }, 'options.locale must be a BCP 47 language tag'],
    [{ locale: ['tr'] }, 'options.locale must be a BCP 47 language tag'],
    [{ particles: 'van' }, 'options.particles must be an array of strings'],
    [{ prefixes: [1] }, 'initials: options.prefixes[0] must be a string, received number 1'],
    [[], 'initials: options must be an object, received array (length 0)'],
    [null, 'initials: options must be an object, received null'],
  ])('throws INVALID_OPTIONS for %j (an array as options too: issue 13)', (options, message) => {
    expect(() => initials('Omar Ali', options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
    expect(() => initials('Omar Ali', options as never)).toThrow(message)
  })

  it('gives the same answer on the ASCII fast path as the full rules', () => {
    // Names of ASCII letters and single spaces take the fast path; the same name with a trailing
    // tab (cleaned to a space by the full rules) does not.
    for (const name of [
      'Omar Ali',
      'Ali',
      'Mary Ann Evans',
      'Ludwig van Beethoven',
      'van Gogh',
      'de la Cruz',
      'Dr Omar Ali',
      'Prof Ana Lima PhD',
      'Martin Luther King Jr',
      'Dr',
      'Mr Jr',
      'Van Morrison',
      'x',
    ]) {
      for (const options of [undefined, { maxInitials: 1 as const }, { uppercase: false }, { locale: 'tr' }]) {
        expect(initials(name, options), `${name} ${JSON.stringify(options)}`).toBe(initials(`${name}\t`, options))
      }
    }
  })

  it('gives the same answer on the fast path as the full rules for any name of ASCII letters and spaces', () => {
    const word = fc.oneof(
      fc
        .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('lower', 'capital', 'upper'))
        .map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'capital' ? w[0]!.toUpperCase() + w.slice(1) : w)),
      fc.constantFrom('Dr', 'dr', 'DR', 'Mrs', 'Jr', 'JR', 'iii', 'PhD', 'van', 'Van', 'de', 'la', 'al', 'bin'),
    )
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1 as const, 2 as const),
        fc.constantFrom(undefined, ['van', 'Van', 'la', 'DR']),
        (words, n, particles) => {
          const name = words.join(' ')
          const options = particles === undefined ? { maxInitials: n } : { maxInitials: n, particles }
          expect(initials(name, options)).toBe(initials(`${name}\t`, options))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
