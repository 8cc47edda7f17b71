/**
 * Handouts: `deckwright build --format pdf` prints the HTML deck through the system's
 * Chromium, one slide a page; without a browser it stops with one line saying what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findChromium, NO_CHROMIUM } from '../src/cli/browser.js';
import { ARTICLES, ROOT } from './helpers/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const temp = () => mkdtempSync(join(tmpdir(), 'deckwright-pdf-'));

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function pdfPages(path: string): number {
  const r = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  assert.is(r.status, 0, `pdfinfo failed (is poppler-utils installed?): ${r.stderr}`);
  return Number(/^Pages:\s+(\d+)/m.exec(r.stdout)?.[1]);
}

function pdfPageSize(path: string): [number, number] {
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout)!;
  return [Number(m[1]), Number(m[2])];
}

test('build --format pdf writes a PDF with one page per slide, and nothing else', () => {
  const out = temp();
  const r = run(['build', ARTICLES.sourdough!, '--out', out, '--format', 'pdf']);
  assert.is(r.code, 0, r.err);
  const slides = Number(/^(\d+) slides$/m.exec(r.out)?.[1]);
  assert.ok(slides > 3);
  const pdf = join(out, 'sourdough', 'sourdough.pdf');
  assert.is(pdfPages(pdf), slides);
  const [w, h] = pdfPageSize(pdf);
  assert.ok(Math.abs(w / h - 16 / 9) < 0.01, `page ${w} x ${h} is not 16:9`);
  assert.equal(readdirSync(join(out, 'sourdough')).sort(), ['outline.yaml', 'sourdough.pdf']);
});

test('a 4:3 deck prints on 4:3 pages, next to its HTML', () => {
  const out = temp();
  const r = run(['build', ARTICLES['moon-speech']!, '--out', out, '--format', 'html,pdf', '--size', '4:3']);
  assert.is(r.code, 0, r.err);
  const slides = Number(/^(\d+) slides$/m.exec(r.out)?.[1]);
  const pdf = join(out, 'moon-speech', 'moon-speech.pdf');
  assert.is(pdfPages(pdf), slides);
  const [w, h] = pdfPageSize(pdf);
  assert.ok(Math.abs(w / h - 4 / 3) < 0.01, `page ${w} x ${h} is not 4:3`);
  assert.ok(existsSync(join(out, 'moon-speech', 'moon-speech.html')));
});

test('CHROME_PATH naming no file: one line, exit 1, nothing written', () => {
  const out = temp();
  const r = run(['build', ARTICLES['urban-heat']!, '--out', out, '--format', 'html,pdf'], { ...process.env, CHROME_PATH: join(out, 'no-chromium') });
  assert.is(r.code, 1);
  assert.is(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, /^deckwright: CHROME_PATH=.*no-chromium: no such file/);
  assert.equal(readdirSync(out), []);
});

test('no browser anywhere: undefined, and the message says how to install one', () => {
  assert.is(findChromium({ PATH: '/nowhere' }, () => false), undefined);
  assert.match(NO_CHROMIUM, /install/);
  assert.match(NO_CHROMIUM, /CHROME_PATH/);
  assert.not.match(NO_CHROMIUM, /\n/);
});

test('the browser is found on the usual paths, then on PATH; CHROME_PATH wins', () => {
  assert.is(findChromium({}, (p) => p === '/usr/bin/google-chrome'), '/usr/bin/google-chrome');
  assert.is(findChromium({ PATH: '/opt/a:/opt/b' }, (p) => p === '/opt/b/chromium'), '/opt/b/chromium');
  assert.is(findChromium({ CHROME_PATH: '/x/chrome' }, (p) => p === '/x/chrome' || p === '/usr/bin/chromium'), '/x/chrome');
});

test.run();
