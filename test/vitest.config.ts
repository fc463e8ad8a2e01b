import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))
// Tests that need Node (spawning the CLI, packing the tarball, v8 heap flags) live in these folders; everything
// else is platform-neutral and runs in both the node and the edge-runtime projects.
const nodeOnly = ['test/cli/**', 'test/node/**', 'test/package/**']

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: nodeOnly,
          environment: 'node',
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'test/tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'edge',
          include: ['test/**/*.test.ts'],
          exclude: nodeOnly,
          environment: 'edge-runtime',
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts', 'test/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          exclude: ['test/package/**/*.browser.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/package/**/*.browser.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
