import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromArticle } from '../src/build.js';
import { ARTICLES, ROOT, SEED } from './helpers/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const temp = () => mkdtempSync(join(tmpdir(), 'deckwright-test-'));

test('the CLI is built (npm test builds it first)', () => {
  assert.ok(existsSync(CLI), 'dist/cli/main.js is missing: run npm run build');
});

test('the command line starts from its code cache (scripts/bundle-cli.ts): this Node accepts it, from the bin and from main.js', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  for (const entry of [join(ROOT, pkg.bin.deckwright!), CLI]) {
    const r = spawnSync(process.execPath, [entry, 'themes'], { encoding: 'utf8', env: { ...process.env, DECKWRIGHT_DEBUG: '1' } });
    assert.is(r.status, 0, r.stderr);
    assert.match(r.stdout, /^lecture\s/m);
    assert.not.match(r.stderr, /code cache/);
  }
});

test('build writes the outline and both decks into <out>/<slug>/', () => {
  const out = temp();
  const r = run(['build', ARTICLES['urban-heat']!, '--out', out]);
  assert.is(r.code, 0, r.err);
  for (const f of ['outline.yaml', 'urban-heat.html', 'urban-heat.pptx']) assert.ok(existsSync(join(out, 'urban-heat', f)), f);
  assert.match(r.out, /wrote .*urban-heat\.pptx/);
  assert.is(r.err, '');
});

test('build --format html writes only the HTML; --title and --author reach the deck', () => {
  const out = temp();
  const r = run(['build', ARTICLES['moon-speech']!, '--out', out, '--format', 'html', '--title', 'Why the Moon', '--author', 'A Lecturer']);
  assert.is(r.code, 0, r.err);
  assert.not.ok(existsSync(join(out, 'moon-speech', 'moon-speech.pptx')));
  const html = readFileSync(join(out, 'moon-speech', 'moon-speech.html'), 'utf8');
  assert.match(html, /<title>Why the Moon<\/title>/);
  assert.match(html, /A Lecturer/);
});

test('outline prints YAML, and JSON with the sentences and every point’s sources', () => {
  const yaml = run(['outline', SEED]);
  assert.is(yaml.code, 0, yaml.err);
  assert.match(yaml.out, /^# yaml-language-server: \$schema=/);
  const json = run(['outline', SEED, '--json']);
  const o = JSON.parse(json.out);
  assert.ok(o.source.sentences.length > 10);
  for (const s of o.sections) for (const p of s.points) assert.ok(Array.isArray(p.from) && p.from.length > 0);
});

test('render builds decks from an edited outline, next to it', () => {
  const dir = join(temp(), 'my-talk');
  mkdirSync(dir);
  const yaml = run(['outline', SEED]).out.replace(/^title: .*$/m, 'title: My own title');
  writeFileSync(join(dir, 'outline.yaml'), yaml);
  const r = run(['render', join(dir, 'outline.yaml')]);
  assert.is(r.code, 0, r.err);
  assert.match(readFileSync(join(dir, 'my-talk.html'), 'utf8'), /<title>My own title<\/title>/);
  assert.ok(existsSync(join(dir, 'my-talk.pptx')));
});

test('render: an invalid outline is refused in one line naming the file, line and field', () => {
  const dir = temp();
  const file = join(dir, 'outline.yaml');
  writeFileSync(file, 'title: A deck\nlang: en\nsections:\n  - heading: First\n    points:\n      - text: 42\n        form: [1]\n');
  const r = run(['render', file]);
  assert.is(r.code, 1);
  const lines = r.err.trim().split('\n');
  assert.is(lines.length, 1, r.err);
  assert.match(lines[0]!, /outline\.yaml:\d+: sections\[0\]\.points\[0\]\.(text|form)/);
});

test('build keeps an outline a person edited, unless --force', () => {
  const out = temp();
  const article = join(out, 'talk.txt');
  copyFileSync(ARTICLES['urban-heat']!, article);
  assert.is(run(['build', article, '--out', out]).code, 0);
  const outlinePath = join(out, 'talk', 'outline.yaml');
  writeFileSync(outlinePath, readFileSync(outlinePath, 'utf8').replace(/^title: .*$/m, 'title: Edited by hand'));
  const again = run(['build', article, '--out', out]);
  assert.is(again.code, 0, again.err);
  assert.match(again.err, /kept your edited .*outline\.yaml.*--force/);
  assert.match(readFileSync(outlinePath, 'utf8'), /title: Edited by hand/);
  assert.match(readFileSync(join(out, 'talk', 'talk.html'), 'utf8'), /<title>Edited by hand<\/title>/);
  assert.is(run(['build', article, '--out', out, '--force']).code, 0);
  assert.not.match(readFileSync(outlinePath, 'utf8'), /Edited by hand/);
});

test('errors a user can hit: one line, exit 1; bad usage: exit 2; never a stack trace', () => {
  const missing = run(['build', 'no-such-article.txt']);
  assert.is(missing.code, 1);
  assert.match(missing.err, /^deckwright: no-such-article\.txt: cannot read it: no such file or folder\n$/);
  const format = run(['build', SEED, '--format', 'pdfx']);
  assert.is(format.code, 2);
  assert.match(format.err, /--format: unknown format "pdfx"/);
  const theme = run(['build', SEED, '--theme', 'no-such-theme', '--out', temp()]);
  assert.is(theme.code, 1);
  assert.match(theme.err, /no theme named "no-such-theme"/);
  const empty = join(temp(), 'empty.txt');
  writeFileSync(empty, '\n\n');
  const e = run(['build', empty, '--out', temp()]);
  assert.is(e.code, 1);
  assert.match(e.err, /empty\.txt: has no sentences/);
  const nothing = run([]);
  assert.is(nothing.code, 2);
  for (const r of [missing, format, theme, e, nothing]) assert.not.match(r.err, /\n\s+at /);
});

test('--version prints deckwright’s version from any folder, not that of another package.json above it', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const elsewhere = temp();
  writeFileSync(join(elsewhere, 'package.json'), '{"name": "another", "version": "9.9.9"}');
  for (const cwd of [temp(), elsewhere, ROOT]) assert.is(run(['--version'], cwd).out.trim(), version, cwd);
});

test('themes lists the built-in themes', () => {
  const r = run(['themes']);
  assert.is(r.code, 0);
  assert.match(r.out, /^lecture\s+.+\(default\)$/m);
});

test('the committed seed deck is what a rebuild gives', () => {
  const out = temp();
  const slugDir = join(out, 'putin-xi-state-visit');
  mkdirSync(slugDir);
  const r = run(['build', SEED, '--out', out]);
  assert.is(r.code, 0, r.err);
  const committed = readFileSync(join(ROOT, 'decks', 'putin-xi-state-visit', 'outline.yaml'), 'utf8');
  const rebuilt = readFileSync(join(slugDir, 'outline.yaml'), 'utf8');
  const body = (s: string) => s.split('\n').filter((l) => !l.startsWith('# yaml-language-server')).join('\n');
  assert.fixture(body(rebuilt), body(committed), 'decks/putin-xi-state-visit is stale: rebuild it with npm run example');
});

test('the command line (bundled, pptxgenjs zipping with a stand-in) writes the same decks as the library', async () => {
  const out = temp();
  const r = run(['build', SEED, '--out', out]);
  assert.is(r.code, 0, r.err);
  const library = await buildFromArticle(readFileSync(SEED), 'putin-xi-state-visit.txt');
  const dir = join(out, 'putin-xi-state-visit');
  assert.ok(Buffer.from(library.pptx!).equals(readFileSync(join(dir, 'putin-xi-state-visit.pptx'))), 'the PPTX differs');
  assert.is(readFileSync(join(dir, 'putin-xi-state-visit.html'), 'utf8'), library.html);
});

test.run();
