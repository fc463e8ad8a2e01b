import { CopydeskError } from '../errors.js'
import { checkOptions, refuse, stringListOption } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { compile, type CompiledList } from './_compile.js'
import { evasionsOf, findMatches, spanOf } from './_match.js'
import { buildBase } from './_normalize.js'
import { registerList } from './_registry.js'
import { scunthorpeAllowlist } from './lists/allowlist.js'
import type { SuppressedMatch, TermEntry, TermMatch } from './types.js'

/** Options for {@link createTermList}. */
export interface CreateTermListOptions {
  /**
   * Words and phrases whose whole-word occurrences suppress the term matches inside them. Pass
   * `[]` for none, or `[...scunthorpeAllowlist, 'Mine']` to extend the bundled one.
   * @defaultValue {@link scunthorpeAllowlist}
   */
  allowlist?: readonly string[] | undefined
}

/** Matches with the allowlist's suppressions, from {@link TermList.explain}. */
export interface TermScan {
  /** The matches, by position. */
  matches: TermMatch[]
  /** Matches that an allowlist phrase or the proper-noun rule suppressed. */
  suppressed: SuppressedMatch[]
}

/** A compiled term list: build once with {@link createTermList}, match many texts. */
export interface TermList {
  /** The distinct terms (entries whose terms normalize alike are merged). */
  readonly size: number
  /** The entries, frozen copies in list order (merged duplicates keep the stronger one). */
  readonly entries: readonly Readonly<TermEntry>[]
  /** The allowlist phrases. */
  readonly allowlist: readonly string[]
  /** A short hash of the normalized terms, their settings and the allowlist, for policy versions. */
  readonly fingerprint: string
  /** Every match in `text` (plain text), by position; spans index `text`. Bounded: at most 2,000. */
  match(text: string): TermMatch[]
  /** `true` when `text` has at least one match. */
  test(text: string): boolean
  /** Matches and the suppressed matches, for "why not" traces. */
  explain(text: string): TermScan
  /** `text` with every match replaced by `mask` repeated once per character of the match. */
  censor(text: string, mask?: string): string
}

const ACTIONS: ReadonlySet<string> = /*@__PURE__*/ new Set(['reject', 'hold', 'flag'])
const BOUNDARIES: ReadonlySet<string> = /*@__PURE__*/ new Set(['word', 'start', 'end', 'none'])

function checkEntry(entry: unknown, index: number): void {
  const bad = (what: string, value: unknown): never => {
    throw new CopydeskError('INVALID_INPUT', `createTermList: entries[${index}]${what}, received ${describe(value)}`)
  }
  if (typeof entry !== 'object' || entry === null) bad(' must be an object', entry)
  const e = entry as Record<string, unknown>
  if (typeof e.term !== 'string' || e.term.trim() === '') bad('.term must be a non-empty string', e.term)
  if (typeof e.category !== 'string' || e.category === '') bad('.category must be a non-empty string', e.category)
  if (e.severity !== 1 && e.severity !== 2 && e.severity !== 3) bad('.severity must be 1, 2 or 3', e.severity)
  if (typeof e.action !== 'string' || !ACTIONS.has(e.action))
    bad(".action must be 'reject', 'hold' or 'flag'", e.action)
  if (e.boundary !== undefined && (typeof e.boundary !== 'string' || !BOUNDARIES.has(e.boundary))) {
    bad(".boundary must be 'word', 'start', 'end' or 'none'", e.boundary)
  }
  if (e.locale !== undefined && typeof e.locale !== 'string') bad('.locale must be a string', e.locale)
  if (e.spareProperNouns !== undefined && typeof e.spareProperNouns !== 'boolean')
    bad('.spareProperNouns must be a boolean', e.spareProperNouns)
}

function fnv(text: string, seed: number): number {
  let h = seed
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

function fingerprintOf(list: CompiledList): string {
  let h = 0x811c9dc5
  for (const c of list.entries) {
    h = fnv(
      `${c.key}\u0000${c.entry.category}\u0000${c.entry.severity}\u0000${c.entry.action}\u0000${c.boundary}\u0000${c.spare ? 1 : 0}\u0001`,
      h,
    )
  }
  for (const phrase of list.allowPhrases) h = fnv(`${phrase.toLowerCase()}\u0002`, h)
  return h.toString(16).padStart(8, '0')
}

/**
 * Compiles a term list into an Aho–Corasick automaton, so matching is one linear pass over the
 * text however long the list is — no regular expression per term.
 *
 * Matching normalizes the text first (see {@link normalizeForMatching}): NFKC, invisible and bidi
 * characters, combining marks, UTS #39 look-alikes in mixed-script words, lower case. Then it
 * finds plain occurrences on Unicode word boundaries (`Intl.Segmenter` boundaries for Chinese,
 * Japanese, Thai and other scripts written without spaces), and evasions by a bounded walk of
 * the same trie from each word: leetspeak (`sh1t`, `@ss`), `*` masks (`f*ck`), repeated letters
 * (`fuuuck`) and letters split by spaces or punctuation (`f u c k`, `f.u.c.k`, `fu ck`). Matches
 * inside an allowlist phrase are suppressed and reported by {@link TermList.explain}.
 *
 * @param entries - The terms: `{ term, category, severity, action, locale?, boundary?, spareProperNouns? }`.
 * @param options - The allowlist.
 * @returns A reusable {@link TermList}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `entries` is not an array, an entry is malformed,
 *   or a term is left empty by normalization (only invisible characters or marks);
 *   `INVALID_OPTIONS` when `allowlist` is not an array of strings.
 *
 * @example
 * ```ts
 * const list = createTermList([
 *   { term: 'darn', category: 'profanity', severity: 1, action: 'flag' },
 *   { term: 'scam coin', category: 'spam', severity: 3, action: 'hold' },
 * ])
 * list.match('D4RN it, that SCAM-COIN again').map((m) => [m.term, m.span, m.evasions])
 * // [['darn', [0, 4], ['leet']], ['scam coin', [17, 26], []]]
 * list.test('Darned if I know') // false
 * list.censor('well, darn') // 'well, ****'
 * ```
 */
export function createTermList(entries: readonly TermEntry[], options: CreateTermListOptions = {}): TermList {
  if (!Array.isArray(entries)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `createTermList: entries must be an array of term entries, received ${describe(entries)}`,
    )
  }
  const opts = checkOptions<CreateTermListOptions>('createTermList', options)
  const allowlist = stringListOption('createTermList', 'allowlist', opts.allowlist, scunthorpeAllowlist)
  entries.forEach(checkEntry)
  const compiled = compile(entries, allowlist, (index) => {
    throw new CopydeskError(
      'INVALID_INPUT',
      `createTermList: entries[${index}].term has nothing left to match after normalization, received ${describe(entries[index]?.term)}`,
    )
  })
  // `method` names the TermList method the user called, so a refusal says `TermList.censor: …`.
  const scan = (text: string, method: string): TermScan => {
    if (typeof text !== 'string') throw refuse(`TermList.${method}`, 'INVALID_INPUT', 'text', 'a string', text)
    const base = buildBase(text)
    const found = findMatches(base, compiled, text)
    const matches = found.matches.map((m): TermMatch => {
      const c = compiled.entries[m.id]
      const entry = c?.entry as TermEntry
      const span = spanOf(base, m)
      const match: TermMatch = {
        term: entry.term,
        category: entry.category,
        severity: entry.severity,
        action: entry.action,
        span,
        text: text.slice(span[0], span[1]),
        evasions: evasionsOf(base, m),
      }
      if (entry.locale !== undefined) match.locale = entry.locale
      return match
    })
    const suppressed = found.suppressed.map((m): SuppressedMatch => ({
      term: (compiled.entries[m.id]?.entry as TermEntry).term,
      span: spanOf(base, m),
      allowedBy: m.by,
    }))
    return { matches, suppressed }
  }
  const list: TermList = Object.freeze({
    size: compiled.entries.length,
    entries: Object.freeze(compiled.entries.map((c) => c.entry)),
    allowlist: Object.freeze([...compiled.allowPhrases]),
    fingerprint: fingerprintOf(compiled),
    match: (text: string): TermMatch[] => scan(text, 'match').matches,
    test: (text: string): boolean => scan(text, 'test').matches.length > 0,
    explain: (text: string): TermScan => scan(text, 'explain'),
    censor: (text: string, mask = '*'): string => {
      if (typeof mask !== 'string') throw refuse('TermList.censor', 'INVALID_INPUT', 'mask', 'a string', mask)
      const matches = scan(text, 'censor').matches
      let out = ''
      let at = 0
      for (const m of matches) {
        if (m.span[0] < at) continue
        out += text.slice(at, m.span[0]) + mask.repeat(Array.from(m.text).length)
        at = m.span[1]
      }
      return out + text.slice(at)
    },
  })
  registerList(list, compiled)
  return list
}
