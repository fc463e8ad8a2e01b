// Ghost 5 stores posts as Lexical JSON; exports and the Admin API (without `formats=html`) can hold a
// post whose `html` is null while `lexical` has the text. This renders the text-bearing nodes of a
// Lexical document (paragraphs, headings, quotes, lists, links, line breaks) as plain HTML so the
// story is not imported empty; cards (images, embeds, buttons…) are left out. Bounded: at most
// MAX_NODES nodes and MAX_DEPTH levels are visited.
import { htmlEscape } from './_xml.js'

const MAX_DEPTH = 32
const MAX_NODES = 100_000

type Node = Record<string, unknown>

const BLOCK: Readonly<Record<string, string>> = { paragraph: 'p', quote: 'blockquote', listitem: 'li' }

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function safeHref(url: unknown): string | undefined {
  return typeof url === 'string' && /^(?:https?:|mailto:|\/|#)/i.test(url) ? url : undefined
}

function render(node: Node, depth: number, budget: { left: number }): string {
  if (depth > MAX_DEPTH || budget.left <= 0) return ''
  budget.left--
  const type = node['type']
  if (type === 'text' || type === 'extended-text')
    return typeof node['text'] === 'string' ? htmlEscape(node['text']) : ''
  if (type === 'linebreak') return '<br>'
  const children = Array.isArray(node['children']) ? node['children'] : []
  const inner = children.map((child) => (isNode(child) ? render(child, depth + 1, budget) : '')).join('')
  if (typeof type !== 'string') return inner
  const tag = BLOCK[type]
  if (tag !== undefined) return inner === '' && tag === 'p' ? '' : `<${tag}>${inner}</${tag}>`
  if (type === 'heading' || type === 'extended-heading') {
    const level = typeof node['tag'] === 'string' && /^h[1-6]$/.test(node['tag']) ? node['tag'] : 'h2'
    return `<${level}>${inner}</${level}>`
  }
  if (type === 'list') return node['listType'] === 'number' ? `<ol>${inner}</ol>` : `<ul>${inner}</ul>`
  if (type === 'link' || type === 'autolink') {
    const href = safeHref(node['url'])
    return href === undefined ? inner : `<a href="${htmlEscape(href)}">${inner}</a>`
  }
  // root, and any container we do not know: its text, without a wrapper.
  return inner
}

/**
 * The HTML of a Lexical document given as a JSON string (Ghost's `lexical` column) or an object;
 * `undefined` when it is not a Lexical document (no `root`) or holds no text.
 */
export function lexicalToHtml(lexical: unknown): string | undefined {
  let doc: unknown = lexical
  if (typeof lexical === 'string') {
    try {
      doc = JSON.parse(lexical)
    } catch {
      return undefined
    }
  }
  if (!isNode(doc) || !isNode(doc['root'])) return undefined
  const html = render(doc['root'], 0, { left: MAX_NODES })
  return html === '' ? undefined : html
}
