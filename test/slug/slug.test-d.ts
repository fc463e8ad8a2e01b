import { describe, expectTypeOf, it } from 'vitest'
import {
  isSlug,
  RESERVED_SLUGS,
  slugify,
  uniqueSlug,
  type IsSlugOptions,
  type SlugifyOptions,
  type SlugMode,
  type SlugSeparator,
  type UniqueSlugOptions,
} from '../../src/slug/index.js'

describe('slug types', () => {
  it('slugify takes a string and optional SlugifyOptions and returns a string', () => {
    expectTypeOf(slugify).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(slugify).parameter(1).toEqualTypeOf<SlugifyOptions | undefined>()
    expectTypeOf(slugify).returns.toEqualTypeOf<string>()
  })

  it('uniqueSlug takes an iterable or a predicate', () => {
    expectTypeOf(uniqueSlug).parameter(1).toEqualTypeOf<Iterable<string> | ((slug: string) => boolean)>()
    expectTypeOf(uniqueSlug).parameter(2).toEqualTypeOf<UniqueSlugOptions | undefined>()
    expectTypeOf(uniqueSlug).returns.toEqualTypeOf<string>()
    expectTypeOf<UniqueSlugOptions>().toMatchTypeOf<SlugifyOptions>()
  })

  it('isSlug accepts unknown values', () => {
    expectTypeOf(isSlug).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(isSlug).parameter(1).toEqualTypeOf<IsSlugOptions | undefined>()
    expectTypeOf(isSlug).returns.toEqualTypeOf<boolean>()
  })

  it('narrows mode and separator to their literals', () => {
    expectTypeOf<SlugMode>().toEqualTypeOf<'ascii' | 'unicode'>()
    expectTypeOf<SlugSeparator>().toEqualTypeOf<'-' | '_' | '.' | '~'>()
    expectTypeOf<SlugifyOptions['mode']>().toEqualTypeOf<SlugMode | undefined>()
    // @ts-expect-error an unknown mode is a type error
    slugify('x', { mode: 'latin' })
    // @ts-expect-error a slash is not a separator
    slugify('x', { separator: '/' })
  })

  it('RESERVED_SLUGS is read-only', () => {
    expectTypeOf(RESERVED_SLUGS).toEqualTypeOf<ReadonlySet<string>>()
    // @ts-expect-error no add on a ReadonlySet
    RESERVED_SLUGS.add('shop')
  })
})
