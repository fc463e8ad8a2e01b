// The features the spam model reads from a comment's plain text: words, word pairs and the rule
// signals (links, bare domains, contacts, spam phrases), each hashed (32-bit FNV-1a of `w:word`,
// `b:word word`, `s:signal`) into a fixed number of buckets so a model's size does not grow with
// its vocabulary. Hashes are computed without building the key strings; labels are built only for
// the features an explanation shows. Linear in the text (read up to SPAM_SCAN_LIMIT characters).
import { scanTextLinks } from './_links.js'
import { SPAM_SCAN_LIMIT, spamHits, wordsOf, type SpamHit, type Word } from './_spamSignals.js'

/** One feature as an explanation shows it: its label and where it first occurs. */
export interface Feature {
  label: string
  span?: [number, number]
}

/**
 * What {@link featuresOf} reads from a text: every feature's hash (repeats included, in text
 * order), and for each a reference to rebuild its label (`ref >= 0`: word `ref >> 1`, a pair
 * ending there when `ref & 1`; `ref < 0`: `signals[-ref - 1]`), plus the spam signals found.
 */
export interface TextFeatures {
  hashes: number[]
  refs: number[]
  words: Word[]
  keys: string[]
  signals: Feature[]
  hits: SpamHit[]
}

const OFFSET = 0x811c9dc5

/** FNV-1a state after `text`, from `h`. */
function step(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

/** 32-bit FNV-1a of a string (UTF-16 units). */
export function fnv1a(text: string): number {
  return step(OFFSET, text) >>> 0
}

const WORD = /*@__PURE__*/ step(OFFSET, 'w:')
const PAIR = /*@__PURE__*/ step(OFFSET, 'b:')
const DIGITS = /^\p{N}+$/u

function wordKey(word: string): string {
  // Most words start with an ASCII letter and cannot be all digits: skip the regex for them.
  const c = word.charCodeAt(0)
  if (c >= 97 && c <= 122) return word
  return DIGITS.test(word) ? (word.length >= 5 ? '#####' : '#') : word
}

const LINK_LABELS: ReadonlyMap<string, string> = /*@__PURE__*/ new Map([
  ['link', 'a link'],
  ['email', 'an e-mail address'],
  ['phone', 'a phone number'],
  ['obfuscated', 'a spelled-out address'],
])

/**
 * The features of `text`. `anchors` are the spans of `<a href>` link texts (comments given as
 * HTML); text examples have none. Bare links inside `skip` (links to the site's trusted domains)
 * are not features.
 */
export function featuresOf(
  input: string,
  anchors: readonly (readonly [number, number])[] = [],
  skip: readonly [number, number][] = [],
): TextFeatures {
  const text = input.length > SPAM_SCAN_LIMIT ? input.slice(0, SPAM_SCAN_LIMIT) : input
  const words = wordsOf(text)
  const hashes: number[] = []
  const refs: number[] = []
  const keys: string[] = []
  let previous = ''
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    const key = wordKey(word.w)
    keys.push(key)
    hashes.push(step(WORD, key) >>> 0)
    refs.push(i << 1)
    if (i > 0) {
      hashes.push(step(step(step(PAIR, previous), ' '), key) >>> 0)
      refs.push((i << 1) | 1)
    }
    previous = key
  }
  const signals: Feature[] = []
  const signal = (key: string, label: string, span: [number, number]): void => {
    hashes.push(fnv1a(`s:${key}`))
    refs.push(-signals.length - 1)
    signals.push({ label, span })
  }
  const hits = spamHits(text, words)
  for (const hit of hits) signal(hit.kind, hit.kind, hit.span)
  for (const link of scanTextLinks(text, skip)) {
    const kind = link.kind === 'url' ? 'link' : link.kind
    signal(kind, LINK_LABELS.get(kind) ?? kind, [link.span[0], link.span[1]])
  }
  const first = anchors[0]
  if (first !== undefined) signal('link', 'a link', [first[0], first[1]])
  return { hashes, refs, words, keys, signals, hits }
}

/** The label and span of feature `k` of `features`. */
export function featureAt(features: TextFeatures, k: number): Feature {
  const ref = features.refs[k] as number
  if (ref < 0) return features.signals[-ref - 1] as Feature
  const i = ref >> 1
  const word = features.words[i] as Word
  if ((ref & 1) === 0) return { label: features.keys[i] as string, span: [word.s, word.e] }
  const before = features.words[i - 1] as Word
  return { label: `${features.keys[i - 1] as string} ${features.keys[i] as string}`, span: [before.s, word.e] }
}
