// Element sets used by the HTML reader. Names are lowercase.
import { pure } from './pure.js'

/** Elements whose content is raw text that ends only at the matching end tag; all of it is dropped. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () => new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']),
)

/** Elements whose whole subtree is dropped (not raw text: nested tags are parsed and counted). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = /*@__PURE__*/ pure(() => new Set(['template', 'svg', 'math', 'head']))

/** Elements that start and end a block: a space separates their text from their neighbours'. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = /*@__PURE__*/ pure(
  () =>
    new Set([
      'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
      'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
      'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option',
      'p', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video',
      'audio', 'picture', 'object', 'embed', 'canvas', 'select',
    ]),
)
