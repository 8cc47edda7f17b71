import { join } from 'node:path';
import type { BuildResult } from '../build.js';
import { findChromium, NO_CHROMIUM } from './browser.js';
import { UserError } from './errors.js';
import { writeAtomic } from './files.js';
import type { OutputFormat } from './options.js';
import { printPdf } from './pdf.js';

/**
 * Check what writing the formats needs before anything is written: a PDF needs a
 * browser, and failing after the other files were replaced would leave a half build.
 */
export function checkFormats(formats: readonly OutputFormat[]): void {
  if (formats.includes('pdf') && !findChromium()) throw new UserError(`cannot write the PDF: ${NO_CHROMIUM}`);
}

/** The PDF of a deck; a browser that fails while printing is reported in one line, as any error a user can hit. */
async function pdfOf(html: string, path: string): Promise<Uint8Array> {
  try {
    return await printPdf(html);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${path}: Chromium could not print the deck (${String((e as Error).message).split('\n')[0]})`);
  }
}

/** Write the decks of a build into `dir` as `<slug>.html`, `<slug>.pptx` and `<slug>.pdf`; returns the paths. */
export async function writeDecks(result: BuildResult, dir: string, slug: string, formats: readonly OutputFormat[] = ['html', 'pptx']): Promise<string[]> {
  const written: string[] = [];
  if (result.html !== undefined && formats.includes('html')) {
    const path = join(dir, `${slug}.html`);
    writeAtomic(path, result.html);
    written.push(path);
  }
  if (result.pptx !== undefined) {
    const path = join(dir, `${slug}.pptx`);
    writeAtomic(path, result.pptx);
    written.push(path);
  }
  if (result.html !== undefined && formats.includes('pdf')) {
    const path = join(dir, `${slug}.pdf`);
    writeAtomic(path, await pdfOf(result.html, path));
    written.push(path);
  }
  return written;
}
