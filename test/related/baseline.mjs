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
  // Vectors as parallel arrays of term ids and weights (log-tf × idf, L2-normalized).
  const termId = new Map()
  const vectors = bags.map((tf) => {
    const ids = new Int32Array(tf.size)
    const weights = new Float64Array(tf.size)
    let norm = 0
    let k = 0
    for (const [w, f] of tf) {
      let id = termId.get(w)
      if (id === undefined) termId.set(w, (id = termId.size))
      const x = (1 + Math.log(f)) * Math.log(n / df.get(w))
      ids[k] = id
      weights[k++] = x
      norm += x * x
    }
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < k; i++) weights[i] /= norm
    return { ids, weights }
  })
  const dense = new Float64Array(termId.size)
  const index = new Map(docs.map((doc, i) => [doc.id, i]))
  return {
    size: n,
    related(id, k = 5) {
      const qi = index.get(id)
      const q = vectors[qi]
      for (let j = 0; j < q.ids.length; j++) dense[q.ids[j]] = q.weights[j]
      const scores = []
      for (let i = 0; i < n; i++) {
        if (i === qi) continue
        const { ids, weights } = vectors[i]
        let dot = 0
        for (let j = 0; j < ids.length; j++) dot += dense[ids[j]] * weights[j]
        scores.push([dot, i])
      }
      for (let j = 0; j < q.ids.length; j++) dense[q.ids[j]] = 0
      scores.sort((a, b) => b[0] - a[0] || a[1] - b[1])
      return scores.slice(0, k).map(([score, i]) => ({ id: docs[i].id, score }))
    },
  }
}
