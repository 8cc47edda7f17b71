import { STOPWORDS } from './lexicon.js';
import type { Prepared } from './prepare.js';
import { provenanceTokens } from './provenance.js';

/**
 * Key phrases: the two-word terms an article keeps coming back to ("topic embedding",
 * "machine translation"). A lecturer names things by the text's own terms, so a bullet
 * that carries them is more worth showing than one in words the text uses once.
 */

/** Adjacent word pairs of a text, both words carrying content (no stopwords, no bare numbers). */
export function contentPairs(text: string): string[] {
  const words = provenanceTokens(text);
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (isContent(a) && isContent(b)) pairs.push(`${a} ${b}`);
  }
  return pairs;
}

function isContent(word: string): boolean {
  return !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/** In how many of the article's sentences each content pair occurs. */
export function pairFrequencies(prepared: Prepared): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of prepared.article.sentences) for (const p of new Set(contentPairs(s.text))) df.set(p, (df.get(p) ?? 0) + 1);
  return df;
}

/**
 * How much a text speaks in the article's key phrases, 0..1: over all its word pairs,
 * the mean of log(sentences holding the pair) / log(sentences in the article), a pair
 * without content counting 0.
 */
export function keyPhraseShare(text: string, frequencies: ReadonlyMap<string, number>, sentences: number): number {
  const all = provenanceTokens(text).length - 1;
  if (all <= 0 || sentences < 2) return 0;
  let sum = 0;
  for (const p of contentPairs(text)) sum += Math.log(frequencies.get(p) ?? 1);
  return sum / all / Math.log(sentences);
}
