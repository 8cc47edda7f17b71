import type { Prepared } from './prepare.js';
import { centrality, normalise } from './rank.js';
import { wordCount } from './prepare.js';

export interface Weights {
  /** Weight of centrality against position. */
  centrality: number;
  /** Weight of the sentence's place in the article (the lead is strong). */
  lead: number;
  /** How quickly the lead prior falls off, in sentences. */
  leadSpan: number;
}

/** Fit of a sentence to be shown at all: too short says little, a question or a long one reads badly. */
function shape(text: string): number {
  const words = wordCount(text);
  let factor = 1;
  if (words < 6) factor *= 0.5;
  else if (words > 40) factor *= 0.8;
  if (/\?["”’)]*$/.test(text)) factor *= 0.5;
  if (/^["“‘]/.test(text)) factor *= 0.85;
  return factor;
}

/**
 * A score per sentence: centrality in the whole article and nearness to its start,
 * weighted, then scaled by how well the sentence would read as a bullet.
 */
export function scoreSentences(prepared: Prepared, weights: Weights): number[] {
  const central = normalise(centrality(prepared.vectors));
  return prepared.article.sentences.map((s, i) => {
    const lead = 1 / (1 + i / weights.leadSpan);
    return (weights.centrality * central[i]! + weights.lead * lead) * shape(s.text);
  });
}
