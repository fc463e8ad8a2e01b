// Types of spam-data.mjs (the public spam corpora as { text, spam } examples; see that file).

/** SMS Spam Collection v.1 (Almeida & Gómez Hidalgo 2011, CC BY 4.0): 5,574 messages, in file order. */
export function smsSpamCollection(): { text: string; spam: boolean }[]

/** The five video files of the YouTube Spam Collection, read for MEASUREMENT ONLY (never training). */
export const YOUTUBE_VIDEOS: string[]

/** The YouTube Spam Collection when fetched into test/data/spam/.cache/, else `undefined`. Measurement only. */
export function youtubeSpamCollection(): { video: string; author: string; text: string; spam: boolean }[] | undefined

/** copydesk's own CC0 fixtures (spam and ordinary comments as HTML, innocent sentences as text). */
export function copydeskFixtures(): ({ html: string; spam: boolean } | { text: string; spam: boolean })[]

/** ScamSpot Instagram comments (MIT); `part` selects the training four fifths or the held-out dev fifth. */
export function instagramScamSpot(part?: 'train' | 'dev'): { text: string; spam: boolean }[]

/** Whether a text is in the held-out fifth of the Instagram comments (32-bit FNV-1a of the text, mod 5 = 0). */
export function devText(text: string): boolean
