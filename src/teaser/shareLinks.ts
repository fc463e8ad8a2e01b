import { checkOptions, isRecord, refuse } from '../_internal/check.js'
import type { ArticleUrlOptions, ArticleUrlSource } from './types.js'
import { buildArticleUrl } from './_url.js'
import { encode, query, wellFormed } from './_encode.js'

/** The networks {@link shareLinks} knows, in its default order. */
export type ShareNetwork =
  'x' | 'facebook' | 'linkedin' | 'bluesky' | 'threads' | 'reddit' | 'whatsapp' | 'telegram' | 'email' | 'mastodon'

/** One button of a "Share this story" row. */
export interface ShareLink {
  /** Which network. */
  network: ShareNetwork
  /** The share URL (a `mailto:` URL for email); every parameter percent-encoded. */
  url: string
  /** Accessible text for the button: `Share on X`, `Share by email`, … */
  label: string
}

/** The article fields share links use: the URL fields of {@link ArticleUrlSource} plus text. */
export interface ShareableArticle extends ArticleUrlSource {
  /** Headline: the post text on every network and the email subject. */
  title: string
  /** Hand-written excerpt: the email body's first paragraph when present. */
  customExcerpt?: string | undefined
  /** A `Teaser`'s excerpt: used for the email body when there is no `customExcerpt`. */
  excerpt?: string | undefined
  /** Dek: used for the email body when there is no excerpt. */
  subtitle?: string | undefined
}

/** UTM tags added to the article URL inside each share link. */
export interface ShareUtm {
  /**
   * `utm_source`: a fixed value, or one per network.
   * @defaultValue the network (`x`, `facebook`, …, `email`)
   */
  source?: string | Partial<Record<ShareNetwork, string>> | undefined
  /**
   * `utm_medium`.
   * @defaultValue `'social'` (`'email'` for email)
   */
  medium?: string | undefined
  /** `utm_campaign`, e.g. `'share-buttons'`. @defaultValue not added */
  campaign?: string | undefined
  /** `utm_content`. @defaultValue not added */
  content?: string | undefined
  /** `utm_term`. @defaultValue not added */
  term?: string | undefined
}

/** Options for {@link shareLinks}: where the article lives, which networks, and tracking. */
export interface ShareLinksOptions extends ArticleUrlOptions {
  /**
   * Which networks, in this order. Mastodon needs `instance` and is skipped without it.
   * @defaultValue every network in {@link ShareNetwork} order (Mastodon only with `instance`)
   */
  networks?: readonly ShareNetwork[] | undefined
  /**
   * The Mastodon server readers share from, as a host name (`mastodon.social`) or https URL.
   * @defaultValue `undefined` (no Mastodon link)
   */
  instance?: string | undefined
  /**
   * The site's X account, without `@`, added as `via`.
   * @defaultValue `undefined`
   */
  via?: string | undefined
  /**
   * UTM tags for the shared URL; `undefined` adds none.
   * @defaultValue `undefined`
   */
  utm?: ShareUtm | undefined
  /**
   * Replacement labels (for another language), per network.
   * @defaultValue English: `Share on X`, …, `Share by email`
   */
  labels?: Partial<Record<ShareNetwork, string>> | undefined
}

const NETWORKS: readonly ShareNetwork[] = [
  'x',
  'facebook',
  'linkedin',
  'bluesky',
  'threads',
  'reddit',
  'whatsapp',
  'telegram',
  'email',
  'mastodon',
]
const NAMES: Readonly<Record<ShareNetwork, string>> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  threads: 'Threads',
  reddit: 'Reddit',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  email: 'email',
  mastodon: 'Mastodon',
}
// A DNS host name (labels of letters, digits and inner hyphens) with an optional port.
const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?$/i
const HANDLE_RE = /^@?\w{1,15}$/

/** `https://mastodon.social/` → `mastodon.social` (scheme and trailing slashes dropped, linearly). */
function trimInstance(value: string): string {
  let s = value.toLowerCase().startsWith('https://') ? value.slice(8) : value
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--
  s = s.slice(0, end)
  return s
}

const FN = 'shareLinks'

function fail(code: 'INVALID_INPUT' | 'INVALID_OPTIONS', what: string, expected: string, value: unknown): never {
  throw refuse(FN, code, what, expected, value)
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value !== undefined && typeof value !== 'string') fail('INVALID_OPTIONS', name, 'a string', value)
  return value === '' ? undefined : value
}

/** Checks `options.utm`: an object of strings, `source` a string or a record of strings by network. */
function checkUtm(utm: unknown): ShareUtm | undefined {
  if (utm === undefined) return undefined
  if (!isRecord(utm)) fail('INVALID_OPTIONS', 'options.utm', 'an object', utm)
  for (const key of ['medium', 'campaign', 'content', 'term'] as const) {
    optionalString(utm[key], `options.utm.${key}`)
  }
  const source = utm['source']
  if (source !== undefined && typeof source !== 'string') {
    if (!isRecord(source)) fail('INVALID_OPTIONS', 'options.utm.source', 'a string or an object of strings', source)
    for (const key of Object.keys(source)) optionalString(source[key], `options.utm.source.${key}`)
  }
  return utm as ShareUtm
}

function withUtm(url: string, network: ShareNetwork, utm: ShareUtm | undefined): string {
  if (utm === undefined) return url
  const bySource = utm.source
  const source =
    typeof bySource === 'string'
      ? bySource
      : bySource !== undefined && Object.prototype.hasOwnProperty.call(bySource, network)
        ? (bySource[network] ?? network)
        : network
  const params = query([
    ['utm_source', source],
    ['utm_medium', utm.medium ?? (network === 'email' ? 'email' : 'social')],
    ['utm_campaign', utm.campaign],
    ['utm_content', utm.content],
    ['utm_term', utm.term],
  ])
  const hash = url.indexOf('#')
  const [head, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)]
  return `${head}${head.includes('?') ? '&' : '?'}${params}${fragment}`
}

function shareUrl(
  network: ShareNetwork,
  title: string,
  url: string,
  body: string,
  via: string | undefined,
  instance: string,
): string {
  const text = `${title} ${url}`
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?${query([
        ['text', title],
        ['url', url],
        ['via', via],
      ])}`
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query([['u', url]])}`
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query([['url', url]])}`
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query([['text', text]])}`
    case 'threads':
      return `https://www.threads.net/intent/post?${query([
        ['text', title],
        ['url', url],
      ])}`
    case 'reddit':
      return `https://www.reddit.com/submit?${query([
        ['url', url],
        ['title', title],
      ])}`
    case 'whatsapp':
      return `https://wa.me/?${query([['text', text]])}`
    case 'telegram':
      return `https://t.me/share/url?${query([
        ['url', url],
        ['text', title],
      ])}`
    case 'email':
      // RFC 6068: line breaks in a mailto body are CRLF, percent-encoded.
      return `mailto:?subject=${encode(title)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`
    case 'mastodon':
      return `https://${instance}/share?${query([['text', text]])}`
  }
}

/**
 * The "Share this story" row: one link per network, each URL-encoded so that any headline (with
 * `&`, `#`, `?`, quotes, emoji, right-to-left text, even lone surrogates) survives intact. The
 * shared URL follows {@link articleUrl} (`canonicalUrl` wins over `baseUrl` + `permalink`), with
 * UTM tags when asked. Networks: X, Facebook, LinkedIn, Bluesky, Threads, Reddit, WhatsApp,
 * Telegram, email (`mailto:` with the headline as subject and excerpt + URL as body) and Mastodon
 * (only with an `instance`, since Mastodon has no central share page).
 *
 * @param article - A schema `Article` or `Teaser`, or any object with `slug` and `title`.
 * @param options - `baseUrl`/`permalink`, networks, Mastodon `instance`, X `via`, `utm`, labels.
 * @returns `{ network, url, label }` per network, in the order asked for.
 * @throws {@link CopydeskError} `INVALID_INPUT` when `article` lacks a string `title` or `slug`, or
 * has a malformed `canonicalUrl`; `INVALID_OPTIONS` when no URL can be built (no `canonicalUrl`,
 * `baseUrl` or `url`), or for an unknown network, a bad `instance`, `via`, `utm` or label.
 *
 * @example
 * ```ts
 * const links = shareLinks(
 *   { slug: 'king-tide', title: 'King tide & storm: what now?' },
 *   { baseUrl: 'https://harborledger.example', networks: ['x', 'email'] },
 * )
 * links[0]
 * // { network: 'x', label: 'Share on X',
 * //   url: 'https://x.com/intent/post?text=King%20tide%20%26%20storm%3A%20what%20now%3F&url=https%3A%2F%2Fharborledger.example%2Fking-tide%2F' }
 * links[1].url
 * // 'mailto:?subject=King%20tide%20%26%20storm%3A%20what%20now%3F&body=https%3A%2F%2Fharborledger.example%2Fking-tide%2F'
 * shareLinks({ slug: 'king-tide', title: 'King tide' },
 *   { baseUrl: 'https://harborledger.example', networks: ['mastodon'], instance: 'mastodon.social' })[0].url
 * // 'https://mastodon.social/share?text=King%20tide%20https%3A%2F%2Fharborledger.example%2Fking-tide%2F'
 * ```
 */
export function shareLinks(article: ShareableArticle, options?: ShareLinksOptions): ShareLink[] {
  if (!isRecord(article)) fail('INVALID_INPUT', 'article', 'an object', article)
  if (typeof article.title !== 'string') fail('INVALID_INPUT', 'article.title', 'a string', article.title)
  for (const key of ['customExcerpt', 'excerpt', 'subtitle'] as const) {
    if (article[key] !== undefined && typeof article[key] !== 'string') {
      fail('INVALID_INPUT', `article.${key}`, 'a string when present', article[key])
    }
  }
  const o = checkOptions<ShareLinksOptions>(FN, options)
  const base = buildArticleUrl(FN, article, { baseUrl: o.baseUrl, permalink: o.permalink })
  if (base === undefined)
    fail('INVALID_OPTIONS', 'options.baseUrl', 'given when the article has no canonicalUrl or url', o.baseUrl)

  const instanceInput = optionalString(o.instance, 'options.instance')
  const instance = instanceInput === undefined ? undefined : trimInstance(instanceInput)
  if (instance !== undefined && !HOST_RE.test(instance))
    fail('INVALID_OPTIONS', 'options.instance', 'a host name such as "mastodon.social"', o.instance)
  const viaInput = optionalString(o.via, 'options.via')
  if (viaInput !== undefined && !HANDLE_RE.test(viaInput)) fail('INVALID_OPTIONS', 'options.via', 'an X handle', o.via)
  const via = viaInput?.replace(/^@/, '')
  const utm = checkUtm(o.utm)
  const labels = o.labels
  if (labels !== undefined && !isRecord(labels)) fail('INVALID_OPTIONS', 'options.labels', 'an object', labels)
  const requested: readonly ShareNetwork[] = o.networks ?? NETWORKS
  if (!Array.isArray(requested as unknown)) fail('INVALID_OPTIONS', 'options.networks', 'an array', requested)
  for (let i = 0; i < requested.length; i++) {
    if (!NETWORKS.includes(requested[i]!))
      fail('INVALID_OPTIONS', `options.networks[${i}]`, `one of ${NETWORKS.join(', ')}`, requested[i])
  }

  const title = wellFormed(article.title)
  const blurb = [article.customExcerpt, article.excerpt, article.subtitle].find(
    (s) => typeof s === 'string' && s.trim() !== '',
  )
  const links: ShareLink[] = []
  for (const network of requested) {
    if (network === 'mastodon' && instance === undefined) continue
    const url = withUtm(base, network, utm)
    const body = blurb === undefined ? url : `${wellFormed(blurb)}\n\n${url}`
    const own =
      labels !== undefined && Object.prototype.hasOwnProperty.call(labels, network) ? labels[network] : undefined
    const label = own ?? (network === 'email' ? 'Share by email' : `Share on ${NAMES[network]}`)
    if (typeof label !== 'string') fail('INVALID_OPTIONS', `options.labels.${network}`, 'a string', label)
    links.push({ network, url: shareUrl(network, title, url, body, via, instance ?? ''), label })
  }
  return links
}
