import * as z from 'zod/mini'
import { refuse } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { CopydeskError, type CopydeskIssue, type SafeParseResult } from '../errors.js'
import { SCHEMA_LIMITS } from './limits.js'

export type { SafeParseFailure, SafeParseResult, SafeParseSuccess } from '../errors.js'

/**
 * The arrays of a document that have a maximum length, as paths of keys from the root, with
 * their limit. Checked before zod sees the input.
 */
export type ArrayLimits = readonly (readonly [path: readonly string[], max: number])[]

// zod/mini ships no messages by default; use English ones per call rather than mutating zod's
// global config (which would be an import-time side effect on the user's zod).
let english: z.core.$ZodErrorMap | undefined

function toIssues(issues: readonly z.core.$ZodIssue[]): CopydeskIssue[] {
  return issues.slice(0, SCHEMA_LIMITS.issues).map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    code: issue.code,
    message: issue.message,
  }))
}

/**
 * Formats an issue path the way the CLI prints it.
 *
 * @param path - An issue's `path`.
 * @returns The keys joined with dots, or `(root)` for an empty path.
 *
 * @example
 * ```ts
 * formatPath(['authors', 0, 'name']) // 'authors.0.name'
 * formatPath([])                     // '(root)'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) throw refuse('formatPath', 'INVALID_INPUT', 'path', 'an array of keys and indexes', path)
  for (let i = 0; i < path.length; i++) {
    const key: unknown = path[i]
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw refuse('formatPath', 'INVALID_INPUT', `path[${i}]`, 'a string or a number', key)
    }
  }
  return path.length === 0 ? '(root)' : path.join('.')
}

function toError(
  fnName: string,
  input: unknown,
  mapped: CopydeskIssue[],
  total: number,
  cause?: unknown,
): CopydeskError {
  const shown = mapped.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
  const more = total > 3 ? `; and ${total - 3} more` : ''
  const noun = total === 1 ? 'problem' : 'problems'
  return new CopydeskError(
    'VALIDATION_FAILED',
    `${fnName}: ${total} ${noun} in ${describe(input)}: ${shown.join('; ')}${more}`,
    cause === undefined ? { issues: mapped } : { issues: mapped, cause },
  )
}

/** Own data property of a plain object, without running getters or reaching the prototype. */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const descriptor = Object.getOwnPropertyDescriptor(value, key)
  return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined
}

/** The first array over its limit, as an issue; `undefined` when every listed array fits. */
function oversized(input: unknown, limits: ArrayLimits): CopydeskIssue | undefined {
  for (const [path, max] of limits) {
    let value = input
    for (const key of path) value = field(value, key)
    if (Array.isArray(value) && value.length > max) {
      return {
        path: [...path],
        code: 'too_big',
        message: `Too many items: at most ${max} (SCHEMA_LIMITS), received ${value.length}`,
      }
    }
  }
  return undefined
}

/**
 * Runs a schema and converts failures to `CopydeskError` `VALIDATION_FAILED`. Never throws: arrays
 * past their {@link SCHEMA_LIMITS} are refused before zod sees them (zod reports one issue per
 * element and can overflow the stack on 100k of them), at most `SCHEMA_LIMITS.issues` issues are
 * kept, and anything the validator throws (a getter that throws, a cyclic value zod cannot walk)
 * becomes a failure with the thrown value as `cause`.
 */
export function safeParseWith<T>(
  schema: z.ZodMiniType<T, unknown>,
  input: unknown,
  fnName: string,
  limits: ArrayLimits = [],
): SafeParseResult<T> {
  try {
    const tooBig = oversized(input, limits)
    if (tooBig !== undefined) return { success: false, error: toError(fnName, input, [tooBig], 1) }
    const result = schema.safeParse(input, { error: (english ??= z.locales.en().localeError) })
    if (result.success) return { success: true, data: result.data }
    const issues = result.error.issues
    return { success: false, error: toError(fnName, input, toIssues(issues), issues.length) }
  } catch (error) {
    let name: string = typeof error
    try {
      if (error instanceof Error) name = String(error.name)
    } catch {
      // a hostile error object: keep its type
    }
    const message = `The input could not be validated (${name})`
    return { success: false, error: toError(fnName, input, [{ path: [], code: 'custom', message }], 1, error) }
  }
}

/** Like {@link safeParseWith} but throws the error. */
export function parseWith<T>(
  schema: z.ZodMiniType<T, unknown>,
  input: unknown,
  fnName: string,
  limits: ArrayLimits = [],
): T {
  const result = safeParseWith(schema, input, fnName, limits)
  if (!result.success) throw result.error
  return result.data
}
