import { describe, expect, it } from 'vitest'
import { decodePunycode } from '../../src/_internal/punycode.js'

// The private RFC 3492 decoder behind parseEmail's `xn--` label check, against the RFC's own
// sample strings (§7.1) and malformed input.
describe('decodePunycode (RFC 3492 §7.1 samples)', () => {
  it.each([
    [
      '(A) Arabic (Egyptian)',
      'egbpdaj6bu4bxfgehfvwxn',
      '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
    ],
    ['(B) Chinese (simplified)', 'ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['(L) 3年B組金八先生', '3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['(S) -> $1.00 <-', '-> $1.00 <--', '-> $1.00 <-'],
    ['bücher', 'bcher-kva', 'bücher'],
  ])('decodes %s', (_name, input, expected) => {
    expect(decodePunycode(input)).toBe(expected)
  })

  it.each([
    ['a truncated delta', 'zz'],
    ['a non-ASCII basic code point', 'ü-kva'],
    ['a character outside the digit set', 'bcher-k!a'],
    ['an overflow', '99999999999999999999'],
  ])('refuses %s', (_name, input) => {
    expect(decodePunycode(input)).toBeNull()
  })
})
