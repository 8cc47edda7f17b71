/**
 * The fitting sweep: build the decks of the seed, every fixture, the first 20 articles of
 * ../shared/eval/news-dev.jsonl and the first 10 papers of ../shared/eval/sciduet-dev.jsonl
 * in every theme and both slide sizes, into a temporary folder, and count what an
 * audience would see go wrong:
 *
 *   - slides overflowing in the HTML deck (the composer's own measure, and check-html.mjs in Chromium);
 *   - words outside their shapes in the PPTX as LibreOffice renders it (check-pptx);
 *   - contrast failures (the theme's colour pairs, and axe-core's color-contrast in check-html.mjs).
 *
 * All three totals should be 0; the exit code is 1 when one is not.
 *
 *   node --import tsx scripts/sweep.ts [--themes a,b] [--sizes 16:9,4:3] [--limit N]
 *        [--news N] [--papers N] [--jobs 1|2] [--shots N|all] [--out DIR] [--order papers-first]
 *
 * --limit keeps the first N inputs (after the seed and fixtures); at most two checkers
 * run at once, since LibreOffice and Chromium each want a core.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromArticle, buildFromOutline, type BuildResult, type BuildOptions } from '../src/build.js';
import type { SlideSize } from '../src/compose/geometry.js';
import { overfullSlides } from '../src/compose/verify.js';
import { imageLoader } from '../src/cli/paths.js';
import { parseOutline } from '../src/outline/serialize.js';
import { contrastFailures } from '../src/theme/contrast.js';
import { loadTheme, THEMES_DIR } from '../src/theme/theme.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SHARED = join(ROOT, '..', 'shared');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const CHECK_HTML = join(SHARED, 'tools', 'check-html.mjs');
const CHECK_PPTX = join(SHARED, 'tools', 'check-pptx');

const { values } = parseArgs({
  options: {
    themes: { type: 'string' },
    sizes: { type: 'string', default: '16:9,4:3' },
    limit: { type: 'string' },
    news: { type: 'string', default: '20' },
    papers: { type: 'string', default: '10' },
    jobs: { type: 'string', default: '2' },
    shots: { type: 'string', default: '0' },
    out: { type: 'string' },
    order: { type: 'string', default: 'inputs' },
  },
});

const allThemes = readdirSync(THEMES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const themes = values.themes ? values.themes.split(',') : allThemes;
const sizes = values.sizes!.split(',') as SlideSize[];
const jobs = Math.max(1, Math.min(2, Number(values.jobs)));
for (const t of themes) if (!allThemes.includes(t)) usage(`no theme named ${t} (built-in: ${allThemes.join(', ')})`);
for (const s of sizes) if (s !== '16:9' && s !== '4:3') usage(`--sizes takes 16:9 and 4:3, not ${s}`);
for (const tool of [CHECK_HTML, CHECK_PPTX]) if (!existsSync(tool)) usage(`${tool} not found: the sweep needs ../shared beside the project`);
const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'deckwright-sweep-')));
if (out === ROOT || out.startsWith(`${ROOT}/`)) usage('--out must be outside the repository');

function usage(message: string): never {
  console.error(`sweep: ${message}`);
  process.exit(2);
}

interface Input {
  name: string;
  build: (options: BuildOptions) => Promise<BuildResult>;
}

function article(path: string): Input {
  const name = basename(path);
  return { name: name.replace(/\.[^.]+$/, ''), build: (o) => buildFromArticle(readFileSync(path), name, { ...o, loadImage: imageLoader(dirname(path), (p) => readFileSync(p)) }) };
}

function outlineFile(path: string): Input {
  return { name: basename(path).replace(/\.outline\.ya?ml$/, ''), build: (o) => buildFromOutline(parseOutline(readFileSync(path, 'utf8'), 'yaml'), { ...o, loadImage: imageLoader(dirname(path), (p) => readFileSync(p)) }) };
}

function jsonl(file: string, count: number, field: string): string[] {
  const lines = readFileSync(join(SHARED, 'eval', file), 'utf8').split('\n').filter(Boolean).slice(0, count);
  return lines.map((line) => String((JSON.parse(line) as Record<string, unknown>)[field] ?? ''));
}

const fixtures: Input[] = [
  article(join(ROOT, 'decks', 'putin-xi-state-visit', 'putin-xi-state-visit.txt')),
  ...readdirSync(FIXTURES).filter((f) => /\.(txt|md|html?)$/.test(f)).sort().map((f) => article(join(FIXTURES, f))),
  ...['rain-gardens.docx', 'tool-library.html', 'winter-cycling.txt'].map((f) => article(join(FIXTURES, 'inputs', f))),
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.outline.yaml')).sort().map((f) => outlineFile(join(FIXTURES, f))),
];
const evalInputs: Input[] = [
  ...jsonl('news-dev.jsonl', Number(values.news), 'article').map((text, i) => ({ name: `news-${i + 1}`, build: (o: BuildOptions) => buildFromArticle(Buffer.from(text), `news-${i + 1}.txt`, o) })),
  ...jsonl('sciduet-dev.jsonl', Number(values.papers), 'document').map((text, i) => ({ name: `paper-${i + 1}`, build: (o: BuildOptions) => buildFromArticle(Buffer.from(text), `paper-${i + 1}.md`, o) })),
];
const inputs = [...fixtures, ...evalInputs].slice(0, values.limit ? Number(values.limit) : undefined);
// The longest documents first: they are the hardest to fit.
if (values.order === 'papers-first') inputs.sort((a, b) => Number(b.name.startsWith('paper-')) - Number(a.name.startsWith('paper-')));

/** Run a checker with at most `jobs` running at once; resolve with its JSON report. */
let running = 0;
const waiting: (() => void)[] = [];
async function checker(command: string, args: string[]): Promise<Record<string, unknown> | undefined> {
  if (running >= jobs) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await new Promise((done) => {
      const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', () => {
        try {
          done(JSON.parse(stdout) as Record<string, unknown>);
        } catch {
          done(undefined);
        }
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

interface HtmlReport {
  overflow: { slide: string; issues: { kind: string; what: string }[] }[];
  axe: { violations: { id: string; slides: number[] }[] } | null;
  failures: string[];
}

interface PptxSlide {
  slide: number;
  words_outside_text_shapes: number;
  words_outside_page: number;
  missing_chars: number;
  autofit_off?: { words_outside_text_shapes: number; words_outside_page: number; missing_chars: number };
}

interface PptxReport {
  checks: Record<string, { status: string; issues: string[]; slides?: PptxSlide[] }>;
}

interface Result {
  label: string;
  slides: number;
  /** The composer's own measure: slides whose text needs more room than its box. */
  overfull: number;
  htmlOverflow: number;
  htmlContrast: number;
  pptxOutside: number;
  pptxMissing: number;
  /** Checks of either checker that failed or did not run. */
  failed: string[];
  notes: string[];
}

const totals = { decks: 0, slides: 0, overfull: 0, htmlOverflow: 0, pptxOutside: 0, pptxMissing: 0, contrast: 0, failedChecks: 0 };
const themeContrast = new Map<string, string[]>();
for (const t of themes) themeContrast.set(t, contrastFailures(loadTheme(t)));

async function checkDeck(input: Input, theme: string, size: SlideSize, index: number, count: number): Promise<void> {
  const label = `${theme} ${size} ${input.name}`;
  const dir = join(out, `${theme}-${size.replace(':', 'x')}`, input.name);
  mkdirSync(dir, { recursive: true });
  let result: BuildResult;
  try {
    result = await input.build({ theme, size });
  } catch (e) {
    console.log(`[${index}/${count}] ${label}: BUILD FAILED ${(e as Error).message.split('\n')[0]}`);
    totals.failedChecks++;
    return;
  }
  const html = join(dir, 'deck.html');
  const pptx = join(dir, 'deck.pptx');
  writeFileSync(html, result.html!);
  writeFileSync(pptx, result.pptx!);
  const overfull = overfullSlides(result.deck);
  const [h, p] = (await Promise.all([
    checker(process.execPath, [CHECK_HTML, html, '--out', join(dir, 'html'), '--json', '--shots', values.shots!]),
    checker(CHECK_PPTX, [pptx, '--out', join(dir, 'pptx'), '--json']),
  ])) as [HtmlReport | undefined, PptxReport | undefined];
  const r: Result = { label, slides: result.deck.slides.length, overfull: overfull.length, htmlOverflow: 0, htmlContrast: 0, pptxOutside: 0, pptxMissing: 0, failed: [], notes: [] };
  if (!h) r.failed.push('check-html did not report');
  else {
    r.htmlOverflow = h.overflow.length;
    r.htmlContrast = (h.axe?.violations ?? []).filter((v) => v.id.startsWith('color-contrast')).reduce((n, v) => n + v.slides.length, 0);
    r.failed.push(...h.failures.map((f) => `html ${f}`));
    for (const o of h.overflow.slice(0, 3)) r.notes.push(`html slide ${o.slide}: ${o.issues[0]?.kind} ${o.issues[0]?.what ?? ''}`.trim());
    for (const v of h.axe?.violations ?? []) r.notes.push(`axe ${v.id} on slides ${v.slides.join(',')}`);
  }
  if (!p) r.failed.push('check-pptx did not report');
  else {
    for (const s of p.checks.overflow?.slides ?? []) {
      const off = s.autofit_off;
      const outside = Math.max(s.words_outside_text_shapes + s.words_outside_page, off ? off.words_outside_text_shapes + off.words_outside_page : 0);
      r.pptxOutside += outside;
      r.pptxMissing += Math.max(s.missing_chars, off?.missing_chars ?? 0);
      if (outside) r.notes.push(`pptx slide ${s.slide}: ${outside} word(s) outside their shape`);
    }
    for (const [name, c] of Object.entries(p.checks)) {
      if (c.status !== 'pass') {
        r.failed.push(`pptx ${name}`);
        for (const issue of c.issues.slice(0, 2)) r.notes.push(`pptx ${name}: ${issue}`);
      }
    }
  }
  for (const o of overfull.slice(0, 3)) r.notes.push(`measured slide ${o.slide}: ${o.what}`);
  totals.decks++;
  totals.slides += r.slides;
  totals.overfull += r.overfull;
  totals.htmlOverflow += r.htmlOverflow;
  totals.pptxOutside += r.pptxOutside;
  totals.pptxMissing += r.pptxMissing;
  totals.contrast += r.htmlContrast;
  totals.failedChecks += r.failed.length;
  const bad = r.overfull + r.htmlOverflow + r.pptxOutside + r.pptxMissing + r.htmlContrast + r.failed.length > 0;
  const counts = `${String(r.slides).padStart(3)} slides  measured ${r.overfull}  html overflow ${r.htmlOverflow}  pptx outside ${r.pptxOutside}  contrast ${r.htmlContrast}`;
  console.log(`[${index}/${count}] ${bad ? 'FAIL' : 'ok  '} ${label.padEnd(40)} ${counts}${r.failed.length ? `  failed: ${r.failed.join(', ')}` : ''}`);
  for (const n of bad ? r.notes.slice(0, 6) : []) console.log(`        ${n}`);
}

const started = Date.now();
console.log(`sweep: ${inputs.length} inputs × ${themes.length} theme(s) × ${sizes.length} size(s); decks and reports in ${out}`);
for (const failures of themeContrast.values()) for (const f of failures) console.log(`contrast: ${f}`);
// Input by input, every theme and size of one before the next, so that a run cut short still covers them all.
const work = inputs.flatMap((input) => themes.flatMap((theme) => sizes.map((size) => ({ input, theme, size }))));
// Two decks in flight keep both checker slots busy while the next deck builds.
let next = 0;
async function worker(): Promise<void> {
  while (next < work.length) {
    const k = next++;
    const { input, theme, size } = work[k]!;
    await checkDeck(input, theme, size, k + 1, work.length);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
const contrast = totals.contrast + [...themeContrast.values()].reduce((n, f) => n + f.length, 0);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log('');
console.log(`${totals.decks} decks, ${totals.slides} slides, ${minutes} min`);
console.log(`slides overflowing in HTML:          ${totals.htmlOverflow} (check-html.mjs in Chromium); ${totals.overfull} by the composer's own measure`);
console.log(`words outside their shapes in PPTX:  ${totals.pptxOutside} (check-pptx, LibreOffice); ${totals.pptxMissing} character(s) missing from the render`);
console.log(`contrast failures:                   ${contrast} (${totals.contrast} slide(s) by axe-core, ${contrast - totals.contrast} theme colour pair(s) below 4.5:1)`);
console.log(`checks that failed or did not run:   ${totals.failedChecks}`);
const clean = totals.htmlOverflow + totals.overfull + totals.pptxOutside + totals.pptxMissing + contrast + totals.failedChecks === 0;
process.exit(clean ? 0 : 1);
