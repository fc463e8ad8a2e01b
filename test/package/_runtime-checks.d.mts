// Types of _runtime-checks.mjs (plain JavaScript so that Node, the edge VM and Chromium run it as is).

export declare const VALID_ARTICLE: Record<string, unknown>
export declare const VALID_PUBLISHED_AT: string
export declare const BAD_ARTICLE: Record<string, unknown>
export declare const BAD_ARTICLE_PATHS: string[]

/** What {@link runChecks} reports for one entry. */
export interface EntryReport {
  specifier: string
  exportCount: number
  undefinedExports: string[]
  missingOnRoot: string[]
  differentOnRoot: string[]
  hasDefault: boolean
}

export interface ErrorReport {
  threw: boolean
  name?: string
  code?: string
  message?: string
  paths?: string[] | null
  isError?: boolean
  instanceOf?: Record<string, boolean>
  guard?: Record<string, boolean>
  plainErrorIsCopydeskError?: boolean
}

export interface RuntimeReport {
  globals: { process: string; Buffer: string; require: string }
  entries: EntryReport[]
  valid: { ok: boolean; publishedAt?: string; tags?: unknown[]; language?: string; error?: ErrorReport } | null
  invalid: ErrorReport | null
  safe: { threw: boolean; success?: boolean; paths?: string[] | null; error?: ErrorReport } | null
  fatal: string | null
}

/** Runs every check over the loaded entries; never throws (a crash lands in `fatal`). */
export declare function runChecks(entries: Record<string, Record<string, unknown>>): RuntimeReport
