/** Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; line ends normalised. */

export class DecodeError extends Error {}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new DecodeError('is not valid UTF-8 text: save it as UTF-8 and try again');
    }
  }
  return text.replace(/\r\n?/g, '\n');
}
