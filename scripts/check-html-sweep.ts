/**
 * Build the HTML deck of the seed article and of every fixture article in every theme
 * (and slide size) into a temporary folder, run ../shared/tools/check-html.mjs on each
 * and print one line per deck. Exit 1 when any deck fails.
 *
 *   node --import tsx scripts/check-html-sweep.ts [--sizes 16:9,4:3] [--out DIR] [--shots N|all]
 *
 * CHECK_HTML names another checker script.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromArticle } from '../src/build.js';
import type { SlideSize } from '../src/compose/geometry.js';
import { imageLoader } from '../src/cli/paths.js';
import { articlePaths, themeNames } from '../test/helpers/browser.js';
import { ROOT } from '../test/helpers/fixtures.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '16:9' }, out: { type: 'string' }, shots: { type: 'string', default: 'all' } } });
const sizes = values.sizes!.split(',') as SlideSize[];
const out = values.out ?? mkdtempSync(join(tmpdir(), 'check-html-sweep-'));
const checker = process.env.CHECK_HTML ?? join(ROOT, '..', 'shared', 'tools', 'check-html.mjs');

interface Report {
  ok: boolean;
  totalSlides: number | null;
  failures: string[];
  seconds: number;
  consoleErrors: string[];
  pageErrors: string[];
  blockedRequests: string[];
  overflow: { slide: string; issues: { kind: string; what: string }[] }[];
  axe: { violations: { id: string; slides: number[] }[] } | null;
  emptyNotes: string[];
}

function detail(r: Report): string {
  const parts: string[] = [];
  if (r.consoleErrors.length + r.pageErrors.length) parts.push(`errors: ${[...r.consoleErrors, ...r.pageErrors][0]!.slice(0, 80)}`);
  if (r.blockedRequests.length) parts.push(`blocked: ${r.blockedRequests[0]}`);
  for (const o of r.overflow.slice(0, 2)) parts.push(`overflow slide ${o.slide}: ${o.issues[0]?.kind} ${o.issues[0]?.what}`);
  for (const v of r.axe?.violations ?? []) parts.push(`axe ${v.id} on ${v.slides.join(',')}`);
  return parts.join('; ');
}

let failed = 0;
const width = Math.max(...articlePaths().map((p) => basename(p).length));
console.log(`decks and checker reports in ${out}`);
for (const theme of themeNames()) {
  for (const size of sizes) {
    for (const path of articlePaths()) {
      const name = basename(path);
      const dir = join(out, `${theme}-${size.replace(':', 'x')}`, basename(path, extname(path)));
      mkdirSync(dir, { recursive: true });
      const { html } = await buildFromArticle(readFileSync(path), name, { theme, size, formats: ['html'], loadImage: imageLoader(dirname(path), (p) => readFileSync(p)) });
      const deck = join(dir, 'deck.html');
      writeFileSync(deck, html!);
      const run = spawnSync(process.execPath, [checker, deck, '--out', join(dir, 'check'), '--json', '--shots', values.shots!], { cwd: ROOT, encoding: 'utf8' });
      let line: string;
      if (run.status === 2 || !run.stdout) {
        line = `ERROR  ${(run.stderr || 'the checker printed nothing').trim().split('\n')[0]}`;
        failed++;
      } else {
        const r = JSON.parse(run.stdout) as Report;
        if (!r.ok) failed++;
        const notes = r.emptyNotes.length ? `  (${r.emptyNotes.length} slide(s) without notes)` : '';
        line = `${String(r.totalSlides).padStart(3)} slides  ${r.ok ? 'OK  ' : `FAIL ${r.failures.join(', ')}: ${detail(r)}`}  ${r.seconds.toFixed(1)} s${notes}`;
      }
      console.log(`${theme.padEnd(10)} ${size.padEnd(5)} ${name.padEnd(width)}  ${line}  ${relative(out, dir)}`);
    }
  }
}
console.log(failed ? `${failed} deck(s) failed` : 'all decks pass');
process.exitCode = failed ? 1 : 0;
