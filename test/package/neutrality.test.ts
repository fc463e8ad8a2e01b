// Everything outside src/cli/ must run unchanged in browsers and edge runtimes. tsconfig's
// `types: []` + `lib: ["es2022"]` already rejects undeclared globals; this scan also catches what a
// hand-written `declare`, a `@ts-ignore` or an `any` cast lets through. It parses each file with
// TypeScript (so comments, strings and property names such as `article.document` don't count) and
// lists every Node or DOM reference as file:line.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { REPO } from './_helpers.js'

/** Globals that exist only in Node or only in the DOM. */
const FORBIDDEN_GLOBALS = new Set([
  'process',
  'Buffer',
  'require',
  'window',
  'document',
  'global',
  '__dirname',
  '__filename',
  'module',
])
const NODE_BUILTINS = new Set(builtinModules)

const isNodeModule = (specifier: string): boolean =>
  specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')

/** Names declared anywhere in the file (a local `document` variable shadows the global). */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return names
}

/** Is `node` the name of its parent (a property, member, declaration or import/export name)? */
function isNamePosition(node: ts.Identifier): boolean {
  const parent = node.parent as ts.Node & { name?: ts.Node; propertyName?: ts.Node }
  if (ts.isShorthandPropertyAssignment(parent)) return false // `{ process }` reads the variable
  if (ts.isQualifiedName(parent)) return parent.right === node
  return parent.name === node || parent.propertyName === node
}

/** Every platform-specific reference in one source text, as `file:line: what`. */
export function findPlatformReferences(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const declared = declaredNames(file)
  const found: string[] = []
  const report = (node: ts.Node, what: string): void => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
    found.push(`${fileName}:${line + 1}: ${what}`)
  }
  const checkSpecifier = (node: ts.Node, specifier: ts.Node | undefined): void => {
    if (specifier !== undefined && ts.isStringLiteralLike(specifier) && isNodeModule(specifier.text)) {
      report(node, `imports '${specifier.text}'`)
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node, node.moduleSpecifier)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      checkSpecifier(node, node.moduleReference.expression)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      checkSpecifier(node, node.arguments[0])
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      checkSpecifier(node, node.argument.literal)
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['globalThis', 'self'].includes(node.expression.text) &&
      FORBIDDEN_GLOBALS.has(node.name.text)
    ) {
      report(node, `uses ${node.expression.text}.${node.name.text}`)
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['globalThis', 'self'].includes(node.expression.text) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      FORBIDDEN_GLOBALS.has(node.argumentExpression.text)
    ) {
      report(node, `uses ${node.expression.text}['${node.argumentExpression.text}']`)
    } else if (
      ts.isIdentifier(node) &&
      FORBIDDEN_GLOBALS.has(node.text) &&
      !declared.has(node.text) &&
      !isNamePosition(node)
    ) {
      report(node, `uses the global ${node.text}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path))
    else if (/\.[mc]?tsx?$/.test(name)) files.push(path)
  }
  return files
}

describe('platform neutrality of src/ (outside src/cli/)', () => {
  it('no file imports a Node built-in or uses process, Buffer, require, window, document, global, __dirname, __filename or module', () => {
    const src = join(REPO, 'src')
    const cli = join(src, 'cli') + sep
    const files = sourceFiles(src).filter((file) => !file.startsWith(cli))
    expect(files.length).toBeGreaterThan(10)
    const found = files.flatMap((file) =>
      findPlatformReferences(readFileSync(file, 'utf8'), relative(REPO, file).split(sep).join('/')),
    )
    expect(found).toEqual([])
  })

  it('the scan itself flags each forbidden form (so a clean result means something)', () => {
    const sample = [
      "import { readFileSync } from 'node:fs'",
      "import path from 'path'",
      "export { createHash } from 'node:crypto'",
      "const os = await import('node:os')",
      "type Stream = import('node:stream').Readable",
      "const legacy = require('./legacy.js')",
      'const env = process.env.SECRET',
      "const bytes = Buffer.from('x')",
      'const width = window.innerWidth',
      "const node = document.createElement('p')",
      'const p = globalThis.process',
      "const b = globalThis['Buffer']",
      'const here = __dirname',
      'send({ process })',
      'const g = global.setTimeout',
      'let b2: Buffer',
    ].join('\n')
    const found = findPlatformReferences(sample, 'sample.ts').map((line) => line.replace(/^sample\.ts:(\d+): .*/, '$1'))
    expect(new Set(found)).toEqual(new Set(Array.from({ length: 16 }, (_, i) => String(i + 1))))
  })

  it('the scan ignores comments, strings, property names and locally declared names', () => {
    const sample = [
      '// process.env.SECRET and Buffer in a comment',
      '/** @example const token = sign(process.env.SECRET!) */',
      "const message = 'an RSS document. window.x process.env require(x)'",
      'const template = `see document.title and Buffer`',
      'const feed = { document: 1, process: 2 }',
      'feed.document + feed.process',
      'function render(document: { title: string }) { return document.title }',
      'const bytes: ArrayBuffer = new ArrayBuffer(1)',
      "import { slugify } from './slugify.js'",
      'interface Job { process(): void; window: number }',
    ].join('\n')
    expect(findPlatformReferences(sample, 'sample.ts')).toEqual([])
  })
})
