import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT: string = fileURLToPath(new URL('../..', import.meta.url))
const CLI = `${ROOT}dist/cli.js`

/** Result of one CLI run. */
export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the built CLI (`npm run build` first) with arguments and optional stdin. */
export function runCli(args: string[], input?: string): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the cli tests`)
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
