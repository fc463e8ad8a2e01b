import { htmlToText } from '../text/index.js'
import { readDoc } from './_doc.js'
import { resolveIndexOptions, resolveRelatedOptions } from './_options.js'
import type { CreateRelatedIndexOptions, RelatedOptions } from './options.js'
import type { RelatedDoc } from './types.js'

/** Field names of the search index that {@link toMoreLikeThisQuery} targets. */
export interface MoreLikeThisFields {
  /** Headline field. @defaultValue `'title'` */
  title?: string | undefined
  /** Dek/excerpt field. @defaultValue `'subtitle'` */
  dek?: string | undefined
  /** Body text field. @defaultValue `'body'` */
  body?: string | undefined
  /** Tag keyword field (slugs). @defaultValue `'tags'` */
  tags?: string | undefined
  /** Section keyword field. @defaultValue `'section'` */
  section?: string | undefined
  /** Author keyword field (ids, else slugs, else names). @defaultValue `'authors'` */
  authors?: string | undefined
  /** Publication date field. @defaultValue `'publishedAt'` */
  publishedAt?: string | undefined
  /** Status keyword field. @defaultValue `'status'` */
  status?: string | undefined
}

/** Options of {@link toMoreLikeThisQuery}: the same knobs as the in-memory index, plus mapping details. */
export interface ToMoreLikeThisQueryOptions extends CreateRelatedIndexOptions, RelatedOptions {
  /** Field names in the search index. */
  fields?: MoreLikeThisFields | undefined
  /** When set, `like` references the stored doc (`{ _index, _id }`) instead of sending its text. @defaultValue `undefined` */
  likeIndex?: string | undefined
  /** Absolute `max_doc_freq` (OpenSearch/Elasticsearch have no ratio). @defaultValue `undefined` (no limit) */
  maxDocFreq?: number | undefined
  /** `minimum_should_match` of the more_like_this clause. @defaultValue `'30%'` */
  minimumShouldMatch?: string | undefined
  /** Words to send as `stop_words` (stop words are normally left to the index's analyzer). @defaultValue `undefined` */
  stopWordList?: readonly string[] | undefined
}

/** A search request body for `POST /<index>/_search` (OpenSearch or Elasticsearch). */
export interface MoreLikeThisRequest {
  /** Number of hits: the `limit` option. */
  size: number
  /** The query: one `function_score`. */
  query: {
    /** `query` (a bool of more_like_this, tag terms, section/author bonuses, filters) and, with recency, `functions`. */
    function_score: Record<string, unknown>
  }
}

/**
 * The OpenSearch/Elasticsearch equivalent of {@link RelatedIndex.related}: a `more_like_this`
 * query over title/dek/body with the same field boosts and term limits, IDF-scored tag terms,
 * section/author bonuses, the same filters, and the recency decay as a `function_score` `exp`
 * function mixed as `(1 − recencyWeight) + recencyWeight · 0.5^(Δdays / halfLifeDays)`.
 * For sites past one process; see docs/related.md for how scores differ.
 *
 * @param doc - The article to find related stories for.
 * @param options - The same knobs as the in-memory index, field names and MLT details.
 * @returns The request body.
 * @throws {@link CopydeskError} `INVALID_INPUT` for a bad doc; `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * const body = toMoreLikeThisQuery(
 *   { id: 'a1', title: 'Wildfire on Alder Ridge', tags: ['wildfire'], publishedAt: '2026-10-03T22:15:00Z' },
 *   { halfLifeDays: 30, excludeNewer: true },
 * )
 * body.size                                          // 4
 * body.query.function_score.functions
 * // [{ exp: { publishedAt: { origin: '2026-10-03T22:15:00.000Z', scale: '30d', decay: 0.5 } }, weight: 0.3 }, { weight: 0.7 }]
 * ```
 */
export function toMoreLikeThisQuery(doc: RelatedDoc, options?: ToMoreLikeThisQueryOptions): MoreLikeThisRequest {
  const fn = 'toMoreLikeThisQuery'
  const ix = resolveIndexOptions(options, fn)
  const o = resolveRelatedOptions(options, fn)
  const read = readDoc(doc, fn, ix.gatedBody, (html) => htmlToText(html), ix.maxBodyTokens * 32)
  const f = options?.fields ?? {}
  const field = {
    title: f.title ?? 'title',
    dek: f.dek ?? 'subtitle',
    body: f.body ?? 'body',
    tags: f.tags ?? 'tags',
    section: f.section ?? 'section',
    authors: f.authors ?? 'authors',
    publishedAt: f.publishedAt ?? 'publishedAt',
    status: f.status ?? 'status',
  }
  const boosted = (name: string, weight: number): string => (weight === 1 ? name : `${name}^${weight}`)
  const fields = [
    ix.titleWeight > 0 ? boosted(field.title, ix.titleWeight) : undefined,
    ix.dekWeight > 0 ? boosted(field.dek, ix.dekWeight) : undefined,
    ix.bodyWeight > 0 ? boosted(field.body, ix.bodyWeight) : undefined,
  ].filter((x): x is string => x !== undefined)
  const body = read.body === undefined ? undefined : read.body.split(/\s+/).slice(0, ix.maxBodyTokens).join(' ')
  const artificial: Record<string, string> = { [field.title]: read.title }
  if (read.dek !== undefined) artificial[field.dek] = read.dek
  if (body !== undefined) artificial[field.body] = body
  const mlt: Record<string, unknown> = {
    fields,
    like: [options?.likeIndex !== undefined ? { _index: options.likeIndex, _id: read.id } : { doc: artificial }],
    max_query_terms: o.queryTerms === Infinity ? 10_000 : o.queryTerms,
    min_term_freq: 1,
    min_doc_freq: ix.minDocFreq,
    minimum_should_match: options?.minimumShouldMatch ?? '30%',
    include: false,
    boost: o.wText,
  }
  if (options?.maxDocFreq !== undefined) mlt['max_doc_freq'] = options.maxDocFreq
  const stopWords = options?.stopWordList
  if (stopWords !== undefined && stopWords.length > 0) mlt['stop_words'] = [...stopWords]
  const similar: unknown[] = [{ more_like_this: mlt }]
  for (const tag of read.tags) if (o.wTags > 0) similar.push({ term: { [field.tags]: { value: tag, boost: o.wTags } } })
  const bonus: unknown[] = []
  if (read.section !== undefined && o.wSection > 0)
    bonus.push({ term: { [field.section]: { value: read.section, boost: o.wSection } } })
  if (read.authors.length > 0 && o.wAuthor > 0)
    bonus.push({ terms: { [field.authors]: read.authors, boost: o.wAuthor } })

  const statuses = ['published', 'draft', 'scheduled', 'archived'].filter((_, i) => (o.statusMask & (1 << i)) !== 0)
  const filter: unknown[] = [{ terms: { [field.status]: statuses } }]
  const hasDate = !Number.isNaN(read.date)
  const iso = hasDate ? new Date(read.date).toISOString() : undefined
  if (o.sameSection && read.section !== undefined) filter.push({ term: { [field.section]: read.section } })
  if (iso !== undefined && (o.excludeNewer || o.maxAgeDays !== undefined)) {
    const range: Record<string, string> = {}
    if (o.excludeNewer) range['lte'] = iso
    if (o.maxAgeDays !== undefined) {
      range['gte'] = `${iso}||-${Math.round(o.maxAgeDays * 24)}h`
      if (!o.excludeNewer) range['lte'] = `${iso}||+${Math.round(o.maxAgeDays * 24)}h`
    }
    filter.push({ range: { [field.publishedAt]: range } })
  }
  const must_not = [{ ids: { values: [read.id, ...o.excludeIds] } }]
  const functionScore: Record<string, unknown> = {
    query: {
      bool: { must: [{ bool: { should: similar, minimum_should_match: 1 } }], should: bonus, filter, must_not },
    },
  }
  if (o.halfLifeDays !== undefined && iso !== undefined) {
    const h = o.halfLifeDays
    functionScore['functions'] = [
      {
        exp: {
          [field.publishedAt]: {
            origin: iso,
            scale: Number.isInteger(h) ? `${h}d` : `${Math.round(h * 24)}h`,
            decay: 0.5,
          },
        },
        weight: o.recencyWeight,
      },
      { weight: 1 - o.recencyWeight },
    ]
    functionScore['score_mode'] = 'sum'
    functionScore['boost_mode'] = 'multiply'
  }
  return { size: o.limit, query: { function_score: functionScore } }
}
