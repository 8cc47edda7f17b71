import { cosine, centroid, type Vector } from './vectors.js';

/**
 * Topic segmentation by lexical cohesion (in the manner of TextTiling): compare the
 * units before and after each gap, and cut where cohesion dips deepest relative to
 * its neighbours. Returns the unit indices where each segment starts (always 0 first).
 */
export function segmentByCohesion(units: readonly Vector[], segments: number, minUnits = 1, window = 2): number[] {
  const n = units.length;
  if (segments <= 1 || n <= 1) return [0];
  const gaps: number[] = [];
  for (let g = 1; g < n; g++) {
    const left = centroid(units.slice(Math.max(0, g - window), g));
    const right = centroid(units.slice(g, Math.min(n, g + window)));
    gaps.push(cosine(left, right));
  }
  // Depth: how far cohesion falls at a gap from the highest points on either side.
  const depth = gaps.map((c, i) => {
    let l = c;
    for (let j = i - 1; j >= 0 && gaps[j]! >= l; j--) l = gaps[j]!;
    let r = c;
    for (let j = i + 1; j < gaps.length && gaps[j]! >= r; j++) r = gaps[j]!;
    return l - c + (r - c) + (1 - c) * 0.1;
  });
  const order = depth.map((d, i) => ({ d, at: i + 1 })).sort((a, b) => b.d - a.d || a.at - b.at);
  const starts = [0];
  for (const { at } of order) {
    if (starts.length >= segments) break;
    const candidate = [...starts, at].sort((a, b) => a - b);
    const sizes = candidate.map((s, i) => (candidate[i + 1] ?? n) - s);
    if (sizes.every((size) => size >= minUnits)) starts.splice(0, starts.length, ...candidate);
  }
  return starts;
}
