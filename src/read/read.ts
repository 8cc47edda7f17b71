import type { Article } from './article.js';
import { decodeText } from './decode.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';

export type ArticleFormat = 'text' | 'markdown';

export class ReadError extends Error {}

/** The reader for a file name: Markdown by extension, plain text otherwise. */
export function formatOf(name: string): ArticleFormat {
  return /\.(md|markdown|mdown|mkd)$/i.test(name) ? 'markdown' : 'text';
}

/** Read an article from its bytes; `name` picks the format and appears in errors. */
export function readArticle(bytes: Uint8Array, name: string, format: ArticleFormat = formatOf(name)): Article {
  const text = decodeText(bytes);
  const article = format === 'markdown' ? readMarkdown(text) : readText(text);
  if (article.sentences.length === 0) throw new ReadError('has no sentences to make slides from');
  return article;
}
