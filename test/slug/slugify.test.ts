import { describe, expect, it } from 'vitest'
import { isCopydeskError, slugify, uniqueSlug, type SlugifyOptions } from '../../src/slug/index.js'
import headlines from '../fixtures/headlines.json'

const ASCII_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const FALLBACK = /^n-[0-9a-z]{8}$/

describe('the default mode follows the language (issue 16)', () => {
  it('keeps Japanese, Chinese, Thai, Hebrew and Hindi words with their locale instead of a hash', () => {
    for (const { title, locale, unicode } of headlines) {
      const lang = locale.split('-')[0]!
      if (!['ja', 'zh', 'th', 'he', 'hi'].includes(lang)) continue
      expect(slugify(title, { locale }), title).toBe(unicode)
      expect(slugify(title, { locale }), title).not.toMatch(/^n-[0-9a-z]{8}$/)
    }
    expect(slugify('東京で初雪、平年より5日早く', { locale: 'ja' })).toBe('東京で初雪-平年より5日早く')
    expect(slugify('東京で初雪、平年より5日早く', { locale: 'ja-JP' })).toBe('東京で初雪-平年より5日早く')
  })

  it('still romanizes languages with a table, and keeps ascii without a locale or with mode: "ascii"', () => {
    expect(slugify('Müller gewinnt in München', { locale: 'de' })).toBe('mueller-gewinnt-in-muenchen')
    expect(slugify('행복한 하루', { locale: 'ko' })).toBe('haengbokhan-haru')
    expect(slugify('東京の天気')).toMatch(/^n-[0-9a-z]{8}$/)
    expect(slugify('東京の天気', { locale: 'ja', mode: 'ascii' })).toBe(slugify('東京の天気'))
    expect(slugify('Apple発表 iPhone', { locale: 'ja' })).toBe('apple発表-iphone')
  })

  it('gives uniqueSlug the same default', () => {
    expect(uniqueSlug('東京の天気', ['東京の天気'], { locale: 'ja' })).toBe('東京の天気-2')
  })
})

describe('slugify on real headlines (test/fixtures/headlines.json)', () => {
  it('has at least 100 headlines in at least 25 languages', () => {
    expect(headlines.length).toBeGreaterThanOrEqual(100)
    expect(new Set(headlines.map((h) => h.locale.split('-')[0])).size).toBeGreaterThanOrEqual(25)
  })

  it.each(headlines.map((h) => [h.title, h.locale, h.ascii] as const))(
    'slugs %j (%s) in ascii mode',
    (title, locale, expected) => {
      expect(slugify(title, { locale, mode: 'ascii' })).toBe(expected)
    },
  )

  it.each(headlines.map((h) => [h.title, h.locale, h.unicode] as const))(
    'slugs %j (%s) in unicode mode',
    (title, locale, expected) => {
      expect(slugify(title, { locale, mode: 'unicode' })).toBe(expected)
    },
  )

  it('gives ascii slugs that match the ASCII slug pattern and are fixed points', () => {
    for (const { title, locale } of headlines) {
      const slug = slugify(title, { locale, mode: 'ascii' })
      expect(slug).toMatch(ASCII_SLUG)
      expect(slugify(slug, { locale, mode: 'ascii' })).toBe(slug)
      expect(slugify(title, { locale, mode: 'unicode' })).toBe(
        slugify(slugify(title, { locale, mode: 'unicode' }), { locale, mode: 'unicode' }),
      )
    }
  })
})

describe('slugify', () => {
  it.each([
    // The TSDoc examples.
    [
      'Council’s $412M budget: roads, seawalls & a "rainy-day" fund',
      {},
      'councils-412m-budget-roads-seawalls-and-a-rainy-day-fund',
    ],
    ['Müller gewinnt in München', { locale: 'de' }, 'mueller-gewinnt-in-muenchen'],
    ['Київ готується до зими', { locale: 'uk' }, 'kyiv-hotuietsia-do-zymy'],
    ['東京の天気', { mode: 'unicode' }, '東京の天気'],
    ['🎉🎉🎉', {}, 'n-rp9uygi1'],
  ] as const)('matches its documentation: %j %j → %j', (input, options, expected) => {
    expect(slugify(input, options as SlugifyOptions)).toBe(expected)
  })

  it.each([
    // locale picks the romanization
    ['Müller, Größe, Straße, Äpfel, Öl, Übermut, GROẞ', 'de', 'mueller-groesse-strasse-aepfel-oel-uebermut-gross'],
    ['Müller, Größe, Straße', undefined, 'muller-grosse-strasse'],
    ['Müller', 'de-AT', 'mueller'],
    ['Ærø, Ørsted, Ålborg', 'da', 'aeroe-oersted-aalborg'],
    ['Ærø, Ørsted, Ålborg', 'nb', 'aeroe-oersted-aalborg'],
    ['Tromsø', 'no', 'tromsoe'],
    ['Tromsø', 'nn', 'tromsoe'],
    ['Ærø, Ørsted, Ålborg', undefined, 'aero-orsted-alborg'],
    ['Göteborg, Malmö, Västerås', 'sv', 'goteborg-malmo-vasteras'],
    ['Hà Nội, Đà Nẵng', 'vi', 'ha-noi-da-nang'],
    ['Hà Nội, Đà Nẵng', undefined, 'ha-noi-dja-nang'],
    ['Хрущёв, Цой, Щукин, объём, Ельцин', 'ru', 'khrushchyov-tsoy-shchukin-obyom-eltsin'],
    ['Хрущёв, Цой', undefined, 'hrushyov-coj'],
    [
      'Київ, Запоріжжя, Згорани, Юрій, Яготин, Знам’янка, Їжакевич',
      'uk',
      'kyiv-zaporizhzhia-zghorany-yurii-yahotyn-znamianka-yizhakevych',
    ],
    ['Україна, Євген, Йосип', 'uk', 'ukraina-yevhen-yosyp'],
    ['България, София, Щит, Ъгъл', 'bg', 'balgaria-sofia-shtit-agal'],
    ['Београд, Ђоковић, Љубљана, Његош, Џон', 'sr', 'beograd-djokovic-ljubljana-njegos-dzon'],
    ['Θεσσαλονίκη, Αθήνα, Ξάνθη, Ψαρά, Χανιά', 'el', 'thessaloniki-athina-xanthi-psara-chania'],
    ['Παπαδόπουλος, Ευρώπη, Αυγή, Άγγελος, Αγκυρα', undefined, 'papadopoulos-evropi-avgi-angelos-ankyra'],
    ['İstanbul, Işık, Gümüşhane, Çağ', 'tr', 'istanbul-isik-gumushane-cag'],
    ['Łódź, Kraków, Gdańsk', 'pl', 'lodz-krakow-gdansk'],
    ['Plzeň, Ústí nad Labem', 'cs', 'plzen-usti-nad-labem'],
    ['Þingvellir, Reykjavík', 'is', 'thingvellir-reykjavik'],
    ['Col·legi, paral·lel', 'ca', 'collegi-parallel'],
    ['مرحبا بالعالم', 'ar', 'mrhba-balaalm'],
    ['대한민국 서울 한국어', 'ko', 'daehanminguk-seoul-hangugeo'],
    ['달러, 설날, 신라', 'ko', 'dalleo-seollal-silla'],
  ] as const)('romanizes %j with locale %s as %j', (input, locale, expected) => {
    expect(slugify(input, locale === undefined ? {} : { locale })).toBe(expected)
  })

  it.each([
    ['en', 'salt-and-crumb'],
    ['en-GB', 'salt-and-crumb'],
    ['de', 'salt-und-crumb'],
    ['fr', 'salt-et-crumb'],
    ['es', 'salt-y-crumb'],
    ['it', 'salt-e-crumb'],
    ['nl', 'salt-en-crumb'],
    ['da', 'salt-og-crumb'],
    ['sv', 'salt-och-crumb'],
    ['ru', 'salt-i-crumb'],
    ['tr', 'salt-ve-crumb'],
    ['ja', 'salt-crumb'],
    ['xx', 'salt-crumb'],
  ])('spells & in %s: "Salt & Crumb" → %j', (locale, expected) => {
    expect(slugify('Salt & Crumb', { locale })).toBe(expected)
  })

  it.each([
    ['Salt & Crumb', 'en', 'salt-and-crumb'],
    ['Мир & война', 'ru', 'мир-и-война'],
    ['Ελλάδα & Κύπρος', 'el', 'ελλάδα-και-κύπρος'],
    ['Hà Nội & Huế', 'vi', 'hà-nội-và-huế'],
  ])('uses the native word for & in unicode mode: %j (%s) → %j', (input, locale, expected) => {
    expect(slugify(input, { locale, mode: 'unicode' })).toBe(expected)
  })

  it.each([
    ['AT&T', 'at-and-t'],
    ['&&&', 'and-and-and'],
    ['& more', 'and-more'],
  ])('treats & as a word of its own: %j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it.each([
    ["Don't panic", {}, 'dont-panic'],
    ['O’Brien’s ‘big’ day', {}, 'obriens-big-day'],
    ["rock 'n' roll", {}, 'rock-n-roll'],
    ['İstanbul’da', { locale: 'tr' }, 'istanbulda'],
    ["L'État d'urgence", { locale: 'fr' }, 'l-etat-d-urgence'],
    ["dell'anno", { locale: 'it' }, 'dell-anno'],
    ["L'État d'urgence", { locale: 'fr', mode: 'unicode' }, 'l-état-d-urgence'],
    ["Don't panic", { mode: 'unicode' }, 'dont-panic'],
  ] as const)(
    'removes apostrophes inside words except in elision languages: %j %j → %j',
    (input, options, expected) => {
      expect(slugify(input, options as SlugifyOptions)).toBe(expected)
    },
  )

  it.each([
    ['zero\u200Bwidth', 'zerowidth'],
    ['zero\u200Cnon\u200Djoiner', 'zerononjoiner'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['\u202Ebidi\u202C override', 'bidi-override'],
    ['\u2066isolate\u2069d', 'isolated'],
    ['\u200Fright\u200Eleft', 'rightleft'],
    ['\uFEFFbom', 'bom'],
    ['ta\u{E0067}gs', 'tags'],
    ['vari\uFE0Fation', 'variation'],
  ])('strips zero-width and bidi characters without splitting words: %j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
    expect(slugify(input, { mode: 'unicode' })).toBe(expected)
  })

  it.each([
    ['Café', 'cafe'],
    ['Cafe\u0301', 'cafe'],
    ['ﬁnance', 'finance'],
    ['ＧＤＰ ２０２４', 'gdp-2024'],
    ['Ḥamās', 'hamas'],
    ['½ price', '1-2-price'],
    ['x² + y²', 'x2-y2'],
    ['Apple™ Watch', 'apple-watch'],
    ['€5bn', '5bn'],
    ['C++ & C#', 'c-and-c'],
    ['3.5% rise', '3-5-rise'],
    ['Q3/Q4 results', 'q3-q4-results'],
    ['Man, 34, charged', 'man-34-charged'],
    ['  --leading and trailing--  ', 'leading-and-trailing'],
    ['tab\tnew\nline', 'tab-new-line'],
    ['Apple发布iPhone', 'apple-iphone'],
  ])('normalizes, decomposes and separates: %j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it.each([
    ['Straße & Über', 'de', 'straße-und-über'],
    ['ＦＵＬＬ ｗｉｄｔｈ', 'en', 'full-width'],
    ['𝐁𝐨𝐥𝐝 news', 'en', 'bold-news'],
    ['ﬁnance', 'en', 'finance'],
    ['İstanbul ISPARTA', 'tr', 'istanbul-ısparta'],
    ['İstanbul', 'en', 'i̇stanbul'],
    ['ΟΔΟΣ', 'el', 'οδος'],
    ['Cafe\u0301', 'fr', 'café'],
    ['น้ำท่วม', 'th', 'น้ำท่วม'],
    ['Apple™ Watch', 'en', 'apple-watch'],
    ['1️⃣ keycap', 'en', '1-keycap'],
  ])('keeps letters of every script in unicode mode, lowercased and NFC: %j (%s) → %j', (input, locale, expected) => {
    const slug = slugify(input, { locale, mode: 'unicode' })
    expect(slug).toBe(expected)
    expect(slug).toBe(slug.normalize('NFC'))
  })

  it.each([
    ['_', 'storm_surge_floods_harbor'],
    ['.', 'storm.surge.floods.harbor'],
    ['~', 'storm~surge~floods~harbor'],
    ['-', 'storm-surge-floods-harbor'],
  ] as const)('joins words with separator %j', (separator, expected) => {
    expect(slugify('Storm surge floods harbor', { separator })).toBe(expected)
    expect(slugify(expected, { separator })).toBe(expected)
  })

  it('treats hyphens as word breaks when another separator is chosen', () => {
    expect(slugify('co-op news', { separator: '_' })).toBe('co_op_news')
  })

  describe('maxCodeUnits (maxLength before 0.2)', () => {
    it('still reads the deprecated maxLength, and names whichever option was given in errors', () => {
      expect(slugify('Storm surge floods Port Alder’s lower harbor', { maxLength: 20 })).toBe('storm-surge-floods')
      expect(() => slugify('x', { maxCodeUnits: 5 })).toThrow(
        'slugify: options.maxCodeUnits must be an integer of at least 10, or Infinity, received number 5',
      )
      expect(() => slugify('x', { maxLength: 5 })).toThrow('slugify: options.maxLength must be an integer')
    })

    it.each([[[]], [null], ['ascii']])('refuses %j as options with INVALID_OPTIONS', (options) => {
      expect(() => slugify('x', options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
    })

    const title = 'Storm surge floods Port Alder’s lower harbor, strands ferry passengers'

    it.each([
      [20, 'storm-surge-floods'],
      [24, 'storm-surge-floods-port'],
      [23, 'storm-surge-floods-port'],
      [22, 'storm-surge-floods'],
      [185, 'storm-surge-floods-port-alders-lower-harbor-strands-ferry-passengers'],
      [Number.POSITIVE_INFINITY, 'storm-surge-floods-port-alders-lower-harbor-strands-ferry-passengers'],
    ])('cuts at a word boundary within %s characters', (maxLength, expected) => {
      const slug = slugify(title, { maxCodeUnits: maxLength })
      expect(slug).toBe(expected)
      expect(slug.length).toBeLessThanOrEqual(maxLength)
    })

    it('cuts inside a word when the last boundary would keep less than half the budget', () => {
      expect(slugify('a supercalifragilisticexpialidocious day', { maxCodeUnits: 20 })).toBe('a-supercalifragilist')
      expect(slugify('x'.repeat(300))).toBe('x'.repeat(185))
    })

    it('never leaves a trailing separator', () => {
      for (let maxLength = 10; maxLength < 80; maxLength++) {
        const slug = slugify(title, { maxCodeUnits: maxLength })
        expect(slug).toMatch(ASCII_SLUG)
        expect(slug.length).toBeLessThanOrEqual(maxLength)
      }
    })

    it('never splits a surrogate pair or separates a letter from its marks in unicode mode', () => {
      expect(slugify('𝒜'.repeat(20), { mode: 'unicode', maxCodeUnits: 11 })).toBe(
        '𝒜'.repeat(20).normalize('NFKC').toLowerCase().slice(0, 11),
      )
      expect(slugify('𠜎'.repeat(20), { mode: 'unicode', maxCodeUnits: 11 })).toBe('𠜎'.repeat(5))
      expect(slugify('कि'.repeat(20), { mode: 'unicode', maxCodeUnits: 11 })).toBe('कि'.repeat(5))
      expect(
        slugify('ab\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A', {
          mode: 'unicode',
          maxCodeUnits: 10,
        }),
      ).toBe('a')
    })

    it('measures in UTF-16 code units, as the schema does', () => {
      const slug = slugify('東京 '.repeat(100), { mode: 'unicode', maxCodeUnits: 20 })
      expect(slug).toBe('東京-東京-東京-東京-東京-東京-東京')
      expect(slug.length).toBeLessThanOrEqual(20)
    })
  })

  describe('fallback', () => {
    it.each([
      '',
      '   ',
      '🎉',
      '🎉🎉🎉',
      '!!!???',
      '—',
      '東京の天気',
      'הבחירות לכנסת',
      'กรุงเทพฯ',
      '日銀、17年ぶり利上げ',
      '\u200B',
      '\uD800',
    ])('gives %j a deterministic n-<base36> slug', (input) => {
      const slug = slugify(input)
      expect(slug).toMatch(FALLBACK)
      expect(slugify(input)).toBe(slug)
      expect(slugify(slug)).toBe(slug)
    })

    it.each([
      ['', 'n-jl67o803'],
      ['🎉🎉🎉', 'n-rp9uygi1'],
      ['東京の天気', 'n-wgz5mpnx'],
    ])('is the same on every runtime: %j → %j', (input, expected) => {
      expect(slugify(input)).toBe(expected)
    })

    it('ignores invisible characters, surrounding spaces and Unicode normalization form', () => {
      expect(slugify(' ❤️ ')).toBe(slugify('❤'))
      expect(slugify('\u200B🎉\u200D')).toBe(slugify('🎉'))
      expect(slugify('東京の天気'.normalize('NFD'))).toBe(slugify('東京の天気'))
    })

    it('differs for different inputs', () => {
      const inputs = ['🎉', '🎊', '🎉🎉', '😀', '!!', '??', '東京', '大阪']
      expect(new Set(inputs.map((s) => slugify(s))).size).toBe(inputs.length)
    })

    it('uses the separator, and is the same in unicode mode when nothing is left there either', () => {
      expect(slugify('🎉🎉🎉', { separator: '_' })).toBe('n_rp9uygi1')
      expect(slugify('🎉🎉🎉', { mode: 'unicode' })).toBe('n-rp9uygi1')
      expect(slugify('東京の天気', { mode: 'unicode' })).toBe('東京の天気')
    })

    it('keeps digits from an ascii headline when letters survive too', () => {
      expect(slugify('中国发布2024年GDP数据')).toBe('2024-gdp')
      expect(slugify('2024')).toBe('2024')
    })
  })

  describe('hostile input', () => {
    it.each([
      ['a lone high surrogate', 'storm\uD800surge', 'storm-surge'],
      ['a lone low surrogate', '\uDC00storm surge', 'storm-surge'],
      ['reversed surrogates', 'a\uDC00\uD800b', 'a-b'],
      ['control characters', 'a\u0000b\u0007c\u007F', 'a-b-c'],
      ['only combining marks', '\u0301\u0302\u0303', 'n-kim15pz0'],
      ['zalgo text', 'Z\u0351\u0368a\u0310\u036Bl\u0353g\u0489o', 'zalgo'],
    ])('returns a safe slug for %s', (_, input, expected) => {
      expect(slugify(input)).toBe(expected)
      expect(slugify(input, { mode: 'unicode' })).toMatch(/^[^\uD800-\uDFFF]*$/)
    })

    it.each([
      ['a number', 42],
      ['null', null],
      ['undefined', undefined],
      ['an array', ['a']],
      ['a String object', new String('a')],
      ['an object', { toString: () => 'a' }],
    ])('throws INVALID_INPUT for %s', (_, input) => {
      expect(() => slugify(input as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
      expect(() => slugify(input as never)).toThrow(/^slugify: input must be a string, received /)
    })

    it.each([
      ['options that are not an object', 'de'],
      ['null options', null],
      ['a locale that is not a language tag', { locale: 'German!' }],
      ['a non-string locale', { locale: 7 }],
      ['an unknown mode', { mode: 'latin' }],
      ['a maxLength below 10', { maxLength: 9 }],
      ['a fractional maxLength', { maxLength: 20.5 }],
      ['a NaN maxLength', { maxLength: Number.NaN }],
      ['a string maxLength', { maxLength: '60' }],
      ['a separator that is a letter', { separator: 'x' }],
      ['a separator of two characters', { separator: '--' }],
      ['an empty separator', { separator: '' }],
    ])('throws INVALID_OPTIONS for %s', (_, options) => {
      let error: unknown
      try {
        slugify('Storm', options as never)
      } catch (caught) {
        error = caught
      }
      expect(isCopydeskError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', message: expect.stringMatching(/^slugify: options/) })
    })

    it('does not mutate its options', () => {
      const options = Object.freeze({ locale: 'de', maxLength: 40, separator: '_' as const, mode: 'ascii' as const })
      expect(slugify('Größe', options)).toBe('groesse')
      expect(options).toEqual({ locale: 'de', maxLength: 40, separator: '_', mode: 'ascii' })
    })
  })

  describe('pathological input runs in linear time', () => {
    const MB = 1 << 20
    it.each([
      ['1 MB single word', () => 'a'.repeat(MB), 'ascii'],
      ['1 MB single word with an accent at the end', () => `${'a'.repeat(MB)}é`, 'ascii'],
      ['1 MB of &', () => '&'.repeat(MB), 'ascii'],
      ['1 MB of & (unicode)', () => '&'.repeat(MB), 'unicode'],
      ['100k emoji', () => '🎉'.repeat(100_000), 'ascii'],
      ['100k emoji (unicode)', () => '🎉'.repeat(100_000), 'unicode'],
      ['1 MB of Cyrillic', () => 'щ'.repeat(MB), 'ascii'],
      ['1 MB of CJK', () => '東'.repeat(MB), 'ascii'],
      ['1 MB of CJK (unicode)', () => '東'.repeat(MB), 'unicode'],
      ['1 MB of combining marks', () => `a${'\u0301'.repeat(MB)}`, 'unicode'],
      ['1 MB of separators', () => '- '.repeat(MB / 2), 'ascii'],
      ['1 MB of zero-width spaces', () => '\u200B'.repeat(MB), 'ascii'],
      ['1 MB of lone surrogates', () => '\uD800'.repeat(MB), 'unicode'],
    ] as const)('%s returns in < 2 s', (_, make, mode) => {
      const input = make()
      const start = Date.now()
      const slug = slugify(input, { mode })
      expect(Date.now() - start).toBeLessThan(2000)
      expect(slug.length).toBeGreaterThan(0)
      expect(slug.length).toBeLessThanOrEqual(185)
    })
  })
})
