// Seeded synthetic labelled news corpus for related-story quality and scale tests (research §1.7):
// docs of 150–650 tokens where ~6% of tokens come from the doc's topic vocabulary (which overlaps
// the 3 neighbouring topics) and the rest from a Zipf-distributed general vocabulary; each doc
// has 3 tags of its topic + 1 random tag, section = topic mod 20, one of 2,000 authors, and a
// date within 5 years. The label of a doc is its topic. Deterministic for a given seed.
// Shared by test/related/*.test.ts and test/bench/related.bench.mjs (plain JS, no node: imports).

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const C = 'bdfgklmnprstvz'
const V = 'aeiou'
/** The i-th pseudo-word (3–4 consonant-vowel syllables, distinct for distinct i). */
export function word(i, salt = 0) {
  let n = i * 7 + salt
  let s = ''
  const syllables = 3 + (i % 2)
  for (let k = 0; k < syllables; k++) {
    s += C[n % C.length] + V[Math.floor(n / C.length) % V.length]
    n = Math.floor(n / (C.length * V.length)) + (k + 1) * 13 + i
  }
  return `${s}${i.toString(36)}`
}

function zipfTable(size, s) {
  const cdf = new Float64Array(size)
  let sum = 0
  for (let i = 0; i < size; i++) cdf[i] = sum += 1 / (i + 1) ** s
  for (let i = 0; i < size; i++) cdf[i] /= sum
  return cdf
}
function draw(cdf, r) {
  let lo = 0
  let hi = cdf.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cdf[mid] < r) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The seeded generator behind syntheticCorpus and syntheticDocs. */
function generator(n, options) {
  const seed = options.seed ?? 1
  const topics = options.topics ?? Math.max(10, Math.round(n / 100))
  const general = options.generalVocab ?? 20000
  const topicShare = options.topicShare ?? 0.06
  const random = rng(seed)
  const generalCdf = zipfTable(general, 1.0)
  const topicWords = 40
  const topicCdf = zipfTable(topicWords * 2, 0.6)
  const generalWords = Array.from({ length: general }, (_, i) => word(i, 1))
  const topicWord = (topic, k) => word(100000 + topic * topicWords + k, 2)
  // A topic's vocabulary: its own 40 words, then 40 borrowed from its 3 neighbours.
  const vocabOf = (topic) => {
    const own = Array.from({ length: topicWords }, (_, k) => topicWord(topic, k))
    const borrowed = Array.from({ length: topicWords }, (_, k) =>
      topicWord((topic + 1 + (k % 3)) % topics, (k * 7) % topicWords),
    )
    return [...own, ...borrowed]
  }
  const vocabCache = new Map()
  const vocab = (topic) => {
    let v = vocabCache.get(topic)
    if (v === undefined) {
      v = vocabOf(topic)
      vocabCache.set(topic, v)
    }
    return v
  }
  const tokens = (topic, count, share) => {
    const out = new Array(count)
    const tv = vocab(topic)
    for (let i = 0; i < count; i++)
      out[i] = random() < share ? tv[draw(topicCdf, random())] : generalWords[draw(generalCdf, random())]
    return out.join(' ')
  }
  const start = Date.UTC(2021, 0, 1)
  const span = 5 * 365 * 86400000
  /** Yields [doc, topic] n times. */
  function* docs() {
    for (let i = 0; i < n; i++) {
      const topic = Math.floor(random() * topics)
      const tagPool = [0, 1, 2, 3, 4].map((k) => `t${topic}-${k}`)
      const tags = []
      while (tags.length < 3) {
        const t = tagPool[Math.floor(random() * tagPool.length)]
        if (!tags.includes(t)) tags.push(t)
      }
      tags.push(`misc-${Math.floor(random() * 500)}`)
      const doc = {
        id: `d${i}`,
        title: tokens(topic, 8, 0.35),
        text: tokens(topic, 150 + Math.floor(random() * 500), topicShare),
        tags,
        section: `s${topic % 20}`,
        authors: [`a${Math.floor(random() * 2000)}`],
        publishedAt: new Date(start + Math.floor(random() * span)).toISOString(),
      }
      yield [doc, topic]
    }
  }
  return { random, docs, generalWords, generalCdf }
}

/**
 * Generates `n` docs. Options: seed (1), topics (n/100), generalVocab (20000), topicShare (0.06),
 * duplicates (0: share of extra near-copies, appended after the originals, id `<id>-copy`).
 * Returns { docs, labels: Map<id, topic>, copies: Map<copyId, originalId> }.
 */
export function syntheticCorpus(n, options = {}) {
  const g = generator(n, options)
  const { random, generalWords, generalCdf } = g
  const docs = []
  const labels = new Map()
  for (const [doc, topic] of g.docs()) {
    docs.push(doc)
    labels.set(doc.id, topic)
  }
  const copies = new Map()
  const nCopies = Math.round(n * (options.duplicates ?? 0))
  for (let k = 0; k < nCopies; k++) {
    const original = docs[Math.floor(random() * n)]
    if (copies.has(`${original.id}-copy`)) continue
    const words = original.text.split(' ')
    for (let i = 0; i < words.length; i++) if (random() < 0.05) words[i] = generalWords[draw(generalCdf, random())]
    const copy = {
      ...original,
      id: `${original.id}-copy`,
      text: words.join(' '),
      publishedAt: new Date(Date.parse(original.publishedAt) + 3600000).toISOString(),
    }
    docs.push(copy)
    labels.set(copy.id, labels.get(original.id))
    copies.set(copy.id, original.id)
  }
  return { docs, labels, copies }
}

/**
 * The same docs as `syntheticCorpus(n, options).docs` (without copies), generated one at a time
 * so that a million of them need not be held in memory; `labels[i]` receives the topic of `d<i>`.
 */
export function* syntheticDocs(n, options = {}, labels = new Int32Array(n)) {
  let i = 0
  for (const [doc, topic] of generator(n, options).docs()) {
    labels[i++] = topic
    yield doc
  }
}

/** Strips tags and metadata: the text-only view of docs. */
export function textOnly(docs) {
  return docs.map(({ id, title, text, publishedAt }) => ({ id, title, text, publishedAt }))
}
