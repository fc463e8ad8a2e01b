// Small text helpers of the demo site, built on copydesk itself: plurals with Intl.PluralRules,
// cuts with copydesk's excerpt (never mid-word), writing direction per language, and the
// near-duplicate test that keeps a wire story and its rewrite apart on a section front.
import { excerpt, htmlToText } from '../../text/index.js'
import type { Article } from '../../schema/index.js'

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'])

/** `rtl` for right-to-left languages (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr'
}

/** `1 comment`, `2 comments`: the English plural category from Intl.PluralRules picks the word. */
export function plural(count: number, one: string, other: string, locale = 'en'): string {
  const category = new Intl.PluralRules(locale).select(count)
  return `${count.toLocaleString(locale)} ${category === 'one' ? one : other}`
}

/** At most `maxChars` graphemes of `text`, cut at a word boundary by copydesk's excerpt. */
export function clip(text: string, maxChars: number): string {
  return excerpt(text, { maxChars, format: 'text' }).text
}

function shingles(article: Article): Set<string> {
  const text = `${article.title} ${article.subtitle ?? ''} ${htmlToText(article.html)}`.toLowerCase()
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? []
  const out = new Set<string>()
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
  return out
}

/** Word-trigram Jaccard at or above which two stories are one story told twice. */
export const NEAR_DUPLICATE = 0.5

/**
 * The articles without the later near-duplicates of an earlier one (word-trigram Jaccard ≥ 0.5),
 * and for each kept article the ids of the copies it stands for. Input order is kept.
 */
export function withoutNearDuplicates(articles: readonly Article[]): {
  kept: Article[]
  copies: Map<string, Article[]>
} {
  const sets = articles.map((article) => ({ article, set: shingles(article) }))
  const kept: { article: Article; set: Set<string> }[] = []
  const copies = new Map<string, Article[]>()
  for (const entry of sets) {
    const original = kept.find(({ set }) => {
      let shared = 0
      for (const gram of entry.set) if (set.has(gram)) shared++
      const union = entry.set.size + set.size - shared
      return union > 0 && shared / union >= NEAR_DUPLICATE
    })
    if (original === undefined) kept.push(entry)
    else copies.set(original.article.id, [...(copies.get(original.article.id) ?? []), entry.article])
  }
  return { kept: kept.map(({ article }) => article), copies }
}
