// Recognizes models made by copydesk (a user-made look-alike object is refused).
import { LogisticSpamModel } from './_spamModel.js'

/** The model's state when `value` is a copydesk spam model, else `undefined`. */
export function spamModelState(value: unknown): LogisticSpamModel | undefined {
  return value instanceof LogisticSpamModel ? value : undefined
}
