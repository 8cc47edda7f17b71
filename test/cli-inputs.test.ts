import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run, runAsync, temp } from './helpers/cli.js';
import { INPUTS } from './helpers/inputs.js';

/**
 * Inputs through the command line: standard input, .docx and .html files, and http(s)
 * addresses served by a server this test starts on 127.0.0.1 (never the network).
 */

const PAGE = readFileSync(join(INPUTS, 'tool-library.html'));
const SVG = readFileSync(join(INPUTS, 'tool-library_files', 'loans-by-category.svg'));
let server: Server;
let base = '';
const sockets = new Set<Socket>();

test.before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/news/tool-library.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/news/tool-library_files/loans-by-category.svg') res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG);
    else if (path === '/broken-image/story') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE.toString('utf8').replace('tool-library_files/', '/gone/'));
    else if (path === '/notes/reading.md') res.writeHead(200, { 'content-type': 'text/plain' }).end('# Reading notes\n\n## First part\n\nThe first part says one thing. It says it twice.\n\n## Second part\n\nThe second part says another thing. Then it stops.\n');
    else if (path === '/slow') res.writeHead(200, { 'content-type': 'text/html' }).write('<p>Starting'); // and never ends
    else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 64; i++) res.write(`<p>${'Words of a very long page. '.repeat(40)}</p>`);
      res.end();
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** A port on 127.0.0.1 that nothing listens on (one just given up). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

test('URL: the page is fetched, its article read, its images fetched and kept beside the outline', async () => {
  const out = temp();
  const r = await runAsync(['build', `${base}/news/tool-library.html`, '--out', out]);
  assert.is(r.code, 0, r.err);
  // The chart is an SVG: the HTML deck shows it as it is, the PPTX as a PNG drawn from it.
  assert.is(r.err.trim(), '');
  const dir = join(out, 'tool-library');
  const outline = readFileSync(join(dir, 'outline.yaml'), 'utf8');
  assert.match(outline, /^title: Why neighbourhood libraries now lend drills and sewing machines$/m);
  assert.match(outline, new RegExp(`name: ${base}/news/tool-library.html`));
  assert.match(outline, /src: images\/loans-by-category\.svg/);
  assert.ok(readFileSync(join(dir, 'images', 'loans-by-category.svg')).equals(SVG));
  assert.match(readFileSync(join(dir, 'tool-library.html'), 'utf8'), /data:image\/svg\+xml;base64,/);
  // The deck folder stands alone: rendering it again needs neither the page nor the server.
  const again = run(['render', join(dir, 'outline.yaml'), '--format', 'html']);
  assert.is(again.code, 0, again.err);
  assert.is(again.err, '');
});

test('URL: an image that cannot be fetched is left out with a warning naming it', async () => {
  const out = temp();
  const r = await runAsync(['build', `${base}/broken-image/story`, '--out', out, '--format', 'html']);
  assert.is(r.code, 0, r.err);
  assert.match(r.err, /warning: image \/gone\/loans-by-category\.svg could not be fetched \(the server answered 404 Not Found\); its slide is left out/);
  assert.ok(existsSync(join(out, 'story', 'story.html')));
});

test('URL: Markdown served as text/plain is read by its extension', async () => {
  const r = await runAsync(['outline', `${base}/notes/reading.md`, '--json']);
  assert.is(r.code, 0, r.err);
  const o = JSON.parse(r.out);
  assert.is(o.title, 'Reading notes');
  assert.equal(o.sections.map((s: { heading: string }) => s.heading).slice(0, 2), ['First part', 'Second part']);
});

test('URL: timeout, size limit and HTTP errors are one line naming the address', async () => {
  const started = Date.now();
  const slow = await runAsync(['build', `${base}/slow`, '--out', temp(), '--timeout', '1']);
  assert.is(slow.code, 1);
  assert.is(slow.err, `deckwright: ${base}/slow: no complete answer within 1 s (raise --timeout)\n`);
  assert.ok(Date.now() - started < 8000, 'the timeout was not kept');
  const big = await runAsync(['build', `${base}/big`, '--out', temp(), '--max-size', '8k']);
  assert.is(big.code, 1);
  assert.is(big.err, `deckwright: ${base}/big: is larger than the 8 kB limit (raise --max-size)\n`);
  const missing = await runAsync(['build', `${base}/nothing-here`, '--out', temp()]);
  assert.is(missing.code, 1);
  assert.is(missing.err, `deckwright: ${base}/nothing-here: the server answered 404 Not Found\n`);
  const closed = await closedPort();
  const refused = await runAsync(['build', `http://127.0.0.1:${closed}/`, '--out', temp(), '--timeout', '2']);
  assert.is(refused.code, 1);
  assert.is(refused.err, `deckwright: http://127.0.0.1:${closed}/: cannot fetch it: ECONNREFUSED\n`);
});

test('stdin: "-" reads the article from standard input; the format is sniffed or given with --from', () => {
  const out = temp();
  const md = '# Piped notes\n\n## One\n\nA sentence arrives through a pipe. Another follows it.\n\n## Two\n\nThe pipe closes after this. Nothing more comes.\n';
  const r = run(['build', '-', '--out', out, '--format', 'html'], { input: md });
  assert.is(r.code, 0, r.err);
  assert.match(readFileSync(join(out, 'stdin', 'stdin.html'), 'utf8'), /<title>Piped notes<\/title>/);
  const html = run(['outline', '-', '--json'], { input: PAGE });
  assert.is(html.code, 0, html.err);
  assert.is(JSON.parse(html.out).title, 'Why neighbourhood libraries now lend drills and sewing machines');
  const asText = run(['outline', '-', '--json', '--from', 'text'], { input: '# Not a heading here\n\nJust text. Read as text.' });
  assert.is(asText.code, 0, asText.err);
  assert.is(JSON.parse(asText.out).title, 'Not a heading here');
  const docx = run(['outline', '-', '--json'], { input: readFileSync(join(INPUTS, 'rain-gardens.docx')) });
  assert.is(JSON.parse(docx.out).title, 'Rain gardens: letting storm water soak in');
});

test('docx and html files: embedded and local images become files in the deck folder', () => {
  const out = temp();
  const r = run(['build', join(INPUTS, 'rain-gardens.docx'), join(INPUTS, 'tool-library.html'), '--out', out, '--format', 'html']);
  assert.is(r.code, 0, r.err);
  assert.ok(existsSync(join(out, 'rain-gardens', 'images', 'image-1.png')));
  assert.match(readFileSync(join(out, 'rain-gardens', 'outline.yaml'), 'utf8'), /src: images\/image-1\.png/);
  assert.ok(existsSync(join(out, 'tool-library', 'images', 'loans-by-category.svg')));
  for (const slug of ['rain-gardens', 'tool-library']) {
    const html = readFileSync(join(out, slug, `${slug}.html`), 'utf8');
    assert.match(html, /data-layout="image"/, `${slug} has no image slide`);
    const again = run(['render', join(out, slug, 'outline.yaml'), '--format', 'html']);
    assert.is(again.code, 0, again.err);
    assert.is(again.err, '', `${slug}: render warned`);
  }
});

test('unreadable inputs: legacy encodings, UTF-16 without BOM and PDFs are one clear line each', () => {
  const dir = temp();
  const cases: [string, Buffer, RegExp][] = [
    ['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]), /latin1\.txt: is not valid UTF-8 text: save it as UTF-8/],
    ['utf16.txt', Buffer.from('Some text here. And more.', 'utf16le'), /utf16\.txt: holds NUL bytes.*UTF-16 without a byte-order mark/],
    ['paper.pdf', Buffer.from('%PDF-1.7\n'), /paper\.pdf: cannot read \.pdf files/],
  ];
  for (const [name, bytes, message] of cases) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = run(['build', path, '--out', temp()]);
    assert.is(r.code, 1, name);
    assert.match(r.err, message);
    assert.is(r.err.trim().split('\n').length, 1, r.err);
  }
});

test.run();
