// Runs hostile cases in a worker thread with a watchdog: a call that overruns its budget (a
// superlinear blow-up, an endless loop) is stopped by terminating the worker, recorded as
// `too-slow`, and the next case gets a fresh worker. A worker that dies (out of memory) is `crash`.
import { Worker } from 'node:worker_threads'
import { BUDGET_MS, type CaseResult } from './cases.js'

/**
 * Wall time after which the watchdog kills a call. The budget itself is CPU time (cases.ts); this
 * only stops calls that would never end, with room for a machine shared by other jobs.
 */
const WATCHDOG_MS = Math.max(8_000, BUDGET_MS * 4)

export class CasePool {
  #worker: Worker | undefined
  #ready: Promise<void> | undefined

  #start(): Promise<void> {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    })
    this.#worker = worker
    this.#ready = new Promise((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }): void => {
        if (m.ready) {
          worker.off('message', onMessage)
          worker.off('error', reject)
          resolve()
        }
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
    })
    return this.#ready
  }

  async #kill(): Promise<void> {
    const worker = this.#worker
    this.#worker = undefined
    this.#ready = undefined
    await worker?.terminate()
  }

  /** Runs one case; never rejects. */
  async run(fn: string, id: string): Promise<CaseResult> {
    if (!this.#worker) await this.#start()
    else await this.#ready
    const worker = this.#worker!
    return new Promise<CaseResult>((resolve) => {
      let settled = false
      // The watchdog starts when the worker says the call starts; this outer guard covers the
      // harness itself (building and snapshotting an input) and a worker that never answers.
      let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(
        () => finish({ fn, case: id, outcome: 'crash', observed: 'the worker did not answer in 60 s', ms: 0 }, true),
        60_000,
      )
      const finish = (result: CaseResult, kill: boolean): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (kill || result.outcome === 'polluted-prototype') void this.#kill().then(() => resolve(result))
        else resolve(result)
      }
      const onMessage = (message: CaseResult | { started: true }): void => {
        if ('started' in message) {
          clearTimeout(timer)
          timer = setTimeout(
            () =>
              finish(
                {
                  fn,
                  case: id,
                  outcome: 'too-slow',
                  observed: `stopped by the watchdog after ${WATCHDOG_MS} ms`,
                  ms: WATCHDOG_MS,
                },
                true,
              ),
            WATCHDOG_MS,
          )
        } else finish(message, false)
      }
      const onError = (error: Error): void =>
        finish({ fn, case: id, outcome: 'crash', observed: `${error.name}: ${error.message}`, ms: 0 }, true)
      const onExit = (code: number): void =>
        finish({ fn, case: id, outcome: 'crash', observed: `worker exited with code ${code}`, ms: 0 }, true)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage({ fn, id })
    })
  }

  async close(): Promise<void> {
    await this.#kill()
  }
}
