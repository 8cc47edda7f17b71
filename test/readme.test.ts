import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI, temp } from './helpers/cli.js';
import { ROOT } from './helpers/fixtures.js';

/**
 * The README's commands and library example work as written: each `npx deckwright` line
 * runs (in order, in a scratch folder that sees the repository's test/ folder), and so
 * does the JavaScript example. Lines that need the network are left out.
 */

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function blocks(lang: string): string[] {
  return [...README.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

function scratch(): string {
  const dir = temp();
  symlinkSync(join(ROOT, 'test'), join(dir, 'test'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'deckwright'));
  return dir;
}

test('every deckwright command in the README works as written (except those that fetch from the network, and serve, which runs until stopped)', () => {
  const dir = scratch();
  const commands = blocks('sh')
    .flatMap((b) => b.split('\n'))
    .filter((line) => /\bnpx deckwright\b/.test(line) && !/https?:\/\//.test(line) && !/\bdeckwright serve\b/.test(line))
    .map((line) => line.replace(/\s+#\s.*$/, '').trim());
  assert.ok(commands.length >= 12, `found only ${commands.length} commands`);
  for (const command of commands) {
    const shell = command.replace(/\bnpx deckwright\b/g, `"${process.execPath}" "${CLI}"`);
    const r = spawnSync('sh', ['-c', shell], { cwd: dir, encoding: 'utf8' });
    assert.is(r.status, 0, `${command}\n${r.stderr}`);
  }
  for (const f of ['decks/moon-speech/moon-speech.pdf', 'decks/sourdough/sourdough.pptx', 'talks/urban-heat/urban-heat.pptx', 'decks/tool-library/images/loans-by-category.svg', 'decks/rain-gardens/images/image-1.png', 'decks/stdin/stdin.html', 'talk.html', 'my-style/theme.json', 'summary.json']) {
    assert.ok(existsSync(join(dir, f)), f);
  }
  assert.ok(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).built.length >= 7);
});

test('the README config example is a valid config', () => {
  const dir = scratch();
  const [config] = blocks('json').filter((b) => b.includes('"author"'));
  assert.ok(config);
  assert.is(spawnSync(process.execPath, [CLI, 'init', 'my-style'], { cwd: dir }).status, 0);
  writeFileSync(join(dir, 'deckwright.config.json'), config);
  const r = spawnSync(process.execPath, [CLI, 'build', 'test/fixtures/moon-speech.txt'], { cwd: dir, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.match(readFileSync(join(dir, 'talks', 'moon-speech', 'moon-speech.html'), 'utf8'), /A\. Lecturer/);
});

test('the README library example runs as written', () => {
  const dir = scratch();
  const [example] = blocks('js');
  assert.ok(example?.includes("from 'deckwright'"));
  writeFileSync(join(dir, 'example.mjs'), example!);
  const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^\d+ slides; warnings: 0\n$/);
  assert.match(readFileSync(join(dir, 'winter.html'), 'utf8'), /<title>Riding through winter<\/title>/);
  assert.ok(readFileSync(join(dir, 'winter.pptx')).subarray(0, 2).equals(Buffer.from('PK')));
  assert.match(readFileSync(join(dir, 'tool-library.html'), 'utf8'), /data:image\/svg\+xml;base64,/);
});

test.run();
