import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../read/read.js';
import { UserError } from './errors.js';
import { isUrl } from './fetch.js';
import type { InputSpec } from './source.js';

/**
 * The articles a build names: files, folders (searched for articles, at any depth),
 * globs (expanded here, so quoting them works too), http(s) addresses and "-".
 * A name that finds nothing is kept as a failure of its own, so it fails alone.
 */

export interface Expanded {
  inputs: InputSpec[];
  /** Names that found no article, with the reason. */
  missing: { label: string; error: string }[];
}

const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;

/** Whether an .html file is a deck deckwright wrote (it says so in a meta tag), not an article. */
function isDeck(path: string): boolean {
  if (!/\.x?html?$/i.test(path)) return false;
  const head = Buffer.alloc(2048);
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, head, 0, head.length, 0);
    return /<meta name="generator" content="deckwright">/.test(head.subarray(0, n).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

// tinyglobby is loaded only for a folder or a name that is no file: a build of one file needs none of it.
const globber = () => import('tinyglobby');

async function articlesIn(folder: string): Promise<string[]> {
  const { glob } = await globber();
  const found = await glob(ARTICLE_GLOB, { cwd: folder, ignore: ['**/node_modules/**'], absolute: false, dot: false, caseSensitiveMatch: false });
  return found.sort().map((f) => `${folder.replace(/\/+$/, '')}/${f}`);
}

export async function expandInputs(specs: string[], stdin: () => Promise<Uint8Array>): Promise<Expanded> {
  const inputs: InputSpec[] = [];
  const missing: Expanded['missing'] = [];
  const seen = new Set<string>();
  const addFile = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };
  if (specs.filter((s) => s === '-').length > 1) throw new UserError('-: standard input can be read only once', 2);
  for (const spec of specs) {
    if (spec === '-') inputs.push({ kind: 'stdin', bytes: await stdin() });
    else if (isUrl(spec)) {
      if (!seen.has(spec)) inputs.push({ kind: 'url', url: spec });
      seen.add(spec);
    } else if (kindOf(spec) === 'folder') {
      const files = (await articlesIn(spec)).filter((f) => !isDeck(f));
      if (files.length === 0) missing.push({ label: spec, error: `${spec}: no articles in this folder (deckwright reads ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')})` });
      files.forEach(addFile);
    } else if (kindOf(spec) === undefined && (await globber()).isDynamicPattern(spec)) {
      const { glob } = await globber();
      const files = (await glob(spec, { dot: false, onlyFiles: true, expandDirectories: false })).sort().filter((f) => !isDeck(f));
      if (files.length === 0) missing.push({ label: spec, error: `${spec}: matches no files` });
      files.forEach(addFile);
    } else addFile(spec);
  }
  return { inputs, missing };
}
