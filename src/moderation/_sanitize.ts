// The one place copydesk calls sanitize-html. It runs the parse with a strict comment allowlist,
// records what it removes (from sanitize-html's onOpenTag hook, which sees every parsed tag with
// its raw attributes), then reads the sanitized output back into plain text with a position map
// (sanitize-html's output is canonical: allowed tags only, quoted attributes, and text escaped
// with &amp; &lt; &gt; &quot; only), so a reason can point at the text and at the HTML.
import sanitizeHtml from 'sanitize-html'
import { flattenDeepNesting } from './_nesting.js'
import { hostInText, hostOf, registrable } from './_hosts.js'
import type { CommentLink, Finding, FindingKind } from './types.js'

/** Tags a comment may keep; the first eleven are the default. */
export const COMMENT_TAGS: readonly string[] = [
  'p',
  'br',
  'a',
  'blockquote',
  'em',
  'strong',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'b',
  'i',
  's',
  'del',
  'ins',
  'u',
  'q',
  'cite',
  'sub',
  'sup',
  'hr',
]
/** The default allowed tags. */
export const DEFAULT_TAGS: readonly string[] = COMMENT_TAGS.slice(0, 11)
/** Schemes a link may use. */
export const COMMENT_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/** Resolved sanitizer settings. */
export interface SanitizeSettings {
  tags: readonly string[]
  schemes: readonly string[]
  rel: string
  targetBlank: boolean
  links: boolean
  maxNesting: number
  honestLinks: boolean
}

/** The sanitizer's full result (the public function returns part of it). */
export interface Sanitized {
  html: string
  text: string
  removed: Finding[]
  links: CommentLink[]
  /** The range of `html` that text range `[start, end)` comes from. */
  htmlSpan: (start: number, end: number) => [number, number]
}

const BLOCK_BREAK: Record<string, number> = { p: 2, blockquote: 2, pre: 2, ul: 2, ol: 2, hr: 2, li: 1, br: 1 }
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
function hrefAllowed(href: string, schemes: readonly string[]): boolean {
  if (href.trim() === '') return false
  const scheme = schemeOf(href)
  if (scheme !== null) return schemes.includes(scheme)
  if (/^[\s\u0000-\u001f\u180e\u200b]*[/\\]{2}/.test(href)) return false
  // Text that loses a colon only to our stripping ("java script:") is not a relative URL to keep.
  return !/^[^/?#]*:/.test(href.replace(/[\s\u0000-\u001f\u007f-\u009f\u180e\u200b-\u200f]/g, ''))
}

/** Strips whitespace and control characters the way browsers do before reading a URL scheme. */
function schemeOf(value: string): string | null {
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

class FindingSet {
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
function scanDeclarations(html: string, findings: FindingSet): void {
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

const BLOCKS_CLOSING_P: ReadonlySet<string> = /*@__PURE__*/ new Set(['p', 'blockquote', 'ol', 'ul', 'pre', 'hr'])
/** An absolute http(s)/mailto URL of characters that need no escaping in an attribute. */
const SIMPLE_URL =
  /^(?:https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#][\w.~:/?#[\]@!$'()*+,;=%-]*)?|mailto:[\w.%+-]+@[a-z0-9.-]+)$/i

/**
 * The output sanitize-html would produce for HTML that is already in its canonical form, or
 * `null` when the input is anything else. Canonical: only allowed tags, lower case, without
 * attributes (`<br>`, `<br/>`, `<br />` allowed, written back as `<br />`; `<a href="…">` with a
 * plain http(s)/mailto URL, written back with the rel sanitize-html adds), properly nested with
 * no end tag that htmlparser2 would imply (a block opened inside `<p>`, `<li>` inside `<li>`), no
 * `<`, `>` or control character in the text, and `&` only in `&amp;`, `&lt;`, `&gt;`. For such
 * input sanitize-html removes nothing and re-emits every tag and every text node unchanged, so
 * skipping its parse changes no result; a property test compares the two on generated markup.
 */
export function canonicalFastPath(input: string, settings: SanitizeSettings): string | null {
  const allowed = settings.tags
  const stack: string[] = []
  let out = ''
  let copied = 0
  const n = input.length
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i)
    if (c === 60) {
      const close = input.indexOf('>', i)
      if (close === -1) return null
      const tag = input.slice(i + 1, close)
      if (tag === 'br' || tag === 'br/' || tag === 'br /') {
        if (!allowed.includes('br')) return null
        out += `${input.slice(copied, i)}<br />`
        copied = close + 1
      } else if (tag.charCodeAt(0) === 47) {
        const name = tag.slice(1)
        if (stack.pop() !== name) return null
      } else if (tag.startsWith('a href="')) {
        // A link with a plain absolute URL: sanitize-html keeps the href as written and adds rel.
        const href = tag.slice(8, -1)
        if (
          !tag.endsWith('"') ||
          !SIMPLE_URL.test(href) ||
          stack.includes('a') ||
          !settings.links ||
          !allowed.includes('a')
        )
          return null
        if (!settings.schemes.includes(href.slice(0, href.indexOf(':')).toLowerCase())) return null
        if (stack.length + 1 >= settings.maxNesting) return null
        out += `${input.slice(copied, i)}<a href="${href}" rel="${settings.rel}"${settings.targetBlank ? ' target="_blank"' : ''}>`
        copied = close + 1
        stack.push('a')
      } else {
        if (!/^[a-z]+$/.test(tag) || tag === 'a' || tag === 'br' || tag === 'hr' || !allowed.includes(tag)) return null
        const top = stack[stack.length - 1]
        if ((top === 'p' && BLOCKS_CLOSING_P.has(tag)) || (top === 'li' && tag === 'li')) return null
        if (stack.length + 1 >= settings.maxNesting) return null
        stack.push(tag)
      }
      i = close
    } else if (c === 62 || (c < 32 && c !== 9 && c !== 10) || c === 127) {
      return null
    } else if (c === 38) {
      if (!(input.startsWith('&amp;', i) || input.startsWith('&lt;', i) || input.startsWith('&gt;', i))) return null
    }
  }
  if (stack.length > 0) return null
  return copied === 0 ? input : out + input.slice(copied)
}

/**
 * Sanitizes and reads back. Linear in the input (htmlparser2 is a streaming tokenizer). Markup
 * already in sanitize-html's canonical form skips the parse (see canonicalFastPath) unless
 * `fast` is false.
 */
export function sanitizeDetailed(raw: string, settings: SanitizeSettings, fast = true): Sanitized {
  const flat = flattenDeepNesting(raw)
  const input = flat === null ? raw : flat.html
  if (fast && flat === null) {
    const canonical = canonicalFastPath(input, settings)
    if (canonical !== null) {
      if (!settings.honestLinks) return readBack(canonical, [])
      const findings = new FindingSet()
      return readBack(unlinkDishonest(canonical, findings), findings.list())
    }
  }
  const findings = new FindingSet()
  if (flat !== null) for (let k = 0; k < flat.removed; k++) findings.add('nesting', false, flat.tag)
  const allowed = new Set(settings.tags)
  let depth = 0
  let foreign = 0
  const opened = new Set<string>()
  scanDeclarations(input, findings)
  const html = sanitizeHtml(input, {
    allowedTags: [...settings.tags],
    allowedAttributes: settings.links ? { a: ['href', 'rel', 'target'] } : {},
    allowedSchemes: [...settings.schemes],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nestingLimit: settings.maxNesting,
    parseStyleAttributes: false,
    enforceHtmlBoundary: false,
    transformTags: {
      // Decide here whether a link keeps its href; one that does not comes out as a bare <a> and is
      // unwrapped by unwrapBareAnchors(). (Renaming the tag trips a sanitize-html bug that closes a
      // later link with the stale name, and exclusiveFilter's unwrapping copies the whole output
      // per link: quadratic on a wall of links.)
      a: (_tagName, attribs) => {
        const href = attribs.href
        if (!settings.links || href === undefined || !hrefAllowed(href, settings.schemes))
          return { tagName: 'a', attribs: {} }
        const out: Record<string, string> = { href, rel: settings.rel }
        if (settings.targetBlank) out.target = '_blank'
        return { tagName: 'a', attribs: out }
      },
    },
    onOpenTag: (name, attribs) => {
      depth++
      opened.add(name)
      const inForeign = foreign > 0
      if (name === 'svg' || name === 'math') foreign++
      if (depth > settings.maxNesting) findings.add('nesting', false, name)
      const tagAllowed = allowed.has(name) && (name !== 'a' || settings.links)
      if (!tagAllowed) {
        const kind = TAG_KINDS[name] ?? (inForeign || FOREIGN_CHILDREN.has(name) ? 'foreign-content' : 'tag')
        const dangerous = kind !== 'media' && (kind !== 'tag' || DANGEROUS_TAGS.has(name))
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
            if (scheme !== null && !settings.schemes.includes(scheme))
              findings.add('unsafe-url', false, name, attribute, value)
            else if (scheme === null && /^\s*[/\\]{2}/.test(value))
              findings.add('unsafe-url', false, name, attribute, value)
          } else if (tagAllowed) findings.add('attribute', false, name, attribute)
        } else if (!(name === 'a' && (attribute === 'rel' || attribute === 'target')) && tagAllowed) {
          findings.add('attribute', false, name, attribute)
        }
      }
    },
    onCloseTag: (name) => {
      depth--
      if ((name === 'svg' || name === 'math') && foreign > 0) foreign--
    },
  })
  // A closing tag whose element never opened ("</script>", "</iframe></option>") is dropped by
  // the parser without a callback; report the disallowed ones from the raw input.
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
  const unwrapped = unwrapBareAnchors(html)
  return readBack(settings.honestLinks ? unlinkDishonest(unwrapped, findings) : unwrapped, findings.list())
}

/** Removes the tags of every `<a>` that lost its href (keeping the content), in one linear pass. */
function unwrapBareAnchors(html: string): string {
  if (!html.includes('<a>') && !html.includes('<a rel=')) return html
  let out = ''
  let at = 0
  const stack: boolean[] = []
  const tag = /<(\/?)a(?=[\s>])([^>]*)>/g
  let m: RegExpExecArray | null
  while ((m = tag.exec(html)) !== null) {
    const closing = m[1] === '/'
    const bare = !closing && !/\shref="/.test(m[2] as string)
    const drop = closing ? (stack.pop() ?? false) : bare
    if (!closing) stack.push(bare)
    if (drop) {
      out += html.slice(at, m.index)
      at = m.index + m[0].length
    }
  }
  return out + html.slice(at)
}

const ANCHOR_RE = /<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g

/** `html` without its tags (`<…>`), in one pass. */
function stripTags(html: string): string {
  let out = ''
  let at = 0
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', at)) {
    const gt = html.indexOf('>', lt)
    if (gt === -1) break
    out += html.slice(at, lt)
    at = gt + 1
  }
  return out + html.slice(at)
}

/** Replaces each link whose visible text names another site than its href by its content. */
function unlinkDishonest(html: string, findings: FindingSet): string {
  if (!html.includes('<a ')) return html
  return html.replace(ANCHOR_RE, (whole, rawHref: string, inner: string) => {
    const href = rawHref.replace(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, decodeEntity)
    const shown = hostInText(stripTags(inner).replace(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, decodeEntity))
    if (shown === '' || registrable(shown) === registrable(hostOf(href))) return whole
    findings.add('attribute', false, 'a', 'href', href)
    return inner
  })
}

function decodeEntity(entity: string): string {
  switch (entity) {
    case '&amp;':
      return '&'
    case '&lt;':
      return '<'
    case '&gt;':
      return '>'
    case '&quot;':
      return '"'
    case '&#39;':
    case '&apos;':
      return "'"
    default: {
      const m = /^&#(x[0-9a-f]+|\d+);$/i.exec(entity)
      if (m === null) return entity
      const digits = m[1] as string
      const cp = digits[0] === 'x' || digits[0] === 'X' ? parseInt(digits.slice(1), 16) : parseInt(digits, 10)
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd'
    }
  }
}

const HREF_RE = /\shref="([^"]*)"/

/** The decoded href of a canonical `<a …>` tag. */
function hrefOf(tag: string): string | undefined {
  const m = HREF_RE.exec(tag)
  return m === null ? undefined : (m[1] as string).replace(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, decodeEntity)
}

/** Reads sanitize-html's canonical output back into text with a position map and its links. */
function readBack(html: string, removed: Finding[], record = false): Sanitized {
  // The text is assembled from slices of the HTML (runs of ordinary characters) and a few
  // synthetic pieces (line breaks, collapsed spaces, decoded entities); each piece is a segment
  // of the position map, so nothing is written per character.
  const parts: string[] = []
  const segText: number[] = []
  const segHtml: number[] = []
  const segHtmlEnd: number[] = []
  const segVerbatim: boolean[] = []
  let size = 0
  let last = -1
  const piece = (text: string, htmlStart: number, htmlEnd: number, verbatim: boolean): void => {
    if (text === '') return
    parts.push(text)
    if (record) {
      segText.push(size)
      segHtml.push(htmlStart)
      segHtmlEnd.push(htmlEnd)
      segVerbatim.push(verbatim)
    }
    size += text.length
    last = text.charCodeAt(text.length - 1)
  }
  const spans: { href: string; start: number; end: number }[] = []
  let pendingBreak = 0
  let breakAt = 0
  let pendingSpace = -1
  let pre = 0
  let open: { href: string; start: number } | undefined
  /** Settles a pending line break or space before visible text. */
  const settle = (): void => {
    if (pendingBreak > 0) {
      if (size > 0) piece(pendingBreak === 2 ? '\n\n' : '\n', breakAt, breakAt, false)
      pendingBreak = 0
      pendingSpace = -1
    } else if (pendingSpace !== -1) {
      if (size > 0 && last !== 10) piece(' ', pendingSpace, pendingSpace + 1, false)
      pendingSpace = -1
    }
    if (open !== undefined && open.start === -1) open.start = size
  }
  let i = 0
  const n = html.length
  while (i < n) {
    const code = html.charCodeAt(i)
    if (code === 60) {
      const close = html.indexOf('>', i)
      const end = close === -1 ? n : close + 1
      const closing = html.charCodeAt(i + 1) === 47
      let k = closing ? i + 2 : i + 1
      while (k < end) {
        const c = html.charCodeAt(k)
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) break
        k++
      }
      // sanitize-html writes tag names in lower case.
      const name = html.slice(closing ? i + 2 : i + 1, k)
      const brk = BLOCK_BREAK[name]
      if (brk !== undefined) {
        if (name === 'br' && pendingBreak === 0 && size > 0) {
          piece('\n', i, end, false)
          pendingSpace = -1
        } else if (brk > pendingBreak) {
          pendingBreak = brk
          breakAt = i
        }
      }
      if (name === 'pre') pre += closing ? -1 : 1
      if (name === 'a') {
        if (!closing) {
          const href = hrefOf(html.slice(i, end))
          if (href !== undefined) open = { href, start: -1 }
        } else if (open !== undefined) {
          spans.push({ href: open.href, start: open.start === -1 ? size : open.start, end: size })
          open = undefined
        }
      }
      i = end
      continue
    }
    if (code === 38) {
      const semi = html.indexOf(';', i)
      if (semi !== -1 && semi - i <= 12) {
        settle()
        piece(decodeEntity(html.slice(i, semi + 1)), i, semi + 1, false)
        i = semi + 1
        continue
      }
    }
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12) {
      if (pre === 0) {
        if (pendingSpace === -1) pendingSpace = i
      } else {
        settle()
        piece(code === 13 ? '\n' : (html[i] as string), i, i + 1, false)
      }
      i++
      continue
    }
    // A run of ordinary characters, copied as one slice; a single space between two ordinary
    // characters needs no collapsing and stays in the run.
    let j = i + 1
    while (j < n) {
      const c = html.charCodeAt(j)
      if (c === 32) {
        const d = html.charCodeAt(j + 1)
        if (j + 1 < n && d !== 60 && d !== 38 && d !== 32 && d !== 9 && d !== 10 && d !== 13 && d !== 12) {
          j += 2
          continue
        }
        break
      }
      if (c === 60 || c === 38 || c === 9 || c === 10 || c === 13 || c === 12) break
      j++
    }
    settle()
    piece(html.slice(i, j), i, j, true)
    i = j
  }
  const text = parts.join('')
  const links: CommentLink[] = spans.map(({ href, start, end }) => ({
    href,
    host: hostOf(href),
    text: text.slice(start, end),
    source: 'anchor',
    span: [start, end],
  }))
  /** The HTML offset of text unit `t` (its start, or its end when `end` is true). */
  const at = (t: number, end: boolean): number => {
    let lo = 0
    let hi = segText.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((segText[mid] as number) <= t) lo = mid
      else hi = mid - 1
    }
    if (segText.length === 0) return 0
    if (!(segVerbatim[lo] as boolean)) return end ? (segHtmlEnd[lo] as number) : (segHtml[lo] as number)
    const offset = (segHtml[lo] as number) + (t - (segText[lo] as number))
    return end ? offset + 1 : offset
  }
  // The position map is only recorded on demand (a second pass), when a reason needs it.
  let mapped: ((start: number, end: number) => [number, number]) | undefined
  const htmlSpan = (start: number, end: number): [number, number] => {
    if (!record) {
      mapped ??= readBack(html, removed, true).htmlSpan
      return mapped(start, end)
    }
    return end <= start ? [at(start, false), at(start, false)] : [at(start, false), at(end - 1, true)]
  }
  return { html, text, removed, links, htmlSpan }
}
