import type { Article, Block } from './article.js';
import { indexSentences } from './sentence-index.js';

/**
 * Characters that no slide can show, taken out of an article's text as it is read:
 * terminal colour codes (ESC [ … m), control characters (C0 but tab, newline and
 * return; DEL; C1), the noncharacters U+FFFE and U+FFFF and lone surrogates. A vertical
 * tab, form feed or next-line character becomes a space. Browsers draw the rest as empty boxes and XML
 * forbids most of them.
 */
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const UNSHOWABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(ANSI, '').replace(/[\u000B\u000C\u0085]/g, ' ').replace(UNSHOWABLE, '');
}

function cleanBlock(block: Block): Block {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'code':
      return { ...block, text: cleanText(block.text) };
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, text: cleanText(item.text) })) };
    case 'quote':
      return { ...block, text: cleanText(block.text), ...(block.by !== undefined ? { by: cleanText(block.by) } : {}) };
    case 'image':
      return { ...block, alt: cleanText(block.alt), ...(block.caption !== undefined ? { caption: cleanText(block.caption) } : {}) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(cleanText)) };
  }
}

/** The article with its text cleaned, and its sentences numbered again from the cleaned blocks. */
export function cleanArticle(article: Article): Article {
  const blocks = article.blocks.map(cleanBlock);
  const cleaned: Article = { ...article, blocks, sentences: indexSentences(blocks) };
  for (const field of ['title', 'byline', 'date'] as const) {
    const value = article[field];
    if (value !== undefined) cleaned[field] = cleanText(value);
  }
  return cleaned;
}
