// URL host helpers shared by the sanitizer (honest-link check) and the link rules: the host of an
// absolute URL, the host a link text names, and the registrable domain of a host.

/** The lowercase host of an absolute URL, or `''`. */
export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)/i.exec(url.trim())
  if (m === null) return ''
  const authority = m[1] as string
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '')
  return host.toLowerCase().replace(/\.$/, '')
}

/** The host a link's visible text names, when the text looks like a URL or a domain. */
export function hostInText(text: string): string {
  if (text.length > 300) return ''
  const t = text.trim().toLowerCase()
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?:[/:?#]\S*)?$/.exec(t)
  return m === null ? '' : (m[1] as string)
}

/** The last two labels of a host (three for known second-level registries like co.uk). */
export function registrable(host: string): string {
  const h = host.startsWith('www.') ? host.slice(4) : host
  const last = h.lastIndexOf('.')
  if (last === -1) return h
  const second = h.lastIndexOf('.', last - 1)
  if (second === -1) return h
  const sld = h.slice(second + 1, last)
  if (h.length - last - 1 !== 2 || !SECOND_LEVEL.has(sld)) return h.slice(second + 1)
  const third = h.lastIndexOf('.', second - 1)
  return third === -1 ? h : h.slice(third + 1)
}

const SECOND_LEVEL: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'ac',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'nic',
  'ltd',
  'plc',
  'sch',
])
