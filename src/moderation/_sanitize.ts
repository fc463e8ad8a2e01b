// The one place copydesk calls sanitize-html. It runs the parse with a strict comment allowlist,
// records what it removes (from sanitize-html's onOpenTag hook, which sees every parsed tag with
// its raw attributes; see _sanitizeFindings.ts), then reads the sanitized output back into plain
// text with a position map (_sanitizeReadBack.ts), so a reason can point at the text and at the
// HTML. Canonical input skips the parse (_sanitizeFastPath.ts).
import sanitizeHtml from 'sanitize-html'
import { flattenDeepNesting } from './_nesting.js'
import { unlinkDishonest, unwrapBareAnchors } from './_sanitizeAnchors.js'
import { canonicalFastPath } from './_sanitizeFastPath.js'
import { FindingSet, hrefAllowed, recordOpenTag, recordStrayClosers, scanDeclarations } from './_sanitizeFindings.js'
import { readBack } from './_sanitizeReadBack.js'
import type { Sanitized, SanitizeSettings } from './_sanitizeSettings.js'

export type { Sanitized, SanitizeSettings } from './_sanitizeSettings.js'

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
      recordOpenTag(findings, name, attribs, tagAllowed, inForeign, settings.schemes)
    },
    onCloseTag: (name) => {
      depth--
      if ((name === 'svg' || name === 'math') && foreign > 0) foreign--
    },
  })
  recordStrayClosers(input, opened, allowed, findings)
  const unwrapped = unwrapBareAnchors(html)
  return readBack(settings.honestLinks ? unlinkDishonest(unwrapped, findings) : unwrapped, findings.list())
}
