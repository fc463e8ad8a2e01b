// A hostile-suite worker: loads the harness (TypeScript, through tsx) and runs the cases it is
// sent, one at a time. The parent kills it when a call overruns its budget.
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { runCase } = await tsImport('./cases.ts', import.meta.url)
// `started` tells the parent to start the watchdog: building a 100k-element input and taking
// snapshots of it is the harness's time, not the call's.
const started = () => parentPort.postMessage({ started: true })
parentPort.on('message', async ({ fn, id }) => {
  let result
  try {
    result = await runCase(fn, id, started)
  } catch (error) {
    result = { fn, case: id, outcome: 'crash', observed: `harness: ${error?.stack ?? error}`, ms: 0 }
  }
  parentPort.postMessage(result)
})
parentPort.postMessage({ ready: true })
