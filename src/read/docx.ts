import type { Article } from './article.js';
import { readHtmlFragment } from './html.js';

export class DocxError extends Error {}

/** Word styles mammoth does not map by default that carry meaning for a deck. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * A Word document: mammoth turns it into plain HTML (headings, lists, tables, images as
 * data URIs), which is read like any HTML fragment. mammoth is loaded on first use.
 */
export async function readDocx(bytes: Uint8Array): Promise<Article> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch (e) {
    throw new DocxError(`is not a Word document deckwright can read (${(e as Error).message.split('\n')[0]}): save it again as .docx`);
  }
  return readHtmlFragment(html);
}
