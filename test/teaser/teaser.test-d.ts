import type { Locale } from 'date-fns'
import { de } from 'date-fns/locale/de'
import { enUS } from 'date-fns/locale/en-US'
import { describe, expectTypeOf, it } from 'vitest'
import type { Article, Teaser } from '../../src/schema/types.js'
import {
  articleUrl,
  formatDateline,
  shareLinks,
  type ArticleUrlOptions,
  type DatelineLocale,
  type FormatDatelineOptions,
  type ShareLink,
  type ShareLinksOptions,
  type ShareNetwork,
} from '../../src/teaser/index.js'

describe('teaser types', () => {
  it('formatDateline accepts Date | string | number and returns a string', () => {
    expectTypeOf(formatDateline).parameter(0).toEqualTypeOf<Date | string | number>()
    expectTypeOf(formatDateline).parameter(1).toEqualTypeOf<FormatDatelineOptions | undefined>()
    expectTypeOf(formatDateline).returns.toEqualTypeOf<string>()
    expectTypeOf<FormatDatelineOptions['dateFnsLocale']>().toEqualTypeOf<DatelineLocale | undefined>()
    expectTypeOf<Locale>().toExtend<DatelineLocale>()
  })

  it('articleUrl and shareLinks take a schema Article or Teaser', () => {
    expectTypeOf<Article>().toMatchTypeOf<Parameters<typeof articleUrl>[0]>()
    expectTypeOf<Teaser>().toMatchTypeOf<Parameters<typeof articleUrl>[0]>()
    expectTypeOf<Article>().toMatchTypeOf<Parameters<typeof shareLinks>[0]>()
    expectTypeOf<Teaser>().toMatchTypeOf<Parameters<typeof shareLinks>[0]>()
    expectTypeOf(articleUrl).returns.toEqualTypeOf<string | undefined>()
    expectTypeOf<ShareLinksOptions>().toMatchTypeOf<ArticleUrlOptions>()
  })

  it('shareLinks returns { network, url, label }[]', () => {
    expectTypeOf(shareLinks).returns.toEqualTypeOf<ShareLink[]>()
    expectTypeOf<ShareLink['network']>().toEqualTypeOf<ShareNetwork>()
    // @ts-expect-error an unknown network is a type error
    shareLinks({ slug: 'k', title: 'K' }, { networks: ['myspace'] })
  })
})

describe('DatelineLocale', () => {
  it('accepts every date-fns locale object, and rejects objects that are not one', () => {
    expectTypeOf(de).toExtend<DatelineLocale>()
    expectTypeOf(enUS).toExtend<DatelineLocale>()
    expectTypeOf({ code: 'xx' }).not.toExtend<DatelineLocale>()
  })
})
