import { describe, expect, it } from 'vitest'
import { CopydeskError, isCopydeskError } from '../src/errors.js'

describe('CopydeskError', () => {
  it('carries name, code, message, issues and the standard cause', () => {
    const cause = new TypeError('inner')
    const error = new CopydeskError('VALIDATION_FAILED', 'parseArticle: 1 problem', {
      issues: [{ path: ['authors', 0, 'name'], code: 'invalid_type', message: 'Expected string' }],
      cause,
    })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('CopydeskError')
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.message).toBe('parseArticle: 1 problem')
    expect(error.issues?.[0]?.path).toEqual(['authors', 0, 'name'])
    expect(error.cause).toBe(cause)
    expect(String(error)).toBe('CopydeskError: parseArticle: 1 problem')
  })

  it('never throws a TypeError itself: a message that cannot become a string, options that are not an object', () => {
    const odd = new CopydeskError('INVALID_INPUT', Object.create(null) as string)
    expect(odd.message).toBe('[object Object]')
    expect(new CopydeskError('INVALID_INPUT', Symbol('s') as unknown as string).message).toBe('Symbol(s)')
    const noOptions = new CopydeskError('INVALID_INPUT', 'x', null as never)
    expect(noOptions.issues).toBeUndefined()
    expect('cause' in noOptions).toBe(false)
  })

  it('has no cause property when none is given, and undefined issues', () => {
    const error = new CopydeskError('INVALID_INPUT', 'slugify: input must be a string')
    expect('cause' in error).toBe(false)
    expect(error.issues).toBeUndefined()
  })

  it('is recognized by instanceof and isCopydeskError through the Symbol.for brand, whatever copy made it', () => {
    const foreign = Object.assign(Object.create(Error.prototype) as object, { code: 'INVALID_INPUT' })
    Object.defineProperty(foreign, Symbol.for('copydesk.error'), { value: true })
    expect(foreign instanceof CopydeskError).toBe(true)
    expect(isCopydeskError(foreign)).toBe(true)
  })

  it('mirrors the @example of isCopydeskError', () => {
    expect(isCopydeskError(new CopydeskError('INVALID_INPUT', 'slugify: input must be a string'))).toBe(true)
    expect(isCopydeskError(new Error('boom'))).toBe(false)
  })

  it.each([null, undefined, 0, 'CopydeskError', {}, { name: 'CopydeskError', code: 'INVALID_INPUT' }])(
    'does not recognize %j',
    (value) => {
      expect(isCopydeskError(value)).toBe(false)
    },
  )
})
