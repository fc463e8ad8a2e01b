// What the HTML walker needs to know about an element, by lowercase tag name.
import { pure } from './pure.js'

/** A block boundary: a space (never nothing) separates the text before and after the tag. */
export const E_BLOCK = 1
/** `<br>` (and the `</br>` browsers treat as `<br>`): a line break. */
export const E_BR = 2
/** `<img>`: counted for reading time. */
export const E_IMG = 4
/** `<pre>`, `<listing>`: whitespace kept verbatim inside (multi-line mode). */
export const E_PRE = 8
/** Raw text (`script`, `style`, …): the content is not markup and ends only at `</name`; dropped. */
export const E_RAW = 16
/** A dropped subtree (`template`, `svg`, `math`): nested tags are parsed, text dropped. */
export const E_TREE = 32
/** A void element (`img`, `hr`, `input`, …): it has no content, so it is never a dropped subtree. */
export const E_VOID = 64

const BLOCKS =
  'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption ' +
  'figure footer form h1 h2 h3 h4 h5 h6 header hgroup html legend li main menu nav ol optgroup option p ' +
  'search section summary table tbody td tfoot th thead tr ul video audio picture object canvas select'

/** Flags by element name; names absent from the map are inline (`a`, `em`, `span`, unknown tags). */
export const ELEMENT_FLAGS: ReadonlyMap<string, number> = /*@__PURE__*/ pure(() => {
  const map = new Map<string, number>()
  for (const name of BLOCKS.split(' ')) map.set(name, E_BLOCK)
  for (const name of 'area base col input link meta param source track wbr keygen'.split(' ')) map.set(name, E_VOID)
  map.set('br', E_BR | E_VOID)
  map.set('img', E_IMG | E_VOID)
  map.set('hr', E_BLOCK | E_VOID)
  map.set('embed', E_BLOCK | E_VOID)
  map.set('pre', E_BLOCK | E_PRE)
  map.set('listing', E_BLOCK | E_PRE)
  // script and style are raw text, textarea and title RCDATA, iframe/noembed/noframes raw text,
  // and noscript raw text in a browser with scripting: all dropped. `head` is not dropped as a
  // subtree (browsers close it implicitly); its title, script and style are raw.
  for (const name of [
    'script',
    'style',
    'textarea',
    'title',
    'iframe',
    'noscript',
    'noembed',
    'noframes',
    'plaintext',
  ]) {
    map.set(name, E_RAW)
  }
  map.set('xmp', E_RAW | E_BLOCK)
  for (const name of ['template', 'svg', 'math']) map.set(name, E_TREE)
  return map
})

/**
 * End tags that also close a dropped element left open, as the HTML parser's implied end tags
 * do: an unclosed `<figcaption>` ends at `</figure>`, an unclosed `<li>` at `</ul>`.
 */
export const IMPLIED_CLOSERS: ReadonlyMap<string, readonly string[]> = /*@__PURE__*/ pure(
  () =>
    new Map<string, readonly string[]>([
      ['figcaption', ['figure']],
      ['li', ['ul', 'ol', 'menu']],
      ['dt', ['dl']],
      ['dd', ['dl']],
      ['td', ['tr', 'table']],
      ['th', ['tr', 'table']],
      ['tr', ['table', 'tbody', 'thead', 'tfoot']],
      ['caption', ['table']],
      ['option', ['select', 'datalist']],
      ['p', ['div', 'section', 'article', 'blockquote', 'li', 'td', 'th']],
    ]),
)
