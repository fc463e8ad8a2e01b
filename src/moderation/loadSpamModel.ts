import { refuse } from '../_internal/check.js'
import {
  LogisticSpamModel,
  MAX_COUNT,
  MAX_WEIGHT,
  SCALE,
  type SpamModel,
  type SpamModelSnapshot,
} from './_spamModel.js'

const FN = 'loadSpamModel'
const KEYS: ReadonlySet<string> = /*@__PURE__*/ new Set(['format', 'version', 'buckets', 'examples', 'bias', 'weights'])
const LIMIT = MAX_WEIGHT * SCALE

function int(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw refuse(FN, 'INVALID_INPUT', what, `an integer from ${min} to ${max}`, value)
  return value
}

/**
 * Reads a spam model back from its snapshot (`model.toJSON()`, or that JSON as a string). The
 * snapshot is checked before anything is built: its format and version, its shape, every number
 * (integers in range: counts up to 2³¹, weights up to ±100 in ten-thousandths), the bucket order,
 * and it may hold no other key (`__proto__` included). A loaded model gives the same predictions
 * as the one saved.
 *
 * @param snapshot - A {@link SpamModelSnapshot} or its JSON text.
 * @returns A new {@link SpamModel}.
 * @throws {@link CopydeskError} `INVALID_INPUT` for unreadable JSON, another format or version, a
 *   wrong shape, an out-of-range number or an unknown key.
 *
 * @example
 * ```ts
 * const model = trainSpamModel([{ text: 'sub4sub', spam: true }, { text: 'Good piece', spam: false }])
 * const copy = loadSpamModel(JSON.stringify(model))
 * copy.predict('sub4sub').probability === model.predict('sub4sub').probability // true
 * loadSpamModel({ ...model.toJSON(), version: 2 }) // throws CopydeskError INVALID_INPUT
 * ```
 */
export function loadSpamModel(snapshot: SpamModelSnapshot | string): SpamModel {
  let value: unknown = snapshot
  if (typeof snapshot === 'string') {
    try {
      value = JSON.parse(snapshot)
    } catch (error) {
      throw refuse(FN, 'INVALID_INPUT', 'snapshot', 'JSON text', snapshot, error)
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse(FN, 'INVALID_INPUT', 'snapshot', 'an object', value)
  for (const key of Object.keys(value)) {
    if (!KEYS.has(key)) throw refuse(FN, 'INVALID_INPUT', 'snapshot', 'free of unknown keys', key)
  }
  const s = value as Record<string, unknown>
  if (s.format !== 'copydesk-spam-model')
    throw refuse(FN, 'INVALID_INPUT', 'snapshot.format', "'copydesk-spam-model'", s.format)
  if (s.version !== 1) throw refuse(FN, 'INVALID_INPUT', 'snapshot.version', '1', s.version)
  const buckets = int(s.buckets, 'snapshot.buckets', 256, 1_048_576)
  if ((buckets & (buckets - 1)) !== 0) throw refuse(FN, 'INVALID_INPUT', 'snapshot.buckets', 'a power of two', buckets)
  const examples = s.examples
  if (!Array.isArray(examples) || examples.length !== 2)
    throw refuse(FN, 'INVALID_INPUT', 'snapshot.examples', 'an array of 2 counts', examples)
  const model = new LogisticSpamModel(buckets)
  model.docs[0] = int(examples[0], 'snapshot.examples[0]', 0, MAX_COUNT)
  model.docs[1] = int(examples[1], 'snapshot.examples[1]', 0, MAX_COUNT)
  model.bias = int(s.bias, 'snapshot.bias', -LIMIT, LIMIT) / SCALE
  const weights = s.weights
  if (!Array.isArray(weights) || weights.length % 2 !== 0 || weights.length > buckets * 2)
    throw refuse(FN, 'INVALID_INPUT', 'snapshot.weights', `pairs for at most ${buckets} buckets`, weights)
  let bucket = 0
  for (let i = 0; i < weights.length; i += 2) {
    const gap = int(weights[i], `snapshot.weights[${i}]`, i === 0 ? 0 : 1, buckets - 1 - bucket)
    bucket += gap
    model.weights[bucket] = int(weights[i + 1], `snapshot.weights[${i + 1}]`, -LIMIT, LIMIT) / SCALE
  }
  return model
}
