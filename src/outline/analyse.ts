import type { Article } from '../read/article.js';
import { BULLET, bulletBudget, chooseBullets, listPoints } from './bullets.js';
import { compressWords, wordsToText } from './compress.js';
import { sentenceCase, writeHeadings, writeTitle } from './headings.js';
import type { Outline, Point, Section } from './outline.js';
import { prepare, wordCount, type Prepared } from './prepare.js';
import { quoteBlock, quoteInSentence } from './quotes.js';
import { planSections, type SectionPlan } from './sections.js';
import { scoreSentences } from './scores.js';
import { centrality } from './rank.js';

export interface AnalyseOptions {
  /** Shown as the source's name in the outline (usually the file name). */
  sourceName: string;
  title?: string;
  subtitle?: string;
  author?: string;
  date?: string;
}

const TAKEAWAY = { target: 12, floor: 6, max: 20 };
const SUBTITLE = { target: 14, floor: 6, max: 16 };

/** How many takeaways an article of `words` words gets: three to five. */
function takeawayCount(words: number): number {
  return words < 700 ? 3 : words < 2500 ? 4 : 5;
}

/** The speaker notes of a section: its text in full, paragraph by paragraph. */
function sectionNotes(prepared: Prepared, plan: SectionPlan): string {
  const { article } = prepared;
  const paragraphs: string[] = [];
  for (const index of plan.blocks) {
    const b = article.blocks[index]!;
    if (b.kind === 'paragraph') paragraphs.push(b.text);
    else if (b.kind === 'list') paragraphs.push(b.items.map((it) => `${'  '.repeat(it.depth)}- ${it.text}`).join('\n'));
    else if (b.kind === 'quote') paragraphs.push(`“${b.text}”${b.by ? ` (${b.by})` : ''}`);
    else if (b.kind === 'image' && b.caption) paragraphs.push(b.caption);
    else if (b.kind === 'table') paragraphs.push(b.rows.map((r) => r.join(' | ')).join('\n'));
  }
  return paragraphs.join('\n\n');
}

function buildSection(prepared: Prepared, plan: SectionPlan, heading: string, scores: number[]): Section {
  const { article } = prepared;
  const section: Section = { heading, points: [] };
  const lists = plan.blocks.filter((b) => article.blocks[b]!.kind === 'list');
  const quotes = plan.blocks.filter((b) => article.blocks[b]!.kind === 'quote');
  const images = plan.blocks.filter((b) => article.blocks[b]!.kind === 'image');
  const inQuoteOrList = new Set([...lists, ...quotes]);
  const prose = plan.sentences.filter((id) => !inQuoteOrList.has(article.sentences[id]!.block));

  const fromLists = lists.flatMap((b) => listPoints(prepared, b));
  const budget = bulletBudget(prose.length);
  const proseBudget = fromLists.length > 0 ? Math.min(2, budget) : budget;
  const points = chooseBullets(prepared, prose, scores, proseBudget);
  section.points = fromLists.length > 0 ? [...points.slice(0, fromLists.length > 4 ? 1 : 2), ...fromLists] : points;

  const quote = quotes.length ? quoteBlock(prepared, quotes[0]!) : prose.map((id) => quoteInSentence(prepared, id)).find(Boolean);
  if (quote) section.quote = quote;
  const imageBlock = images.length ? article.blocks[images[0]!] : undefined;
  if (imageBlock?.kind === 'image') {
    section.image = { src: imageBlock.src, alt: imageBlock.alt };
    if (imageBlock.caption) section.image.caption = imageBlock.caption;
  }
  const notes = sectionNotes(prepared, plan);
  if (notes) section.notes = notes;
  return section;
}

/**
 * A line under the title that states the article's thesis: the most central sentence
 * that compresses to a short line.
 */
function subtitleOf(prepared: Prepared, title: string): string | undefined {
  const central = centrality(prepared.vectors);
  const order = prepared.article.sentences
    .filter((s) => prepared.article.blocks[s.block]?.kind === 'paragraph')
    .sort((a, b) => central[b.id]! - central[a.id]! || a.id - b.id);
  for (const s of order.slice(0, 3)) {
    const text = wordsToText(compressWords(prepared.words[s.id]!, SUBTITLE));
    const n = wordCount(text);
    if (n >= 4 && n <= SUBTITLE.target && text.toLowerCase() !== title.toLowerCase()) return text;
  }
  return undefined;
}

/** Article → Outline: sections, headings, bullets, quotes, notes, takeaways, title. */
export function analyse(article: Article, options: AnalyseOptions): Outline {
  const prepared = prepare(article);
  const words = article.sentences.reduce((n, s) => n + wordCount(s.text), 0);
  const scores = scoreSentences(prepared, { centrality: 0.6, lead: 0.4, leadSpan: 4 });
  const plans = planSections(prepared);

  // Within a section its first sentence is favoured, as a topic sentence usually is.
  const sectionScores = [...scores];
  for (const plan of plans) {
    const first = plan.sentences[0];
    if (first !== undefined) sectionScores[first] = sectionScores[first]! * 1.3;
  }

  const title = options.title ?? article.title ?? writeTitle(prepared, article.sentences.slice(0, 3).map((s) => s.id)) ?? options.sourceName;
  const taken = new Set([title.toLowerCase()]);
  const headings = writeHeadings(
    prepared,
    plans.map((p) => {
      const favoured = [...p.sentences].sort((a, b) => sectionScores[b]! - sectionScores[a]!).slice(0, 2);
      return p.heading === undefined ? { sentences: p.sentences, favoured } : { heading: p.heading, sentences: p.sentences, favoured };
    }),
    taken,
  );
  const sections = plans.map((plan, i) => buildSection(prepared, plan, headings[i]!, sectionScores));

  const prose = article.sentences.filter((s) => {
    const kind = article.blocks[s.block]!.kind;
    return kind === 'paragraph';
  });
  const takeaways: Point[] = chooseBullets(prepared, (prose.length ? prose : article.sentences).map((s) => s.id), scores, takeawayCount(words), TAKEAWAY);

  const outline: Outline = { title: sentenceCase(title), lang: article.lang, takeaways, sections };
  const subtitle = options.subtitle ?? subtitleOf(prepared, title);
  if (subtitle) outline.subtitle = subtitle;
  const author = options.author ?? article.byline;
  if (author) outline.author = author;
  const date = options.date ?? article.date;
  if (date) outline.date = date;
  outline.source = { name: options.sourceName, words, sentences: article.sentences.map((s) => s.text) };
  return outline;
}

export { BULLET };
