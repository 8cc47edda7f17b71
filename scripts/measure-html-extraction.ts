/**
 * How well the HTML reader finds the article in a page: each news article of
 * ../shared/eval/news-dev.jsonl (read at run time, never copied) is wrapped in a page with
 * navigation, a cookie banner, a sidebar, a newsletter box, comments and a footer, then
 * read back. Reported: the share of the article's words recovered (recall), the share of
 * the words read that belong to the article (precision), the title found, and whether the
 * outline equals the one made from the plain text.
 *
 *   node --import tsx scripts/measure-html-extraction.ts [count]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/outline/analyse.js';
import { read } from '../src/read/read.js';
import { splitSentences } from '../src/read/sentences.js';

const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'news-dev.jsonl');
const count = Number(process.argv[2] ?? 100);
const rows = readFileSync(EVAL, 'utf8').trim().split('\n').slice(0, count).map((l) => JSON.parse(l) as { id: string; article: string });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function page(title: string, paragraphs: string[]): string {
  const links = (n: number, what: string) => Array.from({ length: n }, (_, i) => `<li><a href="/${what}/${i}">${what} story number ${i + 1} you may have missed</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | Example News</title>
<meta property="article:published_time" content="2015-04-01T08:00:00Z"></head><body>
<div id="cookie-banner" class="cookie">We use cookies to personalise content and ads. <button>Accept</button></div>
<header><a href="/">Example News</a><nav><ul>${links(8, 'section')}</ul></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By a staff reporter</p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div></article>
<aside class="sidebar"><h3>Most read</h3><ol>${links(6, 'popular')}</ol><div class="ad">Advertisement: save on your next holiday today.</div></aside>
<section class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the headlines in your inbox every morning.</p></section>
<section class="comments"><h3>Comments</h3><p>Comments are closed for this story.</p></section></main>
<footer><p>Copyright Example News. All rights reserved.</p><ul>${links(5, 'about')}</ul></footer></body></html>`;
}

let recallSum = 0;
let precisionSum = 0;
let titles = 0;
let sameOutline = 0;
let failed = 0;
const started = Date.now();
for (const row of rows) {
  const sentences = splitSentences(row.article);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  const title = sentences[0]!.split(/\s+/).slice(0, 8).join(' ').replace(/[.,;:]$/, '');
  try {
    const article = await read(Buffer.from(page(title, paragraphs)), `${row.id}.html`);
    const got = article.sentences.map((s) => s.text).join(' ');
    const want = new Map<string, number>();
    for (const w of words(row.article)) want.set(w, (want.get(w) ?? 0) + 1);
    const gotWords = words(got);
    let hit = 0;
    const left = new Map(want);
    for (const w of gotWords) {
      const n = left.get(w) ?? 0;
      if (n > 0) {
        hit++;
        left.set(w, n - 1);
      }
    }
    recallSum += hit / words(row.article).length;
    precisionSum += gotWords.length ? hit / gotWords.length : 0;
    if (article.title === title) titles++;
    else if (process.env.SHOW) console.error(`title: ${JSON.stringify(title)} read as ${JSON.stringify(article.title)}`);
    const plain = await read(Buffer.from(`${paragraphs.join('\n\n')}\n`), 'plain.txt');
    const a = analyse(article, { sourceName: 'x', title });
    const b = analyse(plain, { sourceName: 'x', title });
    if (JSON.stringify(a.sections) === JSON.stringify(b.sections)) sameOutline++;
  } catch (e) {
    failed++;
    console.error(`${row.id}: ${(e as Error).message}`);
  }
}
const n = rows.length;
console.log(`articles ${n}, failed ${failed}, ${((Date.now() - started) / n).toFixed(0)} ms each`);
console.log(`word recall ${((recallSum / n) * 100).toFixed(1)}%, word precision ${((precisionSum / n) * 100).toFixed(1)}%`);
console.log(`title found ${titles}/${n}; outline sections equal to the plain-text outline's ${sameOutline}/${n}`);
