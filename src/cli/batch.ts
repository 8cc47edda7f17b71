import { relative } from 'node:path';
import type { ArticleFormat } from '../read/read.js';
import { buildOne, deckOptions, type BuildReport } from './commands/build.js';
import { describeError } from './errors.js';
import { expandInputs } from './inputs.js';
import { progressOn } from './progress.js';
import type { Settings } from './settings.js';
import { labelOf, readStdin, slugOf, type InputSpec } from './source.js';
import { stderr } from './stderr.js';

/**
 * deckwright build over many articles: expand the names, build a few at a time, report
 * each as it finishes and sum up at the end. One article's failure is its own: the others
 * are still built, and the run exits 1.
 */

export interface BatchArgs {
  articles: string[];
  settings: Settings;
  from?: ArticleFormat;
  title?: string;
  force?: boolean;
  json?: boolean;
}

export interface Failure {
  input: string;
  error: string;
}

export interface Summary {
  out: string;
  built: BuildReport[];
  failed: Failure[];
}

/** A path as the user would type it from the working folder. */
export function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Run `task` over `items`, at most `jobs` at once, keeping the results in order. */
async function pool<T, R>(items: T[], jobs: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, lane));
  return results;
}

/** Distinct deck folders for inputs whose names clash (a/intro.md and b/intro.md): intro, intro-2, … */
function uniqueSlugs(specs: InputSpec[]): string[] {
  const seen = new Map<string, number>();
  return specs.map((spec) => {
    const slug = slugOf(spec);
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}

function describe(r: BuildReport): string {
  return `built ${show(r.dir)}/ (${r.slides} slides) from ${show(r.input)}`;
}

export async function buildMany(args: BatchArgs): Promise<Summary> {
  const deck = deckOptions(args.settings);
  const { inputs, missing } = await expandInputs(args.articles, () => readStdin(args.settings.maxBytes));
  const slugs = uniqueSlugs(inputs);
  const total = inputs.length + missing.length;
  // One article needs no progress bar; --json keeps standard error quiet for programs.
  const progress = args.json || total === 1 ? { done() {}, end() {} } : progressOn(stderr(), total);
  const failed: Failure[] = missing.map((m) => ({ input: m.label, error: m.error }));
  for (const f of failed) progress.done(`failed: ${f.error}`);
  // One thread: builds overlap while others wait for the network or the disk. Worker threads
  // were measured and lost twice: first on loading the pipeline (~1.5 s each), then, with the
  // bundled command line, on a shared 2-core machine (100 articles: 10.6-12.0 s with two
  // workers, 8.6-12.1 s without, and 30% more CPU time).
  const outcomes = await pool(inputs, args.settings.jobs, async (spec): Promise<BuildReport | Failure> => {
    const slug = slugs[inputs.indexOf(spec)]!;
    try {
      const report = await buildOne({
        spec,
        slug,
        deck,
        settings: args.settings,
        ...(args.from ? { from: args.from } : {}),
        ...(args.title ? { title: args.title } : {}),
        ...(args.force ? { force: true } : {}),
      });
      if (slug !== slugOf(spec)) report.warnings.unshift(`another input is also named ${slugOf(spec)}, so this deck is in ${show(report.dir)}/`);
      progress.done(describe(report));
      return report;
    } catch (e) {
      if (process.env.DECKWRIGHT_DEBUG && e instanceof Error) stderr().write(`${e.stack}\n`);
      const failure = { input: labelOf(spec), error: describeError(e) };
      progress.done(`failed: ${failure.error}`);
      return failure;
    }
  });
  progress.end();
  const built = outcomes.filter((o): o is BuildReport => 'dir' in o);
  failed.push(...outcomes.filter((o): o is Failure => 'error' in o));
  return { out: args.settings.out, built, failed };
}

/** The end of a run for a person: each deck, each failure, and where the decks are. */
export function summaryText(s: Summary): string {
  const lines: string[] = [];
  for (const r of s.built) {
    lines.push(describe(r));
    if (r.keptOutline) lines.push(`  kept your edited ${show(`${r.dir}/outline.yaml`)} (build with --force to replace it with a new outline)`);
    for (const w of r.warnings) lines.push(`  warning: ${w}`);
  }
  for (const f of s.failed) lines.push(`failed: ${f.error}`);
  const decks = (n: number) => `${n} deck${n === 1 ? '' : 's'}`;
  lines.push(`${decks(s.built.length)} built in ${show(s.out)}/, ${s.failed.length} failed`);
  return `${lines.join('\n')}\n`;
}

/** The same for programs (--json). */
export function summaryJson(s: Summary): string {
  return `${JSON.stringify(
    {
      out: show(s.out),
      built: s.built.map((r) => ({ input: r.input, dir: show(r.dir), files: r.written.map(show), slides: r.slides, keptOutline: r.keptOutline, warnings: r.warnings })),
      failed: s.failed,
    },
    null,
    2,
  )}\n`;
}
