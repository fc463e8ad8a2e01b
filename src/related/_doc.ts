// Reads a RelatedDoc (an Article or a minimal object) into the fields the index stores.
import { own, refuse } from '../_internal/check.js'
import { describe } from '../_internal/describe.js'
import { readableHtml } from '../readable/readable.js'
import { CopydeskError } from '../errors.js'
import type { AnalyzerInput } from './_analyze.js'
import type { RelatedDoc } from './types.js'

/** Status codes stored per doc (Uint8). */
export const STATUS_CODES: Readonly<Record<string, number>> = { published: 0, draft: 1, scheduled: 2, archived: 3 }
/** Status names by code. */
export const STATUS_NAMES: readonly string[] = ['published', 'draft', 'scheduled', 'archived']

/** A doc's fields, validated and normalized. */
export interface ReadDoc extends AnalyzerInput {
  /** With `gated: 'full'`: the readable part of the body, when it differs from `body`. */
  readable: string | undefined
  id: string
  /** Public tag keys (lowercased slug or name), deduplicated, in input order. */
  tags: string[]
  section: string | undefined
  /** Author keys (id, else slug, else name), deduplicated. */
  authors: string[]
  /** Epoch milliseconds, NaN when unknown. */
  date: number
  status: number
}

/** How gated bodies are indexed. */
export type GatedBody = 'preview' | 'full'

/** Converts HTML to text. */
export type ToText = (html: string) => string

function bodies(b: { body?: string; readable?: string }): { body: string | undefined; readable: string | undefined } {
  return { body: b.body, readable: b.readable === b.body ? undefined : b.readable }
}

/**
 * Validates and reads one doc. `fn` names the calling function for error messages;
 * `toText` converts HTML bodies (copydesk/text's htmlToText, passed in by the caller);
 * `maxHtml` bounds the HTML converted (the analyzer reads only the first tokens anyway).
 */
export function readDoc(
  doc: unknown,
  fn: string,
  gated: GatedBody,
  toText: ToText,
  maxHtml: number = Infinity,
): ReadDoc {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new CopydeskError('INVALID_INPUT', `${fn}: doc must be an object, received ${describe(doc)}`)
  }
  const d = doc as RelatedDoc
  if (typeof d.id !== 'string' || d.id === '') {
    throw new CopydeskError('INVALID_INPUT', `${fn}: doc.id must be a non-empty string, received ${describe(d.id)}`)
  }
  const title = d.title ?? ''
  if (typeof title !== 'string') {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: doc.title of "${d.id}" must be a string, received ${describe(title)}`,
    )
  }
  const deks = [d.subtitle, d.customExcerpt, d.excerpt].filter((s): s is string => typeof s === 'string' && s !== '')
  return {
    id: d.id,
    title,
    dek: deks.length > 0 ? deks.join('\n') : undefined,
    ...bodies(readBody(d, gated, (html) => toText(html.length > maxHtml ? html.slice(0, maxHtml) : html))),
    language: typeof d.language === 'string' ? d.language : undefined,
    tags: readTags(d.tags),
    section: typeof d.section === 'string' && d.section.trim() !== '' ? d.section.trim().toLowerCase() : undefined,
    authors: readAuthors(d.authors),
    date: readDate(d, fn),
    status: readStatus(d, fn),
  }
}

/**
 * The text an anonymous reader may read (src/readable's rule: gated blocks removed; for a gated
 * doc `freeHtml`, else the part before `<!--members-only-->`), or with `gated: 'full'` the whole
 * body. `text` is taken as given (the caller chose it).
 */
function readBody(d: RelatedDoc, gated: GatedBody, toText: ToText): { body?: string; readable?: string } {
  if (typeof d.text === 'string') return { body: d.text }
  if (typeof d.html !== 'string') return {}
  const readable = toText(readableHtml(d as Parameters<typeof readableHtml>[0]))
  if (gated !== 'full') return { body: readable }
  return { body: toText(d.html), readable }
}

/** The status code; an unknown status (`'Draft'`, `'private'`, `'__proto__'`…) is refused, never published. */
function readStatus(d: RelatedDoc, fn: string): number {
  const status: unknown = d.status ?? 'published'
  const code = typeof status === 'string' ? statusCode(status) : undefined
  if (code === undefined) {
    throw refuse(
      fn,
      'INVALID_INPUT',
      `doc.status of "${d.id}"`,
      `one of ${STATUS_NAMES.map((n) => `'${n}'`).join(', ')}`,
      status,
    )
  }
  return code
}

/** The code of a status name (own properties only), or `undefined`. */
export function statusCode(status: string): number | undefined {
  return own(STATUS_CODES, status)
}

function key(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const k = value.normalize('NFKC').trim().toLowerCase()
  return k === '' ? undefined : k
}

function readTags(tags: RelatedDoc['tags']): string[] {
  if (!Array.isArray(tags)) return []
  const out = new Set<string>()
  for (const tag of tags as unknown[]) {
    let k: string | undefined
    if (typeof tag === 'string') k = key(tag)
    else if (typeof tag === 'object' && tag !== null) {
      const t = tag as { slug?: unknown; name?: unknown; visibility?: unknown }
      if (t.visibility === 'internal') continue
      k = key(typeof t.slug === 'string' ? t.slug : typeof t.name === 'string' ? t.name : undefined)
    }
    if (k === undefined || k.startsWith('#') || k.startsWith('hash-')) continue
    out.add(k)
  }
  return [...out]
}

function readAuthors(authors: RelatedDoc['authors']): string[] {
  if (!Array.isArray(authors)) return []
  const out = new Set<string>()
  for (const author of authors as unknown[]) {
    let k: string | undefined
    if (typeof author === 'string') k = key(author)
    else if (typeof author === 'object' && author !== null) {
      const a = author as { id?: unknown; slug?: unknown; name?: unknown }
      const raw = [a.id, a.slug, a.name].find((v): v is string => typeof v === 'string' && v !== '')
      k = key(raw)
    }
    if (k !== undefined) out.add(k)
  }
  return [...out]
}

function readDate(d: RelatedDoc, fn: string): number {
  const value = d.publishedAt
  if (value === undefined || value === null) return Number.NaN
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (Number.isNaN(ms)) {
    throw new CopydeskError(
      'INVALID_INPUT',
      `${fn}: doc.publishedAt of "${d.id}" must be an ISO 8601 date string or a valid Date, received ${describe(value)}`,
    )
  }
  return ms
}
