// The last line of defence of copydesk/related's public calls: anything thrown that is not a
// CopydeskError (a throwing getter on a doc, a hostile iterator, a proxy) becomes one, naming the
// function, so callers only ever catch CopydeskError.
import { CopydeskError, isCopydeskError } from '../errors.js'

/** Runs `body`; rethrows a CopydeskError as is and wraps any other throw as `INVALID_INPUT`. */
export function guard<T>(fn: string, body: () => T): T {
  try {
    return body()
  } catch (error) {
    if (isCopydeskError(error)) throw error
    const reason = error instanceof Error ? error.message : 'a value threw while it was read'
    throw new CopydeskError('INVALID_INPUT', `${fn}: the input could not be read: ${reason}`, { cause: error })
  }
}
