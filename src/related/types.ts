// Public types of copydesk/related.
import type { ArticleStatus } from '../schema/types.js'
import type { RelatedOptions } from './options.js'

/** A tag as the related index reads it: a plain string (its slug) or a tag object. */
export interface RelatedTagInput {
  /** URL slug; the tag's identity when present. */
  slug?: string | undefined
  /** Display name; the identity when there is no slug. */
  name?: string | undefined
  /** `internal` tags (Ghost's `#wire`, `#featured`) never count for relatedness. */
  visibility?: 'public' | 'internal' | undefined
}

/** An author as the related index reads it: a plain string (an id or name) or an author object. */
export interface RelatedAuthorInput {
  /** Stable id; the author's identity when present. */
  id?: string | undefined
  /** URL slug; the identity when there is no id. */
  slug?: string | undefined
  /** Display name; the identity when there is neither id nor slug. */
  name?: string | undefined
}

/**
 * A document the related index accepts: a copydesk `Article` (assignable as is) or a minimal
 * object with an `id`, a `title` and some of the other fields.
 */
export interface RelatedDoc {
  /** Stable, non-empty identifier. Adding a doc with an id already in the index replaces it. */
  id: string
  /** Headline (counted 3× by default). */
  title: string
  /** Dek / standfirst (counted 2× by default, with `customExcerpt` and `excerpt`). */
  subtitle?: string | undefined
  /** Hand-written excerpt, plain text (counted like the dek). */
  customExcerpt?: string | undefined
  /** Summary, plain text (counted like the dek). */
  excerpt?: string | undefined
  /** Body as plain text; wins over `html` when both are given. */
  text?: string | undefined
  /** Body as HTML (converted with copydesk/text's htmlToText). */
  html?: string | undefined
  /** The free preview of a gated article as HTML (used for `members`/`paid` bodies). */
  freeHtml?: string | undefined
  /** Who may read the body; gated bodies index only their free part unless `gatedBody: 'full'`. */
  access?: 'public' | 'members' | 'paid' | undefined
  /** Tags: slugs or tag objects. Internal tags are ignored. */
  tags?: readonly (string | RelatedTagInput)[] | undefined
  /** Section slug or name. */
  section?: string | undefined
  /** Bylines: ids/names or author objects. */
  authors?: readonly (string | RelatedAuthorInput)[] | undefined
  /** Publication date: an ISO 8601 string or a `Date`. */
  publishedAt?: string | Date | undefined
  /** BCP 47 language tag, used for stop words and segmentation. */
  language?: string | undefined
  /** Editorial status; docs without one count as `published`. */
  status?: ArticleStatus | undefined
}

/**
 * The parts of a pick's score, on one 0–1 scale: each weighted part is divided by the sum of the
 * weights of the parts the query doc can have (text always; tags, section and author only when the
 * query doc has them), so `score = (text + tags + section + author) × recency` ≤ 1. MMR
 * diversification only changes the order of the row, never the score.
 */
export interface RelatedScoreParts {
  /** Text similarity part: BM25 cosine × the `text` weight, scaled. */
  text: number
  /** Tag similarity part: IDF-weighted tag cosine × the `tags` weight, scaled. */
  tags: number
  /** The scaled `section` weight when both docs share a section, else 0. */
  section: number
  /** The scaled `author` weight when both docs share an author, else 0. */
  author: number
  /** Recency multiplier in (0, 1]; 1 when `halfLifeDays` is not set. */
  recency: number
}

/** Codes of {@link RelatedReason}. */
export type RelatedReasonCode =
  'shared-terms' | 'shared-tags' | 'same-section' | 'same-author' | 'fallback-section' | 'fallback-latest'

/** One explained reason for a pick (kebab-case `code`, human `message`). */
export interface RelatedReason {
  /** What the reason is about. */
  code: RelatedReasonCode
  /** The reason in words, from the `messages` templates (English by default). */
  message: string
}

/** One related story, with why it was picked. */
export interface RelatedPick {
  /** The picked doc's id. */
  id: string
  /** Relevance score from 0 to 1, rounded to 4 decimals (see {@link RelatedScoreParts}). */
  score: number
  /** `'similar'` when picked on merit, `'fallback'` when added by the `fallback` policy. */
  kind: 'similar' | 'fallback'
  /** The parts of the score, each rounded to 4 decimals. */
  scoreParts: RelatedScoreParts
  /** Explained reasons, strongest first: shared tags, shared terms, same section, same author; or the fallback. */
  reasons: RelatedReason[]
  /** One short sentence for readers: the first reason's message ("Also about seawall and tide", "More from Business", "Latest"). */
  label: string
  /** Shared public tags, rarest first. */
  sharedTags: string[]
  /** The shared terms that contribute most to the text score, strongest first (never gated-only words). */
  sharedTerms: string[]
}

/** Options of {@link RelatedIndex.relatedAll}: every {@link RelatedOptions} field, plus progress. */
export interface RelatedAllOptions extends RelatedOptions {
  /** Called about every 1% with the number of docs done and the total. @defaultValue `undefined` */
  onProgress?: ((done: number, total: number) => void) | undefined
}

/**
 * An in-memory related-story index. Create one with {@link createRelatedIndex} or
 * {@link loadRelatedIndex}.
 */
export interface RelatedIndex {
  /** Number of docs in the index. */
  readonly size: number
  /**
   * Adds a doc, replacing any doc with the same id. O(doc): nothing is rebuilt.
   *
   * @param doc - An `Article` or a minimal {@link RelatedDoc}.
   * @throws {@link CopydeskError} `INVALID_INPUT` when the doc has no string `id` or a bad date.
   */
  add(doc: RelatedDoc): void
  /**
   * Adds many docs (replacing same ids), then merges the postings.
   *
   * @param docs - Any iterable of docs.
   * @throws {@link CopydeskError} `INVALID_INPUT` for a non-iterable or an invalid doc.
   */
  addAll(docs: Iterable<RelatedDoc>): void
  /**
   * Removes a doc.
   *
   * @param id - The doc's id.
   * @returns `true` when the doc was there, `false` otherwise.
   */
  remove(id: string): boolean
  /**
   * Tells whether a doc is in the index.
   *
   * @param id - The doc's id.
   * @returns `true` when present.
   */
  has(id: string): boolean
  /**
   * The related stories of one doc, best first, each with its reasons. Never returns the doc
   * itself (by id).
   *
   * @param idOrDoc - The id of an indexed doc, or a doc (indexed or not, e.g. a draft preview).
   * @param options - Limit, weights, filters, recency, fallback.
   * @returns At most `limit` picks.
   * @throws {@link CopydeskError} `NOT_FOUND` for an unknown id; `INVALID_OPTIONS` for bad options.
   */
  related(idOrDoc: string | RelatedDoc, options?: RelatedOptions): RelatedPick[]
  /**
   * Every doc's related stories (for static builds), reusing the query buffers.
   *
   * @param options - The query options, plus `onProgress`.
   * @returns A map from id to picks, in (date, id) order.
   * @throws {@link CopydeskError} `INVALID_OPTIONS` for bad options.
   */
  relatedAll(options?: RelatedAllOptions): Map<string, RelatedPick[]>
  /**
   * A JSON-safe snapshot of the index; {@link loadRelatedIndex} restores an index that gives
   * identical answers.
   *
   * @returns The snapshot (plain data: `JSON.stringify` it).
   */
  toJSON(): RelatedIndexJson
}

/** One doc of a {@link RelatedIndexJson} snapshot. */
export interface RelatedIndexJsonDoc {
  /** The doc's id. */
  id: string
  /** Publication time in epoch milliseconds, or `null`. */
  date: number | null
  /** Index into `sections`, or -1. */
  section: number
  /** Editorial status. */
  status: string
  /** Field-weighted token count. */
  length: number
  /** Indexes into `tags`. */
  tags: number[]
  /** Indexes into `authors`. */
  authors: number[]
  /** Terms as `termIndex × 256 + weighted count`: the search terms first, then the others. */
  bag: number[]
  /** How many entries at the start of `bag` are search terms (version 1 snapshots: all). */
  searched?: number | undefined
  /** Terms found only in the doc's gated text (`gatedBody: 'full'`), never shown as shared terms. */
  hidden?: string[] | undefined
}

/** The JSON snapshot of a {@link RelatedIndex} (format version 2; version 1 still loads). */
export interface RelatedIndexJson {
  /** Always `'copydesk-related-index'`. */
  format: 'copydesk-related-index'
  /** Format version, `2`. */
  version: 1 | 2
  /** The index options (`null` stands for `Infinity`). */
  options: Record<string, unknown>
  /** Term dictionary. */
  terms: string[]
  /** Tag dictionary. */
  tags: string[]
  /** Section dictionary. */
  sections: string[]
  /** Author dictionary. */
  authors: string[]
  /** The docs. */
  docs: RelatedIndexJsonDoc[]
}
