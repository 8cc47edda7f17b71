import { stemmer } from 'stemmer';

/**
 * ROUGE as Google's rouge_score package computes it, so figures compare with published
 * ones: lowercase, every character outside a-z0-9 a space, Porter stems for tokens
 * longer than 3 characters; ROUGE-N F1 from clipped n-gram overlap; ROUGE-Lsum from the
 * union LCS of each reference line against all candidate lines.
 */

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function tokens(text: string, stem = true): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (stem && t.length > 3 ? stemmer(t) : t));
}

function fscore(hits: number, candidate: number, reference: number): Score {
  const precision = candidate > 0 ? hits / candidate : 0;
  const recall = reference > 0 ? hits / reference : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngrams(list: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= list.length; i++) {
    const key = list.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function rougeN(candidate: string, reference: string, n: number): Score {
  const c = ngrams(tokens(candidate), n);
  const r = ngrams(tokens(reference), n);
  let hits = 0;
  for (const [g, count] of r) hits += Math.min(count, c.get(g) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return fscore(hits, total(c), total(r));
}

/** Indices into `a` of one longest common subsequence of `a` and `b`. */
function lcsIndices(a: readonly string[], b: readonly string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] = a[i - 1] === b[j - 1] ? table[(i - 1) * cols + j - 1]! + 1 : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! > table[i * cols + j - 1]!) i--;
    else j--;
  }
  return out.reverse();
}

/** ROUGE-Lsum: lines are sentences; each reference line is matched against all candidate lines. */
export function rougeLsum(candidate: string, reference: string): Score {
  const lines = (t: string) => t.split('\n').map((l) => tokens(l)).filter((l) => l.length > 0);
  const cand = lines(candidate);
  const ref = lines(reference);
  const m = ref.reduce((n, l) => n + l.length, 0);
  const n = cand.reduce((k, l) => k + l.length, 0);
  if (m === 0 || n === 0) return fscore(0, n, m);
  const count = (ls: string[][]) => {
    const c = new Map<string, number>();
    for (const l of ls) for (const t of l) c.set(t, (c.get(t) ?? 0) + 1);
    return c;
  };
  const left = { r: count(ref), c: count(cand) };
  let hits = 0;
  for (const r of ref) {
    const union = new Set<number>();
    for (const c of cand) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i]!;
      if ((left.c.get(t) ?? 0) > 0 && (left.r.get(t) ?? 0) > 0) {
        hits++;
        left.c.set(t, left.c.get(t)! - 1);
        left.r.set(t, left.r.get(t)! - 1);
      }
    }
  }
  return fscore(hits, n, m);
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

/** F1 of ROUGE-1, ROUGE-2 and ROUGE-Lsum (0..1). */
export function rouge(candidate: string, reference: string): RougeScores {
  return { rouge1: rougeN(candidate, reference, 1).f1, rouge2: rougeN(candidate, reference, 2).f1, rougeLsum: rougeLsum(candidate, reference).f1 };
}
