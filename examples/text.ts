// copydesk/text on the sample newsroom: plain text, teaser excerpts, word counts and reading
// time, including the cases CMSs get wrong (glued words, gated text, CJK, emoji at the cut).
// Run: npm run build && npx tsx examples/text.ts
import { readFileSync } from 'node:fs'
import { countWords, excerpt, htmlToText, readingTime } from 'copydesk/text'

interface SampleArticle {
  id: string
  title: string
  html: string
  language: string
  access: string
}

const articles = JSON.parse(
  readFileSync(new URL('./newsroom/articles.json', import.meta.url), 'utf8'),
) as SampleArticle[]
const byId = (id: string): SampleArticle => articles.find((a) => a.id === id) as SampleArticle

console.log('— Words never glue at block boundaries (art-011: "…Odessa Vance</a></p><p>opens…")')
const festival = htmlToText(byId('art-011').html)
const at = festival.indexOf('Odessa Vance')
console.log(`  ${festival.slice(at, at + 40)}…`)

console.log('\n— Teaser excerpts (200 graphemes, ellipsis included)')
for (const id of ['art-001', 'art-005', 'art-008', 'art-010', 'art-015']) {
  const article = byId(id)
  const result = excerpt(article.html, { maxChars: 200, locale: article.language })
  console.log(
    `  ${id} [${article.language}] truncated=${result.truncated}${result.stoppedAt ? ` stoppedAt=${result.stoppedAt}` : ''}`,
  )
  console.log(`    ${result.text}`)
}

console.log('\n— Gated text never reaches an excerpt (art-007, <!--members-only-->)')
const gated = excerpt(byId('art-007').html, { maxWords: 5000, stopAtMore: false })
console.log(`  stoppedAt=${gated.stoppedAt}, contains SECRET: ${gated.text.includes('SECRET')}`)

console.log('\n— Limits: words, sentences, characters')
const story = '<p>Mr. Ali met Dr. Chen in the U.S. Senate on Monday. They talked for an hour. Then they left.</p>'
console.log(`  maxWords 6:      ${JSON.stringify(excerpt(story, { maxWords: 6 }))}`)
console.log(`  maxSentences 1:  ${JSON.stringify(excerpt(story, { maxSentences: 1 }))}`)
console.log(`  maxChars 30:     ${JSON.stringify(excerpt(story, { maxChars: 30 }))}`)
console.log(`  emoji at the cut: ${JSON.stringify(excerpt('Family 👨‍👩‍👧‍👦 picnic day', { format: 'text', maxChars: 10 }))}`)
console.log(
  `  Chinese words:   ${JSON.stringify(excerpt('<p>敏捷的棕毛狐狸从懒狗身上跃过。</p>', { maxWords: 3, locale: 'zh' }))}`,
)

console.log('\n— Word counts and reading time (238 wpm, 500 Han/Kana characters a minute, image seconds)')
for (const article of articles.slice(0, 12)) {
  const time = readingTime(article.html, { locale: article.language })
  const words = countWords(htmlToText(article.html), { locale: article.language })
  console.log(
    `  ${article.id} ${article.language} ${String(words).padStart(5)} words ${String(time.images).padStart(2)} img  ${time.iso8601}  ${article.title}`,
  )
}
