import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

export const temp = () => mkdtempSync(join(tmpdir(), 'deckwright-test-'));

/** Run the built CLI and wait for it (blocks: not for tests that serve HTTP themselves). */
export function run(args: string[], options: { cwd?: string; input?: string | Uint8Array } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', ...(options.input !== undefined ? { input: options.input } : {}) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Run the built CLI without blocking this process (so a server in the test can answer it). */
export function runAsync(args: string[], options: { cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
