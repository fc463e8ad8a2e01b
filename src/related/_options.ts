// The one place copydesk/related's option defaults are applied and options are checked. `fn` is
// the public function the user called; every refusal names it.
import { booleanOption, checkOptions, isRecord, oneOfOption, own, refuse, stringOption } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import {
  DEFAULT_MESSAGES,
  type CreateRelatedIndexOptions,
  type RelatedMessages,
  type RelatedOptions,
  type ResolvedIndexOptions,
  type ResolvedRelatedOptions,
} from './options.js'

function num(
  fn: string,
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  integer = false,
): number {
  if (value === undefined) return fallback
  if (
    typeof value !== 'number' ||
    Number.isNaN(value) ||
    value < min ||
    value > max ||
    (integer && value !== Infinity && !Number.isInteger(value))
  ) {
    throw refuse(
      fn,
      'INVALID_OPTIONS',
      `options.${name}`,
      `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
      value,
    )
  }
  return value
}

function oneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  return oneOfOption(fn, name, value, allowed, fallback)
}

/** Applies the index defaults and validates. */
export function resolveIndexOptions(options: CreateRelatedIndexOptions | undefined, fn: string): ResolvedIndexOptions {
  const o = checkOptions<CreateRelatedIndexOptions>(fn, options)
  const stopWords = o.stopWords ?? {}
  if (
    stopWords !== false &&
    (!isRecord(stopWords) ||
      Object.values(stopWords).some((l) => !Array.isArray(l) || l.some((w) => typeof w !== 'string')))
  ) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.stopWords must be false or an object of string arrays, received ${describe(stopWords)}`,
    )
  }
  const extra = o.extraStopWords ?? []
  if (!Array.isArray(extra) || extra.some((w) => typeof w !== 'string')) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.extraStopWords must be an array of strings, received ${describe(extra)}`,
    )
  }
  const lang = o.defaultLanguage ?? 'en'
  if (typeof lang !== 'string' || lang === '')
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.defaultLanguage must be a language tag, received ${describe(lang)}`,
    )
  return {
    titleWeight: num(fn, 'titleWeight', o.titleWeight, 3, 0, 20, true),
    dekWeight: num(fn, 'dekWeight', o.dekWeight, 2, 0, 20, true),
    bodyWeight: num(fn, 'bodyWeight', o.bodyWeight, 1, 0, 20, true),
    maxBodyTokens: num(fn, 'maxBodyTokens', o.maxBodyTokens, 2000, 0, Infinity, true),
    maxTermsPerDoc: num(fn, 'maxTermsPerDoc', o.maxTermsPerDoc, Infinity, 1, Infinity, true),
    searchTermsPerDoc: num(fn, 'searchTermsPerDoc', o.searchTermsPerDoc, 96, 1, 65_535, true),
    k1: num(fn, 'k1', o.k1, 1.2, 0, 10),
    b: num(fn, 'b', o.b, 0.75, 0, 1),
    minDocFreq: num(fn, 'minDocFreq', o.minDocFreq, 2, 1, Infinity, true),
    maxDocFreqRatio: num(fn, 'maxDocFreqRatio', o.maxDocFreqRatio, 0.5, 0, 1),
    stopWords,
    extraStopWords: extra,
    defaultLanguage: lang,
    gatedBody: oneOf(fn, 'gatedBody', o.gatedBody, ['preview', 'full'], 'preview'),
    stemming: oneOf(fn, 'stemming', o.stemming, ['none', 's'], 'none'),
    deltaLimit: num(fn, 'deltaLimit', o.deltaLimit, 512, 0, Infinity, true),
  }
}

const STATUS_BITS: Readonly<Record<string, number>> = { published: 1, draft: 2, scheduled: 4, archived: 8 }

function bool(fn: string, name: string, value: unknown): boolean {
  return booleanOption(fn, name, value, false)
}

/** Applies the query defaults and validates. */
export function resolveRelatedOptions(options: RelatedOptions | undefined, fn: string): ResolvedRelatedOptions {
  const o = checkOptions<RelatedOptions>(fn, options)
  const w = o.weights ?? {}
  const excludeIds = o.excludeIds ?? []
  if (!Array.isArray(excludeIds) || excludeIds.some((id) => typeof id !== 'string')) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.excludeIds must be an array of strings, received ${describe(excludeIds)}`,
    )
  }
  const statuses = o.statuses ?? ['published']
  let statusMask = 0
  if (!Array.isArray(statuses))
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: options.statuses must be an array, received ${describe(statuses)}`,
    )
  for (const s of statuses) {
    const bit = typeof s === 'string' ? STATUS_BITS[s] : undefined
    if (bit === undefined)
      throw new CopydeskError('INVALID_OPTIONS', `${fn}: options.statuses has an unknown status ${describe(s)}`)
    statusMask |= bit
  }
  return {
    limit: num(fn, 'limit', o.limit, 4, 0, 10_000, true),
    queryTerms: num(fn, 'queryTerms', o.queryTerms, 64, 1, Infinity, true),
    maxPostings: num(fn, 'maxPostings', o.maxPostings, 50_000, 1, Infinity, true),
    candidates: num(fn, 'candidates', o.candidates, 64, 1, 1_000_000, true),
    tagCandidates: num(fn, 'tagCandidates', o.tagCandidates, 32, 0, 1_000_000, true),
    rareTagRatio: num(fn, 'rareTagRatio', o.rareTagRatio, 0.05, 0, 1),
    wText: num(fn, 'weights.text', w.text, 1, 0, 100),
    wTags: num(fn, 'weights.tags', w.tags, 0.35, 0, 100),
    wSection: num(fn, 'weights.section', w.section, 0.05, 0, 100),
    wAuthor: num(fn, 'weights.author', w.author, 0.05, 0, 100),
    halfLifeDays:
      o.halfLifeDays === undefined ? undefined : num(fn, 'halfLifeDays', o.halfLifeDays, 0, Number.MIN_VALUE, Infinity),
    recencyWeight: num(fn, 'recencyWeight', o.recencyWeight, 0.3, 0, 1),
    minScore: num(fn, 'minScore', o.minScore, 0.05, 0, Infinity),
    fallback: oneOf(fn, 'fallback', o.fallback, ['none', 'section', 'latest'], 'none'),
    excludeIds,
    sameSection: bool(fn, 'sameSection', o.sameSection),
    excludeNewer: bool(fn, 'excludeNewer', o.excludeNewer),
    maxAgeDays: o.maxAgeDays === undefined ? undefined : num(fn, 'maxAgeDays', o.maxAgeDays, 0, 0, Infinity),
    statusMask,
    nearDuplicate: num(fn, 'nearDuplicate', o.nearDuplicate, 0.8, 0, 1),
    mmrLambda: num(fn, 'mmrLambda', o.mmrLambda, 0.9, 0, 1),
    feedback: num(fn, 'feedback', o.feedback, 0.5, 0, 10),
    feedbackDocs: num(fn, 'feedbackDocs', o.feedbackDocs, 3, 1, 100, true),
    explainTerms: num(fn, 'explainTerms', o.explainTerms, 5, 0, 1000, true),
    messages: readMessages(fn, o.messages),
  }
}

function readMessages(fn: string, value: unknown): Readonly<RelatedMessages> {
  if (value === undefined) return DEFAULT_MESSAGES
  if (!isRecord(value)) throw refuse(fn, 'INVALID_OPTIONS', 'options.messages', 'an object of strings', value)
  const given = value
  const out: RelatedMessages = { ...DEFAULT_MESSAGES }
  for (const key of Object.keys(DEFAULT_MESSAGES) as (keyof RelatedMessages)[]) {
    const v = own(given, key)
    if (v !== undefined) out[key] = stringOption(fn, `messages.${key}`, v, '')
  }
  return out
}
