import { cosine, type Vector } from './vectors.js';

/**
 * Centrality of each sentence: its mean similarity to the others, computed against
 * running sums so the cost grows with the text, not its square. Similarity to what
 * follows counts fully and to what precedes at `backWeight` (half by default): a
 * sentence that announces what the text goes on to say is more central than one that
 * repeats what was said.
 */
export function centrality(vectors: readonly Vector[], backWeight = 0.5): number[] {
  const n = vectors.length;
  if (n <= 1) return vectors.map(() => 1);
  const total: Vector = new Map();
  for (const v of vectors) for (const [t, w] of v) total.set(t, (total.get(t) ?? 0) + w);
  const before: Vector = new Map();
  const out: number[] = [];
  for (const v of vectors) {
    const self = cosine(v, v);
    const all = cosine(v, total) - self;
    const back = cosine(v, before);
    const forward = all - back;
    out.push((forward + backWeight * back) / (n - 1));
    for (const [t, w] of v) before.set(t, (before.get(t) ?? 0) + w);
  }
  return out;
}

/** Scale to 0..1 by the maximum (all zeros stay zeros). */
export function normalise(values: readonly number[]): number[] {
  // A loop, not Math.max(...values): a long text has more sentences than the call stack takes arguments.
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}

/**
 * Maximal marginal relevance: pick `k` items, each time the one whose score, less its
 * similarity to what is already picked (or `shown` before), is highest. Returns indices
 * into `scores`. An item `accept` turns down is passed over for the next.
 */
export function selectDiverse(
  candidates: readonly number[],
  scores: readonly number[],
  vectors: readonly Vector[],
  k: number,
  lambda = 0.7,
  shown: readonly number[] = [],
  accept: (item: number, chosen: readonly number[]) => boolean = () => true,
): number[] {
  const chosen: number[] = [];
  const left = new Set(candidates);
  // Each item's greatest similarity to what is shown or chosen, brought up to date with
  // each new choice rather than recomputed against all of them.
  const redundancy = new Map<number, number>();
  for (const c of candidates) {
    let most = 0;
    for (const s of shown) most = Math.max(most, cosine(vectors[c]!, vectors[s]!));
    redundancy.set(c, most);
  }
  // Passing over more items than are asked for would only read on down a long list.
  let passed = 0;
  while (chosen.length < k && left.size > 0 && passed < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (const c of left) {
      const value = lambda * scores[c]! - (1 - lambda) * redundancy.get(c)!;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    left.delete(best);
    if (!accept(best, chosen)) {
      passed++;
      continue;
    }
    chosen.push(best);
    for (const c of left) redundancy.set(c, Math.max(redundancy.get(c)!, cosine(vectors[c]!, vectors[best]!)));
  }
  return chosen;
}
