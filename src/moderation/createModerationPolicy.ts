import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { pure } from '../_internal/pure.js'
import { checkOptions } from '../_internal/check.js'
import { compiledOf } from './_registry.js'
import type { TermList } from './createTermList.js'
import { defaultTermList } from './defaultTermList.js'
import { resolveSanitizeOptions } from './_options.js'
import type { SanitizeCommentHtmlOptions } from './sanitizeCommentHtml.js'
import type { ModerationRule } from './types.js'
import type { SpamModel } from './_spamModel.js'
import { spamModelState } from './_spamRegistry.js'
import { sharedDefaultSpamModel } from './defaultSpamModel.js'

/**
 * The version of copydesk's built-in rule set; part of every default `policyVersion`. It changes
 * whenever a rule, a default weight or the default term list changes in a way that can change a
 * verdict.
 *
 * @example
 * ```ts
 * MODERATION_RULES_VERSION // '1.2.0'
 * ```
 */
export const MODERATION_RULES_VERSION = '1.2.0'

/** A key of the weight table: every rule code, with term reasons split by the term's action. */
export type ModerationWeightKey =
  | 'term.reject'
  | 'term.hold'
  | 'term.flag'
  | 'unsafe-markup'
  | 'removed-markup'
  | 'style-attribute'
  | 'links'
  | 'too-many-links'
  | 'link-domains'
  | 'shortener'
  | 'deceptive-link'
  | 'obfuscated-url'
  | 'idn-homograph'
  | 'contact-info'
  | 'mentions'
  | 'caps'
  | 'repeated-characters'
  | 'low-diversity'
  | 'symbols'
  | 'money-claim'
  | 'self-promotion'
  | 'contact-invite'
  | 'money-bait'
  | 'crypto-bait'
  | 'adult-bait'
  | 'phishing'
  | 'disguised-link'
  | 'spam-model'
  | 'abuse'
  | 'zalgo'
  | 'invisible'
  | 'bidi'
  | 'too-long'
  | 'empty'
  | 'duplicate'
  | 'near-duplicate'
  | 'copypasta'
  | 'flood'
  | 'too-fast'
  | 'new-commenter'
  | 'rejection-rate'
  | 'new-account'
  | 'trusted-author'

/**
 * The default weight of every rule, in points. A comment is held from 5 points and rejected from
 * 10 (see {@link ModerationPolicyOptions.thresholds}). `term.flag` is per severity point; `links`
 * is per link (at most 6 in total), `shortener` per shortened link (at most 8), `deceptive-link`
 * per link (at most 10), `unsafe-markup` per kind of dangerous markup (at most 20). docs/moderation.md
 * explains each rule.
 *
 * @example
 * ```ts
 * defaultModerationWeights['term.reject'] // 10
 * defaultModerationWeights['new-commenter'] // 5
 * defaultModerationWeights['trusted-author'] // -3
 * ```
 */
export const defaultModerationWeights: Readonly<Record<ModerationWeightKey, number>> = /*@__PURE__*/ pure(() =>
  Object.freeze({
    'term.reject': 10,
    'term.hold': 5,
    'term.flag': 1.5,
    'unsafe-markup': 10,
    'removed-markup': 0.5,
    'style-attribute': 2,
    links: 1.5,
    'too-many-links': 4,
    'link-domains': 2,
    shortener: 4,
    'deceptive-link': 5,
    'obfuscated-url': 5,
    'idn-homograph': 5,
    'contact-info': 2,
    mentions: 2,
    caps: 2,
    'repeated-characters': 1.5,
    'low-diversity': 5,
    symbols: 2,
    'money-claim': 3,
    'self-promotion': 5,
    'contact-invite': 4,
    'money-bait': 3,
    'crypto-bait': 3,
    'adult-bait': 4,
    phishing: 3,
    'disguised-link': 5,
    'spam-model': 5,
    abuse: 5,
    zalgo: 4,
    invisible: 3,
    bidi: 4,
    'too-long': 10,
    empty: 10,
    duplicate: 6,
    'near-duplicate': 4,
    copypasta: 3,
    flood: 5,
    'too-fast': 3,
    'new-commenter': 5,
    'rejection-rate': 4,
    'new-account': 1,
    'trusted-author': -3,
  }),
)

/** Options for {@link createModerationPolicy}. Every field is optional. */
export interface ModerationPolicyOptions {
  /** A name for the policy, the first part of `policyVersion`. @defaultValue `'default'` */
  name?: string | undefined
  /**
   * Your own version string for the policy; replaces the computed part of `policyVersion`.
   * @defaultValue `'<rules version>+<hash of every setting>'`, e.g. `'1.0.0+5c1d0e2a'`
   */
  version?: string | undefined
  /** The term list. @defaultValue {@link defaultTermList} */
  terms?: TermList | undefined
  /** Score thresholds. @defaultValue `{ hold: 5, reject: 10 }` */
  thresholds?:
    | {
        /** Score from which a comment is held for review. */
        hold?: number | undefined
        /** Score from which a comment is rejected. */
        reject?: number | undefined
      }
    | undefined
  /**
   * Weights to change; `0` turns a rule off. Unlisted keys keep {@link defaultModerationWeights}.
   * @defaultValue `{}`
   */
  weights?: Partial<Record<ModerationWeightKey, number>> | undefined
  /** Sanitizer options (see {@link sanitizeCommentHtml}). @defaultValue `{}` */
  sanitize?: SanitizeCommentHtmlOptions | undefined
  /** The longest plain text accepted, in characters; longer comments get `too-long`. @defaultValue `10000` */
  maxLength?: number | undefined
  /** The shortest plain text accepted; shorter comments get `empty`. @defaultValue `1` */
  minLength?: number | undefined
  /** Links allowed before `too-many-links` (WordPress holds at 2). @defaultValue `2` */
  maxLinks?: number | undefined
  /** Registrable domains whose links never count (your own site). @defaultValue `[]` */
  trustedDomains?: readonly string[] | undefined
  /** Extra URL-shortener domains, added to the bundled list. @defaultValue `[]` */
  shorteners?: readonly string[] | undefined
  /** An author with fewer approved comments than this is a new commenter. @defaultValue `1` */
  newCommenterThreshold?: number | undefined
  /** An author with at least this many approved comments and a rejection rate under 5 % is trusted. @defaultValue `10` */
  trustedAfter?: number | undefined
  /** An account first seen less than this long ago (ms) is new. @defaultValue `86400000` (24 h) */
  newAccountMs?: number | undefined
  /** History comments older than this (ms) are not checked for duplicates. @defaultValue `86400000` (24 h) */
  duplicateWindowMs?: number | undefined
  /** Shingle similarity from which two comments are near-duplicates (0–1). @defaultValue `0.8` */
  nearDuplicateSimilarity?: number | undefined
  /** This many comments by the author inside `floodWindowMs` is a flood. @defaultValue `5` */
  floodMax?: number | undefined
  /** The flood window (ms). @defaultValue `600000` (10 min) */
  floodWindowMs?: number | undefined
  /** A comment less than this long (ms) after the author's previous one is `too-fast` (WordPress: 15 s). @defaultValue `15000` */
  minIntervalMs?: number | undefined
  /** Rejected ÷ (approved + rejected) from which `rejection-rate` fires (Coral: 0.3). @defaultValue `0.3` */
  rejectionRate?: number | undefined
  /** The rejection rate counts only from this many decided comments. @defaultValue `3` */
  rejectionRateMinimum?: number | undefined
  /** Approve staff comments whatever their score (they are still sanitized). @defaultValue `true` */
  staffBypass?: boolean | undefined
  /** Your own pure rules, run after the built-in ones. @defaultValue `[]` */
  rules?: readonly ModerationRule[] | undefined
  /**
   * The learned spam model behind the `spam-model` reason (see {@link trainSpamModel}); `null`
   * turns it off. The policy keeps a copy: later `learn` calls on your model do not change it
   * (build a new policy to use them).
   * @defaultValue {@link defaultSpamModel}
   */
  spamModel?: SpamModel | null | undefined
}

/** A resolved, frozen moderation policy made by {@link createModerationPolicy}. */
export interface ModerationPolicy {
  /** The policy's name. */
  readonly name: string
  /** `'<name>@<version>'`: recorded in every verdict as `policyVersion`. */
  readonly version: string
  /** Score thresholds. */
  readonly thresholds: Readonly<{
    /** Score from which a comment is held for review. */
    hold: number
    /** Score from which a comment is rejected. */
    reject: number
  }>
  /** Every rule's weight. */
  readonly weights: Readonly<Record<ModerationWeightKey, number>>
  /** The term list. */
  readonly terms: TermList
  /** Sanitizer options. */
  readonly sanitize: Readonly<SanitizeCommentHtmlOptions>
  /** See {@link ModerationPolicyOptions.maxLength}. */
  readonly maxLength: number
  /** See {@link ModerationPolicyOptions.minLength}. */
  readonly minLength: number
  /** See {@link ModerationPolicyOptions.maxLinks}. */
  readonly maxLinks: number
  /** See {@link ModerationPolicyOptions.trustedDomains}. */
  readonly trustedDomains: readonly string[]
  /** See {@link ModerationPolicyOptions.shorteners}. */
  readonly shorteners: readonly string[]
  /** See {@link ModerationPolicyOptions.newCommenterThreshold}. */
  readonly newCommenterThreshold: number
  /** See {@link ModerationPolicyOptions.trustedAfter}. */
  readonly trustedAfter: number
  /** See {@link ModerationPolicyOptions.newAccountMs}. */
  readonly newAccountMs: number
  /** See {@link ModerationPolicyOptions.duplicateWindowMs}. */
  readonly duplicateWindowMs: number
  /** See {@link ModerationPolicyOptions.nearDuplicateSimilarity}. */
  readonly nearDuplicateSimilarity: number
  /** See {@link ModerationPolicyOptions.floodMax}. */
  readonly floodMax: number
  /** See {@link ModerationPolicyOptions.floodWindowMs}. */
  readonly floodWindowMs: number
  /** See {@link ModerationPolicyOptions.minIntervalMs}. */
  readonly minIntervalMs: number
  /** See {@link ModerationPolicyOptions.rejectionRate}. */
  readonly rejectionRate: number
  /** See {@link ModerationPolicyOptions.rejectionRateMinimum}. */
  readonly rejectionRateMinimum: number
  /** See {@link ModerationPolicyOptions.staffBypass}. */
  readonly staffBypass: boolean
  /** Custom rules. */
  readonly rules: readonly ModerationRule[]
  /** The spam model (a copy of the one given), or `null`. */
  readonly spamModel: SpamModel | null
}

function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/**
 * Builds a per-site (or per-story) moderation policy: thresholds, rule weights, limits, the term
 * list and the sanitizer settings, with every default applied here and nowhere else. The
 * policy's `version` identifies the rule set and a hash of every setting, so a stored verdict
 * says exactly which policy produced it.
 *
 * @param options - What to change from the defaults.
 * @returns A frozen {@link ModerationPolicy} for {@link moderateComment}.
 * @throws {@link CopydeskError} `INVALID_OPTIONS` when an option has the wrong type or range
 *   (a negative limit, `hold` above `reject`, an unknown weight key, a term list not made by
 *   {@link createTermList}).
 *
 * @example
 * ```ts
 * const strict = createModerationPolicy({ name: 'election-live', thresholds: { hold: 3 }, maxLinks: 0,
 *   trustedDomains: ['harborledger.example'] })
 * strict.thresholds // { hold: 3, reject: 10 }
 * strict.version // 'election-live@1.0.0+…' (the hash of every setting)
 * createModerationPolicy({ version: '2026-11' }).version // 'default@2026-11'
 * ```
 */
export function createModerationPolicy(options: ModerationPolicyOptions = {}): ModerationPolicy {
  const bad = (what: string, value: unknown): never => {
    throw new CopydeskError('INVALID_OPTIONS', `createModerationPolicy: ${what}, received ${describe(value)}`)
  }
  checkOptions('createModerationPolicy', options)
  const number = (key: keyof ModerationPolicyOptions, fallback: number, min: number, max = Infinity): number => {
    const value = options[key] ?? fallback
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
      bad(`${key} must be a number from ${min}${max === Infinity ? '' : ` to ${max}`}`, value)
    }
    return value as number
  }
  const name = options.name ?? 'default'
  if (typeof name !== 'string' || name === '') bad('name must be a non-empty string', name)
  if (options.version !== undefined && typeof options.version !== 'string')
    bad('version must be a string', options.version)
  const terms = options.terms ?? defaultTermList()
  if (compiledOf(terms) === undefined) bad('terms must be a list made by createTermList', terms)
  const thresholdsIn = options.thresholds ?? {}
  if (typeof thresholdsIn !== 'object' || thresholdsIn === null) bad('thresholds must be an object', thresholdsIn)
  const hold = thresholdsIn.hold ?? 5
  const reject = thresholdsIn.reject ?? 10
  if (typeof hold !== 'number' || !Number.isFinite(hold)) bad('thresholds.hold must be a finite number', hold)
  if (typeof reject !== 'number' || !Number.isFinite(reject) || reject < hold)
    bad('thresholds.reject must be a finite number ≥ thresholds.hold', reject)
  const weightsIn = options.weights ?? {}
  if (typeof weightsIn !== 'object' || weightsIn === null) bad('weights must be an object', weightsIn)
  const weights: Record<ModerationWeightKey, number> = { ...defaultModerationWeights }
  for (const [key, value] of Object.entries(weightsIn)) {
    if (!Object.hasOwn(defaultModerationWeights, key)) bad(`weights has an unknown key "${key}"`, value)
    if (typeof value !== 'number' || !Number.isFinite(value)) bad(`weights["${key}"] must be a finite number`, value)
    weights[key as ModerationWeightKey] = value as number
  }
  const sanitize = options.sanitize ?? {}
  resolveSanitizeOptions(sanitize, 'createModerationPolicy (sanitize)')
  const domains = (key: 'trustedDomains' | 'shorteners'): string[] => {
    const list = options[key] ?? []
    if (!Array.isArray(list) || list.some((d) => typeof d !== 'string'))
      bad(`${key} must be an array of domain names`, list)
    return list.map((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/^www\./, ''),
    )
  }
  const rules = options.rules ?? []
  if (!Array.isArray(rules) || rules.some((r) => typeof r !== 'function'))
    bad('rules must be an array of functions', rules)
  const staffBypass = options.staffBypass ?? true
  if (typeof staffBypass !== 'boolean') bad('staffBypass must be a boolean', staffBypass)
  const settings = {
    thresholds: Object.freeze({ hold, reject }),
    weights: Object.freeze(weights),
    sanitize: Object.freeze({ ...sanitize }),
    maxLength: number('maxLength', 10_000, 1),
    minLength: number('minLength', 1, 0),
    maxLinks: number('maxLinks', 2, 0),
    trustedDomains: Object.freeze(domains('trustedDomains')),
    shorteners: Object.freeze(domains('shorteners')),
    newCommenterThreshold: number('newCommenterThreshold', 1, 0),
    trustedAfter: number('trustedAfter', 10, 0),
    newAccountMs: number('newAccountMs', 86_400_000, 0),
    duplicateWindowMs: number('duplicateWindowMs', 86_400_000, 0),
    nearDuplicateSimilarity: number('nearDuplicateSimilarity', 0.8, 0, 1),
    floodMax: number('floodMax', 5, 1),
    floodWindowMs: number('floodWindowMs', 600_000, 0),
    minIntervalMs: number('minIntervalMs', 15_000, 0),
    rejectionRate: number('rejectionRate', 0.3, 0, 1),
    rejectionRateMinimum: number('rejectionRateMinimum', 3, 1),
    staffBypass,
  }
  let spamModel: SpamModel | null = null
  let spamDigest = 'none'
  if (options.spamModel === undefined) {
    spamModel = sharedDefaultSpamModel()
    spamDigest = 'default'
  } else if (options.spamModel !== null) {
    const state = spamModelState(options.spamModel)
    if (state === undefined)
      bad('spamModel must be a model made by trainSpamModel or loadSpamModel, or null', options.spamModel)
    spamModel = (state as NonNullable<typeof state>).clone()
    spamDigest = hash(JSON.stringify(spamModel))
  }
  const digest = hash(JSON.stringify({ ...settings, terms: terms.fingerprint, rules: rules.length, spam: spamDigest }))
  const version = `${name}@${options.version ?? `${MODERATION_RULES_VERSION}+${digest}`}`
  return Object.freeze({ name, version, terms, rules: Object.freeze([...rules]), spamModel, ...settings })
}
