// The BBC News corpus (test/data/related/bbc-bags.tsv, see its README) as related-story docs, and
// the near-duplicate rule the quality gates share: two articles whose sets of distinct words
// overlap by Jaccard ≥ 0.7 are near-duplicates (the corpus has ~170 such pairs: the same story
// filed twice or lightly updated). Plain JS so both the vitest suite and the bench use it.

/** Parses the TSV (`id \t topic \t title words \t body bag`) into docs and labels. */
export function parseBags(tsv) {
  const labels = new Map()
  const docs = []
  for (const line of tsv.split('\n')) {
    if (line === '') continue
    const [id, topic, title, bag] = line.split('\t')
    labels.set(id, topic)
    const words = []
    for (const entry of bag.split(' ')) {
      const star = entry.lastIndexOf('*')
      const word = star > 0 ? entry.slice(0, star) : entry
      const count = star > 0 ? Number(entry.slice(star + 1)) : 1
      for (let i = 0; i < count; i++) words.push(word)
    }
    docs.push({ id, title, text: words.join(' ') })
  }
  return { docs, labels }
}

/** Near-duplicate pairs (word-set Jaccard ≥ `threshold`) as Map<id, Set<id>>. */
export function nearDuplicates(docs, threshold = 0.7) {
  const sets = docs.map((d) => new Set(`${d.title} ${d.text}`.toLowerCase().split(/[^\p{L}\p{N}']+/u)))
  const dup = new Map(docs.map((d) => [d.id, new Set()]))
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = sets[i]
      const b = sets[j]
      const [small, big] = a.size < b.size ? [a, b] : [b, a]
      if (small.size < threshold * big.size) continue
      let inter = 0
      for (const w of small) if (big.has(w)) inter++
      if (inter / (a.size + b.size - inter) >= threshold) {
        dup.get(docs[i].id).add(docs[j].id)
        dup.get(docs[j].id).add(docs[i].id)
      }
    }
  }
  return dup
}

/**
 * Leave-one-out P@1 / P@5 over `ids` with near-duplicates of the query left out of each row
 * (`rowOf(id)` may return more than 5; the first 5 non-duplicates count), and how many
 * near-duplicates the first 5 held (of the query, or two of each other).
 */
export function judge(ids, labels, dup, rowOf) {
  let p1 = 0
  let p5 = 0
  let dupShown = 0
  for (const id of ids) {
    const row = rowOf(id)
    const top = row.slice(0, 5)
    for (const x of top) {
      if (dup.get(id)?.has(x)) dupShown++
      for (const y of top) if (x < y && dup.get(x)?.has(y)) dupShown++
    }
    const hits = row
      .filter((x) => !dup.get(id)?.has(x))
      .slice(0, 5)
      .map((x) => (labels.get(x) === labels.get(id) ? 1 : 0))
    p1 += hits[0] ?? 0
    p5 += hits.reduce((a, b) => a + b, 0) / 5
  }
  return { p1: p1 / ids.length, p5: p5 / ids.length, dupShown }
}

/** How concentrated rows are: the share of all row slots taken by the top 1% of docs, and the most. */
export function hubness(rows, n) {
  const count = new Map()
  let slots = 0
  for (const row of rows) {
    for (const id of row) count.set(id, (count.get(id) ?? 0) + 1)
    slots += row.length
  }
  const sorted = [...count.values()].sort((a, b) => b - a)
  const top = sorted.slice(0, Math.max(1, Math.ceil(n / 100))).reduce((a, b) => a + b, 0)
  return { top1Share: slots === 0 ? 0 : top / slots, max: sorted[0] ?? 0, neverShown: n - count.size }
}
