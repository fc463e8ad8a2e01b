/**
 * The error type every copydesk function throws, and its guard.
 *
 * @module copydesk/errors
 */

/**
 * What went wrong, as a stable machine-readable string. Part of the public API: a code is never
 * renamed or reused within a major version.
 *
 * - `INVALID_INPUT`: the main argument has the wrong type or a value the function cannot work with
 *   (a number where a string belongs, an unparseable date).
 * - `INVALID_OPTIONS`: the options object, or one of its fields, is not what the function accepts.
 * - `VALIDATION_FAILED`: a document did not match its schema; `issues` lists every problem.
 * - `INVALID_TRANSITION`: a state change that makes no sense (confirming an unsubscribed address).
 * - `DUPLICATE`: an item with the same identity is already present (an id added twice).
 * - `NOT_FOUND`: an item that was asked for by id is not present.
 */
export type CopydeskErrorCode =
  'INVALID_INPUT' | 'INVALID_OPTIONS' | 'VALIDATION_FAILED' | 'INVALID_TRANSITION' | 'DUPLICATE' | 'NOT_FOUND'

/**
 * One problem found while validating a document.
 *
 * @example
 * ```ts
 * const issue: CopydeskIssue = { path: ['authors', 0, 'name'], code: 'invalid_type', message: 'Expected string' }
 * ```
 */
export interface CopydeskIssue {
  /** Where the problem is, from the document root: keys and array indexes. `[]` means the root. */
  path: (string | number)[]
  /** The validator's issue code, e.g. `invalid_type`, `too_small`, `invalid_format`, `custom`. */
  code: string
  /** A human-readable sentence describing the problem. */
  message: string
}

/** Options for the {@link CopydeskError} constructor. */
export interface CopydeskErrorOptions {
  /** The problems found, when the error comes from schema validation. */
  issues?: CopydeskIssue[]
  /** The underlying error, if any (the standard ES2022 `cause`). */
  cause?: unknown
  /**
   * A kebab-case reason code for refusals that have several causes (`'missing-at'` for an email,
   * `'bad-signature'` for a token).
   */
  reason?: string
}

const BRAND: unique symbol = Symbol.for('copydesk.error') as never

/**
 * The one error class copydesk throws. `instanceof CopydeskError` holds across the ESM and CJS
 * copies of the package (and across realms) because it checks a `Symbol.for('copydesk.error')`
 * brand rather than the prototype chain.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle({ title: 'Untitled' })
 * } catch (error) {
 *   if (error instanceof CopydeskError) {
 *     console.log(error.code)             // 'VALIDATION_FAILED'
 *     console.log(error.issues?.[0]?.path) // ['id']
 *   }
 * }
 * ```
 */
export class CopydeskError extends Error {
  /**
   * `true` for any value that carries the copydesk error brand, whichever copy of the package
   * created it.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
  }

  /** Always `'CopydeskError'`. */
  override readonly name = 'CopydeskError' as const
  /** What went wrong; see {@link CopydeskErrorCode}. */
  readonly code: CopydeskErrorCode
  /** Every validation problem, for `VALIDATION_FAILED`; otherwise `undefined`. */
  readonly issues: CopydeskIssue[] | undefined
  /** The kebab-case reason code, when the refusal has several possible causes. */
  readonly reason: string | undefined

  /**
   * @param code - What went wrong.
   * @param message - A sentence naming the function and the input.
   * @param options - Validation issues and the underlying cause.
   */
  constructor(code: CopydeskErrorCode, message: string, options: CopydeskErrorOptions = {}) {
    // A message that cannot become a string (a null-prototype object, a symbol) must not turn
    // the error itself into a TypeError.
    super(
      typeof message === 'string' ? message : safeString(message),
      typeof options === 'object' && options !== null && 'cause' in options ? { cause: options.cause } : undefined,
    )
    this.code = code
    this.issues = typeof options === 'object' && options !== null ? options.issues : undefined
    this.reason = typeof options === 'object' && options !== null ? options.reason : undefined
    Object.defineProperty(this, BRAND, { value: true, enumerable: false })
  }
}

function safeString(value: unknown): string {
  try {
    return String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}

/**
 * Tells whether a value is a {@link CopydeskError}, from any copy of the package.
 *
 * @param value - Anything, typically a caught error.
 * @returns `true` when `value` is a copydesk error.
 *
 * @example
 * ```ts
 * isCopydeskError(new CopydeskError('INVALID_INPUT', 'slugify: input must be a string')) // true
 * isCopydeskError(new Error('boom'))                                                    // false
 * ```
 */
export function isCopydeskError(value: unknown): value is CopydeskError {
  return value instanceof CopydeskError
}

/** A successful `safeParseX` (or verification) result. */
export interface SafeParseSuccess<T> {
  /** Always `true`. */
  success: true
  /** The parsed value: for documents, unknown keys stripped, defaults applied, dates in UTC. */
  data: T
}

/** A failed `safeParseX` (or verification) result. */
export interface SafeParseFailure {
  /** Always `false`. */
  success: false
  /**
   * The error `parseX` would have thrown: `VALIDATION_FAILED` with `issues` for documents,
   * `INVALID_INPUT` with a kebab-case `reason` for emails and tokens.
   */
  error: CopydeskError
}

/**
 * The result of every `safeParseX` call (and of verifications such as `verifyConfirmationToken`):
 * the value, or the {@link CopydeskError} that the throwing variant would have thrown.
 *
 * @example
 * ```ts
 * const result: SafeParseResult<Tag> = safeParseTag({ name: 'Tide', slug: 'tide' })
 * if (result.success) result.data.visibility // 'public'
 * ```
 */
export type SafeParseResult<T> = SafeParseSuccess<T> | SafeParseFailure
