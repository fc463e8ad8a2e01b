// Hostile values, each built fresh by name (a case is rebuilt from its id inside the worker, so
// nothing here has to survive structured cloning: symbols, functions, proxies, getters, cycles).

/** What a throwing getter or proxy throws: the one foreign error a function may let through. */
export const SENTINEL: Error = Object.assign(new Error('hostile getter'), { hostileSentinel: true })

const MB = 1024 * 1024

function deepObject(depth: number): unknown {
  let value: Record<string, unknown> = { leaf: 'x' }
  for (let i = 0; i < depth; i++) value = { nested: value }
  return value
}

function deepArray(depth: number): unknown {
  let value: unknown[] = ['x']
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

function cyclic(): unknown {
  const value: Record<string, unknown> = { name: 'loop' }
  value.self = value
  return value
}

/** An object whose every trap throws (reading, listing, `in`, prototype). */
function throwingProxy(): unknown {
  const fail = (): never => {
    throw SENTINEL
  }
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail })
}

/** Replacement values for a whole argument or any field of one, by name. */
export const VALUES: Record<string, () => unknown> = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  zero: () => 0,
  'minus-one': () => -1,
  fraction: () => 1.5,
  NaN: () => NaN,
  Infinity: () => Infinity,
  '-Infinity': () => -Infinity,
  'huge-number': () => 1e308,
  'tiny-number': () => 5e-324,
  bigint: () => 10n,
  symbol: () => Symbol('hostile'),
  function: () => () => 'called',
  'empty-string': () => '',
  'blank-string': () => ' \t\n ',
  '"__proto__"': () => '__proto__',
  '"constructor"': () => 'constructor',
  '"toString"': () => 'toString',
  'lone-surrogates': () => 'a\uD800b\uDC00c\uDBFF',
  'control-characters': () => 'a\u0000b\u0007c\u001b[31md\u007f\u0085\u2028\u2029e',
  'bidi-override': () => '\u202Egnp.exe\u202C\u200B\u200D\uFEFF',
  'number-string': () => '5',
  'url-string': () => 'https://example.com/path?q=1#x',
  'date-string': () => '2026-03-01T12:00:00Z',
  '1MB-string': () => 'tide '.repeat(MB / 5),
  '1MB-one-word': () => 'a'.repeat(MB),
  '1MB-lone-surrogates': () => '\uD800'.repeat(MB / 2),
  '100k-nested-tags': () => '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(100_000),
  '1MB-open-brackets': () => '<'.repeat(MB),
  'empty-array': () => [],
  'array-of-null': () => [null],
  'sparse-array': () => [, 'x'], // eslint-disable-line no-sparse-arrays
  '100k-numbers': () => new Array(100_000).fill(1),
  '100k-strings': () => Array.from({ length: 100_000 }, (_, i) => `s${i}`),
  '100k-empty-objects': () => Array.from({ length: 100_000 }, () => ({})),
  '10k-deep-array': () => deepArray(10_000),
  'empty-object': () => ({}),
  '10k-deep-object': () => deepObject(10_000),
  'json-__proto__': () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  'null-prototype': () => Object.create(null),
  'cyclic-object': cyclic,
  'throwing-proxy': throwingProxy,
  'invalid-date': () => new Date(NaN),
  date: () => new Date(Date.UTC(2026, 2, 1, 12)),
  map: () => new Map([['a', 1]]),
  'string-object': () => new String('boxed'),
}

/** Names of values that cost real time to build or scan (kept rarer in the sampled run). */
export const HEAVY: ReadonlySet<string> = new Set([
  '1MB-string',
  '1MB-one-word',
  '1MB-lone-surrogates',
  '100k-nested-tags',
  '1MB-open-brackets',
  '100k-numbers',
  '100k-strings',
  '100k-empty-objects',
  '10k-deep-array',
  '10k-deep-object',
])
