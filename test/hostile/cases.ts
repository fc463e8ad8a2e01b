// Cases of the hostile-input suite: named mutations of a table entry's valid call, and the checks
// one call must pass. A case id is plain text (`0.authors.0.name=lone-surrogates`,
// `1:frozen`, `0.tags:getter-throws`), so the worker rebuilds the exact input from it.
//
// Case id grammar: `<arg>[.<key>…]=<value>` replaces a node with a VALUES entry;
// `<arg>[.<key>…]:<transform>` reshapes it (frozen, cyclic, proto-key, null-prototype, missing,
// getter-throws, x100k, sparse); `baseline` is the valid call itself.
import { types } from 'node:util'
import { TABLE, lib, type CallEntry } from './table.js'
import { HEAVY, SENTINEL, VALUES } from './values.js'

/** What one call did. The first two pass; every other outcome is a defect. */
export type Outcome =
  | 'returned'
  | 'refused'
  | 'foreign-throw'
  | 'threw-in-safe-function'
  | 'unnamed-refusal'
  | 'mutated-input'
  | 'polluted-prototype'
  | 'invalid-output'
  | 'too-slow'
  | 'crash'

export const PASSING: ReadonlySet<Outcome> = new Set(['returned', 'refused'])

export interface CaseResult {
  fn: string
  case: string
  outcome: Outcome
  /** The error (`TypeError: x is not a function`), the schema problem, or the time taken. */
  observed: string
  ms: number
}

/**
 * Per-call budget, in CPU milliseconds of the worker's process (user + system, GC included),
 * measured around each call by the harness. CPU time, not wall time, so a machine busy with other
 * jobs does not make a linear call look slow; a wall-clock watchdog (pool.ts) stops calls that
 * never end. Generous on purpose: this catches blow-ups (seconds), it is not a benchmark.
 */
export const BUDGET_MS = 2000

type Path = (string | number)[]

const TRANSFORMS_OBJECT = ['frozen', 'cyclic', 'proto-key', 'null-prototype']
const TRANSFORMS_ARRAY = ['frozen', 'cyclic', 'x100k', 'sparse']
const MAX_DEPTH = 3

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype

/** Every case id of a call entry, in a stable order. */
export function caseIds(entry: CallEntry): string[] {
  const ids = ['baseline']
  const args = entry.args()
  const visit = (node: unknown, path: Path, depth: number): void => {
    const at = path.join('.')
    for (const name of Object.keys(VALUES)) ids.push(`${at}=${name}`)
    if (depth >= MAX_DEPTH) return
    if (isPlainObject(node)) {
      for (const t of TRANSFORMS_OBJECT) ids.push(`${at}:${t}`)
      for (const key of Object.keys(node)) {
        ids.push(`${at}.${key}:missing`, `${at}.${key}:getter-throws`)
        visit(node[key], [...path, key], depth + 1)
      }
    } else if (Array.isArray(node)) {
      for (const t of TRANSFORMS_ARRAY) if (t !== 'x100k' || node.length > 0) ids.push(`${at}:${t}`)
      if (node.length > 0) visit(node[0], [...path, 0], depth + 1)
    }
  }
  args.forEach((arg, i) => visit(arg, [i], 0))
  // A missing trailing argument (options left out) is a valid call too: covered by `=undefined`.
  return ids
}

/** Whether a case builds a large input (1 MB strings, 100k arrays, deep nesting). */
export const isHeavy = (id: string): boolean => id.endsWith(':x100k') || HEAVY.has(id.slice(id.lastIndexOf('=') + 1))

function parseId(id: string): { path: Path; kind: '=' | ':'; what: string } {
  const eq = id.lastIndexOf('=')
  const colon = id.lastIndexOf(':')
  const split = Math.max(eq, colon)
  const kind = split === eq ? '=' : ':'
  const path = id
    .slice(0, split)
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  return { path, kind, what: id.slice(split + 1) }
}

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return
  seen.add(value)
  Object.freeze(value)
  for (const v of Object.values(value)) deepFreeze(v, seen)
}

function transform(node: unknown, what: string): unknown {
  switch (what) {
    case 'frozen':
      deepFreeze(node)
      return node
    case 'cyclic':
      if (Array.isArray(node)) node.push(node)
      else (node as Record<string, unknown>).self = node
      return node
    case 'proto-key':
      Object.defineProperty(node, '__proto__', {
        value: { polluted: 'yes' },
        enumerable: true,
        writable: true,
        configurable: true,
      })
      return node
    case 'null-prototype':
      return Object.assign(Object.create(null), node)
    case 'x100k':
      return new Array(100_000).fill((node as unknown[])[0])
    case 'sparse': {
      const copy = [...(node as unknown[])]
      copy.unshift(undefined)
      delete copy[0]
      return copy
    }
    default:
      throw new Error(`unknown transform ${what}`)
  }
}

/** The arguments of one case, built fresh. */
export function buildArgs(entry: CallEntry, id: string): unknown[] {
  const args = entry.args()
  if (id === 'baseline') return args
  const { path, kind, what } = parseId(id)
  let parent: Record<string | number, unknown> = args as never
  for (const key of path.slice(0, -1)) parent = parent[key] as never
  const last = path[path.length - 1]!
  if (kind === '=') {
    const make = VALUES[what]
    if (!make) throw new Error(`unknown value ${what}`)
    parent[last] = make()
  } else if (what === 'missing') {
    delete parent[last]
  } else if (what === 'getter-throws') {
    Object.defineProperty(parent, last, {
      get() {
        throw SENTINEL
      },
      enumerable: true,
      configurable: true,
    })
  } else {
    parent[last] = transform(parent[last], what)
  }
  return args
}

// --- input snapshots: own property descriptors, never invoking getters or proxy traps -------------

/** A flat, cycle-safe record of a value graph: compare two with `sameSnapshot`. */
export function snapshot(root: unknown): unknown[] {
  const out: unknown[] = []
  const ids = new Map<object, number>()
  const queue: object[] = []
  const ref = (v: unknown): unknown => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return v
    let id = ids.get(v)
    if (id === undefined) {
      id = ids.size
      ids.set(v, id)
      queue.push(v)
    }
    return `#${id}`
  }
  out.push(ref(root))
  for (let i = 0; i < queue.length; i++) {
    const obj = queue[i]!
    out.push('{', i)
    if (types.isProxy(obj)) {
      out.push('proxy')
      continue
    }
    out.push(Object.getPrototypeOf(obj), Object.isFrozen(obj), Object.isExtensible(obj))
    if (obj instanceof Date) out.push(obj.getTime())
    if (obj instanceof Map) for (const [k, v] of obj) out.push(ref(k), ref(v))
    if (obj instanceof Set) for (const v of obj) out.push(ref(v))
    if (typeof obj === 'function') continue
    for (const key of Reflect.ownKeys(obj)) {
      const d = Reflect.getOwnPropertyDescriptor(obj, key)!
      out.push(key, d.enumerable, d.configurable)
      if ('value' in d) out.push(ref(d.value), d.writable)
      else out.push(d.get, d.set)
    }
  }
  return out
}

export function sameSnapshot(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false
  return true
}

/** Built-in prototypes a polluting write would land on. */
const PROTOTYPES: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype]
const prototypeState = (): unknown[] => PROTOTYPES.flatMap((p) => snapshot(p).slice(1))
let cleanPrototypes: unknown[] | undefined

// --- one call -------------------------------------------------------------------------------------

function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 300)
    return `non-Error ${typeof e}: ${String(e)}`.slice(0, 300)
  } catch {
    return 'an unprintable thrown value'
  }
}

function namesOf(fn: string, entry: CallEntry): string[] {
  return entry.names ?? [fn]
}

/** Runs one case in this thread with every check, and says what happened. */
export async function runCase(fn: string, id: string, onStart: () => void = () => {}): Promise<CaseResult> {
  const entry = TABLE[fn]
  if (!entry || entry.kind !== 'call') throw new Error(`no call entry ${fn}`)
  cleanPrototypes ??= prototypeState()
  const target = entry.target()
  const args = buildArgs(entry, id)
  const before = snapshot(args)
  let result: unknown
  let thrown: unknown
  let threw = false
  onStart()
  const cpuBefore = process.cpuUsage()
  try {
    result = (target as (...a: unknown[]) => unknown)(...args)
    if (result instanceof Promise) result = await result
  } catch (e) {
    threw = true
    thrown = e
  }
  const cpu = process.cpuUsage(cpuBefore)
  const ms = (cpu.user + cpu.system) / 1000
  const done = (outcome: Outcome, observed: string): CaseResult => ({ fn, case: id, outcome, observed, ms })

  if (!sameSnapshot(cleanPrototypes, prototypeState())) {
    const keys = Object.getOwnPropertyNames(Object.prototype).join(',')
    // Undo it so later cases are judged on a clean realm (the worker is also replaced).
    return done('polluted-prototype', `Object.prototype now has: ${keys}`)
  }
  if (!sameSnapshot(before, snapshot(args))) return done('mutated-input', 'an argument changed during the call')
  if (threw) {
    if (thrown === SENTINEL) return done('refused', 'the getter’s own error passed through')
    if (!lib.isCopydeskError(thrown)) return done('foreign-throw', describeThrown(thrown))
    if (entry.neverThrows) return done('threw-in-safe-function', describeThrown(thrown))
    if (thrown.cause !== SENTINEL && !namesOf(fn, entry).some((n) => thrown.message.startsWith(n)))
      return done('unnamed-refusal', describeThrown(thrown))
    if (ms > BUDGET_MS) return done('too-slow', `refused after ${Math.round(ms)} ms of CPU`)
    return done('refused', `${thrown.code}: ${thrown.message.slice(0, 160)}`)
  }
  const problem = entry.output?.(result)
  if (problem) return done('invalid-output', problem)
  if (ms > BUDGET_MS) return done('too-slow', `returned after ${Math.round(ms)} ms of CPU`)
  return done('returned', '')
}

// --- sampling -----------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so a run is repeatable from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seeded sample of `count` case ids (at most `heavy` of them heavy), baseline first. */
export function sample(ids: readonly string[], count: number, heavy: number, seed: number): string[] {
  const random = prng(seed)
  const pool = ids.filter((id) => id !== 'baseline')
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
  }
  const picked = ['baseline']
  let heavyCount = 0
  for (const id of pool) {
    if (picked.length > count) break
    if (isHeavy(id)) {
      if (heavyCount >= heavy) continue
      heavyCount += 1
    }
    picked.push(id)
  }
  return picked
}
