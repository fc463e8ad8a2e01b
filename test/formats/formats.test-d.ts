import { describe, expectTypeOf, it } from 'vitest'
import {
  fromGhostPost,
  fromWordPressPost,
  toJsonFeed,
  toJsonLd,
  toJsonLdScript,
  toMetaTags,
  toRssFeed,
  type FeedInfo,
  type FromGhostPostOptions,
  type FromWordPressPostOptions,
  type JsonFeed,
  type MetaTag,
  type NewsArticleJsonLd,
  type ToJsonLdOptions,
} from '../../src/formats/index.js'
import type { Article, ArticleInput } from '../../src/schema/types.js'

describe('formats types', () => {
  it('importers take unknown JSON and return a parsed Article (which is also an ArticleInput)', () => {
    expectTypeOf(fromGhostPost).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(fromGhostPost).parameter(1).toEqualTypeOf<FromGhostPostOptions | undefined>()
    expectTypeOf(fromGhostPost).returns.toEqualTypeOf<Article>()
    expectTypeOf(fromWordPressPost).parameter(1).toEqualTypeOf<FromWordPressPostOptions | undefined>()
    expectTypeOf(fromWordPressPost).returns.toMatchTypeOf<ArticleInput>()
  })

  it('outputs accept an Article or an ArticleInput', () => {
    const article = {} as Article
    expectTypeOf(toJsonLd(article)).toEqualTypeOf<NewsArticleJsonLd>()
    expectTypeOf(toJsonLd).parameter(1).toEqualTypeOf<ToJsonLdOptions | undefined>()
    expectTypeOf(toJsonLdScript(article)).toEqualTypeOf<string>()
    expectTypeOf(toJsonFeed([article], { title: 'T' })).toEqualTypeOf<JsonFeed>()
    expectTypeOf(toRssFeed([article], { title: 'T', homePageUrl: 'https://x.example' })).toEqualTypeOf<string>()
    expectTypeOf(toMetaTags(article)).toEqualTypeOf<MetaTag[]>()
  })

  it('the feed needs a title; meta tags narrow on their key', () => {
    expectTypeOf<{ homePageUrl: string }>().not.toMatchTypeOf<FeedInfo>()
    const tag = {} as MetaTag
    if ('rel' in tag) expectTypeOf(tag.href).toEqualTypeOf<string>()
    else if ('property' in tag) expectTypeOf(tag.content).toEqualTypeOf<string>()
    else expectTypeOf(tag.name).toEqualTypeOf<string>()
  })

  it('JSON-LD fields are typed', () => {
    const ld = {} as NewsArticleJsonLd
    expectTypeOf(ld['@type']).toEqualTypeOf<'NewsArticle'>()
    expectTypeOf(ld.isAccessibleForFree).toEqualTypeOf<false | undefined>()
    expectTypeOf(ld.keywords).toEqualTypeOf<string[] | undefined>()
  })
})
