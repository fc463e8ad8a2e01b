import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { ROOT, runCli } from './_run.js'

describe('copydesk moderate (hostile options and scale)', () => {
  it.each(['__proto__', 'constructor', 'toString'])('refuses lists=%s with a clean usage error', (name) => {
    const run = runCli(['moderate', '-', '-o', `lists=${name}`], '[{"html":"<p>x</p>"}]')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `copydesk moderate: option lists: unknown list "${name}" (expected some of ar, cs, da, de, eo, es, fa, fi, fil, fr, hi, hu, it, ja, kab, ko, nl, no, pl, pt, ru, sv, th, tr, zh)\n`,
    )
  })

  it('turns the spam model off with model=none and refuses an unreadable model file', () => {
    const spammy = JSON.stringify([{ html: '<p>WINNER!! Claim your free prize now, text WIN to 80086</p>' }])
    const on = JSON.parse(runCli(['moderate', '-'], spammy).stdout) as { reasons: { code: string }[] }[]
    const off = JSON.parse(runCli(['moderate', '-', '-o', 'model=none'], spammy).stdout) as {
      reasons: { code: string }[]
    }[]
    expect(on[0]?.reasons.map((r) => r.code)).toContain('spam-model')
    expect(off[0]?.reasons.map((r) => r.code)).not.toContain('spam-model')
    const bad = runCli(['moderate', '-', '-o', 'model=package.json'], spammy)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/option model: loadSpamModel: snapshot must be free of unknown keys/)
  })

  it('moderates a re-imported thread of 4,000 comments (10 authors, 3 articles, 41 timestamps) to the end', () => {
    const comments = Array.from({ length: 4000 }, (_, i) => ({
      id: `c${i}`,
      html: `<p>Comment ${i % 300} on the harbour plan</p>`,
      createdAt: `2026-11-24T12:00:${String(i % 41).padStart(2, '0')}Z`,
      author: { name: `Reader ${i % 10}` },
      articleId: `a${i % 3}`,
    }))
    // The output is about 2 MB: more than runCli's default spawnSync buffer.
    const run = spawnSync(process.execPath, [`${ROOT}dist/cli.js`, 'moderate', '-', '-o', 'authors=true'], {
      cwd: ROOT,
      input: JSON.stringify(comments),
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    })
    expect(run.status, run.stderr).toBe(0)
    const verdicts = JSON.parse(run.stdout) as { id: string; reasons: { code: string }[] }[]
    expect(verdicts).toHaveLength(4000)
    expect(verdicts[0]?.id).toBe('c0')
    // Each reader repeats their own texts (30 per reader, 400 comments each): duplicates are found.
    expect(verdicts.filter((v) => v.reasons.some((r) => r.code === 'duplicate')).length).toBeGreaterThan(100)
  })
})
