// Reads the public corpora of docs/moderation.md ("Spam") as { text, spam } examples. Shared by the
// training script, its test and the measurements. Node only (test tooling, never shipped).
import { existsSync, readFileSync } from 'node:fs'

const dir = new URL('../data/spam/', import.meta.url)

/** SMS Spam Collection v.1 (Almeida & Gómez Hidalgo 2011, CC BY 4.0): 5,574 messages, in file order. */
export function smsSpamCollection(): { text: string; spam: boolean }[] {
  const out: { text: string; spam: boolean }[] = []
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
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
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
export function youtubeSpamCollection(): { video: string; author: string; text: string; spam: boolean }[] | undefined {
  const out: { video: string; author: string; text: string; spam: boolean }[] = []
  for (const video of YOUTUBE_VIDEOS) {
    const file = new URL(`.cache/${video}.csv`, dir)
    if (!existsSync(file)) return undefined
    const rows = parseCsv(readFileSync(file, 'utf8'))
    for (const row of rows.slice(1)) {
      if (row.length < 5) continue
      out.push({ video, author: row[1] as string, text: row[3] as string, spam: row[4]?.trim() === '1' })
    }
  }
  return out
}

/**
 * copydesk's own CC0 fixtures: the 45 spam and 45 ordinary comments of
 * test/fixtures/moderation-spam.json (HTML) and the 174 innocent sentences of
 * test/fixtures/innocent.json (ordinary).
 */
export function copydeskFixtures(): ({ html: string; spam: boolean } | { text: string; spam: boolean })[] {
  const root = new URL('../fixtures/', import.meta.url)
  const spam = JSON.parse(readFileSync(new URL('moderation-spam.json', root), 'utf8')) as {
    spam: string[]
    ordinary: string[]
  }
  const innocent = JSON.parse(readFileSync(new URL('innocent.json', root), 'utf8')) as { sentences: string[] }
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
export function instagramScamSpot(part?: 'train' | 'dev'): { text: string; spam: boolean }[] {
  const out: { text: string; spam: boolean }[] = []
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
function devText(text: string): boolean {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % 5 === 0
}
