import { describe } from '../_internal/describe.js'
import { CopydeskError } from '../errors.js'
import { guard } from './_guard.js'
import { RelatedIndexImpl } from './_index.js'
import { statusCode } from './_doc.js'
import { resolveIndexOptions } from './_options.js'
import type { CreateRelatedIndexOptions } from './options.js'
import type { RelatedIndex, RelatedIndexJson } from './types.js'

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isInts = (v: unknown, max: number): v is number[] =>
  Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < max)

/**
 * Restores an index from {@link RelatedIndex.toJSON}'s snapshot (or its parsed JSON text). The
 * restored index gives the same answers as the original and can keep growing.
 *
 * @param json - A snapshot object, or a JSON string of one.
 * @returns A {@link RelatedIndex}.
 * @throws {@link CopydeskError} `INVALID_INPUT` when the snapshot is malformed or of another format/version.
 *
 * @example
 * ```ts
 * const index = createRelatedIndex()
 * index.addAll([
 *   { id: 'a', title: 'Harbor seawall vote', tags: ['harbor'] },
 *   { id: 'b', title: 'Seawall vote delayed at the harbor', tags: ['harbor'] },
 * ])
 * const copy = loadRelatedIndex(JSON.stringify(index))
 * copy.related('a').map((pick) => pick.id) // ['b']
 * ```
 */
export function loadRelatedIndex(json: RelatedIndexJson | string): RelatedIndex {
  return guard('loadRelatedIndex', () => load(json))
}

function load(json: RelatedIndexJson | string): RelatedIndex {
  const fn = 'loadRelatedIndex'
  let data: unknown = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch (error) {
      throw new CopydeskError('INVALID_INPUT', `${fn}: the string is not JSON`, { cause: error })
    }
  }
  const j = data as Partial<RelatedIndexJson> | null
  if (
    typeof j !== 'object' ||
    j === null ||
    j.format !== 'copydesk-related-index' ||
    (j.version !== 1 && j.version !== 2)
  ) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: expected a copydesk-related-index version 1 or 2 snapshot, received ${describe(data)}`,
    )
  }
  if (
    !isStrings(j.terms) ||
    !isStrings(j.tags) ||
    !isStrings(j.sections) ||
    !isStrings(j.authors) ||
    !Array.isArray(j.docs) ||
    typeof j.options !== 'object' ||
    j.options === null
  ) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: the snapshot lacks terms, tags, sections, authors, docs or options`,
    )
  }
  const raw = Object.fromEntries(Object.entries(j.options).map(([k, v]) => [k, v === null ? Infinity : v]))
  const index = new RelatedIndexImpl(resolveIndexOptions(raw as CreateRelatedIndexOptions, fn))
  const store = index.store
  for (const t of j.terms) store.terms.intern(t, fn)
  for (const t of j.tags) store.tags.intern(t, fn)
  for (const t of j.sections) store.sections.intern(t, fn)
  for (const t of j.authors) store.authors.intern(t, fn)
  const nTerms = j.terms.length * 256
  j.docs.forEach((doc, i) => {
    const ok =
      typeof doc === 'object' &&
      doc !== null &&
      typeof doc.id === 'string' &&
      doc.id !== '' &&
      (doc.date === null || Number.isFinite(doc.date)) &&
      Number.isInteger(doc.section) &&
      doc.section >= -1 &&
      doc.section < j.sections!.length &&
      typeof doc.status === 'string' &&
      statusCode(doc.status) !== undefined &&
      Number.isFinite(doc.length) &&
      isInts(doc.tags, j.tags!.length) &&
      isInts(doc.authors, j.authors!.length) &&
      isInts(doc.bag, nTerms) &&
      (doc.hidden === undefined || isStrings(doc.hidden)) &&
      (doc.searched === undefined || (Number.isInteger(doc.searched) && doc.searched >= 0 && doc.searched <= 65_535))
    if (!ok) throw new CopydeskError('INVALID_INPUT', `${fn}: docs[${i}] is malformed`)
    store.add(
      {
        read: {
          id: doc.id,
          date: doc.date ?? Number.NaN,
          section: doc.section === -1 ? undefined : j.sections![doc.section],
          status: statusCode(doc.status) as number,
          tags: doc.tags.map((g) => j.tags![g] as string),
          authors: doc.authors.map((a) => j.authors![a] as string),
        },
        bag: {
          terms: doc.bag.map((p) => j.terms![p >>> 8] as string),
          tf: doc.bag.map((p) => p & 255),
          searched: doc.searched ?? doc.bag.length,
          length: doc.length,
        },
      },
      fn,
    )
  })
  for (const doc of j.docs) if (doc.hidden !== undefined) store.hidden.set(doc.id, new Set(doc.hidden))
  store.merge()
  index.warm()
  return index
}
