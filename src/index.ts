/**
 * copydesk: the content model of a news site. The root entry re-exports every capability;
 * import from a subpath (`copydesk/schema`, …) to keep a bundle to what it uses.
 *
 * @module copydesk
 */
export * from './errors.js'
export * from './schema/index.js'
export * from './text/index.js'
export * from './comments/index.js'
export * from './slug/index.js'
export * from './teaser/index.js'
export * from './subscription/index.js'
export * from './formats/index.js'
export * from './moderation/index.js'
export * from './related/index.js'
export * from './options.js'
