// Builds bbc-bags.tsv, the compact form of the BBC News corpus (D. Greene and P. Cunningham,
// ICML 2006; http://mlg.ucd.ie/datasets/bbc.html) used by test/related/quality.test.ts and the
// bench. Reads the raw text files (bbc/<topic>/<nnn>.txt: the title on the first line, then the
// body) from a folder or from a git snapshot, and writes one line per article:
//   id \t topic \t title words \t body bag
// where words are lower-cased letter/number tokens and the body bag lists each distinct word once,
// in order of first occurrence, as `word` or `word*count`. The articles' wording is not kept (only
// which words and how often), which is all a bag-of-words related index and its baseline read.
//
//   node test/data/related/build-bbc.mjs <folder with bbc/ | git dir of michelpf/dataset-bbc-news-category>
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const src = process.argv[2]
if (!src) throw new Error('usage: node build-bbc.mjs <folder or git dir>')
const isGit = !existsSync(join(src, 'bbc'))
const list = isGit
  ? execFileSync('git', ['-C', src, 'ls-tree', '-r', '--name-only', 'HEAD', 'bbc/'], { encoding: 'utf8' })
      .split('\n')
      .filter((p) => p.endsWith('.txt'))
  : readdirSync(join(src, 'bbc')).flatMap((topic) =>
      readdirSync(join(src, 'bbc', topic)).map((f) => `bbc/${topic}/${f}`),
    )
const read = (p) =>
  isGit
    ? execFileSync('git', ['-C', src, 'show', `HEAD:${p}`], { encoding: 'utf8' })
    : readFileSync(join(src, p), 'utf8')
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []

const lines = []
for (const p of list.sort()) {
  const [, topic, file] = p.split('/')
  const raw = read(p).replace(/\r/g, '')
  const cut = raw.indexOf('\n')
  const title = words(raw.slice(0, cut))
  const counts = new Map()
  for (const w of words(raw.slice(cut + 1))) counts.set(w, (counts.get(w) ?? 0) + 1)
  const bag = [...counts].map(([w, c]) => (c === 1 ? w : `${w}*${c}`))
  lines.push([`${topic}-${file.replace('.txt', '')}`, topic, title.join(' '), bag.join(' ')].join('\t'))
}
writeFileSync(new URL('./bbc-bags.tsv', import.meta.url), `${lines.join('\n')}\n`)
console.log(`${lines.length} articles`)
