import * as z from 'zod/mini'

/** A JSON Schema (draft 2020-12) document, as a plain JSON object. */
export interface JsonSchemaDocument {
  /** Schema keywords (`type`, `properties`, `required`, …). */
  readonly [keyword: string]: unknown
}

/**
 * Builds the JSON Schema of what a copydesk schema accepts (its *input* side: defaults are
 * optional, dates are strings with `format: date-time`).
 */
// @__NO_SIDE_EFFECTS__
export function toInputJsonSchema(schema: z.ZodMiniType): JsonSchemaDocument {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaDocument
}
