// Markup syntax the HTML walker reads past: a comment's bounds and a tag's attributes.
import { isHtmlSpace } from './htmlRawText.js'

/**
 * Where the body of the comment whose `<!--` ends at `k` stops, and where the comment ends:
 * `<!-->` and `<!--->` are empty comments, `--!>` also closes one, and an unclosed comment runs to
 * the end of the input, as in browsers.
 */
export function commentBounds(h: string, k: number): [bodyEnd: number, end: number] {
  const n = h.length
  let bodyEnd: number
  let end: number
  if (h.charCodeAt(k) === 62) {
    bodyEnd = k // `<!-->`
    end = k + 1
  } else if (h.startsWith('->', k)) {
    bodyEnd = k // `<!--->`
    end = k + 2
  } else {
    let j = h.indexOf('--', k)
    for (;;) {
      if (j < 0) {
        bodyEnd = end = n // an unclosed comment runs to the end, as in browsers
        break
      }
      if (h.charCodeAt(j + 2) === 62) {
        bodyEnd = j
        end = j + 3
        break
      }
      if (h.startsWith('!>', j + 2)) {
        bodyEnd = j
        end = j + 4
        break
      }
      j = h.indexOf('--', j + 1)
    }
  }
  return [bodyEnd, end]
}

/**
 * Skips attributes from `i` to the end of the tag: quoted values may hold `>`, unquoted values
 * end at whitespace or `>`. Returns the index after `>` times 2, plus 1 when the tag ended with
 * `/>`; or -1 when the input ends first (the browser then drops the unfinished tag).
 */
export function tagEnd(h: string, i: number): number {
  const n = h.length
  let slash = false
  for (;;) {
    for (; i < n; i++) {
      const c = h.charCodeAt(i)
      if (c === 62) {
        return (i + 1) * 2 + (slash ? 1 : 0)
      }
      if (c === 47) slash = true
      else if (isHtmlSpace(c)) slash = false
      else break
    }
    if (i >= n) return -1
    slash = false
    // Attribute name: its first character is taken whatever it is (even `=`).
    for (i++; i < n; i++) {
      const c = h.charCodeAt(i)
      if (c === 61 || c === 62 || c === 47 || isHtmlSpace(c)) break
    }
    while (i < n && isHtmlSpace(h.charCodeAt(i))) i++
    if (h.charCodeAt(i) !== 61) continue
    i++
    while (i < n && isHtmlSpace(h.charCodeAt(i))) i++
    const q = h.charCodeAt(i)
    if (q === 34 || q === 39) {
      const close = h.indexOf(q === 34 ? '"' : "'", i + 1)
      if (close < 0) return -1
      i = close + 1
    } else {
      for (; i < n; i++) {
        const c = h.charCodeAt(i)
        if (c === 62 || isHtmlSpace(c)) break
      }
    }
  }
}
