import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultModerationWeights, englishTerms, scunthorpeAllowlist } from '../../src/moderation/index.js'
import { ROOT } from './_run.js'

// docs/moderation.md lists every rule with its weight: keep the table and the code in step.
const docs = readFileSync(`${ROOT}docs/moderation.md`, 'utf8')
const rows = new Map(
  [...docs.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1] as string, (m[2] as string).trim()]),
)

describe('docs/moderation.md', () => {
  it.each(Object.entries(defaultModerationWeights).filter(([key]) => !key.startsWith('term.')))(
    'lists the %s rule with weight %d',
    (code, weight) => {
      expect(rows.get(code), `no row for ${code}`).toBeDefined()
      expect(Number((/-?[\d.]+/.exec((rows.get(code) as string).replace('−', '-')) as RegExpExecArray)[0])).toBe(weight)
    },
  )

  it('lists the term weights by action', () => {
    expect(rows.get('term')).toBe(
      `reject ${defaultModerationWeights['term.reject']} · hold ${defaultModerationWeights['term.hold']} · flag ${defaultModerationWeights['term.flag']} × severity`,
    )
  })

  it('states the sizes of the bundled lists', () => {
    expect(docs).toContain(
      `the bundled English list (${englishTerms.length} entries) and allowlist (${scunthorpeAllowlist.length} phrases)`,
    )
  })

  it('carries the measured rates block', () => {
    expect(docs).toMatch(/<!-- rates:start -->\nTerm matching on the same inputs[\s\S]+<!-- rates:end -->/)
  })
})
