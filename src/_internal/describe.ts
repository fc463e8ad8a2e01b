/**
 * A short description of a value for error messages: `string "abc"`, `number 42`, `null`, `array`.
 * Long strings are cut so a 1 MB input never ends up in a message.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `array (length ${value.length})`
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
      return `string ${JSON.stringify(shown)}`
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`
    case 'undefined':
      return 'undefined'
    case 'function':
      return 'function'
    case 'symbol':
      return 'symbol'
    default:
      return 'object'
  }
}
