import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './_run.js'

// Every public function, class and const (re-exported by an entry's index.ts) has a TSDoc
// block with a fenced @example — typedoc checks that docs exist, this checks the examples do.
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'cli' || name === '_internal' ? [] : walk(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && !name.startsWith('_') ? [path] : []
  })
}

const files = walk(join(ROOT, 'src'))

// The public names: what each entry's index.ts re-exports (functions, classes, consts). A file may
// also export helpers for its own entry; those are internal and need no example.
const PUBLIC = new Set(
  readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src', d.name, 'index.ts')))
    .flatMap((d) => [...readFileSync(join(ROOT, 'src', d.name, 'index.ts'), 'utf8').matchAll(/export\s*\{([^}]*)\}/g)])
    .flatMap((m) => m[1]!.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
    .map((name) => name.split(' as ').pop()!.trim()),
)
const EXPORT_RE = /^export (?:async )?(?:function|class|const) (\w+)/gm

describe('TSDoc', () => {
  it('finds the public names of every entry', () => {
    expect(PUBLIC.size).toBeGreaterThan(50)
    for (const name of ['parseArticle', 'excerpt', 'slugify', 'toTeaser', 'moderateComment', 'createRelatedIndex'])
      expect(PUBLIC.has(name), name).toBe(true)
  })

  it.each(files.map((f) => relative(ROOT, f)))(
    '%s: every public function, class and const has a fenced @example',
    (file) => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      const missing: string[] = []
      for (const match of text.matchAll(EXPORT_RE)) {
        if (!PUBLIC.has(match[1]!)) continue
        const before = text.slice(0, match.index)
        const docStart = before.lastIndexOf('/**')
        const docEnd = before.lastIndexOf('*/')
        const doc = docStart === -1 || docEnd < docStart ? '' : before.slice(docStart, docEnd)
        const between = before.slice(docEnd + 2).trim()
        const attached = doc !== '' && (between === '' || between.startsWith('//'))
        if (!attached || !/@example[\s\S]*```ts/.test(doc)) missing.push(match[1]!)
      }
      expect(missing).toEqual([])
    },
  )
})
