// KNOWN FAILURES of the hostile-input suite (issue 17).
//
// How this list works:
// - hostile.test.ts runs every case listed here on every run (besides its seeded sample), and
//   asserts each one STILL FAILS THE SAME WAY: same `outcome`, and for a foreign throw the same
//   error class (`TypeError`, `RangeError`, …). So the suite passes while these defects are open.
// - When a fix lands and a listed case passes (or fails differently), the test fails with
//   "remove from known-failures" (or "fails differently: update known-failures"). Delete the
//   entry (or update it) in the same change as the fix. This list only ever shrinks.
// - Any failure that is NOT listed here fails the suite as a new defect.
// - `observed` is what the call did when the entry was recorded (for the reader; only the outcome
//   and the error class are compared). To print the current list in this format, run
//   `HOSTILE_PRINT_KNOWN=1 npx vitest run --config test/vitest.config.ts --project hostile`.
import type { Outcome } from './cases.js'

export interface KnownFailure {
  /** The table entry: an export name, or `factory().method`. */
  fn: string
  /** The case id (see cases.ts for the grammar). */
  case: string
  /** What is wrong. */
  outcome: Exclude<Outcome, 'returned' | 'refused'>
  /** The observed error or problem, as recorded. */
  observed: string
}

// Empty since the 0.2.0 merge: every case of the table passes (161 were listed when the suite was written).
export const KNOWN_FAILURES: KnownFailure[] = []
