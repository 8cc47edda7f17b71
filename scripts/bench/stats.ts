/** Small statistics for the benchmark. */

export function median(xs: readonly number[]): number {
  if (!xs.length) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * How time grows with size between two points, as the exponent k of time ∝ size^k:
 * 1 is linear, 2 quadratic.
 */
export function growthExponent(size1: number, time1: number, size2: number, time2: number): number {
  return Math.log(time2 / time1) / Math.log(size2 / size1);
}
