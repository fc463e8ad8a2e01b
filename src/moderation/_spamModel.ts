// The learned spam model: logistic regression over hashed binary features (words, word pairs, rule
// signals; see ./_spamFeatures.ts), trained by stochastic gradient descent in the examples' order.
// Weights are kept in steps of 1/10,000, so a snapshot holds the model's exact numbers and the same
// examples in the same order give the same bytes. docs/moderation.md ("Spam") compares it with
// naive Bayes, which lost on text from outside its training corpus.
import { refuse } from '../_internal/check.js'
import { featureAt, featuresOf, type TextFeatures } from './_spamFeatures.js'
import { sanitizeDetailed, type SanitizeSettings } from './_sanitize.js'
import { resolveSanitizeOptions } from './_options.js'
import type { SpamFeature } from './types.js'

/** One labelled comment: its plain `text` or its `html` (HTML wins when both are given), and whether it is spam. */
export interface SpamExample {
  /** The comment's plain text. */
  text?: string | undefined
  /** The comment's HTML (sanitized before reading, like {@link moderateComment} does). */
  html?: string | undefined
  /** `true` for spam, `false` for an ordinary comment. */
  spam: boolean
}

/** What {@link SpamModel.predict} returns. */
export interface SpamPrediction {
  /** The probability that the comment is spam, 0–1, rounded to 4 decimals. */
  probability: number
  /** The (at most 5) features that pushed it most towards spam, strongest first. */
  features: SpamFeature[]
}

/** The JSON form of a {@link SpamModel} (see {@link loadSpamModel}). */
export interface SpamModelSnapshot {
  /** Always `'copydesk-spam-model'`. */
  format: 'copydesk-spam-model'
  /** The snapshot version, `1`. */
  version: 1
  /** How many hash buckets the features go into (a power of two). */
  buckets: number
  /** How many ordinary and spam examples were learned: `[ordinary, spam]`. */
  examples: [number, number]
  /** The bias, in ten-thousandths. */
  bias: number
  /** Non-zero weights as flat pairs: bucket gap since the previous one, weight in ten-thousandths. */
  weights: number[]
}

/** A learned spam model (see {@link trainSpamModel}); mutable only through `learn`. */
export interface SpamModel {
  /** How many hash buckets it uses. */
  readonly buckets: number
  /** How many examples it learned. */
  readonly examples: Readonly<{
    /** Spam examples. */
    spam: number
    /** Ordinary examples. */
    ordinary: number
  }>
  /** Learns one more decision; returns the model. */
  learn(example: SpamExample): SpamModel
  /** The probability that a comment is spam and the features behind it. */
  predict(comment: string | Omit<SpamExample, 'spam'>): SpamPrediction
  /** The snapshot to store; {@link loadSpamModel} reads it back. */
  toJSON(): SpamModelSnapshot
}

export const MAX_COUNT: number = 2 ** 31
const HTML_READ_LIMIT = 200_000
let defaultSettings: SanitizeSettings | undefined

/** The plain text and link spans of an example or comment. */
export function readComment(fn: string, what: string, value: unknown): { text: string; anchors: [number, number][] } {
  if (typeof value === 'string') return { text: value, anchors: [] }
  if (typeof value !== 'object' || value === null)
    throw refuse(fn, 'INVALID_INPUT', what, 'an object with text or html', value)
  const { text, html } = value as { text?: unknown; html?: unknown }
  if (typeof html === 'string') {
    defaultSettings ??= resolveSanitizeOptions({}, fn)
    const sanitized = sanitizeDetailed(
      html.length > HTML_READ_LIMIT ? html.slice(0, HTML_READ_LIMIT) : html,
      defaultSettings,
    )
    return { text: sanitized.text, anchors: sanitized.links.map((l) => l.span) }
  }
  if (html !== undefined) throw refuse(fn, 'INVALID_INPUT', `${what}.html`, 'a string', html)
  if (typeof text === 'string') return { text, anchors: [] }
  throw refuse(fn, 'INVALID_INPUT', `${what}.text`, 'a string (or give html)', text)
}

/** Weights are kept in steps of 1/SCALE, so a snapshot holds exactly the model's numbers. */
export const SCALE = 10_000
/** The largest weight or bias magnitude a snapshot may hold (in weight units). */
export const MAX_WEIGHT = 100
const RATE = 0.1
const L2 = 1e-5
/** How many passes {@link trainSpamModel} makes over its examples. */
export const EPOCHS = 5

const quantize = (w: number): number => Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.round(w * SCALE) / SCALE))

/** The model's state; the class is internal, the public face is {@link SpamModel}. */
export class LogisticSpamModel implements SpamModel {
  readonly buckets: number
  readonly weights: Float64Array
  bias = 0
  readonly docs: [number, number] = [0, 0]

  constructor(buckets: number) {
    this.buckets = buckets
    this.weights = new Float64Array(buckets)
  }

  get examples(): Readonly<{ spam: number; ordinary: number }> {
    return Object.freeze({ spam: this.docs[1], ordinary: this.docs[0] })
  }

  private stamp = 0
  private stamps: Uint32Array | undefined = undefined

  /** Calls `each` once per distinct bucket of the features, with the first feature's index. */
  private distinct(features: TextFeatures, each: (bucket: number, k: number) => void): void {
    this.stamps ??= new Uint32Array(this.buckets)
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    const mask = this.buckets - 1
    const { hashes } = features
    for (let k = 0; k < hashes.length; k++) {
      const b = (hashes[k] as number) & mask
      if (this.stamps[b] === this.stamp) continue
      this.stamps[b] = this.stamp
      each(b, k)
    }
  }

  /** The distinct buckets of a read comment. */
  bucketsOf(text: string, anchors: readonly [number, number][]): number[] {
    const out: number[] = []
    this.distinct(featuresOf(text, anchors), (b) => out.push(b))
    return out
  }

  /** One stochastic gradient step on one example; touched weights are quantized. */
  step(buckets: readonly number[], isSpam: boolean): void {
    let z = this.bias
    for (const b of buckets) z += this.weights[b] as number
    const g = 1 / (1 + Math.exp(-z)) - (isSpam ? 1 : 0)
    this.bias = quantize(this.bias - RATE * g)
    for (const b of buckets) this.weights[b] = quantize((this.weights[b] as number) * (1 - RATE * L2) - RATE * g)
  }

  /** Counts one more example of its class (saturating). */
  count(isSpam: boolean): void {
    const c = isSpam ? 1 : 0
    if (this.docs[c] < MAX_COUNT) this.docs[c]++
  }

  learn(example: SpamExample): SpamModel {
    const { text, anchors } = readComment('SpamModel.learn', 'example', example)
    if (typeof example.spam !== 'boolean')
      throw refuse('SpamModel.learn', 'INVALID_INPUT', 'example.spam', 'a boolean', example.spam)
    this.step(this.bucketsOf(text, anchors), example.spam)
    this.count(example.spam)
    return this
  }

  predict(comment: string | Omit<SpamExample, 'spam'>): SpamPrediction {
    const { text, anchors } = readComment('SpamModel.predict', 'comment', comment)
    return this.explain(featuresOf(text, anchors))
  }

  explain(features: TextFeatures): SpamPrediction {
    // One pass: the sum over distinct buckets, and the 5 strongest positive features kept in order
    // (weight descending, first occurrence first), without building or sorting a list of all.
    this.stamps ??= new Uint32Array(this.buckets)
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    const { stamps, stamp, weights } = this
    const mask = this.buckets - 1
    const { hashes } = features
    const topW: number[] = []
    const topK: number[] = []
    let z = this.bias
    for (let k = 0; k < hashes.length; k++) {
      const b = (hashes[k] as number) & mask
      if (stamps[b] === stamp) continue
      stamps[b] = stamp
      const w = weights[b] as number
      z += w
      if (w <= 0 || (topW.length === 5 && w <= (topW[4] as number))) continue
      let at = topW.length
      while (at > 0 && w > (topW[at - 1] as number)) at--
      topW.splice(at, 0, w)
      topK.splice(at, 0, k)
      if (topW.length > 5) {
        topW.pop()
        topK.pop()
      }
    }
    const probability = Math.round((1 / (1 + Math.exp(-z))) * 10_000) / 10_000
    const top: SpamFeature[] = []
    for (let i = 0; i < topW.length; i++) {
      const f = featureAt(features, topK[i] as number)
      const out: SpamFeature = { feature: f.label, weight: Math.round((topW[i] as number) * 100) / 100 }
      if (f.span !== undefined) out.span = [f.span[0], f.span[1]]
      top.push(out)
    }
    return { probability, features: top }
  }

  toJSON(): SpamModelSnapshot {
    const weights: number[] = []
    let last = 0
    for (let b = 0; b < this.buckets; b++) {
      const w = this.weights[b] as number
      if (w === 0) continue
      weights.push(b - last, Math.round(w * SCALE))
      last = b
    }
    return {
      format: 'copydesk-spam-model',
      version: 1,
      buckets: this.buckets,
      examples: [this.docs[0], this.docs[1]],
      bias: Math.round(this.bias * SCALE),
      weights,
    }
  }

  /** A copy with the same numbers. */
  clone(): LogisticSpamModel {
    const copy = new LogisticSpamModel(this.buckets)
    copy.weights.set(this.weights)
    copy.bias = this.bias
    copy.docs[0] = this.docs[0]
    copy.docs[1] = this.docs[1]
    return copy
  }
}
