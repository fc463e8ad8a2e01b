// Option interfaces of copydesk/related (their defaults are applied in _options.ts).
import type { ArticleStatus } from '../schema/types.js'

/** How a {@link RelatedIndex} analyzes and weights text. Fixed for the life of the index. */
export interface CreateRelatedIndexOptions {
  /** How many times a title token counts. @defaultValue `3` */
  titleWeight?: number | undefined
  /** How many times a dek/excerpt token counts. @defaultValue `2` */
  dekWeight?: number | undefined
  /** How many times a body token counts. @defaultValue `1` */
  bodyWeight?: number | undefined
  /** Body tokens read per doc (the rest is ignored). @defaultValue `2000` */
  maxBodyTokens?: number | undefined
  /**
   * Distinct terms kept per doc: the most frequent (field-weighted) first, then the earliest.
   * `Infinity` keeps all. @defaultValue `96`
   */
  maxTermsPerDoc?: number | undefined
  /**
   * Each doc's strongest terms (highest field-weighted counts, then the earliest) through which
   * the candidate search can find it; scores always use all its kept terms. @defaultValue `96`
   */
  searchTermsPerDoc?: number | undefined
  /** BM25 term-frequency saturation. @defaultValue `1.2` */
  k1?: number | undefined
  /** BM25 length normalization. @defaultValue `0.75` */
  b?: number | undefined
  /** Terms in fewer docs than this are ignored (they cannot match another doc). @defaultValue `2` */
  minDocFreq?: number | undefined
  /** Terms in more than this share of docs are ignored, like Elasticsearch's `max_doc_freq`. @defaultValue `0.5` */
  maxDocFreqRatio?: number | undefined
  /**
   * Stop words by base language code (`en`, `de`, …), replacing the built-in list of that
   * language; `false` turns stop words off. Built in: en, de, fr, es, it, pt, nl, sv, da, no, ru,
   * ar, ja, zh (from stopwords-iso). @defaultValue the built-in lists
   */
  stopWords?: false | Readonly<Record<string, readonly string[]>> | undefined
  /** More stop words for every language (site names, boilerplate). @defaultValue `[]` */
  extraStopWords?: readonly string[] | undefined
  /** Language of docs without `language`. @defaultValue `'en'` */
  defaultLanguage?: string | undefined
  /**
   * `'preview'` indexes only the free part of `members`/`paid` bodies (before
   * `<!--members-only-->`, or `freeHtml`), so shared terms never reveal gated text; `'full'`
   * indexes whole bodies. @defaultValue `'preview'`
   */
  gatedBody?: 'preview' | 'full' | undefined
  /**
   * `'s'` folds English plurals ("fires" → "fire", "cities" → "city") with Harman's S-stemmer in
   * `en` docs; `'none'` keeps words as written. @defaultValue `'none'`
   */
  stemming?: 'none' | 's' | undefined
  /** Docs added since the last merge that are scanned directly before the postings are rebuilt. @defaultValue `512` */
  deltaLimit?: number | undefined
}

/** The relative weights of the score's parts. */
export interface RelatedWeights {
  /** Weight of the BM25 text cosine. @defaultValue `1` */
  text?: number | undefined
  /** Weight of the IDF-weighted tag cosine. @defaultValue `0.35` */
  tags?: number | undefined
  /** Bonus for the same section. @defaultValue `0.05` */
  section?: number | undefined
  /** Bonus for a shared author. @defaultValue `0.05` */
  author?: number | undefined
}

/** Options of one `related()` query. */
export interface RelatedOptions {
  /** How many picks to return. @defaultValue `4` */
  limit?: number | undefined
  /** Highest-weighted query terms used to find text candidates (Elasticsearch `max_query_terms`). @defaultValue `64` */
  queryTerms?: number | undefined
  /**
   * Postings read at most to find text candidates (the query terms' document frequencies
   * summed): over it, the most common of the query terms are left out of the candidate search
   * (not out of the scores), so a query on a million docs stays fast. `Infinity` reads every
   * posting. @defaultValue `50000`
   */
  maxPostings?: number | undefined
  /** Text candidates scored exactly (over all their terms). @defaultValue `64` */
  candidates?: number | undefined
  /** Extra candidates taken from docs sharing the query's rarest tags. @defaultValue `32` */
  tagCandidates?: number | undefined
  /** A tag brings candidates when at most this share of docs has it (or at most `tagCandidates` docs). @defaultValue `0.05` */
  rareTagRatio?: number | undefined
  /** Weights of the score's parts. */
  weights?: RelatedWeights | undefined
  /** Recency half-life in days; `undefined` turns recency off. News: 30–90. @defaultValue `undefined` */
  halfLifeDays?: number | undefined
  /** Share of the score that recency can take away, 0–1. @defaultValue `0.3` */
  recencyWeight?: number | undefined
  /** Picks scoring below this are dropped (then `fallback` may fill the row). @defaultValue `0.05` */
  minScore?: number | undefined
  /** How to fill a short row: `'none'`, `'section'` (latest in the same section, then latest) or `'latest'`. @defaultValue `'none'` */
  fallback?: 'none' | 'section' | 'latest' | undefined
  /** Ids never to return. @defaultValue `[]` */
  excludeIds?: readonly string[] | undefined
  /** Only docs in the same section. @defaultValue `false` */
  sameSection?: boolean | undefined
  /**
   * Only docs published before this one (ties by id), scored with the statistics of those docs
   * only: adding newer docs never changes the answer (stable "see also" lists). @defaultValue `false`
   */
  excludeNewer?: boolean | undefined
  /** Only docs published at most this many days before or after this one. @defaultValue `undefined` */
  maxAgeDays?: number | undefined
  /** Statuses a pick may have (docs without a status count as published). @defaultValue `['published']` */
  statuses?: readonly ArticleStatus[] | undefined
  /**
   * Cosine over all terms (BM25 weights, no df filter) above which a doc is a near-duplicate of
   * the query or of an earlier pick and is dropped; `1` keeps near-duplicates. A lightly edited
   * wire rewrite scores about 0.87, distinct stories on the same event under 0.5. @defaultValue `0.8`
   */
  nearDuplicate?: number | undefined
  /**
   * Pseudo-relevance feedback (Rocchio): the weight of the centroid of the `feedbackDocs` best
   * text candidates added to the query vector before the candidates are scored again; `0` turns
   * it off. @defaultValue `0.5`
   */
  feedback?: number | undefined
  /** Candidates whose centroid expands the query (see `feedback`). @defaultValue `3` */
  feedbackDocs?: number | undefined
  /** MMR trade-off between relevance (1) and diversity (0). @defaultValue `0.9` */
  mmrLambda?: number | undefined
  /** Shared terms listed per pick. @defaultValue `5` */
  explainTerms?: number | undefined
  /**
   * Templates of the reasons' messages and labels, to localise them: `{list}` is replaced by up to
   * two shared terms or tags joined with `and`, `{section}` by the section. @defaultValue English
   */
  messages?: Partial<RelatedMessages> | undefined
}

/** The message templates of a pick's reasons (see {@link RelatedOptions.messages}). */
export interface RelatedMessages {
  /** @defaultValue `'Also about {list}'` */
  sharedTerms: string
  /** @defaultValue `'Also on {list}'` */
  sharedTags: string
  /** @defaultValue `'Also in {section}'` */
  sameSection: string
  /** @defaultValue `'By the same author'` */
  sameAuthor: string
  /** @defaultValue `'More from {section}'` */
  fallbackSection: string
  /** @defaultValue `'Latest'` */
  fallbackLatest: string
  /** Joins the two items of `{list}`. @defaultValue `' and '` */
  and: string
}

/** The English messages. */
export const DEFAULT_MESSAGES: Readonly<RelatedMessages> = {
  sharedTerms: 'Also about {list}',
  sharedTags: 'Also on {list}',
  sameSection: 'Also in {section}',
  sameAuthor: 'By the same author',
  fallbackSection: 'More from {section}',
  fallbackLatest: 'Latest',
  and: ' and ',
}

/** Resolved index options. */
export type ResolvedIndexOptions = Required<{
  [K in keyof CreateRelatedIndexOptions]-?: Exclude<CreateRelatedIndexOptions[K], undefined>
}>

/** Resolved query options (before ids are mapped to slots). */
export interface ResolvedRelatedOptions {
  limit: number
  queryTerms: number
  maxPostings: number
  candidates: number
  tagCandidates: number
  rareTagRatio: number
  wText: number
  wTags: number
  wSection: number
  wAuthor: number
  halfLifeDays: number | undefined
  recencyWeight: number
  minScore: number
  fallback: 'none' | 'section' | 'latest'
  excludeIds: readonly string[]
  sameSection: boolean
  excludeNewer: boolean
  maxAgeDays: number | undefined
  statusMask: number
  nearDuplicate: number
  mmrLambda: number
  feedback: number
  feedbackDocs: number
  explainTerms: number
  messages: Readonly<RelatedMessages>
}
