// The spam rules of moderateComment: the phrase and disguise signals (./_spamSignals.ts) as
// reasons with spans, and the learned model's verdict as the `spam-model` reason.
import type { SpamHit } from './_spamSignals.js'
import { featuresOf, type TextFeatures } from './_spamFeatures.js'
import { LogisticSpamModel } from './_spamModel.js'
import { reason } from './_rules.js'
import type { ModerationPolicy, ModerationWeightKey } from './createModerationPolicy.js'
import type { CommentLink, Reason } from './types.js'
import { registrable } from './_links.js'

const MESSAGES: Readonly<Record<SpamHit['kind'], string>> = {
  'self-promotion': "Promotes the author's own channel or page",
  'contact-invite': 'Invites readers to a private contact',
  'money-bait': 'Money bait',
  'crypto-bait': 'Crypto or trading bait',
  'adult-bait': 'Adult or dating bait',
  phishing: 'Phishing wording',
  'disguised-link': 'Disguises a link',
}

/** The spam signals' reasons and the model's, from one read of the text. */
export function spamReasons(text: string, links: readonly CommentLink[], policy: ModerationPolicy): Reason[] {
  const trusted = new Set(policy.trustedDomains)
  const anchors: [number, number][] = []
  const skip: [number, number][] = []
  for (const l of links) {
    if (l.host !== '' && trusted.has(registrable(l.host))) skip.push(l.span)
    else if (l.source === 'anchor') anchors.push(l.span)
  }
  const features = featuresOf(text, anchors, skip)
  return [...spamSignalReasons(features.hits, policy), ...spamModelReason(features, policy)]
}

/** One reason per kind of spam signal: weight × the summed strength of its hits (at most 1.5×). */
function spamSignalReasons(hits: readonly SpamHit[], policy: ModerationPolicy): Reason[] {
  const byKind = new Map<SpamHit['kind'], SpamHit[]>()
  for (const hit of hits) {
    const list = byKind.get(hit.kind)
    if (list === undefined) byKind.set(hit.kind, [hit])
    else list.push(hit)
  }
  const out: Reason[] = []
  for (const [kind, list] of byKind) {
    const strength = Math.min(
      list.reduce((sum, h) => sum + h.strength, 0),
      1.5,
    )
    const first = list[0] as SpamHit
    const quoted = list
      .slice(0, 3)
      .map((h) => `"${h.what.slice(0, 40)}"`)
      .join(', ')
    out.push(
      reason(
        kind,
        `${MESSAGES[kind]} (${quoted})`,
        policy.weights[kind as ModerationWeightKey] * strength,
        [first.span[0], first.span[1]],
        list.length,
      ),
    )
  }
  return out
}

/**
 * The model's reason when the spam probability p is above ½: the full weight from p = 0.9 (the
 * model alone holds a comment it is 90 % sure of), linearly less below, with the probability and
 * the features that pushed it. No reason at or below ½. The 0.9 was chosen on the held-out parts
 * of the SMS and ScamSpot Instagram corpora (docs/moderation.md, "Spam").
 */
function spamModelReason(features: TextFeatures, policy: ModerationPolicy): Reason[] {
  const model = policy.spamModel
  if (!(model instanceof LogisticSpamModel)) return []
  const prediction = model.explain(features)
  const p = prediction.probability
  if (p <= 0.5) return []
  const named = prediction.features
    .slice(0, 3)
    .map((f) => `"${f.feature}"`)
    .join(', ')
  const r = reason(
    'spam-model',
    `The spam model rates it ${Math.round(p * 100)} % likely spam${named === '' ? '' : ` (${named})`}`,
    policy.weights['spam-model'] * Math.min(1, (p - 0.5) / 0.4),
    prediction.features.find((f) => f.span !== undefined)?.span,
  )
  r.probability = p
  r.features = prediction.features
  return [r]
}
