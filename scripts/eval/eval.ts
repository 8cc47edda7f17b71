/**
 * Outline quality on the development data in ../shared/eval (read at run time only).
 *
 *   npm run eval -- ../shared/eval/news-dev.jsonl
 *   npm run eval -- ../shared/eval/sciduet-dev.jsonl [--limit N] [--half 1|2]
 *
 * news: the outline's takeaways (one per line) against the human highlights, beside
 * LEAD-3. sciduet: the deck's text (title, section headings and bullets, one per line)
 * against the authors' slide text, beside "each section's heading and its first two
 * sentences". Prints ROUGE-1/2/Lsum F1 ×100, bullet lengths, heading uniqueness and
 * provenance. `--half 1` takes rows 0, 2, 4 … (counting from zero) and `--half 2` rows 1, 3, 5 …: fit a
 * setting on one half, keep it only if it also helps the other.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyse } from '../../src/outline/analyse.js';
import type { Outline, Point } from '../../src/outline/outline.js';
import { wordCount } from '../../src/outline/prepare.js';
import { isTraceable } from '../../src/outline/provenance.js';
import { readArticle } from '../../src/read/read-article.js';
import { cleanHeading } from '../../src/outline/sections.js';
import { rouge, type RougeScores } from './rouge.js';

interface NewsItem {
  id: string;
  article: string;
  reference: string;
}

interface PaperItem {
  id: string;
  title: string;
  document: string;
  slides: { title: string; bullets: string[] }[];
}

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1) && (halfAt < 0 || i !== halfAt + 1));
const file = positional[0];
if (!file || positional.length !== 1 || (half !== undefined && half !== '1' && half !== '2')) {
  console.error('usage: npm run eval -- <news-dev.jsonl|sciduet-dev.jsonl> [--limit N] [--half 1|2]');
  process.exit(2);
}
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .filter((_, i) => half === undefined || i % 2 === Number(half) - 1)
  .slice(0, limit)
  .map((l) => JSON.parse(l) as Record<string, unknown>);
const isPapers = rows.length > 0 && 'document' in rows[0]!;

const allPoints = (ps: readonly Point[]): Point[] => ps.flatMap((p) => [p, ...allPoints(p.points ?? [])]);

class Mean {
  private sums: RougeScores = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  private n = 0;
  add(s: RougeScores): void {
    this.sums.rouge1 += s.rouge1;
    this.sums.rouge2 += s.rouge2;
    this.sums.rougeLsum += s.rougeLsum;
    this.n++;
  }
  row(name: string): string {
    const f = (v: number) => ((100 * v) / Math.max(1, this.n)).toFixed(2).padStart(6);
    return `${name.padEnd(28)} ${f(this.sums.rouge1)} ${f(this.sums.rouge2)} ${f(this.sums.rougeLsum)}`;
  }
  value(): RougeScores {
    const d = Math.max(1, this.n);
    return { rouge1: this.sums.rouge1 / d, rouge2: this.sums.rouge2 / d, rougeLsum: this.sums.rougeLsum / d };
  }
}

const ours = new Mean();
const baseline = new Mean();
const bulletLengths: number[] = [];
let headings = 0;
let uniqueHeadings = 0;
let points = 0;
let traceable = 0;
let failures = 0;
const started = performance.now();

function account(outline: Outline): void {
  const sentences = outline.source?.sentences ?? [];
  const shown = [...outline.takeaways, ...outline.sections.flatMap((s) => s.points)].flatMap((p) => allPoints([p]));
  for (const p of shown) {
    points++;
    if (isTraceable(p, sentences)) traceable++;
    bulletLengths.push(wordCount(p.text));
  }
  const hs = outline.sections.map((s) => s.heading.toLowerCase());
  headings += hs.length;
  uniqueHeadings += new Set(hs).size === hs.length ? hs.length : new Set(hs).size;
}

for (const row of rows) {
  try {
    if (isPapers) {
      const paper = row as unknown as PaperItem;
      const article = readArticle(Buffer.from(paper.document), `${paper.id}.md`);
      const outline = analyse(article, { sourceName: `${paper.id}.md` });
      account(outline);
      const deck = [outline.title, ...outline.sections.flatMap((s) => [s.heading, ...allPoints(s.points).map((p) => p.text)]), ...outline.takeaways.map((p) => p.text)];
      const reference = paper.slides.flatMap((s) => [s.title, ...s.bullets]).filter((l) => l && l.trim()).join('\n');
      // Baseline: each section's heading and its first two sentences.
      const base: string[] = [];
      let current = -1;
      let taken = 0;
      article.blocks.forEach((b, i) => {
        if (b.kind === 'heading') {
          base.push(cleanHeading(b.text));
          current = i;
          taken = 0;
          return;
        }
        for (const s of article.sentences.filter((x) => x.block === i)) {
          if (current >= 0 && taken < 2) {
            base.push(s.text);
            taken++;
          }
        }
      });
      ours.add(rouge(deck.join('\n'), reference));
      baseline.add(rouge(base.join('\n'), reference));
    } else {
      const item = row as unknown as NewsItem;
      const article = readArticle(Buffer.from(item.article), `${item.id}.txt`);
      const outline = analyse(article, { sourceName: `${item.id}.txt` });
      account(outline);
      ours.add(rouge(outline.takeaways.map((p) => p.text).join('\n'), item.reference));
      baseline.add(rouge(article.sentences.slice(0, 3).map((s) => s.text).join('\n'), item.reference));
    }
  } catch (e) {
    failures++;
    console.error(`${String(row.id)}: ${(e as Error).message}`);
  }
}

const seconds = (performance.now() - started) / 1000;
bulletLengths.sort((a, b) => a - b);
const median = bulletLengths.length ? bulletLengths[Math.floor((bulletLengths.length - 1) / 2)]! : 0;
const max = bulletLengths.length ? bulletLengths[bulletLengths.length - 1]! : 0;
const o = ours.value();
const b = baseline.value();
const delta = (x: number, y: number) => `${x >= y ? '+' : ''}${(100 * (x - y)).toFixed(2)}`;

console.log(`${basename(file)}: ${rows.length} ${isPapers ? 'papers' : 'articles'}, ${failures} failed, ${seconds.toFixed(1)} s`);
console.log(`${''.padEnd(28)}  R-1    R-2  R-Lsum   (F1 ×100)`);
console.log(ours.row(isPapers ? 'deckwright deck' : 'deckwright takeaways'));
console.log(baseline.row(isPapers ? 'baseline: heading + 2 sents' : 'LEAD-3'));
console.log(`${'difference'.padEnd(28)} ${delta(o.rouge1, b.rouge1).padStart(6)} ${delta(o.rouge2, b.rouge2).padStart(6)} ${delta(o.rougeLsum, b.rougeLsum).padStart(6)}`);
console.log(`bullets: ${bulletLengths.length}, median ${median} words, max ${max}; headings unique: ${((100 * uniqueHeadings) / Math.max(1, headings)).toFixed(1)}%; provenance: ${((100 * traceable) / Math.max(1, points)).toFixed(2)}% (${traceable}/${points})`);
