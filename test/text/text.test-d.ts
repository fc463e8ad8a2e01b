import { describe, expectTypeOf, it } from 'vitest'
import {
  countWords,
  excerpt,
  htmlToText,
  readingTime,
  type CountWordsOptions,
  type ExcerptOptions,
  type ExcerptResult,
  type HtmlToTextOptions,
  type ReadingTimeOptions,
  type ReadingTimeResult,
  type TextFormat,
  type TextMarker,
} from '../../src/text/index.js'

describe('text types', () => {
  it('htmlToText takes a string and optional HtmlToTextOptions and returns a string', () => {
    expectTypeOf(htmlToText).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(htmlToText).parameter(1).toEqualTypeOf<HtmlToTextOptions | undefined>()
    expectTypeOf(htmlToText).returns.toEqualTypeOf<string>()
  })

  it('excerpt returns text, truncated and an optional marker', () => {
    expectTypeOf(excerpt).parameter(1).toEqualTypeOf<ExcerptOptions | undefined>()
    expectTypeOf(excerpt).returns.toEqualTypeOf<ExcerptResult>()
    expectTypeOf<ExcerptResult['text']>().toEqualTypeOf<string>()
    expectTypeOf<ExcerptResult['truncated']>().toEqualTypeOf<boolean>()
    expectTypeOf<ExcerptResult['stoppedAt']>().toEqualTypeOf<TextMarker | undefined>()
    expectTypeOf<ExcerptOptions['format']>().toEqualTypeOf<TextFormat | undefined>()
  })

  it('countWords returns a number, readingTime a ReadingTimeResult', () => {
    expectTypeOf(countWords).parameter(1).toEqualTypeOf<CountWordsOptions | undefined>()
    expectTypeOf(countWords).returns.toEqualTypeOf<number>()
    expectTypeOf(readingTime).parameter(1).toEqualTypeOf<ReadingTimeOptions | undefined>()
    expectTypeOf(readingTime).returns.toEqualTypeOf<ReadingTimeResult>()
    expectTypeOf<ReadingTimeResult>().toEqualTypeOf<{
      minutes: number
      words: number
      images: number
      iso8601: string
    }>()
  })

  it('accepts readonly skip lists and explicit undefined options', () => {
    const skip = ['figcaption', 'aside'] as const
    expectTypeOf(htmlToText('<p>x</p>', { skip, stopAtMore: undefined })).toEqualTypeOf<string>()
    expectTypeOf(excerpt('x', { maxChars: undefined, locale: 'en', skip })).toEqualTypeOf<ExcerptResult>()
    // @ts-expect-error format is 'html' | 'text'
    excerpt('x', { format: 'markdown' })
    // @ts-expect-error the marker type is a closed union
    const marker: TextMarker = 'paywall'
    void marker
  })
})
