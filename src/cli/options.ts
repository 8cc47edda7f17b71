import type { Format } from '../build.js';
import type { SlideSize } from '../compose/geometry.js';
import { UserError } from './errors.js';

/** What the CLI can write: the library's formats, and a PDF printed from the HTML deck by Chromium. */
export type OutputFormat = Format | 'pdf';

export const FORMATS: readonly OutputFormat[] = ['html', 'pptx', 'pdf'];

/** "--format html,pptx" as a list, rejecting what deckwright cannot write. */
export function parseFormats(value: string | undefined): OutputFormat[] {
  const list = (value ?? 'html,pptx').split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of list) {
    if (!FORMATS.includes(f as OutputFormat)) throw new UserError(`--format: unknown format "${f}" (use one or more of ${FORMATS.join(', ')})`, 2);
  }
  if (list.length === 0) throw new UserError(`--format: name at least one of ${FORMATS.join(', ')}`, 2);
  return [...new Set(list)] as OutputFormat[];
}

/** The formats to ask the library for: the PDF is printed from the HTML deck. */
export function libraryFormats(formats: readonly OutputFormat[]): Format[] {
  return [...new Set(formats.map((f) => (f === 'pdf' ? 'html' : f)))];
}

export function parseSize(value: string | undefined): SlideSize {
  if (value === undefined || value === '16:9') return '16:9';
  if (value === '4:3') return '4:3';
  throw new UserError(`--size: "${value}" is not a slide size (use 16:9 or 4:3)`, 2);
}
