/**
 * What building a few articles at once buys: the same N web pages, served from
 * 127.0.0.1 with a delay like a distant server's, built with --jobs 1 and with --jobs 4.
 *
 *   npm run build && node --import tsx scripts/measure-batch.ts [pages] [delay-ms]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pages = Number(process.argv[2] ?? 8);
const delay = Number(process.argv[3] ?? 500);
const page = readFileSync(join(root, 'test', 'fixtures', 'inputs', 'tool-library.html'));
const svg = readFileSync(join(root, 'test', 'fixtures', 'inputs', 'tool-library_files', 'loans-by-category.svg'));

const server = createServer((req, res) => {
  setTimeout(() => {
    if (req.url?.endsWith('.svg')) res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  }, delay);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const urls = Array.from({ length: pages }, (_, i) => `${base}/story-${i + 1}/`);

function build(jobs: number): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'deckwright-measure-'));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'build', ...urls, '--out', out, '--jobs', String(jobs), '--format', 'html', '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(out, { recursive: true, force: true });
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`build exited ${code}`));
    });
  });
}

try {
  for (const jobs of [1, 4, 1, 4]) console.log(`${pages} pages, ${delay} ms per request, --jobs ${jobs}: ${((await build(jobs)) / 1000).toFixed(2)} s`);
} finally {
  server.close();
}
