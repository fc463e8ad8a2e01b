// Shared by the package tests: the entry list (from package.json "exports"), child processes, and
// one `npm pack` + `npm install` of the tarball shared by every test file of a run.
//
// The tarball is built from a copy of the sources in a temp folder (package.json's `prepack` runs
// the build there), so packing never rewrites the repo's dist/ while other tests read it. The result
// is cached in os.tmpdir() under a hash of everything the build reads (top-level files and src/):
// the first test file to get there packs and installs under a lock, the others wait and reuse it,
// and a later run with unchanged sources reuses it too. To force a new pack, delete
// $TMPDIR/copydesk-package-test.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  renameSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { beforeAll, expect, it } from 'vitest'
import { BAD_ARTICLE_PATHS, VALID_PUBLISHED_AT, type RuntimeReport } from './_runtime-checks.mjs'

export type { RuntimeReport } from './_runtime-checks.mjs'

export const REPO: string = fileURLToPath(new URL('../../', import.meta.url))
/** The check script every runtime runs (see _runtime-checks.mjs). */
export const RUNTIME_CHECKS: string = fileURLToPath(new URL('./_runtime-checks.mjs', import.meta.url))
export const RUNTIME_CHECKS_URL: string = pathToFileURL(RUNTIME_CHECKS).href
/** The repo's own TypeScript compiler. */
export const TSC: string = join(REPO, 'node_modules', '.bin', 'tsc')

// ─── package.json ────────────────────────────────────────────────────────────────────────────────

export interface PackageJson {
  name: string
  exports: Record<string, unknown>
  typesVersions?: Record<string, Record<string, string[]>>
  bin?: string | Record<string, string>
  main?: string
  module?: string
  types?: string
}

export function readPackageJson(dir: string = REPO): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson
}

/** One library entry of the exports map. */
export interface Entry {
  /** The import specifier: `copydesk` or `copydesk/schema`. */
  specifier: string
  /** The exports key: `.` or `./schema`. */
  key: string
  /** A JS identifier for generated code: `root`, `entry_schema`. */
  ident: string
  /** Declaration files per condition, as in the exports map (`dist/schema.d.ts`). */
  importTypes: string
  requireTypes: string
}

/** Every library entry of "exports" (root first), skipping `./package.json`. */
export function entries(pkg: PackageJson = readPackageJson()): Entry[] {
  const result: Entry[] = []
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key === './package.json') continue
    const target = value as { import?: { types?: string }; require?: { types?: string } }
    const sub = key === '.' ? '' : key.slice(2)
    result.push({
      specifier: sub === '' ? pkg.name : `${pkg.name}/${sub}`,
      key,
      ident: sub === '' ? 'root' : `entry_${sub.replace(/[^A-Z0-9]/gi, '_')}`,
      importTypes: clean(target.import?.types ?? ''),
      requireTypes: clean(target.require?.types ?? ''),
    })
  }
  return result.sort((a, b) => (a.key === '.' ? -1 : b.key === '.' ? 1 : a.key.localeCompare(b.key)))
}

const clean = (path: string): string => path.replace(/^\.\//, '')

/** Every file path package.json points at ("exports", "typesVersions", "bin", "main", …). */
export function referencedFiles(pkg: PackageJson): string[] {
  const found = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.add(clean(value))
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(pkg.exports)
  walk(pkg.typesVersions)
  walk(pkg.bin)
  walk([pkg.main, pkg.module, pkg.types].filter((x) => x !== undefined))
  return [...found].sort()
}

// ─── child processes ─────────────────────────────────────────────────────────────────────────────

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

// Children must not inherit the lifecycle variables of an outer `npm test`.
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_(?:lifecycle|package)_/.test(name)) continue
    env[name] = value
  }
  return env
}

export function run(cmd: string, args: string[], cwd: string, timeoutMs = 240_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Like {@link run}, but rejects with the command and its output when it exits non-zero. */
export async function runOk(cmd: string, args: string[], cwd: string, timeoutMs?: number): Promise<RunResult> {
  const result = await run(cmd, args, cwd, timeoutMs)
  if (result.code !== 0) {
    const tail = (text: string): string => text.split('\n').slice(-40).join('\n')
    throw new Error(
      `\`${[cmd, ...args].join(' ')}\` in ${cwd} exited ${result.code}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`,
    )
  }
  return result
}

/** Runs a Node script and parses the JSON it prints as its last line. */
export async function runNodeJson<T>(script: string, cwd: string): Promise<T> {
  const result = await runOk(process.execPath, [script], cwd)
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(last) as T
  } catch {
    throw new Error(`${script} printed no JSON report:\n${result.stdout}\n${result.stderr}`)
  }
}

// ─── pack + install (shared, cached) ─────────────────────────────────────────────────────────────

export interface Installed {
  /** Hash of the sources the tarball was built from. */
  key: string
  /** The packed .tgz. */
  tarball: string
  /** Paths inside the tarball (`dist/index.js`, `package.json`, …), from `npm pack --json`. */
  tarballFiles: string[]
  /** The consumer project with the tarball installed. */
  consumer: string
  /** consumer/node_modules/copydesk */
  packageDir: string
  /** How long packing and installing took (0 when reused from the cache). */
  seconds: number
}

const CACHE = join(tmpdir(), 'copydesk-package-test')

function buildInputs(): string[] {
  const files: string[] = []
  for (const name of readdirSync(REPO)) {
    const path = join(REPO, name)
    if (statSync(path).isFile() && !name.endsWith('.tgz')) files.push(path)
  }
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk(join(REPO, 'src'))
  // The build copies the sample newsroom into dist/ (so `copydesk demo` works from the package).
  walk(join(REPO, 'examples', 'newsroom'))
  return files.sort()
}

function hashInputs(files: string[], base: string): string {
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(relative(base, file).split(sep).join('/'))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

async function withLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A lock older than 10 minutes belongs to a run that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true })
      } catch {
        // it went away meanwhile
      }
      await sleep(250)
    }
  }
  try {
    return await fn()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

function pruneOldPacks(keep: string): void {
  if (!existsSync(CACHE)) return
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name)
    if (name === keep || name.endsWith('.lock')) continue
    // staging folders of running packs are fresh; dead ones age out like the rest
    try {
      // (a pack in use is touched on every reuse, and a run takes minutes)
      if (Date.now() - statSync(path).mtimeMs > 30 * 60_000) rmSync(path, { recursive: true, force: true })
    } catch {
      // another run removed it
    }
  }
}

async function packAndInstallFresh(inputs: string[]): Promise<Installed> {
  const started = Date.now()
  // Built in a staging folder, then renamed (atomically, ready.json included) to the hash of what
  // was actually copied: sources edited meanwhile land under their own hash, never a wrong one.
  const staging = mkdtempSync(join(CACHE, 'staging-'))
  try {
    // 1. a copy of what the build reads, with the repo's node_modules linked in
    const work = join(staging, 'work')
    for (const file of inputs) cpSync(file, join(work, relative(REPO, file)))
    symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir')
    const key = hashInputs(
      inputs.map((file) => join(work, relative(REPO, file))),
      work,
    )
    const final = join(CACHE, key)
    // 2. npm pack (prepack builds dist/ in the copy)
    const pack = await runOk('npm', ['pack', '--json', '--pack-destination', staging], work)
    const packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
      filename: string
      files: { path: string }[]
    }[]
    const info = packed[0]
    if (info === undefined) throw new Error(`npm pack printed no package:\n${pack.stdout}`)
    // 3. a consumer project that installs the tarball (zod, a peer, is installed by npm 11 itself)
    const consumer = join(staging, 'consumer')
    mkdirSync(consumer)
    writeFileSync(
      join(consumer, 'package.json'),
      `${JSON.stringify({ name: 'copydesk-consumer', private: true }, null, 2)}\n`,
    )
    await runOk(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(staging, info.filename)],
      consumer,
    )
    const name = readPackageJson(work).name
    rmSync(work, { recursive: true, force: true })
    const installed: Installed = {
      key,
      tarball: join(final, info.filename),
      tarballFiles: info.files.map((file) => file.path).sort(),
      consumer: join(final, 'consumer'),
      packageDir: join(final, 'consumer', 'node_modules', name),
      seconds: 0,
    }
    writeFileSync(join(staging, 'ready.json'), JSON.stringify(installed, null, 2))
    if (existsSync(join(final, 'ready.json'))) {
      rmSync(staging, { recursive: true, force: true })
    } else {
      rmSync(final, { recursive: true, force: true })
      renameSync(staging, final)
    }
    return { ...installed, seconds: (Date.now() - started) / 1000 }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

/**
 * Packs the current sources and installs the tarball into a temp consumer project, once per
 * source state (see the file comment).
 */
export async function packAndInstall(): Promise<Installed> {
  const inputs = buildInputs()
  const key = hashInputs(inputs, REPO)
  const ready = join(CACHE, key, 'ready.json')
  const failed = join(CACHE, `${key}.failed`)
  mkdirSync(CACHE, { recursive: true })
  pruneOldPacks(key)
  return withLock(join(CACHE, `${key}.lock`), async () => {
    if (existsSync(ready)) {
      const now = new Date()
      utimesSync(join(CACHE, key), now, now)
      return { ...(JSON.parse(readFileSync(ready, 'utf8')) as Installed), seconds: 0 }
    }
    // The other test files of the same run get the same failure without building again.
    if (existsSync(failed) && Date.now() - statSync(failed).mtimeMs < 300_000) {
      throw new Error(`(same sources failed to pack a moment ago)\n${readFileSync(failed, 'utf8')}`)
    }
    try {
      return await packAndInstallFresh(inputs)
    } catch (error) {
      writeFileSync(failed, error instanceof Error ? error.message : String(error))
      throw error
    }
  })
}

/** A new folder inside the consumer project (so `copydesk` resolves from it); remove it after use. */
export function scratchDir(installed: Installed, label: string): string {
  return mkdtempSync(join(installed.consumer, `${label}-`))
}

// ─── runtime bundles (edge VM, Chromium) ─────────────────────────────────────────────────────────

/**
 * Source of an ES module that imports every entry plus the checks (from `checks`, a path for
 * esbuild or a file URL for Node), and stores the report on `globalThis.__copydeskReport`.
 */
export function runtimeEntrySource(list: Entry[], checks: string = RUNTIME_CHECKS): string {
  const lines = list.map((entry) => `import * as ${entry.ident} from '${entry.specifier}'`)
  lines.push(`import { runChecks } from ${JSON.stringify(checks)}`)
  lines.push(`globalThis.__copydeskReport = runChecks({`)
  for (const entry of list) lines.push(`  ${JSON.stringify(entry.specifier)}: ${entry.ident},`)
  lines.push('})')
  return `${lines.join('\n')}\n`
}

/** Bundles {@link runtimeEntrySource} with esbuild from inside the consumer (so the installed dist is used). */
export async function bundleRuntimeEntry(dir: string, list: Entry[], format: 'iife' | 'esm'): Promise<string> {
  const entry = join(dir, 'runtime-entry.mjs')
  writeFileSync(entry, runtimeEntrySource(list))
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: dir,
    bundle: true,
    write: false,
    format,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  })
  const text = result.outputFiles[0]?.text
  if (text === undefined) throw new Error('esbuild produced no output')
  return text
}

/** A Node-only line in a bundle, and the module esbuild says it came from. */
export interface Leftover {
  module: string
  line: string
}

/**
 * Node-only leftovers a browser/edge bundle must not contain (`require("node:…")`, imports of
 * `node:`, `process.env`). The module is taken from the `// path` comment esbuild writes before
 * each module of an unminified bundle.
 */
export function nodeLeftovers(bundle: string): Leftover[] {
  const pattern = /require\(\s*["']node:|\bfrom\s*["']node:|import\(\s*["']node:|\bprocess\.env\b/
  const found: Leftover[] = []
  let module = '(bundle start)'
  for (const line of bundle.split('\n')) {
    const header = /^\s*\/\/ ((?:node_modules|\.\.?\/)\S*)$/.exec(line)
    if (header?.[1] !== undefined) module = header[1]
    else if (pattern.test(line)) found.push({ module, line: line.trim().slice(0, 160) })
  }
  return found
}

/**
 * Leftovers in dependencies that are known to be unreachable. Each entry must say why; anything
 * else fails the test.
 */
export const KNOWN_DEPENDENCY_LEFTOVERS: { module: RegExp; line: string; why: string }[] = [
  {
    // sanitize-html (copydesk/moderation) depends on postcss
    module: /(^|\/)node_modules\/postcss\/lib\/postcss\.js$/,
    line: 'if (process.env.LANG && process.env.LANG.startsWith("zh")) {',
    why: "inside postcss.plugin()'s deprecation warning; sanitize-html never calls postcss.plugin()",
  },
]

/** The bundle tests shared by the edge VM and Chromium files. */
export function describeBundleLeftovers(getBundle: () => string): void {
  const isOwn = (leftover: Leftover): boolean =>
    !/(?:^|\/)node_modules\//.test(leftover.module) || /(?:^|\/)node_modules\/copydesk\//.test(leftover.module)

  it('copydesk\'s own code in the bundle has no require("node:…"), node: import or process.env', () => {
    expect(getBundle()).toMatch(/node_modules\/copydesk\/dist\//)
    expect(nodeLeftovers(getBundle()).filter(isOwn)).toEqual([])
  })

  it('dependencies in the bundle have none either, except known unreachable lines (KNOWN_DEPENDENCY_LEFTOVERS)', () => {
    const unexpected = nodeLeftovers(getBundle())
      .filter((leftover) => !isOwn(leftover))
      .filter(
        (leftover) =>
          !KNOWN_DEPENDENCY_LEFTOVERS.some(
            (known) => known.module.test(leftover.module) && known.line === leftover.line,
          ),
      )
    expect(unexpected).toEqual([])
  })
}

/**
 * Defines the tests every runtime shares, over the report of _runtime-checks.mjs. `load` runs once
 * (in a beforeAll of the calling describe).
 */
export function describeRuntimeReport(
  list: Entry[],
  load: () => Promise<RuntimeReport>,
  options: { noNodeGlobals: boolean },
): void {
  let report: RuntimeReport
  beforeAll(async () => {
    report = await load()
  })

  it('runs the checks without a fatal error and loads every entry of the exports map', () => {
    expect(report.fatal).toBeNull()
    expect(report.entries.map((entry) => entry.specifier)).toEqual(list.map((entry) => entry.specifier))
  })

  if (options.noNodeGlobals) {
    it('has no process, Buffer or require global', () => {
      expect(report.globals).toEqual({ process: 'undefined', Buffer: 'undefined', require: 'undefined' })
    })
  }

  it.each(list)(
    '$specifier: every export is defined and is the same object on the root; no default export',
    ({ specifier }) => {
      const entry = report.entries.find((candidate) => candidate.specifier === specifier)
      expect(entry, `${specifier} was not loaded`).toBeDefined()
      expect(entry?.exportCount, `${specifier} has no exports`).toBeGreaterThan(0)
      expect(entry?.undefinedExports, `${specifier}: exports that are undefined`).toEqual([])
      expect(entry?.missingOnRoot, `${specifier}: exports missing from the root entry`).toEqual([])
      expect(entry?.differentOnRoot, `${specifier}: exports that are a different object on the root`).toEqual([])
      expect(entry?.hasDefault, `${specifier} has a default export`).toBe(false)
    },
  )

  it('parseArticle accepts a valid article and normalizes publishedAt to UTC', () => {
    expect(report.valid).toEqual({ ok: true, publishedAt: VALID_PUBLISHED_AT, tags: [], language: 'en' })
  })

  it('parseArticle throws a CopydeskError VALIDATION_FAILED whose issues name authors.0.name and publishedAt', () => {
    expect(report.invalid).toMatchObject({
      threw: true,
      isError: true,
      name: 'CopydeskError',
      code: 'VALIDATION_FAILED',
      paths: BAD_ARTICLE_PATHS,
    })
    expect(report.invalid?.message).toMatch(/^parseArticle: 2 problems/)
  })

  it('the error passes instanceof CopydeskError and isCopydeskError of every entry that exports them; a plain Error does not', () => {
    const instanceOf = report.invalid?.instanceOf ?? {}
    const guard = report.invalid?.guard ?? {}
    expect(Object.keys(instanceOf)).toContain(list[0]?.specifier)
    expect(Object.values(instanceOf).every(Boolean), JSON.stringify(instanceOf)).toBe(true)
    expect(Object.keys(guard)).toContain(list[0]?.specifier)
    expect(Object.values(guard).every(Boolean), JSON.stringify(guard)).toBe(true)
    expect(report.invalid?.plainErrorIsCopydeskError).toBe(false)
  })

  it('safeParseArticle returns the same issues without throwing', () => {
    expect(report.safe).toEqual({ threw: false, success: false, paths: BAD_ARTICLE_PATHS })
  })
}
