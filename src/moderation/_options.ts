// Resolves and checks sanitizer options; shared by sanitizeCommentHtml, createModerationPolicy and
// moderateComment so the defaults live in one place.
import { CopydeskError } from '../errors.js'
import { describe } from '../_internal/describe.js'
import { checkOptions } from '../_internal/check.js'
import { COMMENT_SCHEMES, COMMENT_TAGS, DEFAULT_TAGS, type SanitizeSettings } from './_sanitizeSettings.js'
import type { SanitizeCommentHtmlOptions } from './_sanitizeTypes.js'

/** Resolves and checks the options (shared with moderateComment's policy). */
export function resolveSanitizeOptions(options: SanitizeCommentHtmlOptions, fn: string): SanitizeSettings {
  checkOptions(fn, options)
  const tags = options.allowedTags ?? DEFAULT_TAGS
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string' || !COMMENT_TAGS.includes(t))) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: allowedTags may only contain ${COMMENT_TAGS.join(', ')}; received ${describe(tags)}`,
    )
  }
  const schemes = options.allowedSchemes ?? ['http', 'https', 'mailto']
  if (!Array.isArray(schemes) || schemes.some((s) => typeof s !== 'string' || !COMMENT_SCHEMES.includes(s))) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: allowedSchemes may only contain ${COMMENT_SCHEMES.join(', ')}; received ${describe(schemes)}`,
    )
  }
  const rel = options.rel ?? 'ugc nofollow noopener noreferrer'
  if (typeof rel !== 'string')
    throw new CopydeskError('INVALID_OPTIONS', `${fn}: rel must be a string, received ${describe(rel)}`)
  const maxNesting = options.maxNesting ?? 32
  if (typeof maxNesting !== 'number' || !Number.isInteger(maxNesting) || maxNesting < 1) {
    throw new CopydeskError(
      'INVALID_OPTIONS',
      `${fn}: maxNesting must be a positive integer, received ${describe(maxNesting)}`,
    )
  }
  return {
    tags: [...tags],
    schemes: [...schemes],
    rel: rel.replace(/[^a-z0-9 -]/gi, '').trim(),
    targetBlank: options.targetBlank === true,
    links: options.links !== false,
    maxNesting,
    honestLinks: options.honestLinks === true,
  }
}
