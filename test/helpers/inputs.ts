import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures.js';

export const INPUTS = join(FIXTURES, 'inputs');

/** The UTF-8 text fixture that the re-encoded copies are made from. */
export const WINTER = join(INPUTS, 'winter-cycling.txt');

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

/** The same article in every encoding and line ending deckwright reads, by fixture name. */
export function encodedFixtures(): Record<string, Buffer> {
  const text = readFileSync(WINTER, 'utf8');
  const crlf = text.replace(/\n/g, '\r\n');
  return {
    'winter-cycling.utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    'winter-cycling.crlf.txt': Buffer.from(crlf, 'utf8'),
    'winter-cycling.utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]),
    'winter-cycling.utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
  };
}
