import { join } from 'node:path';
import type { BuildResult } from '../build.js';
import { findChromium, NO_CHROMIUM } from './browser.js';
import { UserError } from './errors.js';
import { writeAtomicAsync } from './files.js';
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

/** A file a build writes, made in memory first. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * The decks of a build as `<slug>.html`, `<slug>.pptx` and `<slug>.pdf` in `dir`, all
 * made (the PDF printed) before any is written, so a failure leaves the old files as
 * they were.
 */
export async function deckFiles(result: BuildResult, dir: string, slug: string, formats: readonly OutputFormat[] = ['html', 'pptx']): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  if (result.html !== undefined && formats.includes('html')) files.push({ path: join(dir, `${slug}.html`), data: result.html });
  if (result.pptx !== undefined) files.push({ path: join(dir, `${slug}.pptx`), data: result.pptx });
  if (result.html !== undefined && formats.includes('pdf')) {
    const path = join(dir, `${slug}.pdf`);
    files.push({ path, data: await pdfOf(result.html, path) });
  }
  return files;
}

/**
 * Write each file atomically, the waits for the disk (fsync) at the same time; returns
 * their paths. A failure is reported once every write has ended, so none is still going
 * (its temporary file not yet removed) when the command exits.
 */
export async function writeFiles(files: readonly OutputFile[]): Promise<string[]> {
  const results = await Promise.allSettled(files.map((f) => writeAtomicAsync(f.path, f.data)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return files.map((f) => f.path);
}

/** Make the decks of a build, then write them; returns the paths. */
export async function writeDecks(result: BuildResult, dir: string, slug: string, formats: readonly OutputFormat[] = ['html', 'pptx']): Promise<string[]> {
  return writeFiles(await deckFiles(result, dir, slug, formats));
}
