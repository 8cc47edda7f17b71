/**
 * How long the analyser takes on long articles (issue: 5,000 words under 150 ms, 50,000
 * under 2 s), from src/ and at any sizes; `npm run bench` measures the built code. Articles
 * are made from the project's fixture articles (scripts/bench/articles.ts); each size is
 * analysed several times after a warm-up and the median printed.
 *
 *   node --import tsx scripts/bench-analyse.ts [words ...]
 */
import { analyse } from '../src/outline/analyse.js';
import { cleanArticle } from '../src/read/clean.js';
import { readText } from '../src/read/text.js';
import { generatedArticle as article } from './bench/articles.js';
import { median } from './bench/stats.js';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('words    analyse (median ms)   runs');
// The text reader and cleaner as read() runs them, without its refusal of articles past
// the word limit: a generated "50,000-word" article has a few words more.
const outline = (text: string) => analyse(cleanArticle(readText(text)), { sourceName: 'bench.txt' });
for (const words of sizes.length ? sizes : [1000, 5000, 10000, 50000]) {
  const text = article(words);
  const runs = words >= 50000 ? 3 : 7;
  outline(text);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    outline(text);
    times.push(performance.now() - t0);
  }
  console.log(`${String(words).padStart(6)}   ${median(times).toFixed(1).padStart(10)}            ${runs}`);
}
