import type { ArticleInput } from '../schema/types.js'
import { checkIntOption, checkOptionsObject, checkStringOption } from './_output.js'
import { buildJsonLd, type ToJsonLdOptions } from './toJsonLd.js'

/** Options for {@link toJsonLdScript}: those of {@link toJsonLd}, plus the script tag's own. */
export interface ToJsonLdScriptOptions extends ToJsonLdOptions {
  /** A CSP nonce for the `<script>` tag (attribute-escaped). @defaultValue none */
  nonce?: string | undefined
  /** Indentation passed to `JSON.stringify`. @defaultValue none (one line) */
  space?: number | undefined
}

const UNSAFE_RE = /[<>&\u2028\u2029]/g
const UNSAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * Serializes JSON for an HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`
 * escapes, so no value can close the element (`</script>`), open a comment (`<!--`) or break a
 * JavaScript string. Lone surrogates come out as `\udXXX` escapes (`JSON.stringify` does that).
 */
function scriptSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_RE, (c) => UNSAFE[c] ?? c)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Builds the `<script type="application/ld+json">` element of an article's {@link toJsonLd}
 * output, ready to put in a page's `<head>`. Every `<`, `>` and `&` in the JSON is written as a
 * `\u003c`-style escape (and U+2028/U+2029 too), so a title such as `</script><script>alert(1)`
 * or `<!--` cannot break out of the element; `JSON.parse` of the element's text gives back the
 * exact values.
 *
 * @param article - A parsed {@link Article} (or any valid `ArticleInput`).
 * @param options - See {@link ToJsonLdScriptOptions}.
 * @returns The HTML of one `<script>` element.
 * @throws {@link CopydeskError} as {@link toJsonLd} does; `INVALID_OPTIONS` for a non-string `nonce`.
 *
 * @example
 * ```ts
 * toJsonLdScript({ id: 'a1', slug: 'x', title: '</script><script>alert(1)</script>', html: '',
 *   authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }] })
 * // '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 * //   "headline":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e",…}</script>'
 * ```
 */
export function toJsonLdScript(article: ArticleInput, options: ToJsonLdScriptOptions = {}): string {
  checkOptionsObject('toJsonLdScript', options)
  checkStringOption('toJsonLdScript', 'options.nonce', options.nonce)
  checkIntOption('toJsonLdScript', 'options.space', options.space, 0)
  const { nonce, space, ...jsonLdOptions } = options
  const json = scriptSafeJson(buildJsonLd('toJsonLdScript', article, jsonLdOptions), space)
  const nonceAttribute = nonce === undefined ? '' : ` nonce="${escapeAttribute(nonce)}"`
  return `<script type="application/ld+json"${nonceAttribute}>${json}</script>`
}
