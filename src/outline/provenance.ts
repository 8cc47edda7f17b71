import type { Point } from './outline.js';

/** Words of a text for comparing provenance: lowercase letters and digits, punctuation aside. */
export function provenanceTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether `words` appear, in order, within `source` (not necessarily next to each other). */
export function isSubsequence(words: readonly string[], source: readonly string[]): boolean {
  let at = 0;
  for (const w of words) {
    while (at < source.length && source[at] !== w) at++;
    if (at === source.length) return false;
    at++;
  }
  return true;
}

/**
 * Whether a point can be traced to its source: it cites sentences, and its words
 * appear in order in those sentences (taken in the order cited).
 */
export function isTraceable(point: Pick<Point, 'text' | 'from'>, sentences: readonly string[]): boolean {
  if (!point.from || point.from.length === 0) return false;
  const source = point.from.flatMap((id) => (sentences[id] === undefined ? [] : provenanceTokens(sentences[id]!)));
  if (source.length === 0) return false;
  return isSubsequence(provenanceTokens(point.text), source);
}
