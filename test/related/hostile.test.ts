// Issue 17 regressions for copydesk/related: prototype keys never reach Object.prototype, an
// unknown status is refused (never published), foreign throws become CopydeskError; issue 13:
// an array as options is INVALID_OPTIONS.
import { describe, expect, it } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import {
  createRelatedIndex,
  loadRelatedIndex,
  relatedStories,
  type RelatedDoc,
  type RelatedIndexJson,
} from '../../src/related/index.js'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CopydeskError)
    return (error as CopydeskError).code
  }
  return undefined
}

const docs: RelatedDoc[] = [
  { id: 'a', title: 'Storm floods the harbor seawall' },
  { id: 'b', title: 'Harbor seawall repairs after the storm' },
  { id: 'c', title: 'Jazz festival on the piers' },
]

describe('related with hostile input', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'reads language %j as an unknown language',
    (lang) => {
      const index = createRelatedIndex()
      index.addAll(docs.map((d) => ({ ...d, language: lang })))
      expect(index.related('a')[0]?.id).toBe('b')
      const other = createRelatedIndex({ defaultLanguage: lang })
      other.addAll(docs)
      expect(other.related('a')[0]?.id).toBe('b')
      const copy = loadRelatedIndex(JSON.stringify(other))
      expect(copy.related('a')[0]?.id).toBe('b')
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    },
  )

  it.each(['Draft', 'PUBLISHED', 'private', '__proto__', 'constructor', ''])('refuses status %j at add', (status) => {
    const index = createRelatedIndex()
    expect(codeOf(() => index.add({ id: 'x', title: 'Storm', status } as unknown as RelatedDoc))).toBe('INVALID_INPUT')
    expect(index.has('x')).toBe(false)
  })

  it('never returns a draft, and refuses a snapshot with an unknown status', () => {
    const index = createRelatedIndex()
    index.addAll([...docs, { id: 'd', title: 'Harbor seawall storm draft', status: 'draft' }])
    expect(index.related('a', { limit: 10 }).map((p) => p.id)).not.toContain('d')
    const json = index.toJSON()
    for (const status of ['Draft', '__proto__', 'constructor']) {
      const bad = { ...json, docs: json.docs.map((d) => (d.id === 'd' ? { ...d, status } : d)) } as RelatedIndexJson
      expect(codeOf(() => loadRelatedIndex(bad))).toBe('INVALID_INPUT')
    }
  })

  it('turns foreign throws (getters, iterators) into CopydeskError', () => {
    const index = createRelatedIndex()
    const getter = Object.defineProperty({ id: 'g' }, 'title', {
      get() {
        throw new TypeError('boom')
      },
    }) as RelatedDoc
    expect(codeOf(() => index.add(getter))).toBe('INVALID_INPUT')
    const iterable = {
      *[Symbol.iterator](): Generator<RelatedDoc> {
        yield docs[0] as RelatedDoc
        throw new RangeError('bad iterator')
      },
    }
    expect(codeOf(() => index.addAll(iterable))).toBe('INVALID_INPUT')
    expect(codeOf(() => relatedStories(getter, docs))).toBe('INVALID_INPUT')
    expect(codeOf(() => loadRelatedIndex({ format: 'copydesk-related-index', version: 2 } as never))).toBe(
      'INVALID_INPUT',
    )
  })

  it('refuses an array, null or a number as options with INVALID_OPTIONS', () => {
    for (const bad of [[], null, 5, 'x']) {
      expect(codeOf(() => createRelatedIndex(bad as never))).toBe('INVALID_OPTIONS')
      const index = createRelatedIndex()
      index.addAll(docs)
      expect(codeOf(() => index.related('a', bad as never))).toBe('INVALID_OPTIONS')
    }
    expect(() => createRelatedIndex([] as never)).toThrow(/^createRelatedIndex: options must be an object/)
  })

  it('reads stopWords tables by own keys only', () => {
    const index = createRelatedIndex({ stopWords: { en: ['harbor'] } })
    index.addAll(docs.map((d) => ({ ...d, language: 'constructor' })))
    expect(index.related('a')[0]?.sharedTerms).toContain('harbor')
  })
})
