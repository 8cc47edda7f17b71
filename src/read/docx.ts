import { LIMITS } from '../limits.js';
import type { Article } from './article.js';
import { readHtmlFragment } from './html.js';
import { InputError } from '../input-error.js';

export class DocxError extends InputError {}

/** Word styles mammoth does not map by default that carry meaning for a deck. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * What the parts of a zip package add up to unpacked, as its central directory states
 * (undefined when that directory cannot be found). Read before anything is unpacked, so
 * that a small file that unpacks to gigabytes is refused before it fills the memory.
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The directory's end record sits in the last 22 bytes, or before a comment of up to 64 KB.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== END_OF_DIRECTORY) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
      // 0xFFFFFFFF says the size is in a Zip64 record: a part past 4 GB, far over any limit.
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/**
 * A Word document: mammoth turns it into plain HTML (headings, lists, tables, images as
 * data URIs), which is read like any HTML fragment. mammoth is loaded on first use.
 */
export async function readDocx(bytes: Uint8Array): Promise<Article> {
  // A .docx is a zip package; anything else (an old .doc, a picture renamed) is not one.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocxError('is not a Word document: a .docx file is a zip package and this is not one (save it from Word as .docx)');
  const unpacked = unpackedSize(bytes);
  if (unpacked === undefined) throw new DocxError('is not a Word document: its zip directory is missing or damaged (save it again from Word as .docx)');
  if (unpacked > LIMITS.unpacked) throw new DocxError(`unpacks to ${Math.round(unpacked / 1048576)} MB: deckwright opens Word documents that unpack to at most ${LIMITS.unpacked / 1048576} MB (save a copy with smaller pictures)`);
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
