// Posts in from Ghost and WordPress; JSON-LD, JSON Feed, RSS and meta tags out, with copydesk/formats.
// Run: npm run build && npx tsx examples/formats.ts
import { readFileSync } from 'node:fs'
import {
  fromGhostPost,
  fromWordPressPost,
  toJsonFeed,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
  toRssFeed,
} from 'copydesk/formats'
import type { ArticleInput } from 'copydesk/schema'

const articles = JSON.parse(
  readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8'),
) as ArticleInput[]
const site = {
  baseUrl: 'https://harborledger.example',
  publisher: { name: 'The Harbor Ledger', logo: 'https://harborledger.example/logo.png' },
}

// 1. A post from Ghost's Content API (one element of response.posts) becomes a validated article.
const ghost = fromGhostPost(
  {
    id: '6745b2d0f1e2d30001a4b805',
    slug: 'alder-ridge-smoke-protect-your-lungs',
    title: 'Smoke from the Alder Ridge fire: how to protect your lungs',
    html: '<p>The air-quality index hit “unhealthy” on Sunday.</p><!--members-only--><p>Members: which masks work.</p>',
    visibility: 'members',
    published_at: '2026-11-09T07:30:00.000+00:00',
    updated_at: '2026-11-09T07:45:00.000+00:00',
    url: 'https://harborledger.example/alder-ridge-smoke-protect-your-lungs/',
    feature_image: 'https://harborledger.example/content/images/2026/11/smoke.jpg',
    feature_image_alt: 'The harbor skyline hazy under wildfire smoke',
    authors: [{ id: '1', name: 'Haruka Tanaka', slug: 'haruka', url: 'https://harborledger.example/author/haruka/' }],
    tags: [
      { id: 't1', name: '#featured', slug: 'hash-featured', visibility: 'internal' },
      { id: 't2', name: 'Wildfire', slug: 'wildfire', visibility: 'public' },
    ],
  },
  { language: 'en' },
)
console.log(
  `Ghost → ${ghost.id}: access ${ghost.access}, section ${ghost.section}, tags ${ghost.tags.map((t) => `${t.name} (${t.visibility})`).join(', ')}`,
)

// 2. A WordPress REST API post (wp/v2/posts?_embed): entities decoded once, slug percent-decoded, date_gmt + Z.
const wordpress = fromWordPressPost({
  id: 1287,
  slug: 'council-approves-seawall-budget',
  status: 'publish',
  link: 'https://harborledger.example/2026/11/19/council-approves-seawall-budget/',
  date_gmt: '2026-11-19T22:45:10',
  modified_gmt: '2026-11-19T23:01:00',
  title: { rendered: 'Council&#8217;s &#8220;rainy-day&#8221; fund &#038; the seawall' },
  content: {
    rendered: '<p>The council voted 7&ndash;2 on Tuesday night to approve the seawall.</p>',
    protected: false,
  },
  excerpt: {
    rendered: '<p>The council voted 7&ndash;2 on Tuesday night to approve the seawall. [&hellip;]</p>\n',
    protected: false,
  },
  comment_status: 'open',
  _embedded: {
    author: [{ id: 3, name: 'Priya Nair', slug: 'priya', link: 'https://harborledger.example/author/priya/' }],
    'wp:term': [
      [{ id: 4, name: 'News', slug: 'news', taxonomy: 'category' }],
      [{ id: 12, name: 'City budget', slug: 'city-budget', taxonomy: 'post_tag' }],
    ],
  },
})
console.log(
  `WordPress → "${wordpress.title}" published ${wordpress.publishedAt}, customExcerpt: ${wordpress.customExcerpt ?? '(automatic excerpt ignored)'}`,
)

// 3. schema.org NewsArticle JSON-LD for the members-only sample story: no gated text anywhere.
const members = articles.find((a) => a.id === 'art-007')!
const jsonLd = toJsonLd(members, site)
console.log('\nJSON-LD for art-007 (members-only):')
console.log(JSON.stringify(jsonLd, null, 2))
console.log(`contains the gated sentinel? ${JSON.stringify(jsonLd).includes('SECRET-GATED-PARAGRAPH')}`)

// 4. The <script> element is escaped so a hostile title cannot close it.
console.log(
  `\n${toJsonLdScript({ ...articles[0]!, title: 'Storm </script><script>alert(1)</script>' }, site).slice(0, 140)}…`,
)

// 5. Feeds: published articles only, newest first, gated ones with their free part only.
const feedInfo = {
  title: 'The Harbor Ledger',
  homePageUrl: 'https://harborledger.example',
  feedUrl: 'https://harborledger.example/feed.json',
  language: 'en',
}
const feed = toJsonFeed(articles, feedInfo, { limit: 3 })
console.log(`\nJSON Feed: ${feed.items.length} items: ${feed.items.map((i) => i.id).join(', ')}`)
console.log(`  first summary: ${feed.items[0]?.summary}`)
const rss = toRssFeed(articles, { ...feedInfo, feedUrl: 'https://harborledger.example/rss.xml' }, { limit: 2 })
console.log(
  `RSS: ${rss.length} characters, ${rss.split('<item>').length - 1} items; starts ${JSON.stringify(rss.slice(0, 60))}`,
)

// 6. Meta tags for the page head.
console.log('\nMeta tags for art-003:')
for (const tag of toMetaTags(
  articles.find((a) => a.id === 'art-003')!,
  { ...site, siteName: 'The Harbor Ledger' },
).slice(0, 6)) {
  console.log(`  ${JSON.stringify(tag)}`)
}
