import { describe, expectTypeOf, it } from 'vitest'
import {
  parseArticle,
  safeParseArticle,
  type Article,
  type ArticleInput,
  type CopydeskError,
  type SafeParseResult,
} from '../../src/schema/index.js'

describe('schema types', () => {
  it('parseArticle takes unknown and returns Article', () => {
    expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>()
  })
  it('safeParseArticle returns a discriminated union with CopydeskError', () => {
    expectTypeOf(safeParseArticle).returns.toEqualTypeOf<SafeParseResult<Article>>()
    const result = safeParseArticle({})
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Article>()
    else expectTypeOf(result.error).toEqualTypeOf<CopydeskError>()
  })
  it('ArticleInput leaves defaults optional and Article makes them required', () => {
    expectTypeOf<ArticleInput['status']>().toEqualTypeOf<Article['status'] | undefined>()
    expectTypeOf<Article['tags']>().toEqualTypeOf<Article['tags']>()
    expectTypeOf<Article['commentsEnabled']>().toEqualTypeOf<boolean>()
  })
})
