/**
 * Run the bad-input suite (test/helpers/hostile.ts) through the built command line, and
 * judge every deck it builds with ../shared/tools/check-html.mjs and check-pptx, as a
 * user would see them. One line per input: what it is, what deckwright answered, and
 * each checker's verdict with its first complaint. Decks, screenshots and reports go to
 * a temporary folder (or --out DIR). Exit 1 when an input does not get what the suite
 * expects or a checker fails.
 *
 *   npm run check-hostile [-- --out DIR] [-- --only REGEX]     (builds, then runs this file)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { slugOfFile } from '../src/cli/files.js';
import { CLI } from '../test/helpers/cli.js';
import { ROOT } from '../test/helpers/fixtures.js';
import { HOSTILE_INPUTS, writeHostile } from '../test/helpers/hostile.js';

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const out = values.out ?? mkdtempSync(join(tmpdir(), 'check-hostile-'));
const TOOLS = join(ROOT, '..', 'shared', 'tools');
const inputs = join(out, 'inputs');
mkdirSync(inputs, { recursive: true });

/** The first complaint of a checker's report, on one line: the first detail ("- slide 4: …") and the check it belongs to. */
function firstComplaint(stdout: string, stderr: string): string {
  const lines = `${stdout}\n${stderr}`.split('\n');
  const detail = lines.findIndex((l) => /^\s+- /.test(l));
  if (detail < 0) return (lines.find((l) => /FAIL|ERROR|error/i.test(l)) ?? lines[0] ?? '').trim().slice(0, 220);
  const check = lines.slice(0, detail).reverse().find((l) => !/^\s+- /.test(l)) ?? '';
  return `${check.trim().split(/\s+/)[0]}: ${lines[detail]!.trim().replace(/^- /, '')}`.slice(0, 220);
}

function check(tool: string[], dir: string): string {
  const r = spawnSync(tool[0]!, [...tool.slice(1), '--out', dir], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status === 0) return 'pass';
  return `FAIL (${firstComplaint(r.stdout ?? '', r.stderr ?? '')})`;
}

let failed = 0;
console.log(`decks and checker reports in ${out}`);
for (const input of HOSTILE_INPUTS) {
  if (values.only && !new RegExp(values.only).test(input.name)) continue;
  const path = await writeHostile(input, inputs);
  const start = Date.now();
  const run = spawnSync(process.execPath, [CLI, input.render ? 'render' : 'build', path, '--out', join(out, 'decks')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  const head = `${input.name.padEnd(24)} ${input.what}\n    `;
  if (input.expect !== 'decks') {
    const line = run.stderr.trimEnd();
    const ok = run.status === 1 && !line.includes('\n') && input.expect.test(line);
    if (!ok) failed++;
    console.log(`${head}${ok ? 'refused' : 'UNEXPECTED'} (exit ${run.status}, ${seconds} s): ${line.replace(path, input.name)}`);
    continue;
  }
  if (run.status !== 0) {
    failed++;
    console.log(`${head}UNEXPECTED (exit ${run.status}, ${seconds} s): ${run.stderr.trim()}`);
    continue;
  }
  const slug = slugOfFile(input.name);
  const deck = join(out, 'decks', slug);
  const slides = /(\d+) slides/.exec(run.stdout)?.[1];
  const html = check([process.execPath, join(TOOLS, 'check-html.mjs'), join(deck, `${slug}.html`), '--shots', 'all'], join(deck, 'check-html'));
  const pptx = check([join(TOOLS, 'check-pptx'), join(deck, `${slug}.pptx`)], join(deck, 'check-pptx'));
  if (html !== 'pass' || pptx !== 'pass') failed++;
  const warnings = run.stderr.trim() ? `; ${run.stderr.trim().split('\n').length} warning(s)` : '';
  console.log(`${head}decks, ${slides} slides (${seconds} s${warnings}); check-html ${html}; check-pptx ${pptx}`);
}
console.log(failed ? `${failed} input(s) did not pass` : 'every input got what it should, and every deck passes both checkers');
process.exitCode = failed ? 1 : 0;
