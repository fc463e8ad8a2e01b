// XML 1.0 output helpers. One pass per string, no regex over user text beyond single-character
// classes.

/**
 * Makes a string legal XML 1.0 character data: keeps tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
 * well-formed surrogate pairs; lone surrogates become U+FFFD; other control characters and
 * U+FFFE/U+FFFF are dropped (XML has no way to write them, not even as `&#…;`).
 */
export function xmlChars(value: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 0x20 && c < 0xd800) continue
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
    } else if (c >= 0xe000 && c <= 0xfffd) continue
    out += value.slice(from, i)
    if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD'
    from = i + 1
  }
  return from === 0 ? value : out + value.slice(from)
}

/** Escapes text for an XML element or a double-quoted attribute. */
export function xmlEscape(value: string): string {
  return xmlChars(value).replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  )
}

/** Wraps text in CDATA sections; a `]]>` inside is split across two sections. */
export function cdata(value: string): string {
  return `<![CDATA[${xmlChars(value).split(']]>').join(']]]]><![CDATA[>')}]]>`
}

/** Escapes plain text as HTML (for RSS `<description>`, which readers render as HTML). */
export function htmlEscape(value: string): string {
  return value.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}

/** An element with escaped text content, or `''` when the value is undefined. */
export function element(name: string, value: string | undefined, attributes: string = ''): string {
  return value === undefined ? '' : `<${name}${attributes}>${xmlEscape(value)}</${name}>`
}
