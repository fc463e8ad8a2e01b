import { DEFAULT_SPAM_MODEL } from './_defaultSpamModelData.js'
import type { SpamModel } from './_spamModel.js'
import { loadSpamModel } from './loadSpamModel.js'

let shared: SpamModel | undefined

/**
 * copydesk's default spam model, trained by `npm run train:spam` on the SMS Spam Collection v.1
 * (Tiago A. Almeida and José María Gómez Hidalgo, CC BY 4.0; 4,827 ordinary and 747 spam
 * messages), four fifths of the ScamSpot Instagram comments (Stefan Erben, MIT; 1,807 ordinary and
 * 1,017 spam or scam comments) and copydesk's own CC0 comment fixtures (45 spam, 219 ordinary).
 * The default moderation policy uses it. Each call returns a new copy, so `learn` on
 * one never changes another (or the default policy's); continue from it with
 * `trainSpamModel(decisions, { from: defaultSpamModel() })`. docs/moderation.md gives its measured
 * catch rates, in and across corpora.
 *
 * @returns A new {@link SpamModel} with the default counts.
 *
 * @example
 * ```ts
 * defaultSpamModel().examples // { spam: 1809, ordinary: 6853 }
 * defaultSpamModel().predict('WINNER! Claim your free prize, text WIN to 80086 now').probability // 1
 * defaultSpamModel().predict('See you at the station at six').probability // 0.0056
 * ```
 */
export function defaultSpamModel(): SpamModel {
  shared ??= loadSpamModel(DEFAULT_SPAM_MODEL)
  return (shared as unknown as { clone(): SpamModel }).clone()
}

/** The shared default model, for the default policy (never handed to users). */
export function sharedDefaultSpamModel(): SpamModel {
  shared ??= loadSpamModel(DEFAULT_SPAM_MODEL)
  return shared
}
