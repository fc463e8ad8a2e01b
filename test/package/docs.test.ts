// Docs that run (issue 16 item 5): every ```ts block of README.md and docs/*.md is written to a
// folder inside the consumer project that installed the PACKED TARBALL, type-checked there in one
// TypeScript program (strict, moduleResolution bundler), and the blocks that call console.log are
// run with Node, all in one process (_docs-runner.mjs); every `console.log(x) // → value` is
// compared with what was printed. One test per block, named by file and line; errors name the
// Markdown line. The conventions are in _docs-blocks.ts (opting out: ```ts no-check: why).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  blockId,
  decodeCaptured,
  extractBlocks,
  mismatches,
  outputChecks,
  parseExpected,
  type DocBlock,
} from './_docs-blocks.js'
import { packAndInstall, REPO, run, scratchDir } from './_helpers.js'

const RUNNER = fileURLToPath(new URL('./_docs-runner.mjs', import.meta.url))
/** The most blocks that may opt out (listings of shapes, not code). */
const MAX_OPT_OUTS = 6

const DOC_FILES = [
  'README.md',
  ...readdirSync(join(REPO, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
]
const blocks = DOC_FILES.flatMap((file) => extractBlocks(file, readFileSync(join(REPO, file), 'utf8')))
const checked = blocks.filter((block) => block.noCheck === undefined)

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2023', 'dom', 'dom.iterable'],
    types: ['node'],
    typeRoots: [join(REPO, 'node_modules', '@types')],
    rootDir: 'blocks',
    outDir: 'out',
    sourceMap: true,
    noEmitOnError: false,
    skipLibCheck: true,
    esModuleInterop: true,
  },
  include: ['blocks'],
}

let dir = ''
/** TypeScript errors per block name (`docs/text.md:16`), each with its Markdown line. */
const errors = new Map<string, string[]>()
const strayErrors: string[] = []

/**
 * One TypeScript program over every block (the API rather than the tsc binary: tsc stops at
 * syntax errors and would hide the type errors of every other block). Emits JS + source maps.
 */
function compileBlocks(): void {
  const { options, errors: configErrors } = ts.convertCompilerOptionsFromJson(TSCONFIG.compilerOptions, dir)
  strayErrors.push(...configErrors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')))
  const byPath = new Map(checked.map((block) => [join(dir, 'blocks', `${blockId(block)}.ts`), block]))
  const program = ts.createProgram({ rootNames: [...byPath.keys()], options })
  for (const [path, block] of byPath) {
    const sf = program.getSourceFile(path)
    if (sf === undefined) {
      strayErrors.push(`${path}: not in the program`)
      continue
    }
    const found = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]
    errors.set(
      block.name,
      found.map((d) => {
        const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0)
        const text = ts.flattenDiagnosticMessageText(d.messageText, '\n')
        return `${block.file}:${block.line + line + 1}:${character + 1} TS${d.code}: ${text}`
      }),
    )
  }
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]
  strayErrors.push(...global.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')))
  program.emit()
}

interface BlockRun {
  logs: { line: number; args: number; value: string }[]
  stderr: string[]
  error?: string
}
/** What each printing block did, by block id (one Node process runs them all: _docs-runner.mjs). */
let runs: Record<string, BlockRun> = {}
let runnerOutput = ''

beforeAll(async () => {
  const installed = await packAndInstall()
  dir = scratchDir(installed, 'docs')
  mkdirSync(join(dir, 'blocks'))
  for (const block of checked) writeFileSync(join(dir, 'blocks', `${blockId(block)}.ts`), `${block.code}\nexport {}\n`)
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2))
  // Blocks read the sample newsroom as a reader of the README would, from examples/newsroom/.
  cpSync(join(REPO, 'examples', 'newsroom'), join(dir, 'examples', 'newsroom'), { recursive: true })
  compileBlocks()
  const printing = checked.filter((block) => outputChecks(block.code).prints)
  const scripts = printing.map((block) => join('out', `${blockId(block)}.js`))
  const results = join(dir, 'results.json')
  const result = await run(process.execPath, ['--enable-source-maps', RUNNER, results, ...scripts], dir, 120_000)
  runnerOutput = `exit ${result.code}\n${result.stderr}`
  if (existsSync(results)) runs = JSON.parse(readFileSync(results, 'utf8')) as Record<string, BlockRun>
})

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

function checkBlock(block: DocBlock): void {
  const { prints, checks, problems } = outputChecks(block.code, (line) => `${block.file}:${block.line + line}`)
  expect(problems, `${block.name}: output comments`).toEqual([])
  if (!prints) return
  const ran = runs[blockId(block)]
  expect(ran, `${block.name} did not run: ${runnerOutput}`).toBeDefined()
  if (ran === undefined) return
  expect(ran.error, `${block.name}: threw`).toBeUndefined()
  expect(ran.stderr, `${block.name}: console.error / console.warn`).toEqual([])
  for (const check of checks) {
    const where = `${block.file}:${block.line + check.line}`
    const calls = ran.logs.filter((log) => log.line === check.line)
    expect(calls.length, `${where}: the console.log ran`).toBeGreaterThan(0)
    const pattern = parseExpected(check.expected)
    for (const call of calls) {
      expect(call.args, `${where}: one argument to compare`).toBe(1)
      expect(mismatches(pattern, decodeCaptured(call.value)), `${where}: printed vs shown`).toEqual([])
    }
  }
}

describe('docs code blocks against the packed tarball', () => {
  it('finds the TypeScript blocks of README.md and every guide', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(25)
    const files = new Set(blocks.map((block) => block.file))
    for (const file of ['README.md', 'docs/text.md', 'docs/schema.md', 'docs/teaser.md']) expect(files).toContain(file)
  })

  it(`opt-outs give their reason and stay rare (at most ${MAX_OPT_OUTS})`, () => {
    const optOuts = blocks.filter((block) => block.noCheck !== undefined)
    for (const block of optOuts)
      expect(block.noCheck?.length ?? 0, `${block.name}: no-check needs a reason`).toBeGreaterThan(12)
    expect(optOuts.length).toBeLessThanOrEqual(MAX_OPT_OUTS)
  })

  it('tsc reported nothing outside the blocks, and the runner finished', () => {
    expect(strayErrors).toEqual([])
    expect(runnerOutput).toBe('exit 0\n')
  })

  it.each(checked.map((block) => [block.name, block] as const))(
    '%s type-checks and prints what it shows',
    (name, block) => {
      expect(errors.get(name) ?? [], `${name}: tsc`).toEqual([])
      checkBlock(block)
    },
  )
})
