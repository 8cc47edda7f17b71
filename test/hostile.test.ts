/**
 * The bad-input suite through the real command line: every input builds valid decks, or
 * stops with one line naming the file and exit code 1 — never a stack trace, a crash or
 * a hang (each run has a time limit). Decks are checked for what a hostile input could
 * do to them: markup or scripts in the HTML, broken or invalid XML in the PPTX.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { slugOfFile } from '../src/cli/files.js';
import { CLI, temp, type Run } from './helpers/cli.js';
import { schemaErrors } from './helpers/clients.js';
import { HOSTILE_INPUTS, hostileFixtureNames, writeHostile, type HostileInput } from './helpers/hostile.js';
import { Pptx, XSD_DIR } from './helpers/pptx.js';
import { htmlProblems, parseDeck, slideText, XML_FORBIDDEN } from './helpers/safety.js';
import { ROOT } from './helpers/fixtures.js';

/** Far above what any input takes (about 1 s each), far below a hang. */
const TIME_LIMIT_MS = 60_000;

interface Outcome extends Run {
  path: string;
  ms: number;
  timedOut: boolean;
}

function runLimited(args: string[], input?: Uint8Array): Promise<Omit<Outcome, 'path'>> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIME_LIMIT_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, ms: Date.now() - start, timedOut });
    });
  });
}

const dir = temp();
const out = join(dir, 'out');
const outcomes = new Map<string, Outcome>();

test.before(async () => {
  const queue = [...HOSTILE_INPUTS];
  // Two at a time: the machines that run this have two cores.
  const lane = async () => {
    for (let input = queue.shift(); input; input = queue.shift()) {
      const path = await writeHostile(input, dir);
      const run = await runLimited([input.render ? 'render' : 'build', path, '--out', out]);
      outcomes.set(input.name, { ...run, path });
    }
  };
  await Promise.all([lane(), lane()]);
});

const deckDir = (input: HostileInput) => join(out, slugOfFile(input.name));

test('every hand-written hostile fixture is in the suite', () => {
  const used = new Set(HOSTILE_INPUTS.map((i) => i.name));
  for (const name of hostileFixtureNames()) assert.ok(used.has(name), `${name} is in test/fixtures/hostile but not in HOSTILE_INPUTS`);
});

for (const input of HOSTILE_INPUTS) {
  test(`${input.name} (${input.what}): ${input.expect === 'decks' ? 'valid decks' : 'one line, exit 1'}`, async () => {
    const r = outcomes.get(input.name)!;
    assert.not.ok(r.timedOut, `still running after ${TIME_LIMIT_MS / 1000} s`);
    assert.not.match(r.err, /^\s+at .+:\d+:\d+\)?$/m, `a stack trace:\n${r.err}`);
    assert.not.match(r.err, /unexpected error/, r.err);
    if (input.expect !== 'decks') {
      assert.is(r.code, 1, r.err);
      const lines = r.err.trimEnd().split('\n');
      assert.is(lines.length, 1, r.err);
      assert.ok(lines[0]!.startsWith(`deckwright: ${r.path}: `), lines[0]);
      assert.match(lines[0]!, input.expect);
      assert.not.ok(existsSync(deckDir(input)), 'a failed build left a deck folder');
      return;
    }
    assert.is(r.code, 0, r.err);
    const slug = slugOfFile(input.name);
    const html = readFileSync(join(deckDir(input), `${slug}.html`), 'utf8');
    assert.equal(htmlProblems(html), []);
    assert.not.match(html, /__pwned\s*=\s*'[^']*'\s*[;<]|<script>window\.__pwned/, 'a payload is in the deck as markup');
    if (!input.render) assert.not.match(slideText(html), /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/, 'a control character on a slide');
    if (input.rtl) assert.is(parseDeck(html).html?.attribs.dir, 'rtl');
    else assert.is(parseDeck(html).html?.attribs.dir, undefined);
    const pptx = await Pptx.open(readFileSync(join(deckDir(input), `${slug}.pptx`)));
    assert.equal(schemaErrors(pptx, XSD_DIR), []);
    for (const [name, xml] of pptx.parts) assert.not.match(xml, XML_FORBIDDEN, `${name} holds a character XML forbids`);
    const slides = pptx.slides().map((s) => pptx.text(s));
    if (input.rtl) for (const s of slides) assert.match(s, /<a:pPr[^>]* rtl="1"/);
    else for (const s of slides) assert.not.match(s, /rtl="1"/);
  });
}

test('binary bytes on standard input are refused by what they are', async () => {
  const r = await runLimited(['build', '-', '--out', out], readFileSync(join(ROOT, 'test', 'fixtures', 'tide-levels.png')));
  assert.is(r.code, 1);
  assert.is(r.err, 'deckwright: -: is a PNG image, not an article: deckwright reads text, Markdown, HTML and .docx files\n');
});

test('the suite is quick: no input takes more than a few seconds', () => {
  const slow = [...outcomes].filter(([, r]) => r.ms > 20_000).map(([name, r]) => `${name} ${r.ms} ms`);
  assert.equal(slow, []);
  assert.ok(readdirSync(out).length > 0);
});

test.run();
