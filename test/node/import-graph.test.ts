// The layers of shared/DESIGN.md, held by a test rather than by review. ESLint's import-x/no-cycle
// skips `import type` (by design), so this walks the import graph of src/ with the TypeScript parser,
// type-only imports, `export … from` and `import('…')` types included, and fails on
//   - any import loop, listed as a path a → b → … → a;
//   - any import that points up (or sideways, between two entries of the same layer):
//       cli → index → formats → teaser, related → text, slug, moderation, comments, subscription,
//       readable → schema → _internal → errors, options
// A file may always import from its own entry.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

/** Layer rank of each top-level part of src/ (higher may import lower). */
const LAYERS: Record<string, number> = {
  errors: 0,
  options: 0,
  _internal: 1,
  schema: 2,
  text: 3,
  slug: 3,
  moderation: 3,
  comments: 3,
  subscription: 3,
  readable: 3,
  teaser: 4,
  related: 4,
  formats: 5,
  index: 6,
  cli: 7,
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name)
    if (d.isDirectory()) return walk(full)
    return /\.m?ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : []
  })
}

/** Every module specifier a file names: value and type imports, re-exports, import() calls and types. */
export function specifiersOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text)
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text)
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The .ts file a relative specifier names (`./x.js` → `x.ts`), or undefined for packages. */
function resolveSpecifier(from: string, specifier: string, files: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = resolve(dirname(from), specifier)
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    base,
    `${base}.ts`,
    join(base, 'index.ts'),
  ]
  const hit = candidates.find((c) => files.has(c))
  if (!hit) throw new Error(`${relative(SRC, from)}: cannot resolve ${specifier}`)
  return hit
}

/** `errors`, `_internal`, `teaser`, … for a file under src/ (the root index is `index`). */
function partOf(file: string): string {
  const rel = relative(SRC, file).split(sep)
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, '') : rel[0]!
}

/** Every elementary cycle's representative: one loop per strongly connected component, as a path. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's strongly connected components (iterative, so a deep graph cannot overflow the stack).
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  for (const root of graph.keys()) {
    if (indexOf.has(root)) continue
    const work: [string, number][] = [[root, 0]]
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const [node, edge] = frame
      if (edge === 0) {
        indexOf.set(node, index)
        low.set(node, index)
        index += 1
        stack.push(node)
        onStack.add(node)
      }
      const next = graph.get(node) ?? []
      if (edge < next.length) {
        frame[1] += 1
        const to = next[edge]!
        if (!indexOf.has(to)) work.push([to, 0])
        else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, indexOf.get(to)!))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!))
      if (low.get(node) === indexOf.get(node)) {
        const component: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          component.push(member)
        } while (member !== node)
        const selfLoop = (graph.get(node) ?? []).includes(node)
        if (component.length > 1 || selfLoop) components.push(component)
      }
    }
  }
  // Show one concrete loop per component: breadth-first from its first member back to itself.
  return components.map((component) => {
    const members = new Set(component)
    const start = [...component].sort()[0]!
    const previous = new Map<string, string>()
    const queue = [start]
    while (queue.length > 0) {
      const node = queue.shift()!
      for (const to of graph.get(node) ?? []) {
        if (!members.has(to)) continue
        if (to === start) {
          const path = [start]
          for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at))
            path.splice(1, 0, at)
          return [...path, start]
        }
        if (!previous.has(to)) {
          previous.set(to, node)
          queue.push(to)
        }
      }
    }
    return [...component, component[0]!]
  })
}

/**
 * Loops tolerated for now. Empty since issue 13 removed the last three (type-only) loops; the test
 * asserts the loops found are exactly these, so a new loop fails, and an entry added here for a
 * loop that is later fixed fails too with "remove it from KNOWN_LOOPS".
 */
const KNOWN_LOOPS: string[] = []

const files = walk(SRC)
const fileSet = new Set(files)
const graph = new Map<string, string[]>()
for (const file of files) {
  const targets = specifiersOf(file, readFileSync(file, 'utf8'))
    .map((s) => resolveSpecifier(file, s, fileSet))
    .filter((t): t is string => t !== undefined)
  graph.set(file, [...new Set(targets)])
}
const rel = (f: string): string => relative(SRC, f).split(sep).join('/')

describe('the import graph of src/', () => {
  it('sees every part of src/ and knows its layer', () => {
    const parts = new Set(files.map(partOf))
    expect(parts.size).toBeGreaterThan(10)
    expect([...parts].filter((p) => !(p in LAYERS))).toEqual([])
  })

  it('counts type-only imports as edges', () => {
    expect(specifiersOf('x.ts', "import type { A } from './a.js'\nexport type B = import('./b.js').B")).toEqual([
      './a.js',
      './b.js',
    ])
  })

  it('finds a loop when there is one (the checker itself works)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ])
    expect(findCycles(g)).toEqual([['a', 'b', 'c', 'a']])
  })

  it('has no import loop, type-only imports included (beyond KNOWN_LOOPS)', () => {
    const loops = findCycles(graph).map((loop) => loop.map(rel).join(' → '))
    expect(
      loops.filter((l) => !KNOWN_LOOPS.includes(l)),
      'new import loops',
    ).toEqual([])
    expect(
      KNOWN_LOOPS.filter((l) => !loops.includes(l)),
      'these loops are gone: remove them from KNOWN_LOOPS in test/node/import-graph.test.ts',
    ).toEqual([])
  })

  it('has every import pointing down the layers (or within its own entry)', () => {
    const upward: string[] = []
    for (const [from, targets] of graph) {
      const fromPart = partOf(from)
      for (const to of targets) {
        const toPart = partOf(to)
        if (toPart === fromPart) continue
        if (LAYERS[toPart]! >= LAYERS[fromPart]!) upward.push(`${rel(from)} → ${rel(to)}`)
      }
    }
    expect(upward).toEqual([])
  })
})
