import { countWords, LIMITS, tooManyWords } from '../limits.js';
import type { Article } from './article.js';
import { cleanArticle } from './clean.js';
import { decodeHtml, decodeText } from './decode.js';
import { readText } from './text.js';
import { InputError } from '../input-error.js';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'docx';

export class ReadError extends InputError {}

export interface ReadOptions {
  /** The reader to use; by default it follows the name's extension. */
  format?: ArticleFormat;
  /** For HTML: the charset the server declared (Content-Type), which beats the page's own. */
  charset?: string;
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** Formats people try that deckwright cannot read, with what to do instead. */
const UNSUPPORTED = /\.(pdf|doc|odt|rtf|pages|epub|pptx?|key|xlsx?)$/i;

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** The reader for a file name: by extension, plain text for any other name. */
export function formatOf(name: string): ArticleFormat {
  return EXTENSIONS[extensionOf(name)] ?? 'text';
}

/** Whether a file name has an extension deckwright reads (for picking articles out of a folder). */
export function isArticleName(name: string): boolean {
  return extensionOf(name) in EXTENSIONS;
}

/** The file extensions deckwright reads, without the dot. */
export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS);

/** The format of bytes with no name (standard input): a zip is .docx, markup is HTML, then Markdown or text. */
export function sniffFormat(bytes: Uint8Array): ArticleFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6])\b/i.test(head)) return 'html';
  if (/^(?:#{1,6}\s|```|~~~)|\]\([^)\s]+\)|^\|.*\|\s*$/m.test(head)) return 'markdown';
  return 'text';
}

export function refuseUnsupported(name: string): void {
  if (UNSUPPORTED.test(name)) {
    throw new ReadError(`cannot read .${extensionOf(name)} files: deckwright reads .txt, .md, .html and .docx (export the document to one of those)`);
  }
}

/** Files people give by mistake, by their first bytes, with what they are. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc, .ppt or .xls)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
];

/** Refuse a binary file by what it is, before a decoder calls it bad text. */
function refuseBinary(bytes: Uint8Array): void {
  for (const [magic, what] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) {
      throw new ReadError(`is ${what}, not an article: deckwright reads text, Markdown, HTML and .docx files`);
    }
  }
}

/**
 * A text or Markdown source far past the limit (twice it, leaving room for markup) is
 * refused before it is parsed, which takes seconds a megabyte; `checked` counts the
 * article's own words after.
 */
function refuseLong(text: string): void {
  const words = countWords(text);
  if (words > 2 * LIMITS.words) throw tooManyWords(words);
}

/** The article as every reader gives it: its text cleaned, with sentences to make slides from, within the limit. */
function checked(read: Article): Article {
  const article = cleanArticle(read);
  if (article.sentences.length === 0) throw new ReadError('has no sentences to make slides from');
  const words = article.sentences.reduce((n, s) => n + countWords(s.text), 0);
  if (words > LIMITS.words) throw tooManyWords(words);
  return article;
}

/** A text or Markdown article from its bytes, read by `parse` (the reader of its format). */
export function readDecoded(bytes: Uint8Array, parse: (text: string) => Article): Article {
  refuseBinary(bytes);
  const text = decodeText(bytes);
  refuseLong(text);
  return checked(parse(text));
}

/** Read an article of any supported format from its bytes; `name` picks the format unless `options.format` is given. */
export async function read(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<Article> {
  refuseUnsupported(name);
  const format = options.format ?? formatOf(name);
  if (format === 'html') {
    refuseBinary(bytes);
    const { readHtml } = await import('./html.js');
    return checked(await readHtml(decodeHtml(bytes, options.charset)));
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    return checked(await readDocx(bytes));
  }
  if (format === 'markdown') {
    // Loaded for Markdown only: its parser is ~60 modules a plain-text build does without.
    const { readMarkdown } = await import('./markdown.js');
    return readDecoded(bytes, readMarkdown);
  }
  return readDecoded(bytes, readText);
}
