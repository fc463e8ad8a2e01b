// An Aho–Corasick automaton over UTF-16 code units: one pass over the text finds every occurrence
// of every key, in time linear in the text plus the number of matches. Most trie nodes have one
// child, stored inline; nodes with more children get a Map. Built once per term list.

/** The automaton's arrays (node 0 is the root). */
export interface Automaton {
  /** First child's code unit, or -1. */
  c1: number[]
  /** First child's node. */
  t1: number[]
  /** Further children, for nodes with more than one. */
  kids: (Map<number, number> | undefined)[]
  /** Failure link. */
  fail: number[]
  /** Key id ending at this node, or -1. */
  out: number[]
  /** Nearest node on the failure chain (excluding this one) that ends a key, or -1. */
  dict: number[]
  /** Depth (key length) of the node. */
  depth: number[]
  /** The root's children for ASCII code units (filled by build; the hottest lookup of a scan). */
  root: Int32Array | undefined
  /**
   * For automata of at most DFA_LIMIT nodes: the full transition table for ASCII code units
   * (`dfa[node * 128 + code]`, failure links already followed), so a scan does one lookup per
   * character. Larger automata (100k-term lists) scan with failure links instead.
   */
  dfa: Int32Array | undefined
}

/** The most nodes an automaton may have for a full ASCII transition table (≈ 10 MB). */
const DFA_LIMIT = 20_000

/** An empty automaton. */
export function createAutomaton(): Automaton {
  return {
    c1: [-1],
    t1: [-1],
    kids: [undefined],
    fail: [0],
    out: [-1],
    dict: [-1],
    depth: [0],
    root: undefined,
    dfa: undefined,
  }
}

/** The child of `node` along `code`, or -1. */
export function child(a: Automaton, node: number, code: number): number {
  if (node === 0 && code < 128 && a.root !== undefined) return a.root[code] as number
  if (a.c1[node] === code) return a.t1[node] as number
  const more = a.kids[node]
  if (more === undefined) return -1
  const next = more.get(code)
  return next === undefined ? -1 : next
}

/** Calls `fn(code, node)` for every child of `node`. */
export function eachChild(a: Automaton, node: number, fn: (code: number, next: number) => void): void {
  const c = a.c1[node] as number
  if (c !== -1) fn(c, a.t1[node] as number)
  const more = a.kids[node]
  if (more !== undefined) for (const [code, next] of more) fn(code, next)
}

/** Adds `key` with id `id`; returns the previous id at that node (or -1). */
export function insert(a: Automaton, key: string, id: number): number {
  a.root = undefined
  a.dfa = undefined
  let node = 0
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    let next = child(a, node, code)
    if (next === -1) {
      next = a.c1.length
      a.c1.push(-1)
      a.t1.push(-1)
      a.kids.push(undefined)
      a.fail.push(0)
      a.out.push(-1)
      a.dict.push(-1)
      a.depth.push((a.depth[node] as number) + 1)
      if (a.c1[node] === -1) {
        a.c1[node] = code
        a.t1[node] = next
      } else {
        let more = a.kids[node]
        if (more === undefined) {
          more = new Map()
          a.kids[node] = more
        }
        more.set(code, next)
      }
    }
    node = next
  }
  const previous = a.out[node] as number
  a.out[node] = id
  return previous
}

/** Computes failure and dictionary links (breadth-first). Call once, after every insert. */
export function build(a: Automaton): void {
  const root = new Int32Array(128).fill(-1)
  eachChild(a, 0, (code, next) => {
    if (code < 128) root[code] = next
  })
  a.root = root
  const queue: number[] = []
  eachChild(a, 0, (_code, next) => {
    a.fail[next] = 0
    queue.push(next)
  })
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number
    eachChild(a, node, (code, next) => {
      let f = a.fail[node] as number
      let target = child(a, f, code)
      while (target === -1 && f !== 0) {
        f = a.fail[f] as number
        target = child(a, f, code)
      }
      const failTo = target === -1 || target === next ? 0 : target
      a.fail[next] = failTo
      a.dict[next] = (a.out[failTo] as number) !== -1 ? failTo : (a.dict[failTo] as number)
      queue.push(next)
    })
  }
  const nodes = a.c1.length
  if (nodes > DFA_LIMIT) return
  // Breadth-first order: a node's failure target comes earlier, so its row is already complete.
  const dfa = new Int32Array(nodes * 128)
  for (let c = 0; c < 128; c++) dfa[c] = Math.max(0, root[c] as number)
  for (const node of queue) {
    const row = node * 128
    const failRow = (a.fail[node] as number) * 128
    for (let c = 0; c < 128; c++) dfa[row + c] = dfa[failRow + c] as number
    eachChild(a, node, (code, next) => {
      if (code < 128) dfa[row + code] = next
    })
  }
  a.dfa = dfa
}

/**
 * Scans `text` (or its `[from, to)` part) and calls `onMatch(end, node)` for every key occurrence
 * ending at code unit `end` (exclusive); the key starts at `end - depth[node]`. Linear in the text
 * plus the matches.
 */
export function scan(
  a: Automaton,
  text: string,
  onMatch: (end: number, node: number) => void,
  from = 0,
  to: number = text.length,
): void {
  let state = 0
  const dfa = a.dfa
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (dfa !== undefined && code < 128) {
      state = dfa[state * 128 + code] as number
    } else {
      let next = child(a, state, code)
      while (next === -1 && state !== 0) {
        state = a.fail[state] as number
        next = child(a, state, code)
      }
      state = next === -1 ? 0 : next
    }
    let node = (a.out[state] as number) !== -1 ? state : (a.dict[state] as number)
    while (node !== -1) {
      onMatch(i + 1, node)
      node = a.dict[node] as number
    }
  }
}
