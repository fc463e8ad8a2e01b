// Preloaded (`node --import`) into every docs block docs.test.ts runs: console.log still prints,
// and each call is recorded with the block line it came from (source maps map the compiled JS back
// to the block) and its first argument, written as JSON to the file named by the first argument when the process exits.
import { writeFileSync } from 'node:fs'

// The file to write: the first argument after the script (`node --import … block.js capture.json`).
const file = process.argv[2]
const records = []
const print = console.log.bind(console)

const encode = (value) =>
  JSON.stringify(value, (_key, item) => {
    if (item === undefined) return { $docs: 'undefined' }
    if (typeof item === 'bigint') return item.toString()
    if (item instanceof Map) return Object.fromEntries(item)
    if (item instanceof Set) return [...item]
    return item
  }) ?? JSON.stringify({ $docs: 'undefined' })

console.log = (...args) => {
  // [0] "Error", [1] this function, [2] the caller in the block
  const frame = new Error().stack?.split('\n')[2] ?? ''
  const at = /\.ts:(\d+):\d+\)?$/.exec(frame)
  records.push({ line: at === null ? 0 : Number(at[1]), args: args.length, value: encode(args[0]) })
  print(...args)
}

process.on('exit', () => {
  if (file !== undefined) writeFileSync(file, JSON.stringify(records))
})
