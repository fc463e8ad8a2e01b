// The abuse rule of moderateComment: insults, derogatory words and mild profanity, weighed more
// when they are aimed at someone ("you idiot", "@user is a liar", "stupid liberals"). The term
// list holds words that are offensive on their own; this rule reads the words that are offensive
// only in use: one mild word gives no reason at all, an aimed insult or a word offensive in nearly
// every use ("stupid") a full hold. Word lists were chosen on the OLID training set (see docs/moderation.md,
// "Abuse on real tweets"); the rule reads the normalized text, so look-alikes, invisible
// characters and accents are already undone. Linear: one pass over the words, hashtags split
// by lookup ("#liberalsareidiots").
import { pure } from '../_internal/pure.js'
import { originalRange, type Base } from './_normalize.js'
import { reason } from './_reason.js'
import type { ModerationPolicy } from './createModerationPolicy.js'
import type { Reason } from './types.js'

/** Points of a word by kind: an insult names a person, a derogatory word describes one. */
const INSULT = 3
/** Words offensive in nearly every use on the training set (about 85 % OFF or more): a hold by themselves. */
const STRONG = 5
const DEROGATORY = 2
const MILD = 2
/** Words coarse in almost any use but rarely aimed at anyone alone ("what the hell"). */
const MILDER = 1
/** Extra points when a target is within TARGET_WINDOW words. */
const AIMED = 2
const TARGET_WINDOW = 2
/** Points that make a full `abuse` weight (a hold on its own with the default weights). */
const FULL = 5
/** Below this many points there is no reason at all: one coarse word plus caps is not abuse. */
const MIN_POINTS = 3.5
/** Words read per comment (a 1 MB comment stops here; its other rules still see all of it). */
const MAX_WORDS = 20_000
const MAX_HASHTAG = 40

const list = (words: string): string[] => words.split(' ')

/** Word → points. Plurals are looked up without their `s`. */
const WORDS: ReadonlyMap<string, number> = /*@__PURE__*/ pure(() => {
  const map = new Map<string, number>()
  for (const w of list(
    'liar clown traitor scum fools crook pedo pedophile ' +
      'narcissist sociopath psychopath psycho creep numbskull nitwit halfwit dimwit dunce ' +
      'buffoon cretin prat pillock tosser lowlife parasite libtard dumbo doofus airhead bonehead blockhead muppet wanker',
  ))
    map.set(w, INSULT)
  for (const w of list(
    'dumber dumbest disgusting disgraceful shameful pathetic ugly hypocritical phony ' +
      'deranged brainless gutless worthless useless incompetent despicable repulsive ' +
      'garbage scummy crooked suck sucked stfu gtfo',
  ))
    map.set(w, DEROGATORY)
  for (const w of list(
    'stupid stupidity idiot idiotic moron moronic imbecile dumbass dipshit douchebag hypocrite coward ignorant pervert sucks nasty',
  ))
    map.set(w, STRONG)
  for (const w of list('ass butt butthole crappy arse')) map.set(w, MILD)
  for (const w of list('crap damn damned dammit goddamn hell')) map.set(w, MILDER)
  return map
})

/** Words that point at someone: the reader, a mention, or a group named as a group. */
const TARGETS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () =>
    new Set(
      list(
        "you your you're youre ya yourself yourselves yall y'all ur u ye he's she's they're " +
          'what such bunch is are total complete absolute utter typical these those ' +
          'liberals liberal libs lib democrats democrat dems dem republicans republican conservatives conservative ' +
          'leftists leftist lefties lefty antifa feminists feminist gop msm media',
      ),
    ),
)

/** Words before "ass" that make it an intensifier or praise ("dead ass serious", "bad ass"). */
const ASS_AFTER: ReadonlySet<string> = /*@__PURE__*/ pure(() => new Set(list('dead bad kick whole half sweet big')))

/**
 * Cheap pre-check before a word is cut out of the text: `CANDIDATE[(first letter) * 32 + length]`
 * is 1 when a listed word (or its plural) has that first letter and length.
 */
const CANDIDATE: Uint8Array = /*@__PURE__*/ pure(() => {
  const table = new Uint8Array(26 * 32)
  for (const w of WORDS.keys()) {
    const at = (w.charCodeAt(0) - 97) * 32
    table[at + Math.min(31, w.length)] = 1
    table[at + Math.min(31, w.length + 1)] = 1
  }
  return table
})

/** Word boundaries of the current call, `[s0, e0, s1, e1, …]` (grown on demand, reused). */
const scratch: { bounds: Int32Array } = /*@__PURE__*/ pure(() => ({ bounds: new Int32Array(512) }))

/**
 * Cuts the normalized text into words (ASCII letters and apostrophes) into `scratch.bounds` and
 * scores the listed ones: returns the word count and the hits as flat `[word index, points, …]`.
 */
function scan(text: string): { count: number; hits: number[] } {
  const hits: number[] = []
  const n = text.length
  let bounds = scratch.bounds
  let count = 0
  let i = 0
  while (i < n && count < MAX_WORDS) {
    let c = text.charCodeAt(i)
    if (c < 97 || c > 122) {
      i++
      continue
    }
    const s = i
    while (i < n && (((c = text.charCodeAt(i)) >= 97 && c <= 122) || c === 39)) i++
    let e = i
    while (e > s && text.charCodeAt(e - 1) === 39) e--
    if (2 * count + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2)
      grown.set(bounds)
      bounds = scratch.bounds = grown
    }
    bounds[2 * count] = s
    bounds[2 * count + 1] = e
    let p = 0
    if (s > 0 && text.charCodeAt(s - 1) === 35) p = hashtagPoints(text.slice(s, e))
    else if (CANDIDATE[(text.charCodeAt(s) - 97) * 32 + Math.min(31, e - s)] === 1) p = pointsOf(text.slice(s, e))
    if (p > 0) hits.push(count, p)
    count++
  }
  return { count, hits }
}

/** Whether word `k` points at someone: a listed target word or an `@mention`. */
function targetAt(text: string, k: number): boolean {
  const s = scratch.bounds[2 * k] as number
  if (s > 0 && text.charCodeAt(s - 1) === 64) return true
  return TARGETS.has(text.slice(s, scratch.bounds[2 * k + 1]))
}

function pointsOf(w: string): number {
  const direct = WORDS.get(w)
  if (direct !== undefined) return direct
  if (w.length > 3 && w.endsWith('s')) return WORDS.get(w.slice(0, -1)) ?? 0
  return 0
}

/** Points of a hashtag read as glued words: the longest listed word at each position. */
function hashtagPoints(w: string): number {
  if (w.length > MAX_HASHTAG) return 0
  for (let a = 0; a < w.length; a++) {
    for (let b = Math.min(w.length, a + 12); b >= a + 4; b--) {
      const p = WORDS.get(w.slice(a, b))
      if (p !== undefined && p !== MILD && p !== MILDER && b - a >= 5) return p
    }
  }
  return 0
}

/** Whether the input at normalized unit `at` is an upper-case ASCII letter. */
function upperAt(base: Base, original: string, at: number): boolean {
  const c = original.charCodeAt(base.starts[at] as number)
  return c >= 65 && c <= 90
}

/** The word at `s` is capitalized (not shouted) right after a capitalized word `[bs, be)`: a name ("Noel Coward"). */
function name(base: Base, original: string, bs: number, be: number, s: number, e: number): boolean {
  if (s !== be + 1 || base.text.charCodeAt(be) !== 32) return false
  if (!upperAt(base, original, s) || !upperAt(base, original, bs)) return false
  return e - s > 1 && !upperAt(base, original, s + 1) && !upperAt(base, original, bs + 1)
}

/** The `abuse` reason of a comment, or none. */
export function abuseReasons(base: Base, original: string, policy: ModerationPolicy): Reason[] {
  const weight = policy.weights.abuse
  if (weight === 0) return []
  const text = base.text
  const { count, hits } = scan(text)
  if (hits.length === 0) return []
  const bounds = scratch.bounds
  const wordAt = (k: number): string => text.slice(bounds[2 * k], bounds[2 * k + 1])
  let points = 0
  let aimed = false
  const found: string[] = []
  let first = -1
  for (let h = 0; h < hits.length && points < FULL * 2; h += 2) {
    const k = hits[h] as number
    const w = wordAt(k)
    const s = bounds[2 * k] as number
    if (k > 0 && w === 'ass' && ASS_AFTER.has(wordAt(k - 1))) continue
    if (k > 0 && name(base, original, bounds[2 * k - 2] as number, bounds[2 * k - 1] as number, s, s + w.length))
      continue
    if (first === -1) first = k
    if (!found.includes(w) && found.length < 3) found.push(w)
    let near = s > 0 && text.charCodeAt(s - 1) === 35
    for (let j = Math.max(0, k - TARGET_WINDOW); j <= Math.min(count - 1, k + TARGET_WINDOW) && !near; j++)
      near = j !== k && targetAt(text, j)
    points += (hits[h + 1] as number) + (near ? AIMED : 0)
    aimed ||= near
  }
  if (points < MIN_POINTS || first === -1) return []
  const share = Math.min(1, points / FULL)
  const quoted = found.map((w) => `"${w}"`).join(', ')
  return [
    reason(
      'abuse',
      aimed ? `Insults aimed at someone (${quoted})` : `Insulting or coarse words (${quoted})`,
      weight * share,
      originalRange(base, bounds[2 * first] as number, bounds[2 * first + 1] as number),
    ),
  ]
}
