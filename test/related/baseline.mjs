// The brute-force TF-IDF baseline that the JavaScript static-site related-post plugins use: split
// the text into lowercase words, drop English stop words, weight by log-tf × idf, L2-normalize, and
// compare the query with EVERY other doc (O(N) per query, O(N²) for a whole site). Shared by the
// quality tests and the bench as the peer to beat.

/** Builds the baseline over docs `{ id, title, text }`; returns { related(id, k), size }. */
export function bruteForceTfIdf(docs, stopWords = []) {
  const stop = new Set(stopWords)
  const df = new Map()
  const bags = docs.map((doc) => {
    const tf = new Map()
    for (const w of `${doc.title ?? ''} ${doc.text ?? ''}`.toLowerCase().split(/[^a-z0-9']+/)) {
      if (w.length < 2 || stop.has(w)) continue
      tf.set(w, (tf.get(w) ?? 0) + 1)
    }
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1)
    return tf
  })
  const n = docs.length
  const vectors = bags.map((tf) => {
    const v = new Map()
    let norm = 0
    for (const [w, f] of tf) {
      const x = (1 + Math.log(f)) * Math.log(n / df.get(w))
      v.set(w, x)
      norm += x * x
    }
    norm = Math.sqrt(norm) || 1
    for (const [w, x] of v) v.set(w, x / norm)
    return v
  })
  const index = new Map(docs.map((doc, i) => [doc.id, i]))
  return {
    size: n,
    related(id, k = 5) {
      const qi = index.get(id)
      const q = vectors[qi]
      const scores = []
      for (let i = 0; i < n; i++) {
        if (i === qi) continue
        const v = vectors[i]
        let dot = 0
        const [small, large] = q.size < v.size ? [q, v] : [v, q]
        for (const [w, x] of small) {
          const y = large.get(w)
          if (y !== undefined) dot += x * y
        }
        scores.push([dot, i])
      }
      scores.sort((a, b) => b[0] - a[0] || a[1] - b[1])
      return scores.slice(0, k).map(([score, i]) => ({ id: docs[i].id, score }))
    },
  }
}
