// The features the spam model reads from a comment's plain text: words, word pairs and the rule
// signals (links, bare domains, contacts, spam phrases), each hashed into a fixed number of
// buckets so a model's size does not grow with its vocabulary. Linear in the text (read up to
// SPAM_SCAN_LIMIT characters).
import { scanTextLinks } from './_links.js'
import { SPAM_SCAN_LIMIT, spamHits, wordsOf, type SpamHit } from './_spamSignals.js'

/** One feature of a text: its label (what an editor reads) and where it first occurs. */
export interface Feature {
  key: string
  label: string
  span?: [number, number]
}

/** What {@link featuresOf} reads from a text: its distinct features and the spam signals found. */
export interface TextFeatures {
  features: Feature[]
  hits: SpamHit[]
}

/** 32-bit FNV-1a of a string (UTF-16 units). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const LINK_LABELS: Readonly<Record<string, string>> = {
  link: 'a link',
  email: 'an e-mail address',
  phone: 'a phone number',
  obfuscated: 'a spelled-out address',
}

const DIGITS = /^\p{N}+$/u

function wordKey(word: string): string {
  return DIGITS.test(word) ? (word.length >= 5 ? '#####' : '#') : word
}

/**
 * The distinct features of `text` in first-occurrence order. `anchors` are the spans of `<a href>`
 * link texts (comments given as HTML); text examples have none. Bare links inside `skip` (links to
 * the site's trusted domains) are not features.
 */
export function featuresOf(
  input: string,
  anchors: readonly (readonly [number, number])[] = [],
  skip: readonly [number, number][] = [],
): TextFeatures {
  const text = input.length > SPAM_SCAN_LIMIT ? input.slice(0, SPAM_SCAN_LIMIT) : input
  const seen = new Set<string>()
  const features: Feature[] = []
  const add = (key: string, label: string, span?: [number, number]): void => {
    if (seen.has(key)) return
    seen.add(key)
    features.push(span === undefined ? { key, label } : { key, label, span })
  }
  const words = wordsOf(text)
  let previous: string | undefined
  let previousStart = 0
  for (const word of words) {
    const key = wordKey(word.w)
    add(`w:${key}`, key, [word.s, word.e])
    if (previous !== undefined) add(`b:${previous} ${key}`, `${previous} ${key}`, [previousStart, word.e])
    previous = key
    previousStart = word.s
  }
  const hits = spamHits(text, words)
  for (const hit of hits) add(`s:${hit.kind}`, hit.kind, hit.span)
  for (const link of scanTextLinks(text, skip)) {
    const kind = link.kind === 'url' ? 'link' : link.kind
    add(`s:${kind}`, LINK_LABELS[kind] ?? kind, [...link.span])
  }
  if (anchors.length > 0) add('s:link', 'a link', [anchors[0]?.[0] ?? 0, anchors[0]?.[1] ?? 0])
  return { features, hits }
}
