import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CopydeskError,
  createModerationPolicy,
  defaultSpamModel,
  loadSpamModel,
  moderateComment,
  trainSpamModel,
  type SpamExample,
  type SpamModelSnapshot,
} from '../../src/moderation/index.js'

const SMALL: SpamExample[] = [
  { text: 'Check out my channel and subscribe!', spam: true },
  { text: 'sub4sub, visit my page', spam: true },
  { html: '<p>Earn money from home: <a href="https://bit.ly/x">bit.ly/x</a></p>', spam: true },
  { text: 'The council vote was closer than the headline says.', spam: false },
  { text: 'Thanks for the clear explainer on the budget.', spam: false },
  { html: '<p>I disagree with the <b>second</b> point.</p>', spam: false },
]

const code = (fn: () => unknown): string | undefined => {
  try {
    fn()
  } catch (error) {
    return error instanceof CopydeskError ? `${error.code}: ${error.message}` : `foreign: ${String(error)}`
  }
  return undefined
}

describe('trainSpamModel', () => {
  it('mirrors its TSDoc example', () => {
    const model = trainSpamModel([
      { text: 'Check out my channel and subscribe!', spam: true },
      { text: 'The council vote was closer than the headline says.', spam: false },
    ])
    expect(model.examples).toEqual({ spam: 1, ordinary: 1 })
    expect(model.predict('Subscribe to my channel').probability).toBe(0.6817)
    const site = trainSpamModel([{ text: 'Buy followers at my page', spam: true }], { from: defaultSpamModel() })
    expect(site.examples.spam - defaultSpamModel().examples.spam).toBe(1)
  })

  it('learns: spam-like text scores higher than ordinary text, with the features that pushed it', () => {
    const model = trainSpamModel(SMALL)
    const spam = model.predict('check out my channel')
    const ham = model.predict('the council vote')
    expect(spam.probability).toBeGreaterThan(0.5)
    expect(ham.probability).toBeLessThan(0.5)
    expect(spam.features.map((f) => f.feature)).toContain('self-promotion')
    expect(spam.features.find((f) => f.feature === 'self-promotion')?.span).toEqual([0, 12])
    expect(spam.features.find((f) => f.feature === 'check out')?.span).toEqual([0, 9])
  })

  it('is deterministic: the same examples in the same order give the same bytes', () => {
    expect(JSON.stringify(trainSpamModel(SMALL))).toBe(JSON.stringify(trainSpamModel([...SMALL])))
    expect(JSON.stringify(trainSpamModel(SMALL))).not.toBe(JSON.stringify(trainSpamModel([...SMALL].reverse())))
  })

  it('continues from a model without changing it', () => {
    const base = trainSpamModel(SMALL)
    const before = JSON.stringify(base)
    const more = trainSpamModel([{ text: 'follow me on insta', spam: true }], { from: base })
    expect(JSON.stringify(base)).toBe(before)
    expect(more.examples).toEqual({ spam: 4, ordinary: 3 })
    expect(more.predict('follow me on insta').probability).toBeGreaterThan(
      base.predict('follow me on insta').probability,
    )
  })

  it('refuses bad input with a CopydeskError naming the function and the field', () => {
    expect(code(() => trainSpamModel(5 as never))).toBe(
      'INVALID_INPUT: trainSpamModel: examples must be an iterable of { text or html, spam }, received number 5',
    )
    expect(code(() => trainSpamModel(null as never))).toMatch(/^INVALID_INPUT: trainSpamModel: examples must be/)
    expect(code(() => trainSpamModel([{ text: 'x', spam: 'yes' } as never]))).toBe(
      'INVALID_INPUT: trainSpamModel: examples[0].spam must be a boolean, received string "yes"',
    )
    expect(code(() => trainSpamModel([{ spam: true } as never]))).toMatch(/examples\[0\]\.text must be a string/)
    expect(code(() => trainSpamModel([null as never]))).toMatch(/examples\[0\] must be an object/)
    expect(code(() => trainSpamModel([]))).toMatch(/^INVALID_INPUT: trainSpamModel: examples must be at least one spam/)
    expect(code(() => trainSpamModel([{ text: 'a', spam: true }]))).toMatch(/at least one spam and one ordinary/)
    expect(code(() => trainSpamModel(SMALL, [] as never))).toMatch(/^INVALID_OPTIONS: trainSpamModel: options must be/)
    expect(code(() => trainSpamModel(SMALL, { buckets: 1000 }))).toMatch(/options\.buckets must be a power of two/)
    expect(code(() => trainSpamModel(SMALL, { from: {} as never }))).toMatch(/options\.from must be a SpamModel/)
    const model = trainSpamModel(SMALL)
    expect(code(() => model.learn({ text: 'x', spam: 1 } as never))).toMatch(
      /^INVALID_INPUT: SpamModel\.learn: example\.spam/,
    )
    expect(code(() => model.predict(5 as never))).toMatch(/^INVALID_INPUT: SpamModel\.predict: comment must be/)
  })

  it('reads a 10 MB comment in bounded time (the first 50,000 characters)', () => {
    const model = trainSpamModel(SMALL)
    const huge = `check out my channel ${'a'.repeat(10_000_000)}`
    expect(model.predict(huge).probability).toBe(
      model.predict(`check out my channel ${'a'.repeat(49_979)}`).probability,
    )
    expect(model.learn({ text: huge, spam: true }).examples.spam).toBe(4)
  })
})

describe('SpamModel.learn (properties)', () => {
  const example = fc.record({ text: fc.string({ maxLength: 60 }), spam: fc.boolean() })

  it('learning one by one equals one pass of trainSpamModel with the same order', () => {
    fc.assert(
      fc.property(fc.array(example, { maxLength: 20 }), (extra) => {
        const base = trainSpamModel(SMALL)
        for (const e of extra) base.learn(e)
        const counts = base.examples
        expect(counts.spam + counts.ordinary).toBe(SMALL.length + extra.length)
        const reloaded = loadSpamModel(JSON.stringify(base))
        expect(reloaded.toJSON()).toEqual(base.toJSON())
      }),
      { numRuns: 40 },
    )
  })

  it("learning a spam example never lowers that text's spam probability", () => {
    fc.assert(
      fc.property(example, (e) => {
        const model = trainSpamModel(SMALL)
        const before = model.predict(e.text).probability
        model.learn({ text: e.text, spam: true })
        expect(model.predict(e.text).probability).toBeGreaterThanOrEqual(before)
      }),
      { numRuns: 60 },
    )
  })

  it('a JSON round trip gives identical predictions and verdicts', () => {
    const model = trainSpamModel(SMALL)
    const copy = loadSpamModel(JSON.parse(JSON.stringify(model)) as SpamModelSnapshot)
    const a = createModerationPolicy({ spamModel: model })
    const b = createModerationPolicy({ spamModel: copy })
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(copy.predict(text)).toEqual(model.predict(text))
        const html = `<p>${text.replace(/[<&]/g, ' ')}</p>`
        const va = moderateComment({ html }, { now: 0 }, a)
        const vb = moderateComment({ html }, { now: 0 }, b)
        expect({ ...vb, policyVersion: '' }).toEqual({ ...va, policyVersion: '' })
      }),
      { numRuns: 60 },
    )
  })
})

describe('loadSpamModel', () => {
  const good = trainSpamModel(SMALL).toJSON()

  it('mirrors its TSDoc example', () => {
    const model = trainSpamModel([
      { text: 'sub4sub', spam: true },
      { text: 'Good piece', spam: false },
    ])
    const copy = loadSpamModel(JSON.stringify(model))
    expect(copy.predict('sub4sub').probability).toBe(model.predict('sub4sub').probability)
    expect(() => loadSpamModel({ ...model.toJSON(), version: 2 as 1 })).toThrow(CopydeskError)
  })

  it.each([
    ['not JSON', '{', /snapshot must be JSON text/],
    ['an array', [], /snapshot must be an object/],
    ['another format', { ...good, format: 'x' }, /snapshot\.format/],
    ['another version', { ...good, version: 2 }, /snapshot\.version must be 1/],
    ['an unknown key', { ...good, extra: 1 }, /free of unknown keys, received string "extra"/],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(good).slice(1)}`), /__proto__/],
    ['huge buckets', { ...good, buckets: 2 ** 40 }, /snapshot\.buckets/],
    ['buckets not a power of two', { ...good, buckets: 1000 }, /power of two/],
    ['a huge weight', { ...good, weights: [0, 1e12] }, /snapshot\.weights\[1\]/],
    ['a fractional weight', { ...good, weights: [0, 1.5] }, /snapshot\.weights\[1\]/],
    ['a bucket out of range', { ...good, weights: [good.buckets, 1] }, /snapshot\.weights\[0\]/],
    ['a zero gap after the first', { ...good, weights: [3, 1, 0, 1] }, /snapshot\.weights\[2\]/],
    ['odd weights', { ...good, weights: [1] }, /snapshot\.weights must be pairs/],
    ['a negative count', { ...good, examples: [-1, 2] }, /snapshot\.examples\[0\]/],
    ['a huge bias', { ...good, bias: Number.MAX_VALUE }, /snapshot\.bias/],
    ['NaN examples', { ...good, examples: [Number.NaN, 1] }, /snapshot\.examples\[0\]/],
  ])('refuses %s with INVALID_INPUT', (_name, snapshot, message) => {
    let thrown: unknown
    try {
      loadSpamModel(snapshot as never)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CopydeskError)
    expect((thrown as CopydeskError).code).toBe('INVALID_INPUT')
    expect((thrown as CopydeskError).message).toMatch(/^loadSpamModel: /)
    expect((thrown as CopydeskError).message).toMatch(message)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses any mutated snapshot cleanly or loads a working model (fuzz)', () => {
    const keys = ['format', 'version', 'buckets', 'examples', 'bias', 'weights'] as const
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        try {
          const model = loadSpamModel({ ...good, [key]: value } as never)
          expect(model.predict('x').probability).toBeGreaterThanOrEqual(0)
        } catch (error) {
          expect(error).toBeInstanceOf(CopydeskError)
        }
      }),
      { numRuns: 200 },
    )
  })
})
