// Tiny HTML helpers for the demo site. Every interpolated value goes through `esc` (text and
// attribute safe); `raw` marks HTML that is already safe (sanitized comment HTML, our own markup).

/** HTML that must not be escaped again. */
export interface Raw {
  readonly __html: string
}

/** Marks a string as safe HTML. */
export function raw(html: string): Raw {
  return { __html: html }
}

/** Escapes text for HTML text and double-quoted attribute contexts. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

type Part = string | number | Raw | null | undefined | false | Part[]

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return ''
  if (Array.isArray(part)) return part.map(render).join('')
  if (typeof part === 'object') return part.__html
  return esc(part)
}

/** Tagged template: interpolations are escaped unless wrapped in `raw()` or nested `html`. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return raw(out)
}
