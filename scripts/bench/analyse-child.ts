/**
 * One size of the analyser benchmark, in a process of its own so that its peak memory is
 * its own: read a generated article of about N words and analyse it (the compiled code
 * in dist/), after a warm-up on a 10,000-word one, so every size is timed with the code as
 * optimised (a first run on a cold process is slower at any size, which would bend the
 * growth exponent); prints JSON {words, ms: [...], sections, rssMb}.
 *
 *   node --import tsx scripts/bench/analyse-child.ts <words> <runs>
 */
import { analyse } from '../../dist/outline/analyse.js';
import { cleanArticle } from '../../dist/read/clean.js';
import { readText } from '../../dist/read/text.js';
import { countWords } from '../../dist/limits.js';
import { generatedArticle } from './articles.js';

const words = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 1);

// The text reader and cleaner, as read() runs them, without read()'s refusal of articles
// past LIMITS.words (50,000): the benchmark times the analyser past the limit too.
const outline = (text: string) => analyse(cleanArticle(readText(text)), { sourceName: 'bench.txt' });

outline(generatedArticle(10_000));
const text = generatedArticle(words);
const ms: number[] = [];
let slides = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  slides = outline(text).sections.length;
  ms.push(performance.now() - t0);
}
process.stdout.write(`${JSON.stringify({ words: countWords(text), ms, sections: slides, rssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
