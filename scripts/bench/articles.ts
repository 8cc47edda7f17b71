import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Long articles for timing the analyser: the project's own fixture articles, paragraph
 * by paragraph, over and over until the length is reached, each paragraph numbered so
 * no two are the same.
 */

const root = join(import.meta.dirname, '..', '..');
const SOURCES = ['test/fixtures/urban-heat.txt', 'test/fixtures/moon-speech.txt', 'decks/putin-xi-state-visit/putin-xi-state-visit.txt'];

let paragraphs: string[] | undefined;

/** Plain text of about `words` words, in paragraphs separated by blank lines. */
export function generatedArticle(words: number): string {
  paragraphs ??= SOURCES.flatMap((f) => readFileSync(join(root, f), 'utf8').split(/\n+/)).filter((p) => p.split(/\s+/).length > 12);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = `${paragraphs[i % paragraphs.length]!} (${i + 1})`;
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}
