// parseArticle (copydesk's refined zod/mini schema: UTC date normalization, slug and URL checks,
// the published-needs-publishedAt rule) vs a plain zod Classic z.object of the same shape with
// no refinements. The ratio is the price of the refinements and the error mapping.
import { readFileSync } from 'node:fs'
import * as z from 'zod'
import { parseArticle } from '../../dist/schema.js'

const articles = JSON.parse(readFileSync(new URL('../../examples/newsroom/articles.json', import.meta.url), 'utf8'))
const article = articles.find((a) => a.status === 'published') ?? articles[0]

const author = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  bio: z.string().optional(),
  avatarUrl: z.string().optional(),
  url: z.string().optional(),
})
const plain = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  html: z.string(),
  freeHtml: z.string().optional(),
  customExcerpt: z.string().optional(),
  featureImage: z
    .object({
      url: z.string(),
      alt: z.string().optional(),
      caption: z.string().optional(),
      width: z.number().optional(),
      height: z.number().optional(),
    })
    .optional(),
  authors: z.array(author),
  tags: z
    .array(
      z.object({
        id: z.string().optional(),
        name: z.string(),
        slug: z.string(),
        visibility: z.string().default('public'),
      }),
    )
    .default([]),
  section: z.string().optional(),
  language: z.string().default('en'),
  status: z.string().default('draft'),
  access: z.string().default('public'),
  publishedAt: z.string().optional(),
  updatedAt: z.string().optional(),
  canonicalUrl: z.string().optional(),
  oldSlugs: z.array(z.string()).optional(),
  commentsEnabled: z.boolean().default(true),
  featured: z.boolean().default(false),
  seo: z
    .object({
      metaTitle: z.string().optional(),
      metaDescription: z.string().optional(),
      ogImage: z.string().optional(),
    })
    .optional(),
})

export const tasks = [
  {
    task: 'parseArticle (sample article)',
    copydesk: () => parseArticle(article),
    peer: 'plain z.object',
    peerFn: () => plain.parse(article),
  },
]
