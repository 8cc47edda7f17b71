import { zip, type ZipEntry } from '../../src/render/pptx/zip.js';

/**
 * JSZip as pptxgenjs uses it to write a deck, for the command-line bundle (see
 * scripts/bundle-cli.ts): the parts kept as given and stored in one pass with Node's
 * zlib (src/render/pptx/zip.ts). deckwright reads pptxgenjs's package back and zips it
 * again itself, so JSZip's work (its own CRC-32 in JavaScript, a stream of workers
 * yielding to the event loop between chunks) was thrown away: ~15-20 ms of a seed build.
 * The parts are the same, so the decks are the same bytes. Anything else pptxgenjs could
 * ask (charts' embedded workbooks, output other than a Buffer) fails loudly.
 */
export default class PptxgenjsZip {
  private readonly entries: ZipEntry[] = [];

  /** pptxgenjs makes empty folders, which a zip of parts does not need. */
  folder(): this {
    return this;
  }

  file(name: string, data: string, options?: { base64?: boolean }): this {
    this.entries.push({ name, data: Buffer.from(data, options?.base64 ? 'base64' : 'utf8'), deflate: false });
    return this;
  }

  async generateAsync(options: { type?: string }): Promise<Buffer> {
    if (options.type !== 'nodebuffer') throw new Error(`the bundled pptxgenjs writes a Node Buffer only, not ${options.type}`);
    return Buffer.from(zip(this.entries, new Date(Date.UTC(2000, 0, 1))));
  }
}
