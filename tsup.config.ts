import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

// Library entries come from package.json "exports" ("./schema" → src/schema/index.ts), so the
// exports map is the single list of entries: adding a subpath there adds it to the build.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>
}
const entry: Record<string, string> = { index: 'src/index.ts' }
for (const key of Object.keys(pkg.exports)) {
  if (key === '.' || key === './package.json') continue
  const name = key.slice(2)
  entry[name] = `src/${name}/index.ts`
}

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    clean: false,
    platform: 'neutral',
    target: 'es2022',
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    dts: false,
    clean: false,
    tsconfig: 'src/cli/tsconfig.json',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The demo site's subscribe box, for browsers (copied into the generated site by `copydesk demo`).
    entry: { 'site-client': 'src/cli/site/client.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    dts: false,
    clean: false,
    tsconfig: 'src/cli/tsconfig.json',
    outExtension: () => ({ js: '.js' }),
  },
])
