// The text operations copydesk/formats needs. TEMPORARY bodies until copydesk/text lands; the
// functions below will then call htmlToText / excerpt / readingTime from '../text/index.js'.
import { decodeHTML } from 'entities/decode'

/** HTML → plain text, entities decoded once, whitespace collapsed. */
export function plainText(html: string): string {
  let out = ''
  let inTag = false
  for (let i = 0; i < html.length; i++) {
    const c = html[i] as string
    if (inTag) {
      if (c === '>') {
        inTag = false
        out += ' '
      }
    } else if (c === '<') inTag = true
    else out += c
  }
  return decodeHTML(out).replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '')
}

/** Plain text cut to `maxChars` at a word boundary with an ellipsis. */
export function cutText(text: string, maxChars: number): { text: string; truncated: boolean } {
  const clean = text.replace(/[ \t\n\r\f]+/g, ' ').trim()
  if (clean.length <= maxChars) return { text: clean, truncated: false }
  let cut = clean.slice(0, maxChars - 1)
  const space = cut.lastIndexOf(' ')
  if (space > 0) cut = cut.slice(0, space)
  return { text: `${cut.replace(/[\s,;:–—(]+$/, '')}…`, truncated: true }
}

/** Words and ISO 8601 reading time of an HTML body. */
export function readingStats(html: string, _language: string): { words: number; iso8601: string } {
  const text = plainText(html)
  const words = text === '' ? 0 : text.split(' ').length
  return { words, iso8601: `PT${Math.max(1, Math.round(words / 238))}M` }
}
