// Caps element nesting before sanitize-html parses a comment: its cost grows faster than the depth
// (nested <div> at depth 25k / 50k / 100k took 0.4 / 2.7 / 11.8 s). One left-to-right pass reads
// the tags (quotes respected, comments skipped) and removes every start tag nested deeper than
// PARSE_DEPTH_LIMIT, with its end tag; the text inside stays. The result still goes through
// sanitize-html, so a misread tag can only change how much markup survives, never what is safe.

/** The deepest element nesting handed to the HTML parser; deeper tags are removed (text kept). */
export const PARSE_DEPTH_LIMIT = 256

const VOID: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45

/**
 * `input` with the tags nested deeper than `limit` removed, and how many start tags were removed
 * (with the first one's name); `null` when nothing is that deep.
 */
export function flattenDeepNesting(
  input: string,
  limit: number = PARSE_DEPTH_LIMIT,
): { html: string; removed: number; tag: string } | null {
  let lt = 0
  for (let i = input.indexOf('<'); i !== -1 && lt <= limit; i = input.indexOf('<', i + 1)) lt++
  if (lt <= limit) return null
  const n = input.length
  const parts: string[] = []
  let last = 0
  let depth = 0
  let removedOpen = 0
  let removed = 0
  let firstTag = ''
  let i = input.indexOf('<')
  while (i !== -1 && i < n) {
    if (input.startsWith('<!--', i)) {
      const end = input.indexOf('-->', i + 4)
      if (end === -1) break
      i = input.indexOf('<', end + 3)
      continue
    }
    const closing = input.charCodeAt(i + 1) === 47
    const nameStart = closing ? i + 2 : i + 1
    if (!isLetter(input.charCodeAt(nameStart))) {
      i = input.indexOf('<', i + 1)
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < n && isNameChar(input.charCodeAt(nameEnd))) nameEnd++
    let j = nameEnd
    let quote = 0
    for (; j < n; j++) {
      const c = input.charCodeAt(j)
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if ((c === 34 || c === 39) && input.charCodeAt(j - 1) === 61) quote = c
      else if (c === 62) break
    }
    if (j >= n) break
    const name = input.slice(nameStart, nameEnd).toLowerCase()
    let drop = false
    if (closing) {
      if (!VOID.has(name) && depth > 0) {
        if (removedOpen > 0 && depth > limit) {
          drop = true
          removedOpen--
        }
        depth--
      }
    } else if (!VOID.has(name) && input.charCodeAt(j - 1) !== 47) {
      depth++
      if (depth > limit) {
        drop = true
        removedOpen++
        removed++
        if (firstTag === '') firstTag = name
      }
    }
    if (drop) {
      parts.push(input.slice(last, i))
      last = j + 1
    }
    i = input.indexOf('<', j + 1)
  }
  if (removed === 0) return null
  parts.push(input.slice(last))
  return { html: parts.join(''), removed, tag: firstTag }
}
