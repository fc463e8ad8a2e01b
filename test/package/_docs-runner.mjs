// Runs the compiled docs blocks (docs.test.ts) in ONE Node process, one after the other, so
// copydesk is loaded once instead of once per block: `node --enable-source-maps _docs-runner.mjs
// results.json out/a.js out/b.js …`. Every console.log still prints and is recorded with the block
// and line it came from (source maps map the JS back to blocks/<id>.ts) and its first argument;
// console.error / console.warn and a thrown error are recorded per block. The results are written
// as JSON: { [id]: { logs: [{ line, args, value }], stderr: string[], error?: string } }.
import { writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [out, ...files] = process.argv.slice(2)
const results = {}
let current = ''
const result = (id) => (results[id] ??= { logs: [], stderr: [] })

const encode = (value) =>
  JSON.stringify(value, (_key, item) => {
    if (item === undefined) return { $docs: 'undefined' }
    if (typeof item === 'bigint') return item.toString()
    if (item instanceof Map) return Object.fromEntries(item)
    if (item instanceof Set) return [...item]
    return item
  }) ?? JSON.stringify({ $docs: 'undefined' })

const print = console.log.bind(console)
console.log = (...args) => {
  // [0] "Error", [1] this function, [2] the caller in the block
  const frame = new Error().stack?.split('\n')[2] ?? ''
  const at = /blocks[\\/](\w+)\.ts:(\d+):\d+\)?$/.exec(frame)
  result(at === null ? current : at[1]).logs.push({
    line: at === null ? 0 : Number(at[2]),
    args: args.length,
    value: encode(args[0]),
  })
  print(...args)
}
for (const name of ['error', 'warn']) {
  console[name] = (...args) => result(current).stderr.push(args.map(String).join(' '))
}

for (const file of files) {
  current = basename(file, '.js')
  result(current)
  try {
    await import(pathToFileURL(resolve(file)).href)
  } catch (error) {
    result(current).error = error instanceof Error ? (error.stack ?? error.message) : String(error)
  }
}
writeFileSync(out, JSON.stringify(results))
