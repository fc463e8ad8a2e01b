// The hostile-input suite (issue 17): every public function and method of src/index.ts, fed wrong
// types, prototype keys, cyclic and frozen objects, throwing getters, lone surrogates and control
// characters, 1 MB strings, deep nesting and 100k-element arrays, in a worker with a watchdog.
// Each call must: throw nothing but CopydeskError (whose message starts with the function's name),
// leave its input unchanged, leave Object.prototype clean, return output that passes copydesk's
// own schema where one exists, and finish within the per-call budget (cases.ts BUDGET_MS).
//
// Bounded and seeded: HOSTILE_SEED (default 17) and HOSTILE_CASES (cases per entry, default 30)
// choose the sample; `npm run fuzz` runs a larger random sample for a release. Known, still-open
// defects live in known-failures.ts (read its header).
import { afterAll, describe, expect, it } from 'vitest'
import { BUDGET_MS, PASSING, caseIds, sample, type CaseResult } from './cases.js'
import { KNOWN_FAILURES, type KnownFailure } from './known-failures.js'
import { CasePool } from './pool.js'
import { FACTORIES, PENDING_EXPORTS, PRIVATE_METHODS, SAME_METHODS, TABLE, lib, type CallEntry } from './table.js'

const SEED = Number(process.env.HOSTILE_SEED ?? 17)
const PER_ENTRY = Number(process.env.HOSTILE_CASES ?? 30)
const HEAVY_PER_ENTRY = Number(process.env.HOSTILE_HEAVY ?? Math.max(2, Math.round(PER_ENTRY / 15)))
const PRINT_KNOWN = process.env.HOSTILE_PRINT_KNOWN === '1'

/**
 * The reproductions of issue 17, run on every run whatever the sample: each keeps its defect
 * fixed once the fix lands (and is in known-failures.ts until then).
 */
const ISSUE_17: Record<string, string[]> = {
  safeParseArticle: ['0.authors=100k-numbers'], // 1. safeParseX throws (stack overflow in zod)
  parseArticle: ['0.authors=100k-numbers'],
  safeParseTeaser: ['0.authors=100k-empty-objects'],
  createSubscription: ['1.newsletters=100k-strings', '1.newsletters.0=blank-string'], // 2. includes in a loop; 6.
  createConfirmationToken: ['0.newsletters=100k-strings'],
  sanitizeCommentHtml: ['0=100k-nested-tags'], // 2. nesting in sanitize-html
  moderateComment: ['0.html=100k-nested-tags', '1.history=number-string', '0.author=null', '1.history.0=null'], // 2.; 5.
  'createRelatedIndex().add': ['0.language="constructor"'], // 3. prototype keys in lookups
  createRelatedIndex: ['0.defaultLanguage="constructor"'],
  unsubscribeHeaders: ['0.mailtoSubject=lone-surrogates', '0.param=lone-surrogates'], // 5. foreign throws
  shareLinks: ['1.utm.campaign=zero'],
  'createTermList().censor': ['1=zero'],
  formatPath: ['0=null'],
  toTeaser: ['0.tags=number-string', '0.featureImage=null', '0.authors=array-of-null', '0.access=zero'], // 5.; 6.
  createTermList: ['1.allowlist:sparse'],
  toJsonLd: ['0.authors.0.name=null-prototype', '0.publishedAt=null-prototype'],
  toJsonFeed: ['0.0.publishedAt=null-prototype'],
  toRssFeed: ['0.0.publishedAt=null-prototype'],
  subscribeFormMessage: ['0.reason=null-prototype'],
  applySubscriptionEvent: ['0.email=zero', '0.createdAt=null'], // 6. output fails the schema
  readingTime: ['1.extraImages=huge-number', '1.wordsPerMinute=tiny-number'], // 7. Infinity
}

const pool = new CasePool()
const printed: CaseResult[] = []
afterAll(async () => {
  await pool.close()
  if (PRINT_KNOWN) {
    const lines = printed.map(
      (r) =>
        `  { fn: ${JSON.stringify(r.fn)}, case: ${JSON.stringify(r.case)}, outcome: '${r.outcome}', observed: ${JSON.stringify(r.observed.slice(0, 160))} },`,
    )
    process.stdout.write(`\nexport const KNOWN_FAILURES: KnownFailure[] = [\n${lines.join('\n')}\n]\n`)
  }
})

const errorClass = (observed: string): string => observed.split(':')[0] ?? ''
const sameWay = (known: KnownFailure, result: CaseResult): boolean =>
  known.outcome === result.outcome &&
  (known.outcome !== 'foreign-throw' || errorClass(known.observed) === errorClass(result.observed))

/** A pending export that is not there yet (or any more) has no cases to run. */
const present = (name: string): boolean => {
  const base = name.split('()')[0]!
  return !PENDING_EXPORTS.has(base) || base in lib
}
const calls = Object.entries(TABLE).filter((e): e is [string, CallEntry] => e[1].kind === 'call' && present(e[0]))

describe('the hostile-input table', () => {
  it('lists every export of src/index.ts, and nothing else', () => {
    const exported = Object.keys(lib).sort()
    const listed = Object.keys(TABLE)
      .filter((k) => !k.includes('()'))
      .sort()
    expect(
      exported.filter((k) => !listed.includes(k)),
      'exports missing from test/hostile/table.ts',
    ).toEqual([])
    expect(
      listed.filter((k) => !exported.includes(k) && !PENDING_EXPORTS.has(k)),
      'table entries that are not exports',
    ).toEqual([])
  })

  it('lists every method of the objects the factories return', () => {
    const missing: string[] = []
    for (const [prefix, make] of Object.entries(FACTORIES)) {
      const instance = make() as Record<string, unknown>
      const names = new Set<string>()
      for (let o: object | null = instance; o && o !== Object.prototype; o = Object.getPrototypeOf(o))
        for (const key of Object.getOwnPropertyNames(o))
          if (key !== 'constructor' && typeof Reflect.getOwnPropertyDescriptor(o, key)?.value === 'function')
            names.add(key)
      expect(names.size, `${prefix} has methods`).toBeGreaterThan(0)
      const listedAs = SAME_METHODS[prefix] ?? prefix
      for (const name of names) {
        const key = `${listedAs}.${name}`
        if (!(key in TABLE) && !PRIVATE_METHODS.has(key)) missing.push(key)
      }
    }
    expect(missing, 'methods missing from test/hostile/table.ts').toEqual([])
  })

  it('names only cases that exist in its issue-17 reproductions', () => {
    const unknown = Object.entries(ISSUE_17).flatMap(([fn, cases]) => {
      const entry = TABLE[fn]
      if (!entry || entry.kind !== 'call') return [fn]
      const ids = caseIds(entry)
      return cases.filter((c) => !ids.includes(c)).map((c) => `${fn} ${c}`)
    })
    expect(unknown).toEqual([])
  })

  it('lists known failures only for entries and cases that exist', () => {
    const unknown = KNOWN_FAILURES.filter((k) => {
      const entry = TABLE[k.fn]
      return !entry || entry.kind !== 'call' || !caseIds(entry).includes(k.case)
    })
    expect(unknown.map((k) => `${k.fn} ${k.case}`)).toEqual([])
  })
})

describe(`hostile input (seed ${SEED}, ${PER_ENTRY} cases per entry, budget ${BUDGET_MS} ms of CPU per call)`, () => {
  it.each(calls)('%s', async (fn, entry) => {
    const known = KNOWN_FAILURES.filter((k) => k.fn === fn)
    const ids = caseIds(entry)
    const chosen = [
      ...new Set([
        ...sample(ids, PER_ENTRY, HEAVY_PER_ENTRY, SEED),
        ...(ISSUE_17[fn] ?? []),
        ...known.map((k) => k.case),
      ]),
    ]
    const problems: string[] = []
    for (const id of chosen) {
      let result = await pool.run(fn, id)
      const listed = known.find((k) => k.case === id)
      // A time overrun that is not a known defect gets one retry: the machine may be busy.
      if (result.outcome === 'too-slow' && !listed) result = await pool.run(fn, id)
      if (id === 'baseline' && result.outcome !== 'returned') {
        problems.push(`the table's valid call fails (${result.outcome}: ${result.observed}): fix table.ts`)
        continue
      }
      if (!PASSING.has(result.outcome) && PRINT_KNOWN) printed.push(result)
      if (listed) {
        if (PASSING.has(result.outcome))
          problems.push(`${id}: passes now (${result.outcome}) — remove from known-failures.ts`)
        else if (!sameWay(listed, result))
          problems.push(
            `${id}: fails differently — update known-failures.ts: was ${listed.outcome} (${listed.observed}), now ${result.outcome} (${result.observed})`,
          )
      } else if (!PASSING.has(result.outcome)) {
        problems.push(`${id}: ${result.outcome} — ${result.observed}`)
      }
    }
    expect(problems).toEqual([])
  })
})
