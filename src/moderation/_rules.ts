// The built-in rules of moderateComment. Each takes what it needs and returns its reasons; none
// reads a clock or mutates its input. Markup and text-quality rules are here; link rules are in
// _linkRules.ts, history and author rules in _historyRules.ts.
import type { BaseSignals } from './_normalize.js'
import { plural, reason } from './_reason.js'
import type { ModerationPolicy } from './createModerationPolicy.js'
import type { Finding, Reason } from './types.js'

export { authorReasons, historyReasons } from './_historyRules.js'
export { linkReasons } from './_linkRules.js'
export { reason } from './_reason.js'

/** Dangerous markup weighs per kind (at most twice the weight); harmless removals are one small reason. */
export function markupReasons(removed: readonly Finding[], policy: ModerationPolicy): Reason[] {
  const out: Reason[] = []
  const w = policy.weights
  const dangerous = removed.filter((f) => f.dangerous)
  if (dangerous.length > 0) {
    const kinds = [...new Set(dangerous.map((f) => f.kind))].sort()
    const count = dangerous.reduce((n, f) => n + f.count, 0)
    const names = kinds.map((k) => (k === 'javascript-url' ? 'javascript: URL' : k.replace('-', ' ')))
    out.push(
      reason(
        'unsafe-markup',
        `Removed ${names.join(', ')} markup (${plural(count, 'occurrence')}): an XSS attempt`,
        Math.min(w['unsafe-markup'] * kinds.length, w['unsafe-markup'] * 2),
        undefined,
        count,
      ),
    )
  }
  const style = removed.filter((f) => f.kind === 'style-attribute').reduce((n, f) => n + f.count, 0)
  if (style > 0)
    out.push(
      reason(
        'style-attribute',
        `Removed ${plural(style, 'style attribute')} (layout overlays, hidden text)`,
        w['style-attribute'],
        undefined,
        style,
      ),
    )
  const harmless = removed.filter((f) => !f.dangerous && f.kind !== 'style-attribute').reduce((n, f) => n + f.count, 0)
  if (harmless > 0)
    out.push(
      reason(
        'removed-markup',
        `Removed ${plural(harmless, 'disallowed tag or attribute')}`,
        w['removed-markup'],
        undefined,
        harmless,
      ),
    )
  return out
}

// "earn $500 per day", "made $8,500 last month", "$95 per hour", "£300 a week": bounded repetitions only.
const MONEY_RE =
  /\b(?:earn|earns|earned|earning|make|makes|made|making|paid|pays|profit|income of|get)\W{1,3}(?:up to\W{1,3}|over\W{1,3})?[$€£]\s?\d[\d,.]{0,12}\s?k?\b|[$€£]\s?\d[\d,.]{0,12}\s?k?\s?(?:per|a|an|every|\/)\s?(?:hour|hr|day|week|month)\b/i

/** Caps, repeats, diversity, symbols, money claims, Zalgo, invisible and bidi characters, length. */
export function qualityReasons(text: string, signals: BaseSignals, policy: ModerationPolicy): Reason[] {
  const w = policy.weights
  const out: Reason[] = []
  const { upper, cased, visible, symbols, longestRun: longest, longestRunSpan: bestRun, firstInvisible } = signals
  const unique = { size: signals.unique }
  const trimmed = text.trim().length
  if (trimmed < policy.minLength)
    out.push(
      reason(
        'empty',
        trimmed === 0 ? 'The comment has no text' : `Shorter than ${policy.minLength} characters`,
        w.empty,
      ),
    )
  if (text.length > policy.maxLength)
    out.push(
      reason(
        'too-long',
        `Longer than ${policy.maxLength.toLocaleString('en-US')} characters (${text.length.toLocaleString('en-US')})`,
        w['too-long'],
      ),
    )
  if (cased >= 12 && upper / cased >= 0.7)
    out.push(reason('caps', `Written in capitals (${Math.round((upper / cased) * 100)} % of letters)`, w.caps))
  if (longest >= 6)
    out.push(
      reason(
        'repeated-characters',
        `The same character ${longest} times in a row`,
        longest >= 20 ? w['repeated-characters'] * 2 : w['repeated-characters'],
        bestRun,
      ),
    )
  if (visible >= 20 && unique.size <= 6)
    out.push(reason('low-diversity', `Only ${unique.size} different characters in ${visible}`, w['low-diversity']))
  if (symbols >= 10 && symbols / visible >= 0.5) {
    out.push(
      reason(
        'symbols',
        `Mostly emoji or symbols (${symbols} of ${visible} characters)`,
        symbols >= 30 && symbols / visible >= 0.8 ? w.symbols * 2 : w.symbols,
      ),
    )
  }
  const hasCurrency = text.includes('$') || text.includes('€') || text.includes('£')
  const money = hasCurrency ? MONEY_RE.exec(text.length > 100_000 ? text.slice(0, 100_000) : text) : null
  if (money !== null)
    out.push(
      reason('money-claim', `Promises easy money ("${money[0].trim()}")`, w['money-claim'], [
        money.index,
        money.index + money[0].length,
      ]),
    )
  if (signals.heavyClusters >= 3 || signals.maxMarks >= 5) {
    out.push(
      reason(
        'zalgo',
        `Stacks combining marks (up to ${signals.maxMarks} on one letter): "Zalgo" text that spills over the layout`,
        w.zalgo,
      ),
    )
  }
  if (signals.invisibleInWords > 0 || signals.tagCharacters > 0) {
    const what =
      signals.tagCharacters > 0
        ? `${plural(signals.tagCharacters, 'hidden tag character')}`
        : `${plural(signals.invisibleInWords, 'invisible character')} inside words`
    out.push(
      reason(
        'invisible',
        `Contains ${what}`,
        w.invisible,
        firstInvisible,
        signals.invisibleInWords + signals.tagCharacters,
      ),
    )
  }
  if (signals.bidiOverrides > 0) {
    out.push(
      reason(
        'bidi',
        `Contains ${plural(signals.bidiOverrides, 'bidirectional override')} that reorder text on screen`,
        w.bidi,
        undefined,
        signals.bidiOverrides,
      ),
    )
  } else if (signals.bidiOther > 0 && signals.rtlLetters === 0) {
    out.push(
      reason(
        'bidi',
        `Contains ${plural(signals.bidiOther, 'bidirectional control')} in left-to-right text`,
        w.bidi / 2,
        undefined,
        signals.bidiOther,
      ),
    )
  }
  return out
}
