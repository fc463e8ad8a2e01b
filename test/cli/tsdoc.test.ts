import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './_run.js'

// Every exported function, class and const in src/ (outside the CLI and _internal) has a TSDoc
// block with a fenced @example — typedoc checks that docs exist, this checks the examples do.
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'cli' || name === '_internal' ? [] : walk(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && !name.startsWith('_') ? [path] : []
  })
}

const files = walk(join(ROOT, 'src'))
const EXPORT_RE = /^export (?:async )?(?:function|class|const) (\w+)/gm

describe('TSDoc', () => {
  it.each(files.map((f) => relative(ROOT, f)))('%s: every exported function, class and const has a fenced @example', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8')
    const missing: string[] = []
    for (const match of text.matchAll(EXPORT_RE)) {
      const before = text.slice(0, match.index)
      const docStart = before.lastIndexOf('/**')
      const docEnd = before.lastIndexOf('*/')
      const doc = docStart === -1 || docEnd < docStart ? '' : before.slice(docStart, docEnd)
      const between = before.slice(docEnd + 2).trim()
      const attached = doc !== '' && (between === '' || between.startsWith('//'))
      if (!attached || !/@example[\s\S]*```ts/.test(doc)) missing.push(match[1]!)
    }
    expect(missing).toEqual([])
  })
})
