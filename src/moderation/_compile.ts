// Compiles term entries and an allowlist into automata. Shared by createTermList (public) and the
// matcher (private).
import { build, createAutomaton, insert, type Automaton } from './_automaton.js'
import { buildBase } from './_normalize.js'
import { charInfo, codePointAt, codePointBefore, SPACELESS } from './_unicode.js'
import type { TermAction, TermBoundary, TermEntry } from './types.js'

/** A term entry with its normalized key. */
export interface CompiledEntry {
  /** The entry (a frozen copy). */
  entry: Readonly<TermEntry>
  /** The normalized key the automaton holds. */
  key: string
  /** Boundary rule. */
  boundary: TermBoundary
  /** Spare capitalized names. */
  spare: boolean
  /** Whether the key starts / ends with a letter of a script written without spaces. */
  startSpaceless: boolean
  endSpaceless: boolean
}

/** A compiled term list. */
export interface CompiledList {
  automaton: Automaton
  entries: CompiledEntry[]
  allow: Automaton
  allowPhrases: string[]
  /** Some entries may start inside a word (`end` / `none` boundaries). */
  hasInner: boolean
  maxKeyLength: number
  /** First words of multi-word keys (a token starting one needs a walk for punctuated phrases). */
  firstWords: Set<string>
  /** The longest allowlist key, in code units (an allowlist phrase covering a match lies within this distance). */
  maxAllowLength: number
}

const ACTION_RANK: Record<TermAction, number> = { flag: 0, hold: 1, reject: 2 }

/** The normalized matching key of a term or allowlist phrase (`''` when nothing is left). */
export function normalizeKey(term: string): string {
  return buildBase(term).text.trim()
}

function isSpaceless(text: string, atEnd: boolean): boolean {
  const cp = atEnd ? codePointBefore(text, text.length) : codePointAt(text, 0)
  return cp >= 0 && (charInfo(cp) & SPACELESS) !== 0
}

/**
 * Builds the automata. Entries whose keys normalize to the same string are merged: the stronger
 * action wins, then the higher severity. `onEmpty` is called with the index of an entry whose term
 * normalizes to nothing.
 */
export function compile(
  entries: readonly TermEntry[],
  allowlist: readonly string[],
  onEmpty: (index: number) => void,
): CompiledList {
  const automaton = createAutomaton()
  const compiled: CompiledEntry[] = []
  let hasInner = false
  let maxKeyLength = 0
  const firstWords = new Set<string>()
  entries.forEach((raw, index) => {
    const key = normalizeKey(raw.term)
    if (key === '') {
      onEmpty(index)
      return
    }
    const boundary = raw.boundary ?? 'word'
    const entry: CompiledEntry = {
      entry: Object.freeze({ ...raw }),
      key,
      boundary,
      spare: raw.spareProperNouns === true,
      startSpaceless: isSpaceless(key, false),
      endSpaceless: isSpaceless(key, true),
    }
    const previous = insert(automaton, key, compiled.length)
    if (previous !== -1) {
      const old = compiled[previous] as CompiledEntry
      const stronger =
        ACTION_RANK[raw.action] > ACTION_RANK[old.entry.action] ||
        (raw.action === old.entry.action && raw.severity > old.entry.severity)
      insert(automaton, key, previous)
      if (stronger) compiled[previous] = entry
      return
    }
    compiled.push(entry)
    if (boundary === 'end' || boundary === 'none') hasInner = true
    const firstWord = /^[\p{L}\p{M}\p{N}]+/u.exec(key)?.[0]
    if (firstWord !== undefined && firstWord.length < key.length) firstWords.add(firstWord)
    if (key.length > maxKeyLength) maxKeyLength = key.length
  })
  build(automaton)
  const allow = createAutomaton()
  const allowPhrases: string[] = []
  let maxAllowLength = 0
  for (const phrase of allowlist) {
    const key = normalizeKey(phrase)
    if (key === '') continue
    if (key.length > maxAllowLength) maxAllowLength = key.length
    const previous = insert(allow, key, allowPhrases.length)
    if (previous === -1) allowPhrases.push(phrase)
    else insert(allow, key, previous)
  }
  build(allow)
  return { automaton, entries: compiled, allow, allowPhrases, hasInner, maxKeyLength, firstWords, maxAllowLength }
}
