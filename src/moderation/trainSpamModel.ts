import { checkOptions, intOption, refuse } from '../_internal/check.js'
import { EPOCHS, LogisticSpamModel, readComment, type SpamExample, type SpamModel } from './_spamModel.js'
import { spamModelState } from './_spamRegistry.js'

/** Options for {@link trainSpamModel}. */
export interface TrainSpamModelOptions {
  /**
   * A model to continue from (it is copied, never changed): a site starts from
   * {@link defaultSpamModel} and adds its own decisions.
   * @defaultValue a new, empty model
   */
  from?: SpamModel | undefined
  /**
   * How many hash buckets a new model uses, a power of two from 256 to 1,048,576. More buckets,
   * fewer collisions, a bigger snapshot. Ignored with `from` (the model keeps its own).
   * @defaultValue `16384`
   */
  buckets?: number | undefined
}

const FN = 'trainSpamModel'

/**
 * Trains a spam model on labelled comments: logistic regression (5 passes of stochastic gradient
 * descent, in the examples' order) over the comment's words, word pairs and copydesk's spam
 * signals (links, bare domains, contacts, self-promotion, bait), hashed into a fixed number of
 * buckets. The same examples in the same order give the same model, byte for
 * byte. Give the model to {@link createModerationPolicy} (`spamModel`); store it with `toJSON()`
 * and read it back with {@link loadSpamModel}. Texts are read up to 50,000 characters, HTML up to
 * 200,000.
 *
 * @param examples - Any iterable of `{ text?, html?, spam }` (a moderator's final decisions).
 * @param options - `from` (continue from a model), `buckets`.
 * @returns A new {@link SpamModel}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `examples` is not iterable, an example has no
 *   text or HTML string or a `spam` that is not a boolean, or the model would have no spam or no
 *   ordinary example; `INVALID_OPTIONS` for a bad option.
 *
 * @example
 * ```ts
 * const model = trainSpamModel([
 *   { text: 'Check out my channel and subscribe!', spam: true },
 *   { text: 'The council vote was closer than the headline says.', spam: false },
 * ])
 * model.examples // { spam: 1, ordinary: 1 }
 * model.predict('Subscribe to my channel').probability // 0.6817
 * const site = trainSpamModel([{ text: 'Buy followers at my page', spam: true }], { from: defaultSpamModel() })
 * site.examples.spam - defaultSpamModel().examples.spam // 1
 * ```
 */
export function trainSpamModel(examples: Iterable<SpamExample>, options?: TrainSpamModelOptions): SpamModel {
  const opts = checkOptions<TrainSpamModelOptions>(FN, options)
  if (
    typeof examples !== 'object' ||
    examples === null ||
    typeof (examples as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw refuse(FN, 'INVALID_INPUT', 'examples', 'an iterable of { text or html, spam }', examples)
  }
  let model: LogisticSpamModel
  if (opts.from !== undefined) {
    const from = spamModelState(opts.from)
    if (from === undefined) throw refuse(FN, 'INVALID_OPTIONS', 'options.from', 'a SpamModel', opts.from)
    model = from.clone()
  } else {
    const buckets = intOption(FN, 'buckets', opts.buckets, { min: 256, max: 1_048_576 }, 16_384)
    if ((buckets & (buckets - 1)) !== 0)
      throw refuse(FN, 'INVALID_OPTIONS', 'options.buckets', 'a power of two', buckets)
    model = new LogisticSpamModel(buckets)
  }
  const read: { buckets: number[]; spam: boolean }[] = []
  for (const example of examples) {
    const { text, anchors } = readComment(FN, `examples[${read.length}]`, example)
    const spam = (example as { spam?: unknown }).spam
    if (typeof spam !== 'boolean') throw refuse(FN, 'INVALID_INPUT', `examples[${read.length}].spam`, 'a boolean', spam)
    read.push({ buckets: model.bucketsOf(text, anchors), spam })
    model.count(spam)
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) for (const r of read) model.step(r.buckets, r.spam)
  if (model.docs[0] === 0 || model.docs[1] === 0) {
    throw refuse(
      FN,
      'INVALID_INPUT',
      'examples',
      'at least one spam and one ordinary example (with options.from included)',
      `${model.docs[1]} spam and ${model.docs[0]} ordinary`,
    )
  }
  return model
}
