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
  // Divide, one cut at a time, at the deepest dip, weighted by the size of the segment it
  // splits: a deep dip in a large segment beats a slightly deeper one in a small segment.
  const starts = [0];
  while (starts.length < segments) {
    let best = -1;
    let bestValue = -Infinity;
    for (let g = 1; g < n; g++) {
      if (starts.includes(g)) continue;
      const from = Math.max(...starts.filter((s) => s < g));
      const to = Math.min(n, ...starts.filter((s) => s > g));
      if (g - from < minUnits || to - g < minUnits) continue;
      const value = depth[g - 1]! * Math.sqrt((to - from) / n);
      if (value > bestValue) {
        bestValue = value;
        best = g;
      }
    }
    if (best < 0) break;
    starts.push(best);
    starts.sort((a, b) => a - b);
  }
  return starts;
}
