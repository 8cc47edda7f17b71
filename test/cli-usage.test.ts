import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, SEED } from './helpers/fixtures.js';
import { CLI, run, temp } from './helpers/cli.js';

const COMMANDS = ['build', 'outline', 'render', 'init', 'serve', 'themes'];
const HINT = 'run `deckwright --help` for usage\n';

test('bad usage: one line saying what is wrong, the hint, exit 2, nothing on standard output', () => {
  const cases: [string[], RegExp][] = [
    [[], /^name a command: build, outline, render, serve, init or themes$/],
    [['frob'], /^unknown command 'frob'$/],
    [['buld', SEED], /^unknown command 'buld' \(Did you mean build\?\)$/],
    [['build', SEED, '--jsn'], /^unknown option '--jsn' \(Did you mean --json\?\)$/],
    [['-x'], /^unknown option '-x'$/],
    [['build'], /^missing required argument 'articles'$/],
    [['outline'], /^missing required argument 'article'$/],
    [['outline', SEED, 'extra'], /^too many arguments for 'outline'\. Expected 1 argument but got 2\.$/],
    [['themes', 'extra'], /^too many arguments for 'themes'/],
    [['init', 'a', 'b'], /^too many arguments for 'init'/],
    [['build', SEED, '--from', 'pdf'], /^option '--from <format>' argument 'pdf' is invalid\. Allowed choices are text, markdown, html, docx\.$/],
    [['build', SEED, '--timeout', 'soon'], /^option '--timeout <seconds>' argument 'soon' is invalid\. Give a number\.$/],
    [['build', SEED, '--jobs', ''], /^option '--jobs <n>' argument '' is invalid\. Give a number\.$/],
    [['serve', SEED, '--port', 'http'], /^option '--port <port>' argument 'http' is invalid\. Give a number\.$/],
    [['build', SEED, '--out'], /^option '--out <folder>' argument missing$/],
    [['build', SEED, '--jobs', '0'], /^--jobs: 0 is not a whole number from 1 to 16$/],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.is(r.out, '', args.join(' '));
    const lines = r.err.split('\n');
    assert.is(lines.length, 3, `${args.join(' ')}: ${r.err}`);
    assert.match(lines[0]!, /^deckwright: /);
    assert.match(lines[0]!.slice('deckwright: '.length), message, args.join(' '));
    assert.ok(r.err.endsWith(HINT), args.join(' '));
  }
});

test('--help, -h and `help`: the usage on standard output, exit 0, for deckwright and each command', () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    const r = run(args);
    assert.is(r.code, 0, r.err);
    assert.is(r.err, '');
    assert.match(r.out, /^Usage: deckwright <command> \[options\]\n/);
    for (const command of COMMANDS) assert.match(r.out, new RegExp(`^  ${command} `, 'm'), command);
  }
  for (const command of COMMANDS) {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const r = run(args);
      assert.is(r.code, 0, `${args.join(' ')}: ${r.err}`);
      assert.is(r.err, '');
      assert.match(r.out, new RegExp(`^Usage: deckwright ${command} `), args.join(' '));
    }
  }
});

test('the help states the built-in defaults the config file can change, and fits 80 columns', () => {
  const r = run(['build', '--help']);
  for (const line of ['--out <folder> .* \\(default: decks\\)', '--format <list> .*\\n\\s+\\(default: html,pptx\\)', '--size <ratio> .*\\(default: 16:9\\)', '--jobs <n> .*\\(default: 4\\)', '--from <format> [^]*\\(choices: "text", "markdown",\\s+"html", "docx"\\)', '<articles\\.\\.\\.>']) {
    assert.match(r.out, new RegExp(line), line);
  }
  for (const args of [['--help'], ...COMMANDS.map((c) => [c, '--help'])]) {
    for (const line of run(args).out.split('\n')) assert.ok(line.length <= 80, `${args.join(' ')}: ${line}`);
  }
});

test('"-" is standard input, also among other articles', () => {
  const out = temp();
  const r = run(['build', ARTICLES['moon-speech']!, '-', '--out', out, '--format', 'html', '--json'], { input: readFileSync(ARTICLES['urban-heat']!) });
  assert.is(r.code, 0, r.err);
  const summary = JSON.parse(r.out) as { built: { input: string }[] };
  assert.equal(summary.built.map((b) => b.input).sort(), ['-', ARTICLES['moon-speech']!].sort());
});

test('nothing written is lost when deckwright exits: a pipe read slowly gets all of a long outline', () => {
  const work = temp();
  const article = join(work, 'long.txt');
  // Some 10,000 words, so the JSON outline is well over a pipe's 64 KiB.
  writeFileSync(article, Array.from({ length: 4 }, () => Object.values(ARTICLES).map((a) => readFileSync(a, 'utf8')).join('\n\n')).join('\n\n'));
  const whole = run(['outline', article, '--json']);
  assert.is(whole.code, 0, whole.err);
  assert.ok(whole.out.length > 128 * 1024, `only ${whole.out.length} characters: make the article longer`);
  const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" outline "${article}" --json | (sleep 0.5; cat)`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.is(piped.stdout.length, whole.out.length);
  assert.is(piped.stdout, whole.out);
});

test.run();
