// Datelines, article URLs and the "Share this story" row with copydesk/teaser.
// Run: npm run build && npx tsx examples/teaser-links.ts
import { readFileSync } from 'node:fs'
// date-fns locales: add date-fns to your own dependencies (`npm install date-fns`) to import them.
import { de } from 'date-fns/locale/de'
import { ja } from 'date-fns/locale/ja'
import { articleUrl, formatDateline, shareLinks } from 'copydesk/teaser'
import type { ArticleInput } from 'copydesk/schema'

const articles = JSON.parse(
  readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8'),
) as ArticleInput[]
const site = { baseUrl: 'https://harborledger.example' }
// A fixed "now" so the output is the same on every run (pass the request time in a real app).
const now = '2026-11-24T09:30:00Z'

// 1. Datelines: relative for 24 hours, then the date (in the newsroom's own time zone).
console.log(`Datelines at ${now}`)
for (const article of articles.filter((a) => a.publishedAt !== undefined).slice(-6)) {
  const line = formatDateline(article.publishedAt!, { now, timeZone: 'America/New_York' })
  console.log(`  ${line.padEnd(24)} ${article.title}`)
}
console.log(`  ${formatDateline('2026-11-24T06:45:00Z', { now, dateFnsLocale: de })} (de)`)
console.log(`  ${formatDateline('2026-11-20T06:45:00Z', { now, dateFnsLocale: ja, dateFormat: 'yyyy年M月d日' })} (ja)`)
console.log(`  ${formatDateline('2026-11-24T12:00:00Z', { now })} (a scheduled story)`)

// 2. URLs: canonicalUrl wins over baseUrl + permalink.
console.log('\nArticle URLs')
for (const article of articles.slice(0, 3)) console.log(`  ${articleUrl(article, site)}`)
const dated = articles[5]!
console.log(`  ${articleUrl(dated, { ...site, permalink: '/:year/:month/:slug/' })} (dated permalink)`)

// 3. The share row, with UTM tags and a Mastodon instance.
const story = articles[17]! // "Salt & Crumb bakes its "last loaf" — then gets a second chance"
console.log(`\nShare links for: ${story.title}`)
const links = shareLinks(story, {
  ...site,
  instance: 'mastodon.social',
  via: 'harborledger',
  utm: { campaign: 'share-row' },
})
for (const { network, label, url } of links) console.log(`  ${network.padEnd(9)} ${label.padEnd(18)} ${url}`)

// The title survives every network's encoding intact:
const x = new URL(links[0]!.url)
console.log(`\nDecoded X text: ${x.searchParams.get('text')}`)
