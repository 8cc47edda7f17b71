import type { Article } from './article.js';
import { readMarkdown } from './markdown.js';
import { formatOf, readDecoded, ReadError, refuseUnsupported, type ArticleFormat } from './read.js';
import { readText } from './text.js';

/**
 * Read a plain-text or Markdown article from its bytes, synchronously; `name` picks the
 * format and appears in errors. HTML and .docx need `read`, which loads their readers.
 */
export function readArticle(bytes: Uint8Array, name: string, format: ArticleFormat = formatOf(name)): Article {
  refuseUnsupported(name);
  if (format === 'html' || format === 'docx') throw new ReadError(`is ${format === 'html' ? 'HTML' : 'a Word document'}: read it with read(), which loads that reader`);
  return readDecoded(bytes, format === 'markdown' ? readMarkdown : readText);
}
