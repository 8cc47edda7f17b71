/**
 * Safe files: deck names come from a slug that cannot leave the output folder; files are
 * written atomically, so a build that fails or is killed leaves every file whole (the
 * old one or the new one); a read-only or full disk is one clear line. The disk faults
 * are injected below writeAtomic (test/helpers/faulty-disk.mjs), and, where this
 * machine lets the tests mount a small tmpfs, also happen for real.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readInput, slugify, slugOfFile, writeAtomic } from '../src/cli/files.js';
import { slugOf } from '../src/cli/source.js';
import { parseOutline } from '../src/outline/serialize.js';
import { CLI, run, temp } from './helpers/cli.js';
import { ARTICLES, ROOT, SEED } from './helpers/fixtures.js';

const FAULTY_DISK = join(ROOT, 'test', 'helpers', 'faulty-disk.mjs');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Run the CLI on a disk that fails as `env` says. */
function runFaulty(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', FAULTY_DISK, CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const snapshot = (dir: string) => new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

test('slugs of hostile names: no path, no dots, no NUL, no drive, at most 60 characters', () => {
  const cases: [string, string][] = [
    ['../../x', 'x'],
    ['/etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['..', 'deck'],
    ['a\u0000b', 'a-b'],
    ['', 'deck'],
    ['ÉCOLE normale', 'ecole-normale'],
    ['زراعة النخيل', 'deck'],
    ['NUL', 'nul-deck'],
    ['com1', 'com1-deck'],
    ['x'.repeat(300), 'x'.repeat(60)],
  ];
  for (const [name, slug] of cases) assert.is(slugify(name), slug, JSON.stringify(name));
  assert.is(slugOfFile('/tmp/../../etc/passwd.md'), 'passwd');
  assert.is(slugOf({ kind: 'url', url: 'https://example.org/a/..%2F..%2Fetc%2Fpasswd.html' }), 'passwd');
  assert.is(slugOf({ kind: 'url', url: 'https://example.org/%E0%A4%A.html' }), 'e0-a4-a', 'a malformed escape is no crash');
  assert.is(slugOf({ kind: 'url', url: 'http://[bad' }), 'bad');
});

test('any text gives a slug that names a file inside the output folder (fast-check, fixed seed)', () => {
  const out = resolve('/decks');
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
      const slug = slugify(name);
      const path = resolve(out, slug, `${slug}.html`);
      return SLUG.test(slug) && slug.length <= 64 && !isAbsolute(slug) && !relative(out, path).startsWith('..');
    }),
    { seed: 8, numRuns: 2000 },
  );
});

test('build names the deck folder by the slug of a hostile file name', () => {
  const dir = temp();
  const name = `${'Überlange Datei '.repeat(12)}; rm -rf $(x) & "quoted" ..md`;
  const path = join(dir, name);
  copyFileSync(ARTICLES['moon-speech']!, path);
  const r = run(['build', path, '--out', join(dir, 'out'), '--format', 'html']);
  assert.is(r.code, 0, r.err);
  const [folder] = readdirSync(join(dir, 'out'));
  assert.match(folder!, SLUG);
  assert.ok(folder!.length <= 60);
  assert.ok(existsSync(join(dir, 'out', folder!, `${folder}.html`)));
});

test('writeAtomic: a write that fails leaves the old file, whole, and no temporary file', () => {
  const dir = temp();
  const file = join(dir, 'deck.html');
  writeFileSync(file, 'old deck');
  chmodSync(file, 0o640);
  const { writeSync } = fs;
  fs.writeSync = (() => {
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  }) as typeof fs.writeSync;
  syncBuiltinESMExports();
  try {
    assert.throws(() => writeAtomic(file, 'new deck'), /deck\.html: cannot write it: the disk is full/);
  } finally {
    fs.writeSync = writeSync;
    syncBuiltinESMExports();
  }
  assert.is(readFileSync(file, 'utf8'), 'old deck');
  assert.equal(temps(dir), []);
  writeAtomic(file, 'new deck');
  assert.is(readFileSync(file, 'utf8'), 'new deck');
  assert.is(statSync(file).mode & 0o777, 0o640, 'the replacement keeps the file’s permissions');
  assert.equal(temps(dir), []);
});

test('readInput refuses a file over the limit and an endless device, in one line', () => {
  const dir = temp();
  const file = join(dir, 'big.txt');
  writeFileSync(file, 'x'.repeat(2048));
  assert.throws(() => readInput(file, 1024), /big\.txt: is larger than the 1 kB limit \(raise --max-size\)/);
  if (existsSync('/dev/zero')) assert.throws(() => readInput('/dev/zero', 4 * 1024 ** 2), /\/dev\/zero: is larger than the 4 MB limit/);
  assert.throws(() => readInput(dir), /cannot read it: it is a folder, not a file/);
  const r = run(['build', file, '--max-size', '1k', '--out', join(dir, 'out')]);
  assert.is(r.code, 1);
  assert.is(r.err, `deckwright: ${file}: is larger than the 1 kB limit (raise --max-size)\n`);
  const piped = run(['build', '-', '--max-size', '1k', '--out', join(dir, 'out')], { input: 'y'.repeat(4096) });
  assert.is(piped.err, 'deckwright: -: is larger than the 1 kB limit (raise --max-size)\n');
});

/** A finished build of the moon speech in `out`, to be replaced by a build of the seed under the same name. */
function previousBuild(): { article: string; out: string; deck: string; old: Map<string, Buffer> } {
  const dir = temp();
  const article = join(dir, 'talk.txt');
  copyFileSync(ARTICLES['moon-speech']!, article);
  const out = join(dir, 'out');
  assert.is(run(['build', article, '--out', out]).code, 0);
  copyFileSync(SEED, article);
  const deck = join(out, 'talk');
  return { article, out, deck, old: snapshot(deck) };
}

for (const [code, words] of [
  ['ENOSPC', 'the disk is full'],
  ['EROFS', 'the disk is read-only'],
  ['EACCES', 'permission denied'],
] as const) {
  test(`a ${code} disk: one line naming the file, exit 1, the old files intact and no temporary files`, () => {
    const { article, out, deck, old } = previousBuild();
    const r = runFaulty(['build', article, '--out', out], { FAULTY_DISK: code, FAULTY_DISK_MATCH: '.pptx' });
    assert.is(r.code, 1, r.err);
    assert.is(r.err, `deckwright: ${join(deck, 'talk.pptx')}: cannot write it: ${words}\n`);
    assert.equal(readFileSync(join(deck, 'talk.pptx')), old.get('talk.pptx'));
    assert.equal(temps(deck), []);
  });
}

test('a build that fails after its decks are made (the PDF cannot be printed) replaces none of the old files', () => {
  const { article, out, deck, old } = previousBuild();
  const r = spawnSync(process.execPath, [CLI, 'build', article, '--out', out, '--format', 'html,pptx,pdf'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/bin/false' } });
  assert.is(r.status, 1, r.stderr);
  assert.is(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /could not start it|could not print/);
  assert.equal(snapshot(deck), old);
});

/** Whether a deck file is complete: what a reader would see if it were cut short is checked part by part. */
async function whole(name: string, bytes: Buffer): Promise<boolean> {
  if (name.endsWith('.html')) return bytes.toString('utf8').trimEnd().endsWith('</html>');
  if (name.endsWith('.yaml')) return parseOutline(bytes.toString('utf8'), 'yaml').sections.length > 0;
  if (name.endsWith('.pptx')) return (await JSZip.loadAsync(bytes)).file('ppt/presentation.xml') !== null;
  return true;
}

test('a build killed at any moment leaves each file whole: the old one or the new one', async () => {
  const { article, out, deck, old } = previousBuild();
  // A slow disk stretches the writes over about a second, so the kills land in them.
  const env = { ...process.env, SLOW_DISK: '40' };
  let sawNew = false;
  let sawOld = false;
  for (const delay of [800, 1100, 1400, 1700, 2100, 2600]) {
    const child = spawn(process.execPath, ['--import', FAULTY_DISK, CLI, 'build', article, '--out', out], { cwd: ROOT, env, stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    await new Promise((done) => setTimeout(done, delay));
    child.kill('SIGKILL');
    await exited;
    for (const [name, bytes] of snapshot(deck)) {
      if (name.endsWith('.tmp')) continue;
      if (bytes.equals(old.get(name) ?? Buffer.alloc(0))) sawOld = true;
      else sawNew = true;
      assert.ok(await whole(name, bytes), `${name} is cut short after a kill at ${delay} ms`);
    }
  }
  assert.ok(sawOld || sawNew);
  const finished = run(['build', article, '--out', out]);
  assert.is(finished.code, 0, finished.err);
});

/** Mount a small tmpfs for a test, when this machine allows it (root with CAP_SYS_ADMIN); undefined otherwise. */
function mountTmpfs(size: string): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = temp();
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? dir : undefined;
}

const umount = (dir: string) => spawnSync('umount', [dir]);

test('a real full disk (a small tmpfs) and a real read-only one, where the machine can mount them', () => {
  const disk = mountTmpfs('1m');
  if (!disk) {
    console.log('  (skipped: cannot mount a tmpfs here; the injected faults above still ran)');
    return;
  }
  try {
    const article = join(disk, 'talk.txt');
    copyFileSync(ARTICLES['moon-speech']!, article);
    assert.is(run(['build', article, '--out', disk, '--format', 'html']).code, 0);
    const deck = join(disk, 'talk');
    const old = snapshot(deck);
    // Fill the disk but for a few kilobytes: the next HTML deck (about 380 kB) cannot be written beside the old one.
    const free = () => Number(spawnSync('df', ['--output=avail', '-B1', disk], { encoding: 'utf8' }).stdout.split('\n')[1]);
    writeFileSync(join(disk, 'filler'), Buffer.alloc(Math.max(0, free() - 16 * 1024)));
    const full = run(['build', article, '--out', disk, '--format', 'html', '--force']);
    assert.is(full.code, 1);
    assert.match(full.err, /^deckwright: .*: cannot write it: the disk is full\n$/);
    assert.equal(snapshot(deck), old);
    spawnSync('mount', ['-o', 'remount,ro', disk]);
    const ro = run(['build', article, '--out', disk, '--format', 'html', '--force']);
    assert.is(ro.code, 1);
    assert.match(ro.err, /^deckwright: .*: cannot write it: the disk is read-only\n$/);
    assert.equal(snapshot(deck), old);
  } finally {
    umount(disk);
  }
});

test('a folder the user may not write to is one line (as a user other than root)', () => {
  if (process.getuid?.() === 0) {
    console.log('  (skipped as root, who may write anywhere; the EACCES fault above stands in)');
    return;
  }
  const dir = temp();
  const out = join(dir, 'locked');
  mkdirSync(out);
  chmodSync(out, 0o555);
  const r = run(['build', ARTICLES['moon-speech']!, '--out', out, '--format', 'html']);
  chmodSync(out, 0o755);
  assert.is(r.code, 1);
  assert.match(r.err, /^deckwright: .*: cannot write it: permission denied\n$/);
});

test.run();
