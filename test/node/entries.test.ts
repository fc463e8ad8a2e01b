// Every entry speaks the same error vocabulary: it re-exports CopydeskError and isCopydeskError
// (the code and result types are checked by the type-level export of each index file).
import { readdirSync, existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CopydeskError } from '../../src/errors.js'

const src = fileURLToPath(new URL('../../src/', import.meta.url))
const entries = readdirSync(src, { withFileTypes: true })
  .filter(
    (d) => d.isDirectory() && !d.name.startsWith('_') && d.name !== 'cli' && existsSync(`${src}${d.name}/index.ts`),
  )
  .map((d) => d.name)

describe('every entry', () => {
  it('is found (the walk sees the entries of package.json)', () => {
    const pkg = JSON.parse(readFileSync(`${src}../package.json`, 'utf8')) as { exports: Record<string, unknown> }
    const subpaths = Object.keys(pkg.exports)
      .filter((k) => k !== '.' && k !== './package.json')
      .map((k) => k.slice(2))
    expect(entries.filter((e) => subpaths.includes(e)).sort()).toEqual([...subpaths].sort())
  })

  it.each(entries)('%s re-exports CopydeskError and isCopydeskError', async (name) => {
    const mod = (await import(`../../src/${name}/index.ts`)) as Record<string, unknown>
    expect(mod.CopydeskError).toBe(CopydeskError)
    expect(typeof mod.isCopydeskError).toBe('function')
  })

  it.each(entries)('%s re-exports the error and result types', (name) => {
    const text = readFileSync(`${src}${name}/index.ts`, 'utf8')
    for (const type of ['CopydeskErrorCode', 'CopydeskIssue', 'SafeParseResult']) expect(text).toContain(type)
  })
})
