/**
 * How long the analyser takes on long articles (issue: 5,000 words under 150 ms, 50,000
 * under 2 s). Articles are made by joining the project's fixture articles, paragraph by
 * paragraph, until they reach the length; each size is analysed several times after a
 * warm-up and the median printed.
 *
 *   node --import tsx scripts/bench-analyse.ts [words ...]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/outline/analyse.js';
import { readArticle } from '../src/read/read.js';

const root = join(import.meta.dirname, '..');
const sources = ['test/fixtures/urban-heat.txt', 'test/fixtures/moon-speech.txt', 'decks/putin-xi-state-visit/putin-xi-state-visit.txt'].map((f) => readFileSync(join(root, f), 'utf8'));
const paragraphs = sources.flatMap((s) => s.split(/\n+/).filter((p) => p.split(/\s+/).length > 12));

/** An article of about `words` words: the fixtures' paragraphs over and over, numbered so no two are the same. */
export function article(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = `${paragraphs[i % paragraphs.length]!} (${i + 1})`;
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('words    analyse (median ms)   runs');
for (const words of sizes.length ? sizes : [1000, 5000, 10000, 50000]) {
  const bytes = Buffer.from(article(words));
  const runs = words >= 50000 ? 3 : 7;
  analyse(readArticle(bytes, 'bench.txt'), { sourceName: 'bench.txt' });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    analyse(readArticle(bytes, 'bench.txt'), { sourceName: 'bench.txt' });
    times.push(performance.now() - t0);
  }
  console.log(`${String(words).padStart(6)}   ${median(times).toFixed(1).padStart(10)}            ${runs}`);
}
