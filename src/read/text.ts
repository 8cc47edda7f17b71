import type { Article, Block, ListItem } from './article.js';
import { guessLang } from './lang.js';
import { indexSentences } from './sentence-index.js';

const LIST_ITEM = /^(\s*)(?:[-*•‣◦]|\d{1,3}[.)])\s+(.*)$/;
const ORDERED_ITEM = /^\s*\d{1,3}[.)]\s/;
const QUOTE_LINE = /^\s*>\s?(.*)$/;
/** A last line such as "— Speaker" that names who is quoted. */
export const ATTRIBUTION = /^\s*(?:—|–|--|―)\s*(.+)$/;

function words(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length;
}

/** A short line with no closing punctuation, standing alone: a heading or a title. */
function looksLikeHeading(chunk: string[]): boolean {
  if (chunk.length !== 1) return false;
  const line = chunk[0]!.trim();
  if (/^#{1,6}\s/.test(line)) return true;
  return words(line) <= 12 && !/[.!?,;:…"”]$/.test(line) && /^[\p{Lu}\p{N}"“'‘]/u.test(line) && !LIST_ITEM.test(line);
}

function listBlock(lines: string[]): Block {
  const indents = lines.map((l) => LIST_ITEM.exec(l)?.[1]?.length ?? 0);
  const levels = [...new Set(indents)].sort((a, b) => a - b);
  const items: ListItem[] = lines.map((l, i) => ({
    text: LIST_ITEM.exec(l)?.[2]?.trim() ?? l.trim(),
    depth: levels.indexOf(indents[i]!),
  }));
  return { kind: 'list', ordered: ORDERED_ITEM.test(lines[0]!), items };
}

function quoteBlock(lines: string[]): Block {
  const body = lines.map((l) => QUOTE_LINE.exec(l)?.[1] ?? l);
  const last = body[body.length - 1] ?? '';
  const by = ATTRIBUTION.exec(last)?.[1];
  const text = (by ? body.slice(0, -1) : body).join(' ').replace(/\s+/g, ' ').trim();
  return by ? { kind: 'quote', text, by: by.trim() } : { kind: 'quote', text };
}

/**
 * Plain text: paragraphs are separated by blank lines; a text with no blank lines has
 * one paragraph a line. Short unpunctuated lines are headings (the first one the title),
 * "-"/"1." lines are lists, ">" lines are quotations.
 */
export function readText(text: string): Article {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) chunks.push(current);
      current = [];
    } else if (!hasBlankLines) {
      chunks.push([line]);
    } else {
      current.push(line);
    }
  }
  if (current.length) chunks.push(current);

  const article: Article = { lang: 'en', blocks: [], sentences: [] };
  const blocks = article.blocks;
  chunks.forEach((chunk, i) => {
    const next = chunks[i + 1];
    if (chunk.every((l) => LIST_ITEM.test(l))) {
      blocks.push(listBlock(chunk));
    } else if (chunk.every((l) => QUOTE_LINE.test(l)) || (chunk.length > 1 && chunk.slice(0, -1).every((l) => QUOTE_LINE.test(l)) && ATTRIBUTION.test(chunk[chunk.length - 1]!))) {
      blocks.push(quoteBlock(chunk));
    } else if (chunk.length === 1 && ATTRIBUTION.test(chunk[0]!) && blocks.at(-1)?.kind === 'quote') {
      const quote = blocks.at(-1);
      if (quote?.kind === 'quote') quote.by = ATTRIBUTION.exec(chunk[0]!)![1]!.trim();
    } else if (looksLikeHeading(chunk) && next !== undefined && !looksLikeHeading(next)) {
      const heading = chunk[0]!.trim().replace(/^#{1,6}\s+/, '');
      if (blocks.length === 0 && article.title === undefined) article.title = heading;
      else blocks.push({ kind: 'heading', level: 2, text: heading });
    } else if (blocks.length === 0 && article.title !== undefined && article.byline === undefined && /^by\s+\S/i.test(chunk[0]!) && chunk.length === 1 && words(chunk[0]!) <= 8) {
      article.byline = chunk[0]!.trim().replace(/^by\s+/i, '');
    } else {
      blocks.push({ kind: 'paragraph', text: chunk.join(' ').replace(/\s+/g, ' ').trim() });
    }
  });
  article.lang = guessLang(text);
  article.sentences = indexSentences(blocks);
  return article;
}
