import * as z from 'zod/mini'
import { CopydeskError, type CopydeskIssue, type SafeParseResult } from '../errors.js'

export type { SafeParseFailure, SafeParseResult, SafeParseSuccess } from '../errors.js'
import { describe } from '../_internal/describe.js'

// zod/mini ships no messages by default; use English ones per call rather than mutating zod's
// global config (which would be an import-time side effect on the user's zod).
let english: z.core.$ZodErrorMap | undefined

function toIssues(issues: readonly z.core.$ZodIssue[]): CopydeskIssue[] {
  return issues.map((issue) => ({
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
  return path.length === 0 ? '(root)' : path.join('.')
}

function toError(fnName: string, input: unknown, issues: readonly z.core.$ZodIssue[]): CopydeskError {
  const mapped = toIssues(issues)
  const shown = mapped.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
  const more = mapped.length > 3 ? `; and ${mapped.length - 3} more` : ''
  const noun = mapped.length === 1 ? 'problem' : 'problems'
  return new CopydeskError(
    'VALIDATION_FAILED',
    `${fnName}: ${mapped.length} ${noun} in ${describe(input)}: ${shown.join('; ')}${more}`,
    { issues: mapped },
  )
}

/** Runs a schema and converts failures to `CopydeskError` `VALIDATION_FAILED`. */
export function safeParseWith<T>(
  schema: z.ZodMiniType<T, unknown>,
  input: unknown,
  fnName: string,
): SafeParseResult<T> {
  const result = schema.safeParse(input, { error: (english ??= z.locales.en().localeError) })
  if (result.success) return { success: true, data: result.data }
  return { success: false, error: toError(fnName, input, result.error.issues) }
}

/** Like {@link safeParseWith} but throws the error. */
export function parseWith<T>(schema: z.ZodMiniType<T, unknown>, input: unknown, fnName: string): T {
  const result = safeParseWith(schema, input, fnName)
  if (!result.success) throw result.error
  return result.data
}
