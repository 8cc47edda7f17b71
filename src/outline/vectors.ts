
/** A sparse term vector, L2-normalised. */
export type Vector = Map<string, number>;

/** Inverse document frequency of every term over the given texts (smoothed, never negative). */
export function inverseFrequencies(docs: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log(1 + n / f));
  return idf;
}

/** TF-IDF vector of one bag of terms, with sublinear term frequency. */
export function vectorOf(doc: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 0);
    if (w > 0) {
      v.set(t, w);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  // Called for every pair of sentences, mostly in code not yet optimised, where each
  // [term, weight] pair of a for-of loop is an allocation: forEach makes none.
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((w, t) => {
    const o = large.get(t);
    if (o !== undefined) sum += w * o;
  });
  return sum;
}

/** The sum of several vectors, normalised: the centroid direction of a passage. */
export function centroid(vectors: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vectors) v.forEach((w, t) => sum.set(t, (sum.get(t) ?? 0) + w));
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of sum) sum.set(t, w / norm);
  return sum;
}

