// Language data for slugs: the word `&` becomes, and the letters whose romanization differs from
// the `slugify` package's table. Plain object literals (no calls), so they cost nothing at import.

/** The word for "and" per language: [ASCII slug form, native form for unicode mode]. */
export const CONJUNCTIONS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['and', 'and'],
  bg: ['i', 'и'],
  bs: ['i', 'i'],
  ca: ['i', 'i'],
  cs: ['a', 'a'],
  da: ['og', 'og'],
  de: ['und', 'und'],
  el: ['kai', 'και'],
  es: ['y', 'y'],
  et: ['ja', 'ja'],
  fi: ['ja', 'ja'],
  fr: ['et', 'et'],
  hr: ['i', 'i'],
  hu: ['es', 'és'],
  id: ['dan', 'dan'],
  is: ['og', 'og'],
  it: ['e', 'e'],
  lt: ['ir', 'ir'],
  lv: ['un', 'un'],
  ms: ['dan', 'dan'],
  nb: ['og', 'og'],
  nl: ['en', 'en'],
  pl: ['i', 'i'],
  pt: ['e', 'e'],
  ro: ['si', 'și'],
  ru: ['i', 'и'],
  sk: ['a', 'a'],
  sl: ['in', 'in'],
  sr: ['i', 'и'],
  sv: ['och', 'och'],
  tr: ['ve', 've'],
  uk: ['i', 'і'],
  vi: ['va', 'và'],
}

/** Languages whose apostrophe marks elision between two words ("l'économie" → "l-economie"). */
export const ELISION_LANGUAGES: readonly string[] = ['fr', 'it', 'ca']

/** Language subtags that share another's rules. */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' }

/** Languages whose letters the `slugify` package itself romanizes differently (its `locale`). */
export const PACKAGE_LOCALES: readonly string[] = ['de', 'da', 'nb', 'vi']

/**
 * Greek for every language (ELOT 743 / UN, simplified): the package's table writes θ as "8" and ξ
 * as "3" (Greeklish), which no Greek newsroom uses in URLs. Context rules are in _translit.ts.
 */
export const GREEK: Readonly<Record<string, string>> = {
  α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i',
  ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r',
  σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y', ΰ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o',
}

/** Per-language letter tables (lower case; upper case is derived). */
export const LETTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Russian: the BGN/PCGN-style spelling news sites use (Хрущёв → khrushchyov, Цой → tsoy).
  ru: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
    л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
    ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  },
  // Ukrainian: the official 2010 national system (Київ → kyiv, Запоріжжя → zaporizhzhia); the
  // word-initial forms of є ї й ю я and "зг" → "zgh" are context rules in _translit.ts.
  uk: {
    а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
    ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
    ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
  },
  // Bulgarian: the official Streamlined System (щ → sht, ъ → a); word-final "ия" → "ia" in context.
  bg: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
    ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
  },
  // Serbian Cyrillic to Serbian Latin without diacritics, as Serbian URLs are written.
  sr: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k',
    л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
    ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  },
  // Swedish URLs drop the dots and ring (Göteborg → goteborg), unlike the package's aa/ae/oe.
  sv: { å: 'a', ä: 'a', ö: 'o' },
}
