import { join } from 'node:path';
import type { BuildResult } from '../build.js';
import { writeAtomic } from './files.js';

/** Write the decks of a build into `dir` as `<slug>.html` and `<slug>.pptx`; returns the paths. */
export function writeDecks(result: BuildResult, dir: string, slug: string): string[] {
  const written: string[] = [];
  if (result.html !== undefined) {
    const path = join(dir, `${slug}.html`);
    writeAtomic(path, result.html);
    written.push(path);
  }
  if (result.pptx !== undefined) {
    const path = join(dir, `${slug}.pptx`);
    writeAtomic(path, result.pptx);
    written.push(path);
  }
  return written;
}
