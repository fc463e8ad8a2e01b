import { describe, expect, it } from 'vitest'
import articles from '../../examples/newsroom/articles.json'
import comments from '../../examples/newsroom/comments.json'
import subscriptions from '../../examples/newsroom/subscriptions.json'
import { safeParseArticle, safeParseComment, safeParseSubscription } from '../../src/schema/index.js'

describe('the sample newsroom', () => {
  it('has about 24 articles across 4–5 sections, all valid', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20)
    const sections = new Set(articles.map((a) => a.section))
    expect(sections.size).toBeGreaterThanOrEqual(4)
    for (const article of articles) {
      const result = safeParseArticle(article)
      expect(result.success, `${article.id}: ${result.success ? '' : result.error.message}`).toBe(true)
    }
  })

  it('includes the edge cases later capabilities rely on', () => {
    const html = articles.map((a) => a.html).join('\n')
    expect(html).toContain('<!--more-->')
    expect(html).toContain('<!--members-only-->')
    expect(html).toContain('<figcaption>')
    expect(html).toContain('<blockquote')
    expect(articles.some((a) => a.language === 'ja')).toBe(true)
    expect(articles.some((a) => a.language === 'ar')).toBe(true)
    expect(articles.some((a) => a.access === 'members')).toBe(true)
  })

  it('has valid comments and subscriptions', () => {
    for (const comment of comments) expect(safeParseComment(comment).success, comment.id).toBe(true)
    for (const subscription of subscriptions)
      expect(safeParseSubscription(subscription).success, subscription.email).toBe(true)
  })
})
