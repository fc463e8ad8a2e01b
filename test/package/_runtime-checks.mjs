// The checks every runtime runs against the installed copydesk package: Node ESM (import), Node CJS
// (require), the edge VM (esbuild IIFE bundle) and Chromium (esbuild ESM bundle). Plain JavaScript
// with no imports, so it runs unchanged everywhere; it returns a JSON-safe report and never throws,
// and the vitest files assert on that report (types in _helpers.ts, RuntimeReport).

/** A valid article; its `publishedAt` has an offset and must come back in UTC. */
export const VALID_ARTICLE = {
  id: 'a1',
  slug: 'king-tide-floods-harbor-road',
  title: 'King tide floods the harbor road',
  html: '<p>High water reached the harbor road at dawn.</p>',
  authors: [{ id: 'u1', name: 'Omar Ali', slug: 'omar-ali' }],
  status: 'published',
  publishedAt: '2026-11-24T08:00:00+02:00',
}
export const VALID_PUBLISHED_AT = '2026-11-24T06:00:00.000Z'

/** The issue's "must show" document: a bad date at publishedAt and an author without a name. */
export const BAD_ARTICLE = { ...VALID_ARTICLE, publishedAt: 'yesterday', authors: [{ id: 'u1', slug: 'omar-ali' }] }
export const BAD_ARTICLE_PATHS = ['authors.0.name', 'publishedAt']

const ROOT = 'copydesk'

function describeError(error) {
  if (error === null || typeof error !== 'object') return { threw: true, value: String(error) }
  return {
    threw: true,
    name: error.name,
    code: error.code,
    message: String(error.message),
    paths: Array.isArray(error.issues) ? error.issues.map((issue) => issue.path.join('.')).sort() : null,
  }
}

function attempt(fn) {
  try {
    return { ok: true, value: fn() }
  } catch (error) {
    return { ok: false, error }
  }
}

/**
 * @param {Record<string, Record<string, unknown>>} entries module namespace (or require result) per
 *   specifier: `{ 'copydesk': …, 'copydesk/schema': … }`
 */
export function runChecks(entries) {
  const report = {
    // Read as properties: a bundler rewrites a bare `typeof require` to its own shim.
    globals: {
      process: typeof globalThis.process,
      Buffer: typeof globalThis.Buffer,
      require: typeof globalThis.require,
    },
    entries: [],
    valid: null,
    invalid: null,
    safe: null,
    fatal: null,
  }
  try {
    const root = entries[ROOT]
    if (root === undefined) throw new Error(`no '${ROOT}' entry was loaded`)
    for (const [specifier, mod] of Object.entries(entries)) {
      const names = Object.keys(mod)
        .filter((name) => name !== '__esModule')
        .sort()
      report.entries.push({
        specifier,
        exportCount: names.length,
        undefinedExports: names.filter((name) => mod[name] === undefined),
        missingOnRoot: names.filter((name) => !(name in root)),
        differentOnRoot: names.filter((name) => name in root && root[name] !== mod[name]),
        hasDefault: Object.prototype.hasOwnProperty.call(mod, 'default'),
      })
    }

    const valid = attempt(() => root.parseArticle(VALID_ARTICLE))
    report.valid = valid.ok
      ? { ok: true, publishedAt: valid.value.publishedAt, tags: valid.value.tags, language: valid.value.language }
      : { ok: false, error: describeError(valid.error) }

    const invalid = attempt(() => root.parseArticle(BAD_ARTICLE))
    if (invalid.ok) {
      report.invalid = { threw: false }
    } else {
      // The error must be recognized by the class and the guard of every entry that exports them.
      const instanceOf = {}
      const guard = {}
      for (const [specifier, mod] of Object.entries(entries)) {
        if (typeof mod.CopydeskError === 'function') instanceOf[specifier] = invalid.error instanceof mod.CopydeskError
        if (typeof mod.isCopydeskError === 'function') guard[specifier] = mod.isCopydeskError(invalid.error)
      }
      report.invalid = {
        ...describeError(invalid.error),
        isError: invalid.error instanceof Error,
        instanceOf,
        guard,
        plainErrorIsCopydeskError: root.isCopydeskError(new Error('plain')),
      }
    }

    const safe = attempt(() => root.safeParseArticle(BAD_ARTICLE))
    report.safe = safe.ok
      ? {
          threw: false,
          success: safe.value.success,
          paths: safe.value.success ? null : safe.value.error.issues.map((issue) => issue.path.join('.')).sort(),
        }
      : { threw: true, error: describeError(safe.error) }
  } catch (error) {
    report.fatal = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)
  }
  return report
}
