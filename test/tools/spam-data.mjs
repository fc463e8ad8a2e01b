// Reads the public corpora of docs/moderation.md ("Spam") as { text, spam } examples. Shared by the
// training script, its test and the measurements (test/bench/moderation-spam-rates.mjs), so all of
// them read the same examples and the same dev split. Node only (test tooling, never shipped).
// Plain JavaScript so the .mjs bench can import it; types in spam-data.d.mts.
import { existsSync, readFileSync } from 'node:fs'

const dir = new URL('../data/spam/', import.meta.url)

/** SMS Spam Collection v.1 (Almeida & Gómez Hidalgo 2011, CC BY 4.0): 5,574 messages, in file order. */
export function smsSpamCollection() {
  const out = []
  for (const line of readFileSync(new URL('sms-spam-collection.tsv', dir), 'utf8').split('\n')) {
    const tab = line.indexOf('\t')
    if (tab === -1) continue
    const label = line.slice(0, tab)
    if (label !== 'ham' && label !== 'spam') continue
    out.push({
      text: line
        .slice(tab + 1)
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
      spam: label === 'spam',
    })
  }
  return out
}

/** One CSV record per line group: a minimal RFC 4180 reader (quoted fields, doubled quotes). */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.length > 1 || row[0] !== '') rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** The five video files of the YouTube Spam Collection, read for MEASUREMENT ONLY (never training). */
export const YOUTUBE_VIDEOS = [
  'Youtube01-Psy',
  'Youtube02-KatyPerry',
  'Youtube03-LMFAO',
  'Youtube04-Eminem',
  'Youtube05-Shakira',
]

/**
 * The YouTube Spam Collection (Alberto, Lochter & Almeida 2015, CC BY 4.0) when it was fetched into
 * test/data/spam/.cache/ (git-ignored; see test/data/spam/README.md), else `undefined`. Measurement
 * only: copydesk never trains or tunes on it.
 */
export function youtubeSpamCollection() {
  const out = []
  for (const video of YOUTUBE_VIDEOS) {
    const file = new URL(`.cache/${video}.csv`, dir)
    if (!existsSync(file)) return undefined
    const rows = parseCsv(readFileSync(file, 'utf8'))
    for (const row of rows.slice(1)) {
      if (row.length < 5) continue
      out.push({ video, author: row[1], text: row[3], spam: row[4]?.trim() === '1' })
    }
  }
  return out
}

/**
 * copydesk's own CC0 fixtures: the 45 spam and 45 ordinary comments of
 * test/fixtures/moderation-spam.json (HTML) and the 174 innocent sentences of
 * test/fixtures/innocent.json (ordinary).
 */
export function copydeskFixtures() {
  const root = new URL('../fixtures/', import.meta.url)
  const spam = JSON.parse(readFileSync(new URL('moderation-spam.json', root), 'utf8'))
  const innocent = JSON.parse(readFileSync(new URL('innocent.json', root), 'utf8'))
  return [
    ...spam.spam.map((html) => ({ html, spam: true })),
    ...spam.ordinary.map((html) => ({ html, spam: false })),
    ...innocent.sentences.map((text) => ({ text, spam: false })),
  ]
}

/**
 * ScamSpot Instagram comments (Stefan Erben 2023, MIT; github.com/ScamSpot/scamspot_ig-comment-scraper,
 * data/comments-rated-plus-reported.csv): 3,586 hand-rated Instagram comments, 1,288 spam or scam,
 * lowercased by the source. `part` is `'train'` or `'dev'`: a fixed fifth of the distinct texts
 * (by hash, so a repeated template is never on both sides) is held out for choosing features and
 * thresholds, never trained on.
 */
export function instagramScamSpot(part) {
  const out = []
  for (const line of readFileSync(new URL('instagram-scamspot.tsv', dir), 'utf8').split('\n')) {
    const tab = line.indexOf('\t')
    if (tab === -1) continue
    const text = line.slice(tab + 1)
    if (part !== undefined && (devText(text) ? 'dev' : 'train') !== part) continue
    out.push({ text, spam: line.startsWith('spam') })
  }
  return out
}

/** Whether a text is in the held-out fifth (32-bit FNV-1a of the text, mod 5 = 0). */
export function devText(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % 5 === 0
}
