// The code blocks of README.md and docs/*.md, read as test material (issue 16 item 5), used by
// docs.test.ts. The conventions the docs follow:
//
// 1. Every ```ts / ```typescript block is a module that type-checks on its own under `strict` with
//    `moduleResolution: "bundler"` against the packed tarball. A name the reader brings (their
//    article, their database) is declared in the block: `declare const article: Article`; such a
//    block is only type-checked.
// 2. A block that calls `console.log` (and declares nothing) is also run (Node, from a folder holding the sample newsroom
//    under examples/newsroom/). A result shown in the docs is printed: `console.log(x) // → value`,
//    the value on the same line or on the comment lines right after the call (continuation lines
//    start with `//` and two spaces). The value is a JavaScript literal compared with what was
//    printed: strings, numbers, booleans, null, undefined, arrays and objects. An object lists
//    every key the result has (keys whose value is undefined may be left out), unless it ends with
//    `…`: then only the listed keys are compared. An array ends with `…` when it goes on. `{ id }`
//    or `{ id: … }` says the key is there, whatever its value. A note goes on its own comment
//    line, not after the value. A value-looking comment after a console.log without the arrow is
//    refused (every value shown is checked).
// 3. A bare expression with a value-looking comment (`slugify(x) // 'x'`) is refused: print it.
// 4. Opting out: ```ts no-check: <the reason, at least a few words>. For listings that are not
//    code; keep them rare (the test caps their number).
import ts from 'typescript'

export interface DocBlock {
  /** `docs/text.md:16`: the file and the line of the opening fence. */
  name: string
  file: string
  line: number
  code: string
  /** The reason given after `no-check`, or undefined when the block is checked. */
  noCheck: string | undefined
}

const FENCE = /^( *)(`{3,}(?!`)|~{3,}(?!~))(.*)$/

/** Every ```ts / ```typescript block of a Markdown file (indented blocks included). */
export function extractBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split('\n')
  const blocks: DocBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '')
    if (open === null) continue
    const [, indent = '', fence = '', info = ''] = open
    let end = i + 1
    const closes = (line: string): boolean => {
      const close = FENCE.exec(line)
      return (
        close !== null &&
        close[2]?.[0] === fence[0] &&
        (close[2]?.length ?? 0) >= fence.length &&
        close[3]?.trim() === ''
      )
    }
    while (end < lines.length && !closes(lines[end] ?? '')) end++
    const [lang = '', ...rest] = info.trim().split(/\s+/)
    if (lang === 'ts' || lang === 'typescript') {
      const flags = rest.join(' ')
      const optOut = /^no-check\b:?(.*)$/.exec(flags)
      const body = lines.slice(i + 1, end).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      blocks.push({ name: `${file}:${i + 1}`, file, line: i + 1, code: body.join('\n'), noCheck: optOut?.[1]?.trim() })
    }
    i = end
  }
  return blocks
}

/** A file name for a block: `docs_text_md_L16`. */
export function blockId(block: DocBlock): string {
  return `${block.file.replace(/[^A-Z0-9]/gi, '_')}_L${block.line}`
}

// ─── output comments ─────────────────────────────────────────────────────────────────────────────

export interface OutputCheck {
  /** The block line (1-based) of the `console.log` call. */
  line: number
  /** The literal after `→`, continuation lines joined. */
  expected: string
}

interface Comment {
  line: number
  text: string
  /** Nothing but the comment on its line. */
  alone: boolean
}

function commentsOf(sf: ts.SourceFile): Comment[] {
  const text = sf.getFullText()
  const seen = new Map<number, Comment>()
  const add = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || seen.has(range.pos)) continue
      const { line, character } = sf.getLineAndCharacterOfPosition(range.pos)
      const lineStart = sf.getPositionOfLineAndCharacter(line, 0)
      const alone = text.slice(lineStart, lineStart + character).trim() === ''
      seen.set(range.pos, { line: line + 1, text: text.slice(range.pos + 2, range.end), alone })
    }
  }
  const visit = (node: ts.Node): void => {
    add(ts.getLeadingCommentRanges(text, node.pos))
    add(ts.getTrailingCommentRanges(text, node.end))
    for (const child of node.getChildren(sf)) visit(child)
  }
  visit(sf)
  return [...seen.values()].sort((a, b) => a.line - b.line)
}

interface Call {
  startLine: number
  endLine: number
  isLog: boolean
  statement: boolean
}

function isConsoleLog(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.getText() === 'console.log'
  )
}

function expressionStatements(sf: ts.SourceFile): Call[] {
  const found: Call[] = []
  const line = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1
  const visit = (node: ts.Node): void => {
    if (isConsoleLog(node)) {
      found.push({ startLine: line(node.getStart(sf)), endLine: line(node.end), isLog: true, statement: false })
    } else if (ts.isExpressionStatement(node) && !isConsoleLog(node.expression)) {
      found.push({ startLine: line(node.getStart(sf)), endLine: line(node.end), isLog: false, statement: true })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const VALUE_LIKE = /^\s*(?:['"`{[]|-?\d|true\b|false\b|null\b|undefined\b)/

/**
 * The `console.log(x) // → value` checks of a block, and the problems of its comments: an arrow
 * that follows no console.log, a value shown after a bare expression.
 */
export function outputChecks(
  code: string,
  where = (line: number): string => `line ${line}`,
): { prints: boolean; checks: OutputCheck[]; problems: string[] } {
  const sf = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const calls = expressionStatements(sf)
  const comments = commentsOf(sf)
  const checks: OutputCheck[] = []
  const problems: string[] = []
  const byLine = new Map(comments.map((c) => [c.line, c]))
  for (const comment of comments) {
    const arrow = /^\s*→(.*)$/.exec(comment.text)
    // the call the comment belongs to: ends on its line, or on the line above a comment-only line
    const ownerLine = comment.alone ? comment.line - 1 : comment.line
    const owner = calls.find((c) => c.endLine === ownerLine)
    if (arrow === null) {
      if (VALUE_LIKE.test(comment.text) && owner?.statement === true) {
        problems.push(
          `${where(comment.line)} shows a value after a bare expression: print it (console.log(…) // → value)`,
        )
      } else if (VALUE_LIKE.test(comment.text) && owner?.isLog === true) {
        problems.push(`${where(comment.line)} shows a printed value without "→": write // → value (it is then checked)`)
      }
      continue
    }
    if (owner?.isLog !== true) {
      problems.push(`${where(comment.line)}: a "// →" comment must follow a console.log(…) call`)
      continue
    }
    let expected = arrow[1] ?? ''
    for (let next = comment.line + 1; ; next++) {
      const more = byLine.get(next)
      if (more?.alone !== true || !/^ {2}/.test(more.text)) break
      expected += `\n${more.text}`
    }
    checks.push({ line: owner.startLine, expected: expected.trim() })
  }
  // A block that declares what the reader brings (`declare const article: Article`) cannot run.
  const declares = sf.statements.some((statement) =>
    ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword),
  )
  if (declares && checks.length > 0)
    problems.push(`${where(1)}: a block with \`declare\` only type-checks, so it cannot show output (→)`)
  return { prints: !declares && calls.some((c) => c.isLog), checks, problems }
}

// ─── expected values ─────────────────────────────────────────────────────────────────────────────

export type Pattern =
  | { kind: 'value'; value: unknown }
  | { kind: 'present' }
  | { kind: 'array'; items: Pattern[]; more: boolean }
  | { kind: 'object'; props: [string, Pattern][]; more: boolean }

const MORE = '__docs_more__'

/** `…` outside string literals becomes an identifier the parser accepts. */
function markEllipses(text: string): string {
  let out = ''
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (quote !== '') {
      out += ch
      if (ch === '\\') out += text[++i] ?? ''
      else if (ch === quote) quote = ''
    } else if (ch === '…') out += ` ${MORE} `
    else {
      if (ch === "'" || ch === '"' || ch === '`') quote = ch
      out += ch
    }
  }
  return out
}

function toPattern(node: ts.Expression): Pattern {
  if (ts.isParenthesizedExpression(node)) return toPattern(node.expression)
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'value', value: node.text }
  if (ts.isNumericLiteral(node)) return { kind: 'value', value: Number(node.text) }
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  ) {
    return { kind: 'value', value: -Number(node.operand.text) }
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'value', value: true }
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'value', value: false }
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'value', value: null }
  if (ts.isIdentifier(node) && node.text === 'undefined') return { kind: 'value', value: undefined }
  if (ts.isArrayLiteralExpression(node)) {
    const items = [...node.elements]
    const last = items.at(-1)
    const more = last !== undefined && ts.isIdentifier(last) && last.text === MORE
    return { kind: 'array', items: (more ? items.slice(0, -1) : items).map(toPattern), more }
  }
  if (ts.isObjectLiteralExpression(node)) {
    const props: [string, Pattern][] = []
    let more = false
    for (const prop of node.properties) {
      if (ts.isShorthandPropertyAssignment(prop)) {
        if (prop.name.text === MORE) more = true
        else props.push([prop.name.text, { kind: 'present' }])
      } else if (ts.isPropertyAssignment(prop) && !ts.isComputedPropertyName(prop.name)) {
        const any = ts.isIdentifier(prop.initializer) && prop.initializer.text === MORE
        props.push([prop.name.text, any ? { kind: 'present' } : toPattern(prop.initializer)])
      } else throw new Error(`not a literal: ${prop.getText()}`)
    }
    return { kind: 'object', props, more }
  }
  throw new Error(`not a literal: ${node.getText()}`)
}

/** Parses the literal shown after `→` (throws on anything that is not a literal). */
export function parseExpected(text: string): Pattern {
  const source = `(${markEllipses(text)}\n)`
  const sf = ts.createSourceFile('expected.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const diagnostics = (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics
  const statement = sf.statements[0]
  if (
    diagnostics.length > 0 ||
    sf.statements.length !== 1 ||
    statement === undefined ||
    !ts.isExpressionStatement(statement)
  ) {
    throw new Error(`not a literal: ${text}`)
  }
  return toPattern(statement.expression)
}

const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value))

/** Where `actual` differs from the pattern (empty when it matches). */
export function mismatches(pattern: Pattern, actual: unknown, path = '(value)'): string[] {
  switch (pattern.kind) {
    case 'value':
      return Object.is(pattern.value, actual)
        ? []
        : [`${path}: expected ${show(pattern.value)}, printed ${show(actual)}`]
    case 'present':
      return []
    case 'array': {
      if (!Array.isArray(actual)) return [`${path}: expected an array, printed ${show(actual)}`]
      const lengthOk = pattern.more ? actual.length >= pattern.items.length : actual.length === pattern.items.length
      const out = lengthOk
        ? []
        : [`${path}: expected ${pattern.items.length}${pattern.more ? '+' : ''} items, printed ${actual.length}`]
      pattern.items.forEach((item, i) => out.push(...mismatches(item, actual[i], `${path}[${i}]`)))
      return out
    }
    case 'object': {
      if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
        return [`${path}: expected an object, printed ${show(actual)}`]
      }
      const record = actual as Record<string, unknown>
      const out: string[] = []
      for (const [key, item] of pattern.props) {
        if (!Object.hasOwn(record, key)) {
          // undefined values travel as absent keys
          if (item.kind !== 'value' || item.value !== undefined) out.push(`${path}.${key}: missing`)
        } else out.push(...mismatches(item, record[key], `${path}.${key}`))
      }
      if (!pattern.more) {
        const listed = new Set(pattern.props.map(([key]) => key))
        const extra = Object.keys(record).filter((key) => !listed.has(key) && record[key] !== undefined)
        if (extra.length > 0)
          out.push(`${path}: printed keys the docs do not list (end the object with …): ${extra.join(', ')}`)
      }
      return out
    }
  }
}

/** Decodes a value written by _docs-capture.mjs (undefined travels as a marker). */
export function decodeCaptured(json: string): unknown {
  return JSON.parse(json, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && (value as { $docs?: unknown }).$docs === 'undefined'
      ? undefined
      : value,
  )
}
