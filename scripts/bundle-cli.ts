/**
 * Part of the build: the command line as one file (plus a chunk per module it loads only
 * when needed), written over tsc's dist/cli/main.js. Node 20 spends about half of a small
 * build's time finding, reading and linking the ~400 modules of the pipeline and its
 * dependencies one by one; a bundle is read at once (see `npm run bench`). The library
 * (dist/index.js) stays as tsc writes it.
 *
 * The bundle lives in dist/cli/ as main.js did, so paths found from import.meta.url
 * (templates, themes, font tables, reveal.js in node_modules) resolve as before.
 *
 *   node --import tsx scripts/bundle-cli.ts
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'cli');
for (const f of readdirSync(out)) if (f.startsWith('chunk-')) rmSync(join(out, f));

await build({
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts') },
  outdir: out,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  allowOverwrite: true,
  // Left to Node to find: playwright-core, large and loaded only to print a PDF or serve a
  // deck; Readability, a CommonJS module imported dynamically, whose named export a bundle
  // chunk would lose (it would offer only a default export); resvg, which loads the native
  // build for the platform it runs on.
  external: ['playwright-core', '@mozilla/readability', '@resvg/resvg-js'],
  // CommonJS dependencies call require() for Node's own modules.
  banner: { js: "import { createRequire as __deckwrightRequire } from 'node:module'; const require = __deckwrightRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('command line bundled in dist/cli/main.js');
