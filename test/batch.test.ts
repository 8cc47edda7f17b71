import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { progressOn } from '../src/cli/progress.js';
import { ARTICLES } from './helpers/fixtures.js';
import { run, temp } from './helpers/cli.js';
import { INPUTS } from './helpers/inputs.js';

/** A folder of articles: two good ones and one with nothing to make slides from. */
function readingList(): string {
  const dir = temp();
  copyFileSync(ARTICLES['urban-heat']!, join(dir, 'urban-heat.txt'));
  copyFileSync(join(INPUTS, 'rain-gardens.docx'), join(dir, 'rain-gardens.docx'));
  writeFileSync(join(dir, 'broken.md'), '   \n\n');
  return dir;
}

test('a batch with one broken file: the others are built, the error names the file, exit 1', () => {
  const list = readingList();
  const out = join(list, 'decks');
  const r = run(['build', join(list, 'urban-heat.txt'), join(list, 'broken.md'), join(list, 'rain-gardens.docx'), '--out', out, '--format', 'html']);
  assert.is(r.code, 1, r.err);
  assert.ok(existsSync(join(out, 'urban-heat', 'urban-heat.html')));
  assert.ok(existsSync(join(out, 'rain-gardens', 'rain-gardens.html')));
  assert.not.ok(existsSync(join(out, 'broken')));
  assert.match(r.out, new RegExp(`failed: ${join(list, 'broken.md')}: has no sentences to make slides from`));
  assert.match(r.out, /built .*urban-heat\/ \(\d+ slides\) from .*urban-heat\.txt/);
  assert.match(r.out, /2 decks built in .*decks\/, 1 failed\n$/);
  // Not a terminal: one plain progress line per article on standard error.
  const lines = r.err.trim().split('\n');
  assert.is(lines.length, 3, r.err);
  for (const line of lines) assert.match(line, /^\[\d\/3\] (built|failed)/);
  assert.not.match(r.err, /\r|\x1b\[/);
});

test('--json: a summary for programs, with the same outcome', () => {
  const list = readingList();
  const out = join(list, 'decks');
  const r = run(['build', list, '--out', out, '--format', 'html', '--json']);
  assert.is(r.code, 1);
  assert.is(r.err, '');
  const summary = JSON.parse(r.out);
  assert.equal(summary.built.map((b: { input: string }) => b.input.split('/').pop()), ['rain-gardens.docx', 'urban-heat.txt']);
  for (const b of summary.built) {
    assert.ok(b.slides > 3);
    assert.ok(b.files.some((f: string) => f.endsWith('outline.yaml')));
    assert.equal(b.warnings, []);
    assert.is(b.keptOutline, false);
  }
  assert.is(summary.failed.length, 1);
  assert.ok(summary.failed[0].input.endsWith('broken.md'));
  assert.match(summary.failed[0].error, /broken\.md: has no sentences/);
});

test('folders and globs: articles at any depth; decks deckwright wrote are not read again; clashing names get their own folders', () => {
  const list = readingList();
  mkdirSync(join(list, 'week-1'));
  mkdirSync(join(list, 'week-2'));
  writeFileSync(join(list, 'week-1', 'intro.md'), '# Week one\n\nThe first week sets the scene. It names the questions.\n');
  writeFileSync(join(list, 'week-2', 'intro.md'), '# Week two\n\nThe second week digs deeper. It tests the answers.\n');
  const out = join(list, 'decks');
  // The decks land inside the folder being read: a second run must not take them for articles.
  for (let i = 0; i < 2; i++) {
    const r = run(['build', join(list, 'week-*/*.md'), join(list, 'urban-heat.txt'), '--out', out, '--format', 'html', '--json']);
    assert.is(r.code, 0, r.err);
    const summary = JSON.parse(r.out);
    assert.equal(summary.built.map((b: { dir: string }) => b.dir.split('/').pop()), ['intro', 'intro-2', 'urban-heat']);
    assert.match(summary.built[1].warnings[0], /another input is also named intro/);
  }
  const folder = run(['build', list, '--out', out, '--format', 'html', '--json']);
  const inputs = JSON.parse(folder.out).built.map((b: { input: string }) => b.input.slice(list.length + 1));
  assert.equal(inputs.sort(), ['rain-gardens.docx', 'urban-heat.txt', 'week-1/intro.md', 'week-2/intro.md']);
  assert.ok(readdirSync(join(out, 'urban-heat')).includes('urban-heat.html'));
  const nothing = run(['build', join(list, 'no-such-*.md'), '--out', out]);
  assert.is(nothing.code, 1);
  assert.match(nothing.err, /no-such-\*\.md: matches no files/);
});

test('progress on a terminal: one bar redrawn in place, with the last article finished', () => {
  let written = '';
  const progress = progressOn({ isTTY: true, columns: 80, write: (t: string) => (written += t) }, 4);
  progress.done('built decks/a/ (5 slides) from a.md');
  progress.done(`failed: b.md: ${'a long reason '.repeat(10)}`);
  assert.not.match(written, /\n/);
  const frames = written.split('\r\x1b[K').filter(Boolean);
  assert.equal(frames.slice(0, 2), ['[------------------------------] 0/4 decks', '[########----------------------] 1/4 decks  built decks/a/ (5 slides) from a.md']);
  assert.match(frames[2]!, /^\[#{15}-{15}\] 2\/4 decks {2}failed: b\.md: a long reason .*…$/);
  assert.ok(frames[2]!.length <= 80, 'a frame wider than the terminal');
  progress.end();
  assert.ok(written.endsWith('\r\x1b[K'));
});

test.run();
