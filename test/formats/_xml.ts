// A strict, small XML 1.0 well-formedness checker for the RSS tests: it throws on anything a
// conforming parser must reject (unbalanced or mismatched tags, unquoted or duplicate attributes,
// a bare `&` or `<`, `]]>` in text, characters outside the XML Char production, undeclared
// namespace prefixes, more than one root) and returns a tree with decoded text.

/** An element of the parsed tree. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: (XmlElement | string)[]
}

// XML 1.0 name character ranges, written as the spec lists them (ZWNJ/ZWJ and combining marks are
// single code points here, never sequences).
const NAME_START =
  // eslint-disable-next-line no-misleading-character-class -- spec ranges, not joined sequences
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/
const NAME_CHAR =
  // eslint-disable-next-line no-misleading-character-class -- spec ranges, not combined characters
  /[-.\w\u00B7\u0300-\u036F\u203F\u2040:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function checkChars(xml: string): void {
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)) continue
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = xml.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
    }
    throw new Error(`character U+${c.toString(16).padStart(4, '0')} at ${i} is not allowed in XML`)
  }
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

/** Parses `xml` strictly; throws an Error naming the offset of the first problem. */
export function parseXml(xml: string): XmlElement {
  checkChars(xml)
  let i = 0
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`)
  }
  const readName = (): string => {
    const start = i
    if (!NAME_START.test(xml[i] ?? '')) fail('expected a name')
    i++
    while (i < xml.length && NAME_CHAR.test(xml[i]!)) i++
    return xml.slice(start, i)
  }
  const skipSpace = (): number => {
    const start = i
    while (i < xml.length && ' \t\r\n'.includes(xml[i]!)) i++
    return i - start
  }
  const decode = (text: string, inAttribute: boolean): string => {
    let out = ''
    for (let j = 0; j < text.length; j++) {
      const c = text[j]!
      if (c === '<') fail('bare < in text')
      if (c !== '&') {
        out += inAttribute && (c === '\t' || c === '\n' || c === '\r') ? ' ' : c
        continue
      }
      const end = text.indexOf(';', j)
      if (end === -1) fail('unterminated entity reference')
      const ref = text.slice(j + 1, end)
      if (ref.startsWith('#x')) {
        const code = /^#x[0-9a-fA-F]+$/.test(ref) ? Number.parseInt(ref.slice(2), 16) : Number.NaN
        if (!isXmlChar(code)) fail(`bad character reference &${ref};`)
        out += String.fromCodePoint(code)
      } else if (ref.startsWith('#')) {
        const code = /^#\d+$/.test(ref) ? Number.parseInt(ref.slice(1), 10) : Number.NaN
        if (!isXmlChar(code)) fail(`bad character reference &${ref};`)
        out += String.fromCodePoint(code)
      } else if (ref in PREDEFINED) out += PREDEFINED[ref]
      else fail(`undeclared entity &${ref};`)
      j = end
    }
    return out
  }
  const skipMisc = (): void => {
    for (;;) {
      skipSpace()
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4)
        if (end === -1 || xml.slice(i + 4, end).includes('--')) fail('bad comment')
        i = end + 3
      } else if (xml.startsWith('<?', i) && !xml.startsWith('<?xml', i)) {
        const end = xml.indexOf('?>', i)
        if (end === -1) fail('unterminated processing instruction')
        i = end + 2
      } else return
    }
  }

  if (xml.startsWith('<?xml', 0)) {
    const end = xml.indexOf('?>')
    if (
      end === -1 ||
      !/^<\?xml version="1\.\d"(?: encoding="[A-Za-z][\w.-]*")?(?: standalone="(?:yes|no)")?\s*$/.test(
        xml.slice(0, end),
      )
    ) {
      fail('bad XML declaration')
    }
    i = end + 2
  }
  skipMisc()

  const scopes: Set<string>[] = [new Set(['xml', 'xmlns'])]
  const parseElement = (): XmlElement => {
    if (xml[i] !== '<') fail('expected <')
    i++
    const name = readName()
    const attributes: Record<string, string> = {}
    const declared = new Set(scopes[scopes.length - 1])
    for (;;) {
      const spaced = skipSpace()
      if (xml.startsWith('/>', i) || xml[i] === '>') break
      if (spaced === 0) fail('attributes must be separated by white space')
      const attribute = readName()
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`)
      skipSpace()
      if (xml[i] !== '=') fail('expected =')
      i++
      skipSpace()
      const quote = xml[i]
      if (quote !== '"' && quote !== "'") fail('attribute value must be quoted')
      const end = xml.indexOf(quote!, i + 1)
      if (end === -1) fail('unterminated attribute value')
      attributes[attribute] = decode(xml.slice(i + 1, end), true)
      if (attribute.startsWith('xmlns:')) declared.add(attribute.slice(6))
      i = end + 1
    }
    for (const qualified of [name, ...Object.keys(attributes)]) {
      const colon = qualified.indexOf(':')
      if (colon !== -1 && !declared.has(qualified.slice(0, colon))) fail(`undeclared namespace prefix in ${qualified}`)
    }
    const element: XmlElement = { name, attributes, children: [] }
    if (xml.startsWith('/>', i)) {
      i += 2
      return element
    }
    i++
    scopes.push(declared)
    let text = ''
    const flush = (): void => {
      if (text !== '') element.children.push(text)
      text = ''
    }
    for (;;) {
      if (i >= xml.length) fail(`unclosed <${name}>`)
      if (xml.startsWith('</', i)) {
        i += 2
        const closing = readName()
        if (closing !== name) fail(`</${closing}> closes <${name}>`)
        skipSpace()
        if (xml[i] !== '>') fail('expected >')
        i++
        break
      }
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9)
        if (end === -1) fail('unterminated CDATA section')
        text += xml.slice(i + 9, end)
        i = end + 3
      } else if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4)
        if (end === -1 || xml.slice(i + 4, end).includes('--')) fail('bad comment')
        i = end + 3
      } else if (xml[i] === '<') {
        flush()
        element.children.push(parseElement())
      } else {
        const next = xml.indexOf('<', i)
        const raw = xml.slice(i, next === -1 ? xml.length : next)
        if (raw.includes(']]>')) fail(']]> in text')
        text += decode(raw, false)
        i = next === -1 ? xml.length : next
      }
    }
    flush()
    scopes.pop()
    return element
  }

  const root = parseElement()
  skipMisc()
  if (i !== xml.length) fail('content after the root element')
  return root
}

/** The child elements named `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name)
}

/** The text content of an element (its text children joined). */
export function text(element: XmlElement | undefined): string {
  if (element === undefined) return ''
  return element.children.map((child) => (typeof child === 'string' ? child : text(child))).join('')
}
