/**
 * Build the PPTX of many inputs and judge each with ../shared/tools/check-pptx: the seed,
 * the test fixtures, the first 10 articles of ../shared/eval/news-dev.jsonl and the first
 * 5 papers of ../shared/eval/sciduet-dev.jsonl. Each input is built twice, and the two
 * packages must be the same bytes. Decks and reports go to a temporary folder (or
 * --out DIR), never into the repository. One line per deck, then a total; exit 1 when
 * a check fails or a rebuild differs.
 *
 *   node --import tsx scripts/check-pptx-sweep.ts [--out DIR] [--news N] [--papers N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromArticle, buildFromOutline, type BuildResult } from '../src/build.js';
import { parseOutline } from '../src/outline/serialize.js';
import { ARTICLES, ROOT } from '../test/helpers/fixtures.js';
import { FORMATTING_OUTLINE, TIDES } from '../test/helpers/pptx.js';

const CHECKS = ['package', 'schema', 'outline', 'render', 'overflow'] as const;
const SHARED = join(ROOT, '..', 'shared');
const CHECK_PPTX = join(SHARED, 'tools', 'check-pptx');

interface Input {
  name: string;
  build: () => Promise<BuildResult>;
}

const { values } = parseArgs({ options: { out: { type: 'string' }, news: { type: 'string', default: '10' }, papers: { type: 'string', default: '5' } } });
const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'deckwright-sweep-')));
if (out === ROOT || out.startsWith(`${ROOT}/`)) {
  console.error('check-pptx-sweep: --out must be outside the repository');
  process.exit(2);
}
if (!existsSync(CHECK_PPTX)) {
  console.error(`check-pptx-sweep: ${CHECK_PPTX} not found: the sweep needs ../shared beside the project`);
  process.exit(2);
}

/** Images next to an article, as `deckwright build` loads them. */
const besides = (file: string) => (src: string) => {
  const base = resolve(dirname(file));
  const path = resolve(base, src);
  return path.startsWith(base + sep) && existsSync(path) ? readFileSync(path) : undefined;
};

function jsonl(file: string, count: number, field: string): string[] {
  const lines = readFileSync(join(SHARED, 'eval', file), 'utf8').split('\n').filter(Boolean).slice(0, count);
  return lines.map((line) => String((JSON.parse(line) as Record<string, unknown>)[field] ?? ''));
}

const inputs: Input[] = [
  ...Object.entries(ARTICLES).map(([name, file]) => ({ name, build: () => buildFromArticle(readFileSync(file), basename(file), { loadImage: besides(file) }) })),
  { name: 'tides', build: () => buildFromArticle(readFileSync(TIDES), basename(TIDES), { loadImage: besides(TIDES) }) },
  { name: 'formatting', build: () => buildFromOutline(parseOutline(readFileSync(FORMATTING_OUTLINE, 'utf8'), 'yaml')) },
  ...jsonl('news-dev.jsonl', Number(values.news), 'article').map((text, i) => ({ name: `news-${i + 1}`, build: () => buildFromArticle(Buffer.from(text), `news-${i + 1}.txt`) })),
  ...jsonl('sciduet-dev.jsonl', Number(values.papers), 'document').map((text, i) => ({ name: `paper-${i + 1}`, build: () => buildFromArticle(Buffer.from(text), `paper-${i + 1}.md`) })),
];

interface Report {
  checks: Record<string, { status: string; issues: string[] }>;
  slides: number;
  seconds: number;
}

let passed = 0;
let same = 0;
const width = Math.max(...inputs.map((i) => i.name.length));
for (const input of inputs) {
  const dir = join(out, input.name);
  mkdirSync(dir, { recursive: true });
  let first: BuildResult;
  let second: BuildResult;
  try {
    [first, second] = [await input.build(), await input.build()];
  } catch (e) {
    console.log(`${input.name.padEnd(width)}  build failed: ${(e as Error).message.split('\n')[0]}`);
    continue;
  }
  const identical = Buffer.from(first.pptx!).equals(Buffer.from(second.pptx!));
  const file = join(dir, `${input.name}.pptx`);
  writeFileSync(file, first.pptx!);
  const run = spawnSync(CHECK_PPTX, [file, '--out', join(dir, 'check'), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report: Report | undefined;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    report = undefined;
  }
  const statuses = CHECKS.map((c) => `${c} ${report?.checks[c]?.status ?? 'error'}`);
  const ok = run.status === 0 && CHECKS.every((c) => report?.checks[c]?.status === 'pass');
  if (ok) passed++;
  if (identical) same++;
  const warnings = first.warnings.length ? `  ${first.warnings.length} warning(s)` : '';
  console.log(`${input.name.padEnd(width)}  ${String(report?.slides ?? '?').padStart(2)} slides  ${statuses.join('  ')}  ${identical ? 'same bytes' : 'REBUILD DIFFERS'}${warnings}  (${report?.seconds ?? '?'} s)`);
  for (const c of CHECKS) for (const issue of (report?.checks[c]?.status === 'pass' ? [] : (report?.checks[c]?.issues ?? [])).slice(0, 3)) console.log(`${' '.repeat(width)}    ${c}: ${issue}`);
  if (!report) console.log(`${' '.repeat(width)}    check-pptx: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
}
console.log(`${inputs.length} decks: ${passed} pass every check, ${same} rebuild to the same bytes; decks and reports in ${out}`);
process.exit(passed === inputs.length && same === inputs.length ? 0 : 1);
