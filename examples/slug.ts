// Slugs for the sample newsroom's headlines with copydesk/slug.
// Run: npm run build && npx tsx examples/slug.ts
import { readFileSync } from 'node:fs'
import { isSlug, RESERVED_SLUGS, slugify, uniqueSlug } from 'copydesk/slug'

const articles = JSON.parse(readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8')) as {
  title: string
  language: string
  slug: string
}[]

// 1. Every headline of the newsroom, in its own language: the default mode (ascii, or unicode for
//    a language without a romanization table, such as Japanese) | unicode.
console.log('Headlines → slugs (default for the language | unicode)')
for (const { title, language } of articles.slice(0, 12)) {
  console.log(
    `  ${title}\n    ${slugify(title, { locale: language })} | ${slugify(title, { locale: language, mode: 'unicode' })}`,
  )
}

// 2. Per-language romanization, and the word for "&".
console.log('\nLocales')
for (const [title, locale] of [
  ['Straße & Brücke gesperrt', 'de'],
  ['Ørsted åbner havvindmøllepark', 'da'],
  ['Göteborg får ny bro över älven', 'sv'],
  ['Київ готується до зими', 'uk'],
  ['Хрущёв и Ельцин', 'ru'],
  ['Θεσσαλονίκη & Αθήνα', 'el'],
  ['서울 지하철 파업', 'ko'],
  ["L'économie d'abord", 'fr'],
] as const) {
  console.log(`  ${locale}  ${title} → ${slugify(title, { locale })}`)
}

// 3. Nothing sluggable: a deterministic fallback instead of an empty string.
console.log('\nFallbacks')
for (const title of ['🎉🎉🎉', '東京の天気', '!!!'])
  console.log(`  ${title} → ${slugify(title)} (unicode: ${slugify(title, { mode: 'unicode' })})`)
// With its language, a Japanese headline keeps its words (issue 16): no hash.
console.log(`  東京の天気 with locale 'ja' → ${slugify('東京の天気', { locale: 'ja' })}`)

// 4. A length budget that cuts at word boundaries.
const long = articles[0]!.title
console.log(`\nmaxCodeUnits 30: ${slugify(long, { maxCodeUnits: 30 })}`)

// 5. Unique slugs against the newsroom's existing slugs and the reserved routes.
const taken = new Set(articles.map((a) => a.slug))
console.log('\nUnique slugs')
console.log(`  ${uniqueSlug('Wildfire on Alder Ridge', taken)}`)
console.log(`  ${uniqueSlug('storm-surge-floods-lower-harbor', taken)} (taken: storm-surge-floods-lower-harbor)`)
console.log(`  ${uniqueSlug('RSS', taken)} (reserved: ${RESERVED_SLUGS.has('rss')})`)
console.log(`  ${uniqueSlug('2026', taken)} (numeric slugs are reserved)`)

// 6. Checking slugs that come from elsewhere.
console.log('\nisSlug')
for (const value of ['storm-surge', 'Storm Surge', 'storm--surge', 'straße'])
  console.log(`  ${JSON.stringify(value)}: ${isSlug(value)}`)
