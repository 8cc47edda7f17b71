import { InputError } from '../input-error.js';
/**
 * Bytes to text. Plain text and Markdown must be UTF-8 (with or without BOM) or UTF-16
 * with a BOM; anything else is refused with a message saying how to fix it, because a
 * guessed legacy encoding silently garbles the words that end up on the slides. HTML
 * may also be in the charset it declares (HTTP header or `<meta charset>`), as browsers
 * read it. Line ends are normalised to "\n".
 */

import { TextDecoder } from 'node:util';

export class DecodeError extends InputError {}

const NOT_UTF8 = 'is not valid UTF-8 text: save it as UTF-8 (or UTF-16 with a byte-order mark) and try again';

/** UTF-16 after its byte-order mark; an odd number of bytes or a lone surrogate is no UTF-16 text. */
function strictUtf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError('starts with a UTF-16 byte-order mark but is not valid UTF-16 text: save it as UTF-8 and try again');
  }
}

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictUtf16('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictUtf16('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3));
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError(NOT_UTF8);
  }
}

function normalise(text: string): string {
  // NUL never occurs in text; it does in UTF-16 without a BOM and in binary files.
  if (text.includes('\u0000')) throw new DecodeError('holds NUL bytes, so it is a binary file or UTF-16 without a byte-order mark: save it as UTF-8 and try again');
  return text.replace(/\r\n?/g, '\n');
}

export function decodeText(bytes: Uint8Array): string {
  return normalise(fromBom(bytes) ?? strictUtf8(bytes));
}

/** windows-1252 at 0x80–0x9F, which Node 20's decoder reads as Latin-1 control codes. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** A decoder for a charset label, or undefined when the label names none. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    const decoder = new TextDecoder(label.trim());
    // A page cannot really be UTF-16 without a BOM; browsers read such a label as UTF-8.
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return undefined;
  }
}

/** The charset an HTML page declares in its first 1024 bytes, as a browser's prescan finds it. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * An HTML page's text: a BOM wins, then the charset from the HTTP header (`charset`),
 * then the page's own declaration, then UTF-8 (strict).
 */
export function decodeHtml(bytes: Uint8Array, charset?: string): string {
  const bom = fromBom(bytes);
  if (bom !== undefined) return normalise(bom);
  for (const label of [charset, declaredCharset(bytes)]) {
    const decoder = label ? decoderFor(label) : undefined;
    if (decoder && decoder.encoding !== 'utf-8') return normalise(decodeWith(decoder, bytes));
  }
  try {
    return normalise(strictUtf8(bytes));
  } catch (e) {
    if (e instanceof DecodeError) throw new DecodeError('is not valid UTF-8 and declares no other charset: add <meta charset="…"> naming its encoding, or save it as UTF-8');
    throw e;
  }
}
