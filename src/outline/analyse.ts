import type { Article } from '../read/article.js';
import { bulletBudget, chooseBullets, listPoints, type DeckContext } from './bullets.js';
import { pairFrequencies } from './keyphrases.js';
import { compressWords, wordsToText } from './compress.js';
import { provenanceTokens } from './provenance.js';
import type { Word } from './words.js';
import { isUnwieldy } from './phrases.js';
import { sentenceCase, writeHeadings, writeTitle } from './headings.js';
import type { Outline, Section } from './outline.js';
import { prepare, wordCount, type Prepared } from './prepare.js';
import { quoteBlock, quoteInSentence } from './quotes.js';
import { ownSummarySentences, planSections, type SectionPlan } from './sections.js';
import { isAnaphoric, isRoadmap, scoreWithinSections } from './scores.js';
import { chooseTakeaways, takeawayCount } from './takeaways.js';
import { centrality } from './rank.js';

export interface AnalyseOptions {
  /** Shown as the source's name in the outline (usually the file name). */
  sourceName: string;
  title?: string;
  subtitle?: string;
  author?: string;
  date?: string;
}

const SUBTITLE = { target: 14, floor: 6, max: 16, clauses: true };

/**
 * A sentence that speaks for someone, asks, or points at a picture makes no subtitle: a
 * quotation (isQuotation), a question put the other way round ("Does the harbour need …",
 * its mark gone with a clause), or a caption ("Pictured, the keeper …", "… can be seen on
 * the left"). An author's "we" is fine in a paper, not in a news story, where it is
 * someone quoted.
 */
const SPEAKER = /(^|\s)(I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y)\b/;
const QUOTED_WE = /(^|\s)([Ww]e|[Oo]ur|[Uu]s)\b/;
const INVERTED_QUESTION = /^["“']?(do|does|did|is|are|was|were|can|could|will|would|should|shall|has|have|had)\s+(not\s+)?(the|a|an|this|that|these|those|he|she|it|they|we|you|there)\b/i;
const CAPTION = /^(pictured|above|below|left|right|inset|watch|click|scroll)\b|\b(pictured|can be seen|is seen|are seen)\b|\((left|right|centre|center|above|below|inset)\)/i;

/** Someone's words: a speaker's "I", a quotation cut short (a lone mark), or three words or more in marks (not a term in them). */
function isQuotation(text: string): boolean {
  if (SPEAKER.test(text) || (text.match(/["“”]/g)?.length ?? 0) % 2 === 1) return true;
  return /["“][^"“”]*\s[^"“”]*\s[^"“”]*["”]/.test(text);
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

function buildSection(prepared: Prepared, plan: SectionPlan, heading: string, scores: number[], deck: DeckContext & { shown: number[] }): Section {
  const { article } = prepared;
  // A part of the talk (level 1) needs no level on disk; a sub-section says how deep it sits.
  const section: Section = plan.level > 1 ? { heading, level: plan.level, points: [] } : { heading, points: [] };
  const lists = plan.blocks.filter((b) => article.blocks[b]!.kind === 'list');
  const quotes = plan.blocks.filter((b) => article.blocks[b]!.kind === 'quote');
  const inQuoteOrList = new Set([...lists, ...quotes]);
  const prose = plan.sentences.filter((id) => !inQuoteOrList.has(article.sentences[id]!.block));

  const quote = quotes.length ? quoteBlock(prepared, quotes[0]!) : prose.map((id) => quoteInSentence(prepared, id)).find(Boolean);
  if (quote) section.quote = quote;
  // A sentence shown as the quote is not repeated as a bullet.
  const quoted = new Set(quote?.from ?? []);
  // "In this section we describe …" says where the document goes, not what it says: never a
  // bullet. A section that holds only such sentences becomes a divider.
  const candidates = prose.filter((id) => !quoted.has(id) && !isRoadmap(article.sentences[id]!.text));

  const inSection = new Set(plan.sentences);
  const fromLists = lists.flatMap((b) => listPoints(prepared, b, inSection));
  const budget = bulletBudget(candidates.length);
  const proseBudget = fromLists.length > 0 ? Math.min(2, budget) : budget;
  const points = chooseBullets(prepared, candidates, scores, proseBudget, deck);
  for (const p of points) deck.shown.push(...(p.from ?? []));
  section.points = fromLists.length > 0 ? [...points.slice(0, fromLists.length > 4 ? 1 : 2), ...fromLists] : points;
  // Every picture and table of the section gets its slide, in the order of the article.
  const blocks = plan.blocks.map((i) => article.blocks[i]!);
  const pictures = blocks.flatMap((b) => (b.kind === 'image' ? [{ src: b.src, alt: b.alt, ...(b.caption ? { caption: b.caption } : {}) }] : []));
  if (pictures.length) section.images = pictures;
  const grids = blocks.flatMap((b) => (b.kind === 'table' && b.rows.length > 0 ? [{ rows: b.rows.map((r) => [...r]) }] : []));
  if (grids.length) section.tables = grids;
  const notes = sectionNotes(prepared, plan);
  if (notes) section.notes = notes;
  return section;
}

/**
 * When a sentence opens with the title and a verb ("Putin's visit to China underscores
 * the growing partnership …"), what follows the verb says what the title is about.
 */
function predicateAfterTitle(words: Word[], title: string): Word[] | undefined {
  const wanted = provenanceTokens(title).join(' ');
  let end = 0;
  let opening = '';
  while (end < words.length && opening.length < wanted.length) opening = provenanceTokens(words.slice(0, ++end).map((w) => w.core).join(' ')).join(' ');
  if (opening !== wanted) return undefined;
  const verb = words[end];
  const rest = words.slice(end + 1);
  if (!verb || verb.tag !== 'VERB' || rest.length < 3 || rest.some((w) => w.tag === 'VERB' || w.tag === 'AUX')) return undefined;
  return rest;
}

/**
 * A line under the title that states the article's thesis: the most central sentence
 * (similar to both what comes before and after it) that compresses to a short line.
 */
function subtitleOf(prepared: Prepared, title: string): string | undefined {
  const central = centrality(prepared.vectors, 1);
  // A paper states its claim in its abstract; its most central sentence is a detail of the method.
  const summary = new Set(ownSummarySentences(prepared));
  const order = prepared.article.sentences
    .filter((s) => prepared.article.blocks[s.block]?.kind === 'paragraph' && (summary.size === 0 || summary.has(s.id)))
    .sort((a, b) => central[b.id]! - central[a.id]! || a.id - b.id);
  for (const s of order.slice(0, 3)) {
    // A question under the title reads as a quiz, not a thesis.
    if (/\?["”’')]*$/.test(s.text)) continue;
    const { words, cut } = compressWords(prepared.words[s.id]!, SUBTITLE);
    if (cut || words.some(isUnwieldy)) continue;
    const text = wordsToText(predicateAfterTitle(words, title) ?? words);
    if (INVERTED_QUESTION.test(text) || isQuotation(text) || CAPTION.test(text) || (summary.size === 0 && QUOTED_WE.test(text))) continue;
    const n = wordCount(text);
    // A subtitle that repeats the title adds nothing.
    const repeats = text.toLowerCase().includes(title.toLowerCase());
    if (!isAnaphoric(text) && !repeats && n >= 3 && n <= SUBTITLE.target) return text;
  }
  return undefined;
}

/** Article → Outline: sections, headings, bullets, quotes, notes, takeaways, title. */
export function analyse(article: Article, options: AnalyseOptions): Outline {
  const prepared = prepare(article);
  const words = article.sentences.reduce((n, s) => n + wordCount(s.text), 0);
  const plans = planSections(prepared);
  const local = scoreWithinSections(prepared, plans);
  // A heading names what sets its section apart, so it looks at the section alone.
  const distinctive = scoreWithinSections(prepared, plans, 0);

  const title = options.title ?? article.title ?? writeTitle(prepared, article.sentences.slice(0, 3).map((s) => s.id)) ?? options.sourceName;
  const taken = new Set([title.toLowerCase()]);
  const headed = plans.some((q) => q.heading !== undefined);
  const headings = writeHeadings(
    prepared,
    plans.map((p) => {
      // The text before an article's first heading introduces it: its opening sentence names the topic.
      const opening = p.heading === undefined && headed;
      const favoured = opening ? p.sentences.slice(0, 1) : [...p.sentences].sort((a, b) => distinctive[b]! - distinctive[a]!).slice(0, 2);
      return p.heading === undefined ? { sentences: p.sentences, favoured } : { heading: p.heading, sentences: p.sentences, favoured };
    }),
    taken,
  );
  const prose = article.sentences.filter((s) => article.blocks[s.block]!.kind === 'paragraph');
  const takeaways = chooseTakeaways(prepared, (prose.length ? prose : article.sentences).map((s) => s.id), takeawayCount(words));
  // Sections choose their bullets in reading order, each knowing what the takeaways and
  // the sections before it already show.
  const deck = { shown: takeaways.flatMap((p) => p.from ?? []), pairs: pairFrequencies(prepared) };
  const sections = plans.map((plan, i) => buildSection(prepared, plan, headings[i]!, local, deck));

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