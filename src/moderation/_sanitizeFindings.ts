// What the sanitizer removed, as findings: the tables of tag and attribute kinds, URL scheme
// checks, the finding set, and the scans the parser's callbacks cannot see (comments,
// declarations, an unterminated last tag, closing tags of elements never opened).
import type { Finding, FindingKind } from './types.js'

const URL_ATTRIBUTES: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'dynsrc',
  'lowsrc',
  'srcset',
  'codebase',
  'cite',
  'ping',
  'longdesc',
  'manifest',
  'usemap',
  'profile',
  'classid',
  'archive',
  'imagesrcset',
])
const EXECUTABLE_SCHEMES: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'javascript',
  'vbscript',
  'livescript',
  'mocha',
  'jscript',
])
const TAG_KINDS: Record<string, FindingKind> = {
  script: 'script',
  iframe: 'embed',
  frame: 'embed',
  frameset: 'embed',
  object: 'embed',
  embed: 'embed',
  applet: 'embed',
  portal: 'embed',
  fencedframe: 'embed',
  param: 'embed',
  form: 'form',
  input: 'form',
  button: 'form',
  textarea: 'form',
  select: 'form',
  option: 'form',
  optgroup: 'form',
  isindex: 'form',
  keygen: 'form',
  datalist: 'form',
  output: 'form',
  style: 'style',
  link: 'style',
  base: 'meta',
  meta: 'meta',
  svg: 'foreign-content',
  math: 'foreign-content',
  img: 'media',
  image: 'media',
  video: 'media',
  audio: 'media',
  source: 'media',
  picture: 'media',
  track: 'media',
  bgsound: 'media',
}
/** Parser-confusion elements (raw text, templates) used in mutation-XSS payloads. */
const DANGEROUS_TAGS: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'noscript',
  'xmp',
  'plaintext',
  'listing',
  'noembed',
  'noframes',
  'template',
  'title',
  'marquee',
  'xml',
  'xss',
  'layer',
  'ilayer',
  'import',
])
const FOREIGN_CHILDREN: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'animate',
  'set',
  'use',
  'foreignobject',
  'animatetransform',
  'animatemotion',
  'mtext',
  'mglyph',
  'maction',
  'annotation-xml',
  'malignmark',
  'mi',
  'mo',
  'mn',
  'ms',
  'desc',
  'handler',
  'listener',
])

/**
 * Whether a link may keep its href: non-empty, not protocol-relative, and with no scheme or an
 * allowed one after removing every white-space and control character (stricter than browsers,
 * which only skip C0 controls and spaces: DOMPurify's "JavaScript URIs using Unicode whitespace").
 */
export function hrefAllowed(href: string, schemes: readonly string[]): boolean {
  if (href.trim() === '') return false
  const scheme = schemeOf(href)
  if (scheme !== null) return schemes.includes(scheme)
  if (/^[\s\u0000-\u001f\u180e\u200b]*[/\\]{2}/.test(href)) return false
  // Text that loses a colon only to our stripping ("java script:") is not a relative URL to keep.
  return !/^[^/?#]*:/.test(href.replace(/[\s\u0000-\u001f\u007f-\u009f\u180e\u200b-\u200f]/g, ''))
}

/** Strips whitespace and control characters the way browsers do before reading a URL scheme. */
export function schemeOf(value: string): string | null {
  let cleaned = ''
  for (let i = 0; i < value.length && cleaned.length < 64; i++) {
    const c = value.charCodeAt(i)
    if (
      c <= 0x20 ||
      c === 0x7f ||
      (c >= 0x80 && c <= 0xa0) ||
      c === 0xad ||
      (c >= 0x2000 && c <= 0x200f) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff ||
      c === 0x1680 ||
      c === 0x180e
    )
      continue
    cleaned += value[i]
    if (value[i] === ':' || value[i] === '/' || value[i] === '?' || value[i] === '#') break
  }
  const colon = cleaned.indexOf(':')
  if (colon <= 0) return null
  const scheme = cleaned.slice(0, colon).toLowerCase()
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : null
}

export class FindingSet {
  private readonly map = new Map<string, Finding>()
  add(kind: FindingKind, dangerous: boolean, tag?: string, attribute?: string, sample?: string): void {
    const key = `${kind}|${tag ?? ''}|${attribute ?? ''}`
    const old = this.map.get(key)
    if (old !== undefined) {
      old.count++
      if (dangerous) old.dangerous = true
      return
    }
    if (this.map.size >= 64) return
    const finding = { kind } as Finding
    if (tag !== undefined) finding.tag = tag
    if (attribute !== undefined) finding.attribute = attribute
    if (sample !== undefined && sample !== '') finding.sample = sample.length > 80 ? `${sample.slice(0, 79)}…` : sample
    finding.count = 1
    finding.dangerous = dangerous
    this.map.set(key, finding)
  }
  list(): Finding[] {
    return [...this.map.values()]
  }
}

/**
 * What the parser drops silently: comments and declarations (`<!-- -->`, `<!x>`, `<?x>`), and a
 * tag left unterminated at the end of the input (`<img src=x onerror=alert(1)`).
 */
export function scanDeclarations(html: string, findings: FindingSet): void {
  let at = html.indexOf('<')
  let lastOpen = -1
  while (at !== -1 && at < html.length - 1) {
    const next = html[at + 1] as string
    if (next === '!' || next === '?') {
      const comment = html.startsWith('<!--', at)
      const end = comment ? html.indexOf('-->', at + 4) : html.indexOf('>', at + 2)
      const body = html.slice(at, end === -1 ? Math.min(html.length, at + 2000) : end)
      const dangerous = /<|javascript:|\bon\w+\s*=/i.test(body.slice(2))
      const isDoctype = /^<!doctype/i.test(body)
      if (!isDoctype || dangerous) findings.add('comment', dangerous, undefined, undefined, body.slice(0, 80))
      at = end === -1 ? -1 : html.indexOf('<', end + 1)
      continue
    }
    if (/[a-z]/i.test(next)) lastOpen = at
    at = html.indexOf('<', at + 1)
  }
  if (lastOpen !== -1 && html.indexOf('>', lastOpen) === -1) {
    const tail = html.slice(lastOpen, lastOpen + 2000)
    const name = /^<([a-z][a-z0-9-]*)/i.exec(tail)?.[1]?.toLowerCase() ?? ''
    const dangerous =
      /\bon\w+\s*=|javascript:|vbscript:|data:/i.test(tail) ||
      (Object.hasOwn(TAG_KINDS, name) && TAG_KINDS[name] !== 'media')
    findings.add('tag', dangerous, name, undefined, tail.slice(0, 80))
  }
}

/** The finding for a tag that is not allowed: its kind, and whether it is dangerous. */
function tagFinding(name: string, inForeign: boolean): [FindingKind, boolean] {
  const kind = TAG_KINDS[name] ?? (inForeign || FOREIGN_CHILDREN.has(name) ? 'foreign-content' : 'tag')
  return [kind, kind !== 'media' && (kind !== 'tag' || DANGEROUS_TAGS.has(name))]
}

/** Records a removed tag (when not allowed) and each removed or suspicious attribute of it. */
export function recordOpenTag(
  findings: FindingSet,
  name: string,
  attribs: Record<string, string>,
  tagAllowed: boolean,
  inForeign: boolean,
  schemes: readonly string[],
): void {
  if (!tagAllowed) {
    const [kind, dangerous] = tagFinding(name, inForeign)
    findings.add(kind, dangerous, name)
  }
  for (const raw of Object.keys(attribs)) {
    const attribute = raw.toLowerCase()
    const value = attribs[raw] ?? ''
    if (attribute.startsWith('on')) {
      findings.add('event-handler', true, name, attribute, value)
    } else if (attribute === 'style') {
      findings.add('style-attribute', false, name, attribute, value)
    } else if (attribute === 'srcdoc') {
      findings.add('embed', true, name, attribute, value)
    } else if (URL_ATTRIBUTES.has(attribute) || attribute.endsWith(':href')) {
      const scheme = schemeOf(value)
      if (scheme !== null && EXECUTABLE_SCHEMES.has(scheme))
        findings.add('javascript-url', true, name, attribute, value)
      else if (scheme === 'data') findings.add('unsafe-url', true, name, attribute, value)
      else if (name === 'a' && attribute === 'href' && tagAllowed) {
        if (scheme !== null && !schemes.includes(scheme)) findings.add('unsafe-url', false, name, attribute, value)
        else if (scheme === null && /^\s*[/\\]{2}/.test(value))
          findings.add('unsafe-url', false, name, attribute, value)
      } else if (tagAllowed) findings.add('attribute', false, name, attribute)
    } else if (!(name === 'a' && (attribute === 'rel' || attribute === 'target')) && tagAllowed) {
      findings.add('attribute', false, name, attribute)
    }
  }
}

/**
 * A closing tag whose element never opened ("</script>", "</iframe></option>") is dropped by the
 * parser without a callback; this reports the disallowed ones from the raw input.
 */
export function recordStrayClosers(
  input: string,
  opened: Set<string>,
  allowed: ReadonlySet<string>,
  findings: FindingSet,
): void {
  const stray = /<\/([a-z][a-z0-9-]{0,30})/gi
  let m: RegExpExecArray | null
  let guard = 0
  while ((m = stray.exec(input)) !== null && guard++ < 10_000) {
    const name = (m[1] as string).toLowerCase()
    if (opened.has(name) || allowed.has(name)) continue
    const kind = TAG_KINDS[name] ?? 'tag'
    findings.add(kind, kind !== 'media' && (kind !== 'tag' || DANGEROUS_TAGS.has(name)), name)
    opened.add(name)
  }
}
