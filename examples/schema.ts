// Validate articles from your CMS with copydesk/schema.
// Run: npm run build && npx tsx examples/schema.ts
import { readFileSync } from 'node:fs'
import { articleJsonSchema, formatPath, parseArticle, safeParseArticle, type ArticleInput } from 'copydesk/schema'

const articles = JSON.parse(
  readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8'),
) as ArticleInput[]

// 1. The sample newsroom validates; dates come back in UTC.
const first = parseArticle(articles[1])
console.log(`${first.id} "${first.title}" published ${first.publishedAt} (input: ${articles[1]?.publishedAt})`)

// 2. A broken document: every problem has a path.
const broken = { ...articles[0], publishedAt: 'last Tuesday', authors: [{ id: 'u1', slug: 'omar-ali' }] }
const result = safeParseArticle(broken)
if (!result.success) {
  console.log(`\n${result.error.code}: ${result.error.issues?.length} problems`)
  for (const issue of result.error.issues ?? []) console.log(`  ${formatPath(issue.path)}: ${issue.message}`)
}

// 3. JSON Schema for other tools (OpenAPI, form builders, editors).
console.log(`\nJSON Schema requires: ${(articleJsonSchema.required as string[]).join(', ')}`)
