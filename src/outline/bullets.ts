import type { Point } from './outline.js';
import type { Prepared } from './prepare.js';
import { wordCount } from './prepare.js';
import { selectDiverse } from './rank.js';
import { compressWords, wordsToText, type CompressOptions } from './compress.js';
import { cosine, vectorOf } from './vectors.js';
import { terms } from './words.js';
import { keyPhraseShare } from './keyphrases.js';

export const BULLET: CompressOptions = { target: 12, floor: 6, max: 20, clauses: true };

export interface Candidate {
  point: Point;
  /** How well the bullet keeps its sentence, 0..1 (see compressionFit). */
  fit: number;
}

/** A sentence as a bullet, citing it, with how well the compression went. */
export function bulletOf(prepared: Prepared, id: number, options: CompressOptions = BULLET): Candidate {
  const { words, cut } = compressWords(prepared.words[id]!, options);
  const text = wordsToText(words);
  return { point: { text, from: [id] }, fit: compressionFit(prepared, id, text, cut, options.target) };
}

/**
 * How well a compressed bullet keeps its sentence and reads on a slide: the share of the
 * sentence's meaning (term vector) it keeps, a penalty when it had to be cut at the
 * length limit, and a gentle one for running past the target length.
 */
function compressionFit(prepared: Prepared, id: number, text: string, cut: boolean, target: number): number {
  const kept = cosine(prepared.vectors[id]!, vectorOf(terms(text), prepared.idf));
  const length = Math.min(1, (target + 0.5) / Math.max(1, wordCount(text)));
  return (0.6 + 0.4 * kept) * (cut ? 0.6 : 1) * length;
}

/**
 * How many bullets a section of `n` sentences earns: about the square root of `n` (a
 * short text keeps more of its sentences), a quarter of a long one; at least three from
 * four sentences on, at most eight.
 */
export function bulletBudget(n: number): number {
  const least = Math.min(n, n >= 4 ? 3 : 2);
  return Math.max(least, Math.min(8, Math.max(Math.round(Math.sqrt(n)), Math.ceil(n * 0.25))));
}

/**
 * How strongly a bullet's key phrases (see keyphrases.ts) count: a bullet made wholly
 * of phrases found in every sentence would score seven times one in words used once.
 * Measured on both development sets, the choice of sentences improves up to about this
 * weight and no further.
 */
const KEY_PHRASE_WEIGHT = 6;

export interface DeckContext {
  /** Sentences already shown elsewhere in the deck (takeaways, earlier sections). */
  shown: readonly number[];
  /** How often each content word pair occurs in the article (pairFrequencies). */
  pairs: ReadonlyMap<string, number>;
}

/**
 * The section's best sentences, diverse and in reading order, each compressed.
 * `candidates` are sentence ids; bullets with the same text are kept once. With a
 * `deck`, a sentence already shown is not repeated when the section has enough others, one like it is less welcome (the
 * deck says each thing once), and bullets in the article's key phrases are preferred.
 */
export function chooseBullets(
  prepared: Prepared,
  candidates: readonly number[],
  scores: readonly number[],
  budget: number,
  deck?: DeckContext,
  options: CompressOptions = BULLET,
): Point[] {
  const usable = candidates.filter((id) => wordCount(prepared.article.sentences[id]!.text) >= 4);
  const shown = new Set(deck?.shown ?? []);
  const fresh = usable.filter((id) => !shown.has(id));
  // A short section whose sentences the takeaways already show keeps them rather than
  // falling below its budget: a slide of one bullet reads thin.
  const pool = fresh.length >= budget ? fresh : usable.length ? usable : candidates;
  const bullets = new Map(pool.map((id) => [id, bulletOf(prepared, id, options)]));
  const sentences = prepared.article.sentences.length;
  // A sentence that compresses badly (cut at the length limit) makes a worse bullet.
  const adjusted = [...scores];
  for (const [id, candidate] of bullets) {
    const key = deck ? keyPhraseShare(candidate.point.text, deck.pairs, sentences) : 0;
    adjusted[id] = scores[id]! * candidate.fit * (1 + KEY_PHRASE_WEIGHT * key);
  }
  // A bullet that says what a better one already says ("She could face ten years in
  // prison" after "The keeper could face …") gives way to the next in the ranking: two
  // sentences can differ where their bullets do not.
  const termsOf = new Map<number, ReadonlySet<string>>();
  const own = (id: number) => termsOf.get(id) ?? termsOf.set(id, new Set(terms(bullets.get(id)!.point.text))).get(id)!;
  const saysNew = (id: number, chosen: readonly number[]) => bullets.get(id)!.point.text !== '' && !chosen.some((c) => sayTheSame(own(id), own(c)));
  const picked = selectDiverse(pool, adjusted, prepared.vectors, budget, undefined, deck?.shown, saysNew);
  return picked.sort((a, b) => a - b).map((id) => bullets.get(id)!.point);
}

/** Whether two bullets say the same: nearly all content words of the shorter are in the other. */
export function sayTheSame(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size <= b.size ? contained(a, b) : contained(b, a);
}

/** Whether nearly all of `small`'s content words are in `large`. */
function contained(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  if (small.size === 0) return large.size === 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size >= 0.8;
}

/**
 * A list from the article carried over as points; nested items become sub-points. Only
 * the items whose sentences are `within` the section count: a long list cut into
 * several sections gives each its own items.
 */
export function listPoints(prepared: Prepared, block: number, within: ReadonlySet<number>): Point[] {
  const b = prepared.article.blocks[block];
  if (!b || b.kind !== 'list') return [];
  const byItem = new Map<number, number[]>();
  for (const s of prepared.article.sentences) {
    if (s.block !== block || s.item === undefined) continue;
    byItem.set(s.item, [...(byItem.get(s.item) ?? []), s.id]);
  }
  const points: Point[] = [];
  const stack: Point[][] = [points];
  b.items.forEach((item, index) => {
    const ids = byItem.get(index) ?? [];
    if (!ids.some((id) => within.has(id))) return;
    const long = wordCount(item.text) > BULLET.max;
    const point: Point = long && ids.length ? bulletOf(prepared, ids[0]!).point : { text: item.text, from: ids };
    if (long && ids.length) point.from = [ids[0]!];
    const depth = Math.min(item.depth, stack.length - 1, 1);
    stack.length = depth + 1;
    stack[depth]!.push(point);
    point.points = [];
    stack.push(point.points);
  });
  const prune = (ps: Point[]) => {
    for (const p of ps) {
      if (p.points && p.points.length === 0) delete p.points;
      else if (p.points) prune(p.points);
    }
  };
  prune(points);
  return points;
}
