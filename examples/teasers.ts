// Section fronts from the sample newsroom with copydesk/teaser.
// Run: npm run build && npx tsx examples/teasers.ts
import { readFileSync } from 'node:fs'
import { parseArticle } from 'copydesk/schema'
import { formatDateline, toTeaser } from 'copydesk/teaser'

const now = new Date('2026-11-25T12:00:00Z')
const articles = (JSON.parse(readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8')) as unknown[])
  .map((a) => parseArticle(a))
  .filter((a) => a.status === 'published')
  .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))

for (const section of [...new Set(articles.map((a) => a.section ?? 'news'))]) {
  console.log(`\n${section.toUpperCase()}`)
  for (const article of articles.filter((a) => (a.section ?? 'news') === section)) {
    const teaser = toTeaser(article, { baseUrl: 'https://harborledger.example', maxChars: 120 })
    const when = teaser.publishedAt === undefined ? '' : formatDateline(teaser.publishedAt, { now })
    console.log(`  ${teaser.title}${teaser.access === 'public' ? '' : ` [${teaser.access}]`}`)
    console.log(`    ${teaser.excerpt}`)
    console.log(
      `    ${when} · ${teaser.readingMinutes} min · excerpt: ${teaser.excerptSource}${teaser.truncated ? ', cut' : ''} · ${teaser.url}`,
    )
  }
}
