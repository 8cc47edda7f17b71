import type { CompressOptions } from './compress.js';
import { bulletOf, sayTheSame } from './bullets.js';
import type { Point } from './outline.js';
import type { Prepared } from './prepare.js';
import { wordCount } from './prepare.js';
import { centrality, normalise } from './rank.js';
import { isConcluding, isFormula, isSignpost, standalone } from './scores.js';
import { cosine } from './vectors.js';
import { terms } from './words.js';

/**
 * Takeaways: the key points of the whole article. Most texts state their point early
 * (the lead of a news story, the abstract and introduction of a paper), so the lead
 * prior is strong; centrality breaks ties towards sentences the rest of the text
 * elaborates; near-duplicates are skipped; each is compressed gently, keeping clauses.
 */

export const TAKEAWAY: CompressOptions = { target: 16, floor: 6, max: 20, clauses: false };

/** Two takeaways more alike than this say the same thing. */
const REDUNDANT = 0.5;

/** How many takeaways an article of `words` words gets: three to five. */
export function takeawayCount(words: number): number {
  return words < 300 ? 3 : words < 3000 ? 4 : 5;
}

function shape(text: string): number {
  const n = wordCount(text);
  return (n < 6 ? 0.5 : 1) * (/\?["”’)]*$/.test(text) ? 0.5 : 1) * (isFormula(text) ? 0.05 : 1) * (isSignpost(text) ? 0.3 : 1);
}

export function chooseTakeaways(prepared: Prepared, candidates: readonly number[], count: number): Point[] {
  const central = normalise(centrality(prepared.vectors));
  const scored = candidates.map((id, position) => {
    const text = prepared.article.sentences[id]!.text;
    // A sentence that announces a conclusion ("Overall, …", "In conclusion, …") states the
    // point as surely as the lead does.
    const rank = isConcluding(text) ? 0 : position;
    const candidate = bulletOf(prepared, id, TAKEAWAY);
    const score = ((0.5 * central[id]! + 0.5) / (1 + rank)) * shape(text) * standalone(text);
    return { id, candidate, score };
  });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  const chosen: (typeof scored[number] & { terms: ReadonlySet<string> })[] = [];
  for (const s of scored) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => cosine(prepared.vectors[c.id]!, prepared.vectors[s.id]!) > REDUNDANT)) continue;
    // Two sentences can differ where their takeaways do not (a caption and the text it repeats).
    const own = new Set(terms(s.candidate.point.text));
    if (chosen.some((c) => sayTheSame(c.terms, own))) continue;
    chosen.push({ ...s, terms: own });
  }
  return chosen.sort((a, b) => a.id - b.id).map((c) => c.candidate.point);
}
