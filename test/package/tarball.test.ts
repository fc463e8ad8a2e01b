// The packed tarball, installed in a fresh consumer project, as its users get it: Node ESM import and
// CJS require of every entry, CopydeskError identity across the two copies, TypeScript consumers
// under nodenext / node16 / bundler / node10, the files it ships, and the bin. The entry list is
// read from package.json "exports", so a new entry is covered without editing this file.
import { rmSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  describeRuntimeReport,
  entries,
  packAndInstall,
  readPackageJson,
  referencedFiles,
  run,
  runNodeJson,
  RUNTIME_CHECKS_URL,
  runtimeEntrySource,
  scratchDir,
  TSC,
  type Entry,
  type Installed,
  type RunResult,
  type RuntimeReport,
} from './_helpers.js'

const list = entries()
const root = list[0] as Entry
const subpaths = list.slice(1)

let installed: Installed
let dir: string
const compiles = new Map<string, Promise<RunResult>>()

beforeAll(async () => {
  installed = await packAndInstall()
  dir = scratchDir(installed, 'tarball')
  writeConsumerFiles(dir)
  // The TypeScript consumers compile one after another in the background while the Node checks
  // run (one tsc at a time: CI has 2 cores).
  let previous: Promise<unknown> = Promise.resolve()
  for (const variant of TS_VARIANTS) {
    const pending = previous.then(() => run(TSC, ['-p', `tsconfig.${variant.id}.json`, '--listFiles'], dir))
    previous = pending.catch(() => undefined)
    compiles.set(variant.id, pending)
  }
})

afterAll(async () => {
  await Promise.allSettled(compiles.values())
  // COPYDESK_KEEP_SCRATCH=1 keeps the generated consumer files for debugging.
  if (dir !== undefined && process.env.COPYDESK_KEEP_SCRATCH !== '1') rmSync(dir, { recursive: true, force: true })
})

// ─── generated consumer files ────────────────────────────────────────────────────────────────────

// A typical strict consumer: lib es2022 + dom (zod's own declarations use URL, so a project without
// dom or @types/node cannot check zod's .d.ts), esModuleInterop on (zod's locales need it under
// node10), skipLibCheck OFF so copydesk's declarations are type-checked too. node16 compiles
// cleanly because copydesk's declarations never import date-fns's (date-fns 4's .d.cts files
// `export *` from ESM files, which TS rejects under node16; `DatelineLocale` is structural). One
// variant only asks that copydesk's declarations and the consumer files be error-free, tolerating
// errors inside other packages' declarations: lib es2022 without dom (zod needs URL).
const TS_VARIANTS = [
  {
    id: 'nodenext',
    name: 'module nodenext (.mts and .cts)',
    module: 'nodenext',
    resolution: 'nodenext',
    lib: ['es2022', 'dom'],
    files: ['consumer.mts', 'consumer.cts'],
    types: ['import', 'require'],
    ownDeclarationsOnly: false,
  },
  {
    id: 'bundler',
    name: 'module preserve + moduleResolution bundler',
    module: 'preserve',
    resolution: 'bundler',
    lib: ['es2022', 'dom'],
    files: ['consumer-bundler.ts'],
    types: ['import'],
    ownDeclarationsOnly: false,
  },
  {
    id: 'node10',
    name: 'module commonjs + moduleResolution node10 (typesVersions)',
    module: 'commonjs',
    resolution: 'node10',
    lib: ['es2022', 'dom'],
    files: ['consumer-node10.ts'],
    types: ['require'],
    ownDeclarationsOnly: false,
  },
  {
    id: 'node16',
    name: 'module node16 (.mts and .cts)',
    module: 'node16',
    resolution: 'node16',
    lib: ['es2022', 'dom'],
    files: ['consumer.mts', 'consumer.cts'],
    types: ['import', 'require'],
    ownDeclarationsOnly: false,
  },
  {
    id: 'neutral',
    name: "lib es2022 only, no dom or node types: no errors in copydesk's declarations",
    module: 'nodenext',
    resolution: 'nodenext',
    lib: ['es2022'],
    files: ['consumer.mts', 'consumer.cts'],
    types: ['import', 'require'],
    ownDeclarationsOnly: true,
  },
] as const

// Diagnostics the ownDeclarationsOnly variants tolerate: those inside other packages' declarations.
const THIRD_PARTY = /^\.\.\/node_modules\/(?!copydesk\/)/

function writeConsumerFiles(target: string): void {
  const write = (name: string, text: string): void => writeFileSync(join(target, name), text)
  const esmImports = list.map((entry) => `import * as ${entry.ident} from '${entry.specifier}'`).join('\n')
  const cjsRequires = list
    .map((entry) => `  ${JSON.stringify(entry.specifier)}: require('${entry.specifier}'),`)
    .join('\n')
  const namespaceObject = `{\n${list.map((entry) => `  ${JSON.stringify(entry.specifier)}: ${entry.ident},`).join('\n')}\n}`

  // Node ESM and CJS: load every entry the way a consumer does, then run the shared checks.
  write(
    'esm.mjs',
    runtimeEntrySource(list, RUNTIME_CHECKS_URL) + 'console.log(JSON.stringify(globalThis.__copydeskReport))\n',
  )
  write(
    'cjs.cjs',
    `const entries = {\n${cjsRequires}\n}\n` +
      `import(${JSON.stringify(RUNTIME_CHECKS_URL)}).then(({ runChecks }) => console.log(JSON.stringify(runChecks(entries))))\n`,
  )

  // One process holding both copies: errors thrown by either must be recognized by both.
  write(
    'cross.mjs',
    `import { createRequire } from 'node:module'
import { BAD_ARTICLE } from ${JSON.stringify(RUNTIME_CHECKS_URL)}
${esmImports}
const require = createRequire(import.meta.url)
const copies = {
  esm: ${namespaceObject},
  cjs: {\n${cjsRequires}\n},
}
const checks = []
const check = (what, ok) => checks.push({ what, ok: ok === true })
const rootSpecifier = ${JSON.stringify(root.specifier)}
check('the ESM and CJS copies are distinct module instances (so this test means something)',
  copies.esm[rootSpecifier].CopydeskError !== copies.cjs[rootSpecifier].CopydeskError)
const errors = []
for (const [format, mods] of Object.entries(copies)) {
  for (const [specifier, mod] of Object.entries(mods)) {
    if (typeof mod.parseArticle !== 'function') continue
    try { mod.parseArticle(BAD_ARTICLE); check(format + ' ' + specifier + ' parseArticle throws', false) }
    catch (error) { errors.push({ label: 'error thrown by ' + format + ' ' + specifier + ' parseArticle', error }) }
    if (typeof mod.CopydeskError === 'function') {
      errors.push({ label: 'new ' + format + ' ' + specifier + ' CopydeskError', error: new mod.CopydeskError('INVALID_INPUT', 'made by hand') })
    }
  }
}
for (const { label, error } of errors) {
  for (const [format, mods] of Object.entries(copies)) {
    for (const [specifier, mod] of Object.entries(mods)) {
      if (typeof mod.CopydeskError === 'function') check(label + ' instanceof ' + format + ' ' + specifier + ' CopydeskError', error instanceof mod.CopydeskError)
      if (typeof mod.isCopydeskError === 'function') check(format + ' ' + specifier + ' isCopydeskError(' + label + ')', mod.isCopydeskError(error))
    }
  }
}
for (const [format, mods] of Object.entries(copies)) {
  for (const [specifier, mod] of Object.entries(mods)) {
    if (typeof mod.isCopydeskError !== 'function') continue
    check(format + ' ' + specifier + ' isCopydeskError(new Error()) is false', mod.isCopydeskError(new Error('plain')) === false)
    check('a plain Error is not instanceof ' + format + ' ' + specifier + ' CopydeskError', !(new Error('plain') instanceof mod.CopydeskError))
  }
}
console.log(JSON.stringify({ errors: errors.length, checks }))
`,
  )

  // TypeScript consumers: every entry imported, the root assignable to every subpath's namespace
  // (all of a subpath's value exports are on the root with the same types), and a few types used.
  const body = `import type { Article, ArticleInput, CopydeskErrorCode, SafeParseResult } from '${root.specifier}'

${subpaths.map((entry) => `export const rootHas_${entry.ident}: typeof ${entry.ident} = ${root.ident}`).join('\n')}

const input: ArticleInput = {
  id: 'a1',
  slug: 'king-tide',
  title: 'King tide floods the harbor road',
  html: '<p>High water.</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
  status: 'published',
  publishedAt: '2026-11-24T08:00:00+02:00',
}
export const article: Article = ${root.ident}.parseArticle(input)
export const title: string = article.title
export const result: SafeParseResult<Article> = ${root.ident}.safeParseArticle(input)
export const published: boolean = result.success && result.data.status === 'published'

export function codeOf(error: unknown): CopydeskErrorCode | undefined {
  if (${root.ident}.isCopydeskError(error)) return error.code
  if (error instanceof ${root.ident}.CopydeskError) return error.code
  return undefined
}

export function issuePaths(error: unknown): (string | number)[][] {
  return ${root.ident}.isCopydeskError(error) ? (error.issues ?? []).map((issue) => issue.path) : []
}

// The types are real, not any: this line must be an error.
// @ts-expect-error parseArticle returns an Article, not a number
export const wrong: number = ${root.ident}.parseArticle(input)
`
  const cjsImports = list.map((entry) => `import ${entry.ident} = require('${entry.specifier}')`).join('\n')
  write('consumer.mts', `${esmImports}\n${body}`)
  write('consumer.cts', `${cjsImports}\n${body}`)
  write('consumer-bundler.ts', `${esmImports}\n${body}`)
  write('consumer-node10.ts', `${esmImports}\n${body}`)
  for (const variant of TS_VARIANTS) {
    const compilerOptions = {
      module: variant.module,
      moduleResolution: variant.resolution,
      target: 'es2022',
      lib: variant.lib,
      types: [],
      esModuleInterop: true,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      noEmit: true,
    }
    write(`tsconfig.${variant.id}.json`, `${JSON.stringify({ compilerOptions, files: variant.files }, null, 2)}\n`)
  }
}

// ─── tests ───────────────────────────────────────────────────────────────────────────────────────

describe('the packed tarball', () => {
  it('ships only dist/, package.json, README.md, LICENSE and NOTICE (no src/, test/, node_modules/)', () => {
    const files = installed.tarballFiles
    expect(files).toContain('package.json')
    expect(files).toContain('README.md')
    expect(files).toContain('NOTICE')
    expect(files.filter((file) => file.startsWith('dist/')).length).toBeGreaterThan(0)
    const unexpected = files.filter(
      (file) => !file.startsWith('dist/') && !/^(?:package\.json|README\.md|LICEN[SC]E(?:\.\w+)?|NOTICE)$/.test(file),
    )
    expect(unexpected).toEqual([])
    expect(files.filter((file) => /^(?:src|test|node_modules|docs|examples)\//.test(file))).toEqual([])
  })

  it('contains every file package.json points at ("exports", "typesVersions", "bin", "main", "module", "types")', () => {
    const pkg = readPackageJson(installed.packageDir)
    const referenced = referencedFiles(pkg)
    expect(referenced.length).toBeGreaterThan(list.length * 4)
    expect(referenced.filter((file) => !installed.tarballFiles.includes(file))).toEqual([])
  })

  it('installs with the exports map of the repo', () => {
    expect(Object.keys(readPackageJson(installed.packageDir).exports)).toEqual(Object.keys(readPackageJson().exports))
  })

  it('zod, a peer dependency, is installed in the consumer and resolves from it', () => {
    const requireFromConsumer = createRequire(join(installed.consumer, 'index.js'))
    const zodPackageJson = requireFromConsumer.resolve('zod/package.json')
    expect(zodPackageJson.startsWith(join(installed.consumer, 'node_modules', 'zod') + sep)).toBe(true)
    expect((JSON.parse(readFileSync(zodPackageJson, 'utf8')) as { version: string }).version).toMatch(/^4\./)
    // ...and copydesk's own copy of zod/mini is that one
    const fromPackage = createRequire(join(installed.packageDir, 'dist', 'index.cjs'))
    expect(fromPackage.resolve('zod/mini')).toBe(requireFromConsumer.resolve('zod/mini'))
  })

  it('the copydesk bin runs: npx copydesk --help exits 0', async () => {
    const result = await run('npx', ['--no', '--', 'copydesk', '--help'], installed.consumer, 60_000)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/copydesk/)
  })
})

describe('Node ESM: import of every entry', () => {
  describeRuntimeReport(list, () => runNodeJson<RuntimeReport>(join(dir, 'esm.mjs'), dir), { noNodeGlobals: false })
})

describe('Node CJS: require of every entry', () => {
  describeRuntimeReport(list, () => runNodeJson<RuntimeReport>(join(dir, 'cjs.cjs'), dir), { noNodeGlobals: false })
})

describe('ESM and CJS copies in one process', () => {
  it('errors thrown by either copy are instanceof CopydeskError and isCopydeskError in both; plain errors are not', async () => {
    const report = await runNodeJson<{ errors: number; checks: { what: string; ok: boolean }[] }>(
      join(dir, 'cross.mjs'),
      dir,
    )
    // at least: root parse errors and hand-made errors from both formats
    expect(report.errors).toBeGreaterThanOrEqual(4)
    expect(report.checks.length).toBeGreaterThan(4 * 4)
    expect(report.checks.filter((c) => !c.ok).map((c) => c.what)).toEqual([])
  })
})

describe('TypeScript consumers compile with the repo tsc (strict, skipLibCheck off)', () => {
  it.each(TS_VARIANTS)('$name', async (variant) => {
    const result = await compiles.get(variant.id)
    const lines = `${result?.stdout ?? ''}\n${result?.stderr ?? ''}`.split('\n').map((line) => line.trim())
    // --listFiles prints one absolute path per line; everything else is a diagnostic
    const used = lines.filter((line) => line.startsWith(sep)).map((line) => line.split(sep).join('/'))
    const diagnostics = lines.filter((line) => line !== '' && !line.startsWith(sep))
    const message = `tsc -p tsconfig.${variant.id}.json in ${dir}\n${diagnostics.slice(0, 30).join('\n')}`
    if (variant.ownDeclarationsOnly) {
      expect(
        diagnostics.filter((line) => /error TS\d+/.test(line) && !THIRD_PARTY.test(line)),
        message,
      ).toEqual([])
    } else {
      expect(result?.code, message).toBe(0)
    }
    // each entry's declarations came from the file its exports condition names
    const missing: string[] = []
    for (const entry of list) {
      for (const condition of variant.types) {
        const file = condition === 'import' ? entry.importTypes : entry.requireTypes
        if (!used.some((path) => path.endsWith(`/node_modules/${readPackageJson().name}/${file}`)))
          missing.push(`${entry.specifier} (${condition}): ${file}`)
      }
    }
    expect(missing).toEqual([])
  })
})
