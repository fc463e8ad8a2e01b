// The abuse rule of moderateComment: insults, derogatory words and mild profanity, weighed more
// when they are aimed at someone ("you idiot", "@user is a liar", "stupid liberals"). The term
// list holds words that are offensive on their own; this rule reads the words that are offensive
// only in use, so it never flags a word by itself: one mild word scores half a hold, an aimed
// insult a full one. Word lists were chosen on the OLID training set (see docs/moderation.md,
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
/** Words offensive in nearly every use on the training set (≥ 88 % OFF): a hold by themselves. */
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

interface Word {
  s: number
  e: number
  w: string
  target: boolean
}

/** The words of the normalized text (ASCII letters and apostrophes); `@name` is a target. */
function wordsOf(text: string): Word[] {
  const out: Word[] = []
  const n = text.length
  let i = 0
  while (i < n && out.length < MAX_WORDS) {
    let c = text.charCodeAt(i)
    if (!(c >= 97 && c <= 122)) {
      i++
      continue
    }
    const s = i
    while (i < n && (((c = text.charCodeAt(i)) >= 97 && c <= 122) || c === 39)) i++
    let e = i
    while (e > s && text.charCodeAt(e - 1) === 39) e--
    const w = text.slice(s, e)
    const mention = s > 0 && text.charCodeAt(s - 1) === 64
    out.push({ s, e, w, target: mention || TARGETS.has(w) })
  }
  return out
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

/** `word` is capitalized (not shouted) right after a capitalized word: a name ("Noel Coward"). */
function name(base: Base, original: string, before: Word, word: Word): boolean {
  if (word.s !== before.e + 1 || base.text.charCodeAt(before.e) !== 32) return false
  if (!upperAt(base, original, word.s) || !upperAt(base, original, before.s)) return false
  return word.e - word.s > 1 && !upperAt(base, original, word.s + 1) && !upperAt(base, original, before.s + 1)
}

/** The `abuse` reason of a comment, or none. */
export function abuseReasons(base: Base, original: string, policy: ModerationPolicy): Reason[] {
  const weight = policy.weights.abuse
  if (weight === 0) return []
  const text = base.text
  const words = wordsOf(text)
  let points = 0
  let aimed = false
  const found: string[] = []
  let first: Word | undefined
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word
    const hashtag = word.s > 0 && text.charCodeAt(word.s - 1) === 35
    const p = hashtag ? hashtagPoints(word.w) : pointsOf(word.w)
    if (p === 0 || (word.w === 'ass' && k > 0 && ASS_AFTER.has((words[k - 1] as Word).w))) continue
    if (k > 0 && name(base, original, words[k - 1] as Word, word)) continue
    first ??= word
    if (!found.includes(word.w) && found.length < 3) found.push(word.w)
    let near = hashtag
    for (let j = Math.max(0, k - TARGET_WINDOW); j <= Math.min(words.length - 1, k + TARGET_WINDOW) && !near; j++)
      near = j !== k && (words[j] as Word).target
    points += p + (near ? AIMED : 0)
    aimed ||= near
    if (points >= FULL * 2) break
  }
  if (points < MIN_POINTS || first === undefined) return []
  const share = Math.min(1, points / FULL)
  const quoted = found.map((w) => `"${w}"`).join(', ')
  return [
    reason(
      'abuse',
      aimed ? `Insults aimed at someone (${quoted})` : `Insulting or coarse words (${quoted})`,
      weight * share,
      originalRange(base, first.s, first.e),
    ),
  ]
}
