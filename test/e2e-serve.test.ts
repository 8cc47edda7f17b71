/**
 * deckwright serve as a lecturer uses it: the deck open in a browser while they edit
 * the article, the outline or the theme, and Ctrl-C to finish.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { launchChromium } from '../src/cli/browser.js';
import { folderTarget, watchTargets } from '../src/cli/watch.js';
import { THEMES_DIR } from '../src/theme/theme.js';
import { outlineToYaml } from '../src/outline/serialize.js';
import { ARTICLES, outlineOf, ROOT } from './helpers/fixtures.js';
import { revealReady, temp, watchErrors } from './helpers/browser.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');

interface Served {
  child: ChildProcess;
  url: string;
  out: string[];
  err: string[];
  exited: Promise<number | null>;
}

let browser: Browser;
const running: Served[] = [];
const errors: string[] = [];

/** Start `deckwright serve` on a free port and wait for it to say where. */
async function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  const err: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => err.push(d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out.push(d);
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out.join(''));
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}) before serving: ${err.join('')}`)));
  });
  const served = { child, url, out, err, exited };
  running.push(served);
  return served;
}

/** Ctrl-C, then the exit code. */
async function stop(s: Served): Promise<number | null> {
  s.child.kill('SIGINT');
  return s.exited;
}

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(10_000);
  watchErrors(page, errors);
  await page.goto(url);
  await revealReady(page);
  return page;
}

test.before(async () => {
  browser = await launchChromium();
});

test.after(async () => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await browser?.close();
});

test('serve <article>: editing the article or the theme reloads the page with the change; Ctrl-C exits 0', async () => {
  const dir = temp();
  const article = join(dir, 'bread.md');
  copyFileSync(ARTICLES.sourdough!, article);
  const theme = join(dir, 'my-theme.json');
  copyFileSync(join(THEMES_DIR, 'lecture.json'), theme);
  const s = await serve([article, '--theme', theme]);
  const page = await open(s.url);
  assert.is(await page.locator('section[data-layout="title"] h1').innerText(), 'How sourdough bread rises');

  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  writeFileSync(article, readFileSync(article, 'utf8').replace('# How sourdough bread rises', '# How rye bread rises'));
  await page.locator('section[data-layout="title"] h1', { hasText: 'How rye bread rises' }).waitFor({ state: 'attached' });
  await revealReady(page);
  assert.is(await page.evaluate(() => location.hash), '#/1', 'the reload keeps the slide');

  writeFileSync(theme, readFileSync(theme, 'utf8').replace('"heading": "#0B3C5D"', '"heading": "#7A1F5C"'));
  await page.waitForFunction(() => {
    const h2 = document.querySelector('section[data-layout="agenda"] h2');
    return h2 !== null && getComputedStyle(h2).color === 'rgb(122, 31, 92)';
  });
  assert.match(s.out.join(''), /rebuilt after a change to .*bread\.md/);

  assert.is(await stop(s), 0);
  assert.is(s.err.join(''), '');
  await page.close();
});

test('serve <outline>: editing a heading shows it; a broken outline keeps the last deck and says why', async () => {
  const dir = temp();
  const outline = join(dir, 'outline.yaml');
  writeFileSync(outline, outlineToYaml(outlineOf(ARTICLES['urban-heat']!)));
  const s = await serve([outline]);
  const page = await open(s.url);
  const heading = outlineOf(ARTICLES['urban-heat']!).sections[0]!.heading;
  assert.ok(await page.locator('h2', { hasText: heading }).count());

  writeFileSync(outline, readFileSync(outline, 'utf8').replace(`heading: ${heading}`, 'heading: Hot nights in the city'));
  await page.locator('h2', { hasText: 'Hot nights in the city' }).waitFor({ state: 'attached' });

  const before = s.err.length;
  writeFileSync(outline, 'title: [unclosed\n');
  await new Promise<void>((resolve) => {
    const check = () => (s.err.length > before ? resolve() : setTimeout(check, 20));
    check();
  });
  assert.match(s.err.join(''), /outline\.yaml.*the page keeps the last deck that built/);
  assert.is(s.err.join('').trim().split('\n').length, 1);
  await page.reload();
  await revealReady(page);
  assert.ok(await page.locator('h2', { hasText: 'Hot nights in the city' }).count());

  assert.is(await stop(s), 0);
  await page.close();
});

test('the served pages logged no errors (the reload stream is allowed by their policy)', () => {
  assert.equal(errors, []);
});

test('serve errors a user can hit: one line, exit 1 (or 2 for bad usage), nothing left running', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  try {
    const cases: [string[], number, RegExp][] = [
      [[ARTICLES['urban-heat']!, '--port', String(port)], 1, new RegExp(`--port ${port}: the port is in use`)],
      [[ARTICLES['urban-heat']!, '--port', '70000'], 2, /--port: "70000" is not a port/],
      [[join(temp(), 'missing.md')], 1, /missing\.md: cannot read it: no such file/],
    ];
    for (const [args, code, message] of cases) {
      const r = spawnSync(process.execPath, [CLI, 'serve', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
      assert.is(r.status, code, r.stderr);
      assert.match(r.stderr, message);
      assert.is(r.stderr.split('\n')[0]!.startsWith('deckwright: '), true);
      assert.not.match(r.stderr, /\n\s+at /);
    }
  } finally {
    blocker.close();
  }
});

test('a folder watch sees saves of matching files, by rename too, and ignores the rest', async () => {
  const dir = temp();
  const seen: string[][] = [];
  const w = watchTargets([folderTarget(dir, ['.hbs'])], (changed) => seen.push(changed), (e) => assert.unreachable(e.message), 30);
  try {
    writeFileSync(join(dir, '.bullets.hbs.swp'), 'x');
    writeFileSync(join(dir, 'notes.txt'), 'x');
    writeFileSync(join(dir, 'tmp-save'), '<section></section>');
    renameSync(join(dir, 'tmp-save'), join(dir, 'bullets.hbs'));
    await new Promise<void>((resolve) => {
      const check = () => (seen.length ? resolve() : setTimeout(check, 20));
      check();
    });
    assert.equal(seen.flat().map((p) => p.split('/').pop()).filter((n, i, all) => all.indexOf(n) === i), ['bullets.hbs']);
  } finally {
    w.close();
  }
});

test.run();
