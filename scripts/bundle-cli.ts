/**
 * Part of the build: the command line as one CommonJS file with a V8 code cache, loaded
 * by a small dist/cli/main.cjs (the package's bin; dist/cli/main.js, written over tsc's,
 * loads it too). Node 20 spent about half of a small
 * build finding, reading and linking the ~400 modules of the pipeline one by one (hence
 * one file), then ~50 ms parsing the bundle and compiling the functions a build calls;
 * the code cache, made here by running a build of the example deck, holds them compiled.
 * Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22), so
 * the bundle is CommonJS run through vm.Script, which takes one. The library
 * (dist/index.js) stays as tsc writes it.
 *
 * The bundle, its cache and the loader are written together, and the bundle's name and
 * the cache's carry a hash of the bundle, so a cache never meets another bundle (V8 itself
 * checks only the source's length). A cache V8 rejects (another Node) is ignored: the
 * bundle is compiled as usual.
 *
 * The bundle lives in dist/cli/ as main.js did, and import.meta.url is the loader's, so
 * paths found from it (templates, themes, font tables, reveal.js in node_modules) resolve
 * as before.
 *
 *   node --import tsx scripts/bundle-cli.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'cli');
for (const f of readdirSync(out)) if (/^(chunk-.*\.js|deckwright-.*\.(cjs|cache))$/.test(f)) rmSync(join(out, f));

/**
 * pptxgenjs loads node:https (with tls and net, ~5 ms) on every write, to fetch pictures
 * given by address; deckwright gives it no pictures (it writes them into the package
 * itself), so pptxgenjs gets none: with no https it fetches nothing, as in a browser.
 */
const pptxgenjsWithoutHttps: Plugin = {
  name: 'pptxgenjs-without-https',
  setup(b) {
    b.onResolve({ filter: /^(node:)?https$/ }, (args) => (/[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(args.importer) ? { path: 'https', namespace: 'no-https' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-https' }, () => ({ contents: 'export default undefined;\n', loader: 'js' }));
  },
};

/**
 * pptxgenjs imports node:fs anew for each slide and layout it writes (to read pictures
 * given by path), and the bundle's dynamic import copies fs's ~100 exports each time
 * (~3 ms a build): it gets fs from a module of its own, made once. fs.promises, which
 * only its writeFile (never called) uses, is looked up when asked for: reading it loads
 * Node's promise API of fs (~1 ms).
 */
const pptxgenjsFsOnce: Plugin = {
  name: 'pptxgenjs-fs-once',
  setup(b) {
    b.onResolve({ filter: /^(node:)?fs$/ }, (args) => (/[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(args.importer) ? { path: 'fs', namespace: 'pptxgenjs-fs' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'pptxgenjs-fs' }, () => ({ contents: "const fs = require('node:fs');\nmodule.exports = { __esModule: true, default: fs, get promises() {\n  return fs.promises;\n} };\n", loader: 'js' }));
  },
};

/**
 * pptxgenjs zips the package it writes with JSZip, which deckwright reads straight back
 * (src/render/pptx/deck.ts): in the bundle, pptxgenjs gets a stand-in that stores the
 * parts with Node's zlib (scripts/bundle/pptxgenjs-zip.ts). mammoth keeps the real JSZip.
 */
const pptxgenjsZip: Plugin = {
  name: 'pptxgenjs-zip',
  setup(b) {
    b.onResolve({ filter: /^jszip$/ }, (args) => (/[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(args.importer) ? { path: join(import.meta.dirname, 'bundle', 'pptxgenjs-zip.ts') } : undefined));
  },
};

/**
 * commander loads node:child_process (with net and dgram, ~2.5 ms of every run) to run
 * subcommands kept in executables of their own; deckwright's commands are functions, so
 * commander gets a child_process that is loaded only if it spawns one.
 */
const commanderSpawnsLazily: Plugin = {
  name: 'commander-spawns-lazily',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({ contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);\n", loader: 'js' }));
  },
};

/**
 * The built-in templates, compiled at build time into dist/precompiled-templates.cjs, go
 * into the bundle (and so into its code cache) instead of being read and compiled by
 * Node's require on every run.
 */
const bundledTemplates: Plugin = {
  name: 'bundled-templates',
  setup(b) {
    b.onResolve({ filter: /^\.\/precompiled-templates\.js$/ }, (args) => (/[\\/]src[\\/]render[\\/]markup\.ts$/.test(args.importer) ? { path: 'precompiled-templates', namespace: 'bundled-templates' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'bundled-templates' }, () => ({
      contents: "import pairs from './dist/precompiled-templates.cjs';\nexport function precompiledPairs() {\n  return pairs;\n}\n",
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const result = await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  write: false,
  outfile: join(out, 'bundle.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Left to Node to find: playwright-core, large and loaded only to print a PDF or serve a
  // deck; Readability, whose named export is wanted as Node's require gives it; resvg, which
  // loads the native build for the platform it runs on.
  external: ['playwright-core', '@mozilla/readability', '@resvg/resvg-js'],
  // Modules find their files from import.meta.url: the loader passes its own URL (dist/cli/main.js).
  define: { 'import.meta.url': '__deckwrightUrl' },
  // import() in a vm.Script needs an experimental flag in Node 20: modules loaded on demand are required instead.
  supported: { 'dynamic-import': false },
  plugins: [pptxgenjsWithoutHttps, pptxgenjsFsOnce, pptxgenjsZip, commanderSpawnsLazily, bundledTemplates],
  // Without spaces, comments and long local names the source is 1.9 MB instead of 4, and
  // its code cache 1.4 MB instead of 1.6: less to read at every start (~10 ms in all).
  // Nothing goes by a function's or class's name (errors are known by their class); for a
  // stack trace with the source's names, run the source: node --import tsx src/cli/main.ts.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  metafile: true,
  logLevel: 'warning',
});
// Pure ASCII, so the loader reads the 1.9 MB source as Latin-1 (the same text, without
// Node 20's slow UTF-8 decoding, ~10 ms) and V8 holds it one byte a character. esbuild
// escapes strings but leaves other characters in regular expressions and comments, where
// \uXXXX means the same. The file holds the function wrapper the loader calls, as Node
// wraps a CommonJS module: V8 compiles the text as read, where a wrapper added at load
// time made it copy the whole source into one new string first.
const body = result.outputFiles[0]!.text.replace(/^#!.*\n/, '').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const code = `(function (exports, require, module, __filename, __dirname, __deckwrightUrl) {${body}\n})`;
// Each stand-in above must have found what it replaces: a dependency that moved would
// otherwise leave the command line slower, or wrong, without a word.
const inputs = Object.keys(result.metafile.inputs);
const marks: [string, string][] = [
  ['pptxgenjs-without-https', 'no-https:https'],
  ['pptxgenjs-fs-once', 'pptxgenjs-fs:fs'],
  ['pptxgenjs-zip', 'scripts/bundle/pptxgenjs-zip.ts'],
  ['commander-spawns-lazily', 'lazy-child-process:child_process'],
  ['bundled-templates', 'dist/precompiled-templates.cjs'],
];
for (const [plugin, mark] of marks) if (!inputs.includes(mark)) throw new Error(`bundle-cli: the ${plugin} plugin changed nothing (no ${mark} in the bundle): see what it looks for`);
const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
const bundle = `deckwright-${hash}.cjs`;
const cache = `deckwright-${hash}.cache`;
writeFileSync(join(out, bundle), code);

// The loader, the command's bin: runs the bundle as Node runs a CommonJS module, with the
// code cache when there is one. It is CommonJS itself: Node starts an ES module entry
// through its ES module loader, whose own code it compiles on every run (~5 ms).
writeFileSync(
  join(out, 'main.cjs'),
  `#!/usr/bin/env node
// Made by scripts/bundle-cli.ts: runs the bundled command line (${bundle}) with its V8 code cache.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const file = join(__dirname, '${bundle}');
const cacheFile = join(__dirname, '${cache}');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
if (process.env.DECKWRIGHT_DEBUG && (!cachedData || script.cachedDataRejected)) process.stderr.write('deckwright: the code cache ${cache} is ' + (cachedData ? 'rejected by this Node' : 'missing') + ': start-up is slower\\n');
// Set by the build, which runs one deck to make the cache of the functions a build compiles.
if (process.env.DECKWRIGHT_WRITE_CODE_CACHE) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
// V8 compiles each regular expression twice, to bytecode and, once it runs again, to
// machine code; a build runs ~200 of them, most many times: once, to machine code, saves
// ~6 ms. Set only now: a code cache must be read, and made, with the flags it was made with.
else require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require, bundled, file, __dirname, pathToFileURL(__filename).href);
`,
);
// dist/cli/main.js, where the command line was, still runs it (node dist/cli/main.js).
writeFileSync(join(out, 'main.js'), `#!/usr/bin/env node\n// Made by scripts/bundle-cli.ts: the command line is main.cjs.\nimport './main.cjs';\n`);

const work = mkdtempSync(join(tmpdir(), 'deckwright-code-cache-'));
try {
  const example = join(root, 'decks', 'putin-xi-state-visit', 'putin-xi-state-visit.txt');
  const run = spawnSync(process.execPath, [join(out, 'main.cjs'), 'build', example, '--out', work], { env: { ...process.env, DECKWRIGHT_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(join(out, cache))) throw new Error(`bundle-cli: the build that makes the code cache failed: ${run.stderr}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`command line bundled in dist/cli/${bundle}, code cache ${(readFileSync(join(out, cache)).length / 1e6).toFixed(1)} MB`);
