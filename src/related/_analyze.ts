// Text analysis for the related-story index: NFKC, lowercase, Unicode letter/number tokens,
// Intl.Segmenter for space-less scripts (Han, Kana, Thai, Lao, Khmer, Myanmar), per-language stop
// words, field weights (title ×3, dek ×2, body ×1) and a stats-independent cap on distinct terms.
// Every regex here is linear: each repetition is anchored on a different character class.
import { own } from '../_internal/check.js'
import { STOP_WORDS } from './_stopwords.js'

/** Analysis settings, resolved once per index (see createRelatedIndex's options). */
export interface AnalyzerConfig {
  titleWeight: number
  dekWeight: number
  bodyWeight: number
  maxBodyTokens: number
  maxTermsPerDoc: number
  searchTermsPerDoc: number
  defaultLanguage: string
  /** `false` = no stop words; otherwise per-language replacement lists. */
  stopWords: false | Readonly<Record<string, readonly string[]>>
  extraStopWords: readonly string[]
  /** `'s'`: fold English plurals (Harman's S-stemmer) for `en` docs. */
  stemming: 'none' | 's'
}

/** The analyzed text of one document: distinct terms with field-weighted counts. */
export interface Bag {
  /**
   * Distinct terms: at most `maxTermsPerDoc`, the highest weighted counts, the earliest among
   * equal counts at the cut-off. The first `searched` of them (chosen by the same rule among the
   * kept ones) are the doc's search terms, in order of first occurrence; the rest follow, in
   * order of first occurrence too.
   */
  terms: string[]
  /** How many of `terms` (from the start) enter the candidate-search postings. */
  searched: number
  /** Field-weighted count of each term (same order as `terms`). */
  tf: number[]
  /** Field-weighted token count (the BM25 document length). */
  length: number
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}\p{M}]+)*/gu
const SPACELESS_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const DIGITS_RE = /^\p{N}+$/u
const NON_ASCII_RE = /[^\x00-\x7f]/
const ELISION_LANGS = new Set(['fr', 'it', 'ca', 'pt'])

/** An ASCII lower-case letter or digit. */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
}

/** Base language of a BCP 47 tag, mapped onto the built-in list names (`nb`/`nn` → `no`). */
export function baseLanguage(language: string | undefined, fallback: string): string {
  const base = (language ?? fallback).toLowerCase().split(/[-_]/)[0] ?? fallback
  return base === 'nb' || base === 'nn' ? 'no' : base
}

/** Creates the analyzer of one index: stop-word sets and segmenters are built lazily and kept. */
export function createAnalyzer(config: AnalyzerConfig): (fields: AnalyzerInput) => Bag {
  const stopSets = new Map<string, ReadonlySet<string>>()
  const segmenters = new Map<string, Intl.Segmenter>()
  const extra = config.extraStopWords.map((w) => w.normalize('NFKC').toLowerCase().replace(/’/g, "'"))

  function stopSet(lang: string): ReadonlySet<string> {
    let set = stopSets.get(lang)
    if (set === undefined) {
      // Own-property reads: a language such as 'constructor' is just another unknown language.
      const custom = config.stopWords === false ? [] : own(config.stopWords, lang)
      const builtIn = config.stopWords === false ? '' : (own(STOP_WORDS, lang) ?? '')
      const words = custom ?? (builtIn === '' ? [] : builtIn.split(' '))
      set = new Set([...words.map((w) => w.normalize('NFKC').toLowerCase().replace(/’/g, "'")), ...extra])
      stopSets.set(lang, set)
    }
    return set
  }

  function segmenter(lang: string): Intl.Segmenter {
    let seg = segmenters.get(lang)
    if (seg === undefined) {
      try {
        seg = new Intl.Segmenter(lang, { granularity: 'word' })
      } catch {
        seg = new Intl.Segmenter('und', { granularity: 'word' })
      }
      segmenters.set(lang, seg)
    }
    return seg
  }

  return function analyze(input: AnalyzerInput): Bag {
    const lang = baseLanguage(input.language, config.defaultLanguage)
    const stops = stopSet(lang)
    const stem = config.stemming === 's' && lang === 'en'
    // Distinct terms in order of first occurrence with their weighted counts; a token seen
    // before costs one lookup (its term slot, or -1 for a dropped token).
    const terms: string[] = []
    const tfs: number[] = []
    const slotOfTerm = new Map<string, number>()
    const slotOfToken = new Map<string, number>()
    let length = 0
    const termSlot = (token: string): number => {
      const term = termOf(token, lang, stops, stem)
      if (term === undefined) return -1
      let slot = slotOfTerm.get(term)
      if (slot === undefined) {
        slot = terms.length
        slotOfTerm.set(term, slot)
        terms.push(term)
        tfs.push(0)
      }
      return slot
    }
    const emit = (token: string, weight: number): void => {
      let slot = slotOfToken.get(token)
      if (slot === undefined) {
        slot = termSlot(token)
        slotOfToken.set(token, slot)
      }
      if (slot >= 0) {
        tfs[slot]! += weight
        length += weight
      }
    }
    const field = (text: string | undefined, weight: number, maxTokens: number): void => {
      if (text === undefined || text === '' || weight <= 0 || maxTokens <= 0) return
      // Bound the work on huge inputs: a token is rarely longer than 24 characters.
      let slice = maxTokens * 24 < text.length ? text.slice(0, maxTokens * 24) : text
      // ASCII text (most English copy) needs neither NFKC nor the space-less script test, and
      // is tokenized by a scanner that splits exactly as TOKEN_RE does, without matchAll.
      if (!NON_ASCII_RE.test(slice)) {
        asciiTokens(slice.toLowerCase(), maxTokens, (token) => emit(token, weight))
        return
      }
      slice = slice.normalize('NFKC').toLowerCase()
      let seen = 0
      for (const match of slice.matchAll(TOKEN_RE)) {
        const token = match[0]
        if (SPACELESS_RE.test(token)) {
          for (const part of segmenter(lang).segment(token)) {
            if (part.isWordLike !== true) continue
            emit(part.segment, weight)
            if (++seen >= maxTokens) return
          }
        } else {
          emit(token, weight)
          if (++seen >= maxTokens) return
        }
      }
    }
    field(input.title, config.titleWeight, 200)
    field(input.dek, config.dekWeight, 400)
    field(input.body, config.bodyWeight, config.maxBodyTokens)

    return capBag(terms, tfs, length, config)
  }
}

/**
 * The term a token stands for in language `lang` (apostrophes folded, English possessives and
 * Romance elisions dropped, S-stemmed when `stem`), or `undefined` for a stop word, a number of
 * fewer than 4 digits or a one-letter token.
 */
function termOf(token: string, lang: string, stops: ReadonlySet<string>, stem: boolean): string | undefined {
  let term = token.includes('’') ? token.replace(/’/g, "'") : token
  if (term.includes("'")) {
    if (lang === 'en' && (term.endsWith("'s") || term.endsWith("'"))) {
      term = term.slice(0, term.endsWith("'") ? -1 : -2)
    } else if (ELISION_LANGS.has(lang)) {
      const at = term.indexOf("'")
      if (at > 0 && at <= 3) term = term.slice(at + 1)
    }
  }
  if (term.length === 0 || stops.has(term)) return undefined
  if (stem && term.length > 3) term = sStem(term)
  // Only a term starting with a digit (or a non-ASCII character) can be all digits.
  const first = term.charCodeAt(0)
  const number = (first >= 48 && first <= 57) || first > 127 ? DIGITS_RE.test(term) : false
  if (number ? term.length < 4 : term.length < 2 && (first < 128 || !SPACELESS_RE.test(term))) return undefined
  return term
}

/** TOKEN_RE over lower-cased ASCII (`[a-z0-9]+('[a-z0-9]+)*`): emits at most `maxTokens` tokens. */
function asciiTokens(text: string, maxTokens: number, emit: (token: string) => void): void {
  const n = text.length
  let seen = 0
  let i = 0
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i++
    for (;;) {
      while (i < n && isAlnum(text.charCodeAt(i))) i++
      if (i + 1 < n && text.charCodeAt(i) === 39 && isAlnum(text.charCodeAt(i + 1))) i += 2
      else break
    }
    emit(text.slice(start, i))
    if (++seen >= maxTokens) return
  }
}

/**
 * The bag of distinct `terms` with counts `tfs`, under caps that do not depend on collection
 * statistics (so an incremental index equals a fresh build): the kept terms, then the search
 * terms among them first.
 */
function capBag(
  terms: readonly string[],
  tfs: readonly number[],
  length: number,
  config: Pick<AnalyzerConfig, 'maxTermsPerDoc' | 'searchTermsPerDoc'>,
): Bag {
  const kept = topTerms(tfs, config.maxTermsPerDoc)
  const search = topTerms(kept === undefined ? tfs : kept.map((i) => tfs[i] as number), config.searchTermsPerDoc)
  const all = kept ?? tfs.map((_, i) => i)
  if (search === undefined)
    return {
      terms: all.map((i) => terms[i] as string),
      tf: all.map((i) => tfs[i] as number),
      searched: all.length,
      length,
    }
  const first = new Uint8Array(all.length)
  for (const k of search) first[k] = 1
  const order = [...search, ...all.keys()].filter((k, at) => at < search.length || first[k] === 0)
  return {
    terms: order.map((k) => terms[all[k] as number] as string),
    tf: order.map((k) => tfs[all[k] as number] as number),
    searched: search.length,
    length,
  }
}

/**
 * Positions of the `max` highest counts (the earliest among equal counts at the cut-off), in
 * position order; `undefined` when every count is kept. Linear: the cut-off count comes from a
 * native numeric sort of the counts, then one pass keeps every count above it and the earliest at it.
 */
function topTerms(counts: readonly number[], max: number): number[] | undefined {
  if (counts.length <= max) return undefined
  const sorted = Float64Array.from(counts).sort()
  const cut = sorted[sorted.length - max] as number
  let atCut = 0
  for (let i = sorted.length - max; i < sorted.length && sorted[i] === cut; i++) atCut++
  const out: number[] = []
  counts.forEach((count, i) => {
    if (count > cut || (count === cut && atCut-- > 0)) out.push(i)
  })
  return out
}

/** The text fields of one document, before analysis. */
export interface AnalyzerInput {
  title: string
  dek: string | undefined
  body: string | undefined
  language: string | undefined
}

/** Harman's S-stemmer: ies → y, es → e, s → "" (not after s, u, or a/e/o before "es"). */
export function sStem(word: string): string {
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes'))
    return word.slice(0, -1)
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}
