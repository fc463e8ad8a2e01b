// Shared, linear-time patterns. Every repetition here is unambiguous (each `-` starts a new group),
// so none can backtrack catastrophically.

/** An ASCII slug: lowercase letters and digits in groups joined by single hyphens. */
export const ASCII_SLUG_RE: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A Unicode slug (for IRIs): groups of letters, marks and numbers with no uppercase or titlecase
 * letters, joined by single hyphens.
 */
export const UNICODE_SLUG_RE: RegExp = /^[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]+)*$/u

/** The longest slug copydesk accepts (Ghost's column is 191 characters). */
export const MAX_SLUG_LENGTH = 191

/**
 * An absolute http(s) URL: scheme, `//`, a host (and optional port) without `@`, then an optional
 * path/query/fragment. Anchored, and each part's class excludes the character that starts the next,
 * so matching is linear.
 */
export const HTTP_URL_RE: RegExp =
  /^https?:\/\/[^\s\x00-\x1f\x7f/?#@\\<>"{}|^`]+(?:[/?#][^\s\x00-\x1f\x7f\\<>"{}|^`]*)?$/i
