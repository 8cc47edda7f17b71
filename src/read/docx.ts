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
  // A .docx is a zip package; anything else (an old .doc, a picture renamed) is not one.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocxError('is not a Word document: a .docx file is a zip package and this is not one (save it from Word as .docx)');
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch (e) {
    // mammoth's messages run on with advice about its own API; the first sentence says what is wrong.
    const why = (e as Error).message.split('\n')[0]!.split(/[.:?!] /)[0]!.trim();
    throw new DocxError(`is not a Word document deckwright can read (${why}): save it again from Word as .docx`);
  }
  return readHtmlFragment(html);
}
