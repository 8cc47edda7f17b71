/**
 * How fast deckwright is, in one run (issue 9), printed as a table with the machine:
 *
 * 1. A cold command-line build of the example deck (HTML and PPTX), beside pandoc making
 *    a self-contained reveal.js page and a PPTX from the same deck as Markdown; medians
 *    of 11 runs, taken in turn so both see the same load. For context, not targets:
 *    Node's own start, and, where NODE_EXTRA_CA_CERTS is set, the build without it.
 * 2. The analyser (read + analyse) on generated articles of 1k to 200k words: time, peak
 *    memory, and how time grows from 10k to 200k.
 * 3. Building 100 news articles of ../shared/eval/news-dev.jsonl to both formats with
 *    the default concurrency: decks per second.
 *
 *   npm run bench          (builds first; pandoc from Debian's `pandoc` package, else its row is skipped)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutline } from '../../dist/outline/serialize.js';
import { outlineMarkdown, pandocVersion, revealArgs, revealDir } from './pandoc.js';
import { growthExponent, median } from './stats.js';

const root = join(import.meta.dirname, '..', '..');
// The command as a user runs it: the package's bin.
const cli = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.deckwright!);
const seed = join(root, 'decks', 'putin-xi-state-visit', 'putin-xi-state-visit.txt');
const news = join(root, '..', 'shared', 'eval', 'news-dev.jsonl');
const RUNS = 11;
const SIZES = [1_000, 10_000, 50_000, 200_000];

if (!existsSync(cli)) {
  console.error('bench: dist/ is missing: run `npm run build` first (npm run bench does)');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'deckwright-bench-'));

/** Wall-clock milliseconds of a command, which must succeed; `env` replaces the environment. */
function timed(command: string, args: string[], env?: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...(env ? { env } : {}) });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

const rows: string[][] = [];
const targets: [string, boolean][] = [];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * This environment without NODE_EXTRA_CA_CERTS, when it is set: Node 20 then reads every
 * CA certificate before it runs any script (~40 ms a start here), which no build needs.
 */
function withoutExtraCaCerts(): NodeJS.ProcessEnv | undefined {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

function seedBuild(): void {
  const out = join(work, 'seed');
  const args = [cli, 'build', seed, '--out', out, '--force'];
  const build = () => timed(process.execPath, args);
  build(); // warm the disk cache; its outline is the deck pandoc is given
  const version = pandocVersion();
  const times: number[] = [];
  const pandoc: number[] = [];
  // Beside them, in turn: Node's own start, and the build without extra CA certificates.
  const noCa = withoutExtraCaCerts();
  const node: number[] = [];
  const plain: number[] = [];
  const context = () => {
    node.push(timed(process.execPath, ['-e', '0']));
    if (noCa) plain.push(timed(process.execPath, args, noCa));
  };
  if (version) {
    const dir = join(work, 'pandoc');
    mkdirSync(dir);
    const markdown = join(dir, 'deck.md');
    writeFileSync(markdown, outlineMarkdown(parseOutline(readFileSync(join(out, 'putin-xi-state-visit', 'outline.yaml'), 'utf8'), 'yaml')));
    const html = revealArgs(version, markdown, join(dir, 'deck.html'), revealDir(dir));
    const pptx = [markdown, '-o', join(dir, 'deck.pptx')];
    timed('pandoc', html);
    timed('pandoc', pptx);
    for (let i = 0; i < RUNS; i++) {
      times.push(build());
      pandoc.push(timed('pandoc', html) + timed('pandoc', pptx));
      context();
    }
  } else {
    for (let i = 0; i < RUNS; i++) {
      times.push(build());
      context();
    }
  }
  const ours = median(times);
  rows.push([`Seed deck, cold CLI build (HTML + PPTX), median of ${RUNS}`, s(ours)]);
  if (version) {
    const theirs = median(pandoc);
    rows.push([`pandoc ${version}: reveal.js self-contained HTML + PPTX from the same outline, median of ${RUNS}`, s(theirs)]);
    rows.push(['Ratio deckwright / pandoc (target ≤ 0.50)', (ours / theirs).toFixed(2)]);
    targets.push(['seed build at most half of pandoc', ours / theirs <= 0.5]);
  } else rows.push(['pandoc', 'not installed: row skipped (apt-get install pandoc)']);
  rows.push([`Node's own start (node -e 0), the floor of any Node command, median of ${RUNS}`, s(median(node))]);
  if (noCa) {
    const ratio = version ? ` (ratio ${(median(plain) / median(pandoc)).toFixed(2)})` : '';
    rows.push([`Seed build with NODE_EXTRA_CA_CERTS unset (set here: Node 20 reads every CA certificate at start), median of ${RUNS}`, `${s(median(plain))}${ratio}`]);
  }
}

function analyser(): void {
  const results = SIZES.map((words) => {
    const runs = words >= 200_000 ? 1 : 3;
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'analyse-child.ts'), String(words), String(runs)], { encoding: 'utf8', cwd: root });
    const r = JSON.parse(out) as { words: number; ms: number[]; rssMb: number };
    return { ...r, median: median(r.ms), runs };
  });
  for (const r of results) rows.push([`Analyse ${r.words.toLocaleString('en')} words (read + analyse, median of ${r.runs}; peak RSS)`, `${s(r.median)}, ${Math.round(r.rssMb)} MB`]);
  const at = (w: number) => results[SIZES.indexOf(w)]!;
  const k = growthExponent(at(10_000).words, at(10_000).median, at(200_000).words, at(200_000).median);
  rows.push(['Growth exponent of analyse time, 10k → 200k words (target ≤ 1.2)', k.toFixed(2)]);
  targets.push(['50k words analysed in ≤ 2 s', at(50_000).median <= 2000], ['growth exponent ≤ 1.2', k <= 1.2], ['peak RSS ≤ 300 MB at 50k words', at(50_000).rssMb <= 300]);
}

function batch(): void {
  if (!existsSync(news)) {
    rows.push(['Batch of 100 news articles', `skipped: ${news} is missing`]);
    return;
  }
  const dir = join(work, 'news');
  mkdirSync(dir);
  const items = readFileSync(news, 'utf8').split('\n').filter(Boolean).slice(0, 100).map((l) => JSON.parse(l) as { id: string; article: string });
  for (const item of items) writeFileSync(join(dir, `${item.id}.txt`), item.article);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push(timed(process.execPath, [cli, 'build', dir, '--out', join(work, `news-out-${i}`), '--json']));
  const rate = (items.length * 1000) / median(times);
  rows.push([`Batch: ${items.length} news articles to HTML + PPTX, default --jobs, median of 3`, `${s(median(times))}, ${rate.toFixed(1)} decks/s`]);
  targets.push(['at least 10 decks per second in the batch', rate >= 10]);
}

function machine(): string {
  const cpu = cpus();
  const pandoc = pandocVersion();
  return [
    `CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores; Node ${process.version}; pandoc ${pandoc ?? 'not installed'}`,
    `Load average (1, 5, 15 min) at the start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`,
  ].join('\n');
}

try {
  const header = machine();
  seedBuild();
  analyser();
  batch();
  const width = Math.max(...rows.map((r) => r[0]!.length));
  const valueWidth = Math.max(...rows.map((r) => r[1]!.length));
  console.log(header);
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
  console.log(`| ${'Measure'.padEnd(width)} | ${'Result'.padEnd(valueWidth)} |`);
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} |`);
  for (const [what, value] of rows) console.log(`| ${what!.padEnd(width)} | ${value!.padEnd(valueWidth)} |`);
  console.log('');
  for (const [what, met] of targets) console.log(`${met ? 'met    ' : 'MISSED '} ${what}`);
  process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
