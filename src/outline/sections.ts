import type { Block } from '../read/article.js';
import type { Prepared } from './prepare.js';
import { wordCount } from './prepare.js';
import { segmentByCohesion } from './segment.js';
import { centroid, type Vector } from './vectors.js';

/** A section before it has bullets: where it is in the article and the heading it came with. */
export interface SectionPlan {
  /** The article's own heading, cleaned; absent when the analyser must write one. */
  heading?: string;
  /** How deep its heading sits among the article's sections: 1 for the outermost. */
  level: number;
  blocks: number[];
  sentences: number[];
}

const SKIPPED_HEADINGS = /^(references|bibliography|acknowledg(e)?ments?|appendix|appendices|notes|footnotes|works cited|further reading|see also|supplementary material|funding|conflicts? of interest|author contributions)\b/i;
const OWN_SUMMARY = /^(abstract|summary|executive summary|tl;?dr)$/i;
const NUMBERING = /^(?:(?:\d+|[IVX]+|[A-Z])(?:\.\d+)*\.?)\s+(?=\S)/;

/** "2.1 " or "3. " opening a heading: its section number. */
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?\s/;

/** Nesting depth from section numbering ("2.1" is one level in from "2"), else the heading level. */
function depthOf(block: Block & { kind: 'heading' }): number {
  const m = SECTION_NUMBER.exec(block.text);
  return m ? m[1]!.split('.').length : block.level;
}

/** A heading's section number ("3.2" is [3, 2]); none for a year or other large number. */
function sectionNumber(text: string): number[] | undefined {
  const m = SECTION_NUMBER.exec(text);
  const parts = m?.[1]!.split('.').map(Number);
  return parts && parts[0]! <= 30 && parts.every((n) => n <= 99) ? parts : undefined;
}

/** Order of section numbers as in a table of contents: [2] before [2, 1] before [3]. */
function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The sentences of the article's own summary of itself (its abstract), if it has one before its first other section. */
export function ownSummarySentences(prepared: Prepared): number[] {
  const blocks = prepared.article.blocks;
  const start = blocks.findIndex((b) => b.kind === 'heading');
  const first = blocks[start];
  if (!first || first.kind !== 'heading' || !OWN_SUMMARY.test(cleanHeading(first.text))) return [];
  const next = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  const end = next < 0 ? blocks.length : next;
  return prepared.article.sentences.filter((s) => s.block > start && s.block < end).map((s) => s.id);
}

export function cleanHeading(text: string): string {
  return text.replace(NUMBERING, '').replace(/[\s:.;,]+$/, '').replace(/\s+/g, ' ').trim();
}

/** Each block's sentences (their indexes), made once an article: looking them up block by block was quadratic. */
const sentencesByBlock = new WeakMap<Prepared, number[][]>();

function sentencesOf(prepared: Prepared, blocks: readonly number[]): number[] {
  const { sentences } = prepared.article;
  let byBlock = sentencesByBlock.get(prepared);
  if (!byBlock) {
    byBlock = [];
    sentences.forEach((s, i) => (byBlock![s.block] ??= []).push(i));
    sentencesByBlock.set(prepared, byBlock);
  }
  const found = [...new Set(blocks)].flatMap((b) => byBlock[b] ?? []);
  return found.sort((a, b) => a - b).map((i) => sentences[i]!.id);
}

/** Whether a block gives a section something to show: prose, a list, a quote, an image, a table. */
function hasContent(block: Block): boolean {
  return block.kind !== 'heading' && block.kind !== 'code';
}

/**
 * Sections from the article's own headings. A heading whose section is empty but
 * for sub-sections stays as a section of its own with no content (a divider).
 */
function fromHeadings(prepared: Prepared): SectionPlan[] {
  const blocks = prepared.article.blocks;
  const plans: (SectionPlan & { depth: number })[] = [{ level: 1, depth: 0, blocks: [], sentences: [] }];
  // While inside References and the like (and their sub-sections), blocks are left out.
  let skipBelow: number | undefined;
  let lastNumber: number[] | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      const number = sectionNumber(b.text);
      // "2. For each edge" after "3.2": an item of a numbered list in the text, which a
      // PDF's extraction took for a heading; its section goes on.
      if (number && lastNumber && /^\d+\.\s/.test(b.text) && compareNumbers(number, lastNumber) < 0) return;
      if (number) lastNumber = number;
      const depth = depthOf(b);
      if (skipBelow !== undefined && depth > skipBelow) return;
      const heading = cleanHeading(b.text) || b.text;
      skipBelow = SKIPPED_HEADINGS.test(heading) ? depth : undefined;
      if (skipBelow === undefined) plans.push({ heading, level: 1, depth, blocks: [], sentences: [] });
      return;
    }
    if (skipBelow === undefined) plans[plans.length - 1]!.blocks.push(i);
  });
  for (const p of plans) p.sentences = sentencesOf(prepared, p.blocks);
  // Text before the first heading is an opening section only when there is enough of it.
  const [opening, ...rest] = plans;
  const keepOpening = opening!.sentences.length >= 2 || opening!.blocks.some((b) => blocks[b]!.kind !== 'paragraph');
  const kept = keepOpening ? plans : rest;
  // An abstract is the article's own summary of itself: it feeds the takeaways slide
  // rather than repeating as a section of its own.
  const first = kept[0];
  const sections = first && kept.length > 2 && first.heading !== undefined && OWN_SUMMARY.test(first.heading) ? kept.slice(1) : kept;
  return withLevels(sections);
}

/**
 * Levels from heading depths: the shallowest heading is level 1, and a section sits at
 * most one level below the one before it ("3" then "3.1.2" makes 3.1.2 level 2, as
 * "3.1" went missing). The text before the first heading is level 1.
 */
function withLevels(plans: readonly (SectionPlan & { depth: number })[]): SectionPlan[] {
  const headed = plans.filter((p) => p.heading !== undefined);
  const top = headed.length ? Math.min(...headed.map((p) => p.depth)) : 0;
  const stack: number[] = [];
  return plans.map(({ depth, ...plan }) => {
    if (plan.heading === undefined) {
      stack.length = 0;
      return { ...plan, level: 1 };
    }
    while (stack.length > 0 && stack[stack.length - 1]! >= depth) stack.pop();
    const level = depth <= top ? 1 : stack.length + 1;
    if (depth <= top) stack.length = 0;
    stack.push(depth);
    return { ...plan, level: Math.min(level, 6) };
  });
}

/** Words per section the segmenter aims for when the article has no headings. */
const WORDS_PER_SECTION = 120;
const MAX_SECTIONS = 8;
/** Paragraphs longer than this many sentences are cut into windows before segmenting. */
const WINDOW = 4;

/** Sections for an article without headings, cut where the topic shifts. */
function fromCohesion(prepared: Prepared): SectionPlan[] {
  const { article } = prepared;
  const units: { blocks: Set<number>; sentences: number[] }[] = [];
  article.blocks.forEach((b, i) => {
    const ids = sentencesOf(prepared, [i]);
    if (!hasContent(b)) return;
    if (ids.length <= WINDOW * 2) units.push({ blocks: new Set([i]), sentences: ids });
    else {
      const parts = Math.ceil(ids.length / WINDOW);
      const size = Math.ceil(ids.length / parts);
      for (let k = 0; k < ids.length; k += size) units.push({ blocks: new Set([i]), sentences: ids.slice(k, k + size) });
    }
  });
  const words = article.sentences.reduce((n, s) => n + wordCount(s.text), 0);
  const sentences = article.sentences.length;
  const wanted = sentences < 6 ? 1 : Math.max(3, Math.min(MAX_SECTIONS, Math.round(words / WORDS_PER_SECTION)));
  const count = Math.min(wanted, units.length);
  const vectors: Vector[] = units.map((u) => centroid(u.sentences.map((id) => prepared.vectors[id]!)));
  const starts = segmentByCohesion(vectors, count, 1);
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? units.length;
    const group = units.slice(start, end);
    return {
      level: 1,
      blocks: [...new Set(group.flatMap((u) => [...u.blocks]))].sort((a, b) => a - b),
      sentences: group.flatMap((u) => u.sentences),
    };
  });
}

export function planSections(prepared: Prepared): SectionPlan[] {
  const hasHeadings = prepared.article.blocks.some((b) => b.kind === 'heading');
  const plans = hasHeadings ? fromHeadings(prepared) : fromCohesion(prepared);
  return plans.length > 0 ? plans : [{ level: 1, blocks: prepared.article.blocks.map((_, i) => i), sentences: prepared.article.sentences.map((s) => s.id) }];
}
