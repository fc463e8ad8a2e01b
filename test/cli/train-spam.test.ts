import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SPAM_MODEL } from '../../src/moderation/_defaultSpamModelData.js'
import { loadSpamModel } from '../../src/moderation/index.js'
import { buildDefaultSpamModel, defaultTrainingSet } from '../tools/train-spam.js'
import { runCli } from './_run.js'

const dir = mkdtempSync(join(tmpdir(), 'copydesk-train-spam-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const decisions = [
  ...Array.from({ length: 12 }, (_, i) => ({
    id: `s${i}`,
    articleId: `a${i % 4}`,
    html: `<p>Check out my channel ${i} and subscribe, sub4sub!</p>`,
    status: 'spam',
  })),
  ...Array.from({ length: 12 }, (_, i) => ({
    id: `h${i}`,
    articleId: `a${i % 4}`,
    html: `<p>The harbour plan ${i} needs a second look at the costs.</p>`,
    status: 'published',
  })),
  { id: 'p', articleId: 'a0', html: '<p>waiting</p>', status: 'pending' },
]

describe('the default spam model', () => {
  it('is exactly what the training script (npm run train:spam) produces from test/data/spam', () => {
    expect(defaultTrainingSet()).toHaveLength(5574 + 2824 + 45 + 45 + 174)
    expect(JSON.parse(DEFAULT_SPAM_MODEL)).toEqual(buildDefaultSpamModel())
  })
})

describe('copydesk train-spam', () => {
  it('writes a model that copydesk moderate reads back (-o model=)', () => {
    const model = join(dir, 'model.json')
    const run = runCli(['train-spam', '-', '-o', `model=${model}`], JSON.stringify(decisions))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^wrote .*model\.json: 1821 spam and 6865 ordinary examples/)
    const loaded = loadSpamModel(readFileSync(model, 'utf8'))
    expect(loaded.examples).toEqual({ spam: 1809 + 12, ordinary: 6853 + 12 })
    const comments = [{ id: 'x', html: '<p>Check out my channel 99 and subscribe, sub4sub!</p>' }]
    const verdicts = JSON.parse(runCli(['moderate', '-', '-o', `model=${model}`], JSON.stringify(comments)).stdout) as {
      reasons: { code: string; probability?: number }[]
    }[]
    const spamModel = verdicts[0]?.reasons.find((r) => r.code === 'spam-model')
    expect(spamModel?.probability).toBeGreaterThan(0.9)
  })

  it('starts from nothing with from=none and prints the model on standard output', () => {
    const run = runCli(['train-spam', '-', '-o', 'from=none'], JSON.stringify(decisions))
    expect(run.code, run.stderr).toBe(0)
    expect(loadSpamModel(run.stdout).examples).toEqual({ spam: 12, ordinary: 12 })
  })

  it('cross-validates by article and prints spam held / ordinary held per fold', () => {
    const run = runCli(['train-spam', '-', '-o', 'folds=4'], JSON.stringify(decisions))
    expect(run.code, run.stderr).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toBe('fold 1: spam held 3/3 (100.0 %), ordinary held 0/3 (0.0 %)')
    expect(lines[4]).toBe('all:    spam held 12/12 (100.0 %), ordinary held 0/12 (0.0 %)')
    expect(lines[5]).toBe('(folds by articleId: 4 articles)')
  })

  it.each([
    [['train-spam'], /needs a file path/],
    [['train-spam', '-', '-o', 'folds=1'], /folds must be an integer from 2 to 20/],
    [['train-spam', '-', '-o', 'colour=red'], /unknown option "colour"/],
    [['train-spam', '-', '-o', 'from=/nonexistent/model.json'], /cannot read/],
  ])('refuses %j with a usage error (exit 2)', (args, message) => {
    const run = runCli(args, JSON.stringify(decisions))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('reports an empty training set and records without text as errors, not crashes', () => {
    const run = runCli(
      ['train-spam', '-', '-o', 'from=none'],
      JSON.stringify([{ status: 'spam' }, { html: '<p>x</p>', status: 'spam' }]),
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\[0\] \?: a decision needs an html or text string/)
    expect(run.stderr).toMatch(/trainSpamModel: examples must be at least one spam and one ordinary example/)
  })
})
