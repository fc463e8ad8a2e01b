// Where raw text ends: the content of `script`, `style`, `textarea`, `title`, … is not markup and
// ends only at its own end tag; `script` also follows the HTML tokenizer's escape states.

/** HTML whitespace: space, tab, LF, FF, CR. */
export function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12
}

/** Whether `name` (lowercase letters) followed by whitespace, `/` or `>` starts at `at`. */
function nameAt(h: string, at: number, name: string): boolean {
  const len = name.length
  for (let k = 0; k < len; k++) if ((h.charCodeAt(at + k) | 32) !== name.charCodeAt(k)) return false
  const after = h.charCodeAt(at + len)
  return after === 62 || after === 47 || isHtmlSpace(after)
}

/** Index of the first `</name` that ends raw text from `from`, or -1. */
function rawEnd(h: string, from: number, name: string): number {
  for (;;) {
    const at = h.indexOf('</', from)
    if (at < 0 || nameAt(h, at + 2, name)) return at
    from = at + 2
  }
}

/**
 * Index of the `</script` that ends script data from `from`, or -1, following the tokenizer's
 * escape states: inside `<!--`, a nested `<script>` makes the next `</script>` part of the
 * script ("double escaped") until `-->`; so `<script><!--<script></script>x--></script>` is
 * one script whose text never shows.
 */
function scriptEnd(h: string, from: number): number {
  let state = 0 // 0 data, 1 escaped, 2 double escaped
  let i = from
  let dashes = -2 // cached index of the next `-->` at or after i (-2: unknown)
  for (;;) {
    const lt = h.indexOf('<', i)
    if (state === 0) {
      if (lt < 0) return -1
      if (h.startsWith('<!--', lt)) {
        state = 1
        // `<!-->` and `<!--->` close at once.
        i = lt + 4
        if (h.charCodeAt(i) === 62) {
          state = 0
          i++
        } else if (h.startsWith('->', i)) {
          state = 0
          i += 2
        }
        continue
      }
      if (h.charCodeAt(lt + 1) === 47 && nameAt(h, lt + 2, 'script')) return lt
      i = lt + 1
      continue
    }
    if (dashes !== -1 && dashes < i) dashes = h.indexOf('-->', i)
    if (dashes >= 0 && (lt < 0 || dashes < lt)) {
      state = 0
      i = dashes + 3
      continue
    }
    if (lt < 0) return -1
    if (h.charCodeAt(lt + 1) === 47 && nameAt(h, lt + 2, 'script')) {
      if (state === 1) return lt
      state = 1
      i = lt + 8
      continue
    }
    if (state === 1 && nameAt(h, lt + 1, 'script')) {
      state = 2
      i = lt + 7
      continue
    }
    i = lt + 1
  }
}

/**
 * Index of the end tag that closes the raw text of element `name` (lowercase) starting at
 * `from`, or -1 when the input ends first (`plaintext` never ends).
 */
export function rawTextEnd(h: string, from: number, name: string): number {
  if (name === 'plaintext') return -1
  return name === 'script' ? scriptEnd(h, from) : rawEnd(h, from, name)
}
