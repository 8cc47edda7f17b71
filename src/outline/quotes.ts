import type { Quote } from './outline.js';
import type { Prepared } from './prepare.js';
import { REPORTING_VERBS } from './lexicon.js';
import { wordCount } from './prepare.js';
import type { Word } from './words.js';

const QUOTED = /[“"]([^”"]{20,400})[”"]/;
const MIN_QUOTE_WORDS = 10;
const MAX_QUOTE_WORDS = 45;

/** The name next to a reporting verb: "…," said Ian Bremmer / Ian Bremmer said "…". */
function speaker(words: readonly Word[]): string | undefined {
  const verb = words.findIndex((w) => REPORTING_VERBS.has(w.lower) && !w.lead.match(/[“"]/));
  if (verb < 0) return undefined;
  const run = (from: number, step: number) => {
    const names: Word[] = [];
    for (let i = from; i >= 0 && i < words.length && words[i]!.tag === 'PROPN'; i += step) {
      if (step < 0 ? /[,;:]/.test(words[i]!.trail) && names.length > 0 : false) break;
      names.push(words[i]!);
      if (step > 0 && /[,;:.!?]/.test(words[i]!.trail)) break;
    }
    return step < 0 ? names.reverse() : names;
  };
  const after = run(verb + 1, 1);
  const before = run(verb - 1, -1);
  const name = after.length >= 2 ? after : before.length >= 1 ? before : after;
  if (name.length === 0) return undefined;
  return name.map((w) => w.core).join(' ').replace(/[’']s$/, '');
}

const TITLES = new Set([
  'president', 'prime', 'minister', 'chancellor', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince',
  'princess', 'pope', 'dr', 'mr', 'mrs', 'ms', 'professor', 'prof', 'sir', 'dame', 'lord', 'lady', 'general',
  'colonel', 'captain', 'judge', 'justice', 'chief', 'secretary', 'ambassador', 'chairman', 'chairwoman',
  'director', 'coach', 'sheriff', 'officer', 'rev', 'father', 'sister', 'brother', 'saint', 'st',
]);

/**
 * The fullest form of a name used in the article: "Kennedy" → "John F. Kennedy",
 * from the longest run of capitalised words ending in the same surname, titles left off.
 */
function fullName(prepared: Prepared, name: string): string {
  const longest = longestNameEndingIn(prepared, name.split(' ').pop()!.toLowerCase());
  return longest && longest.split(' ').length > name.split(' ').length ? longest : name;
}

/** The first of the longest names ending in a surname, found once a surname and article (each search reads the whole article). */
const longestNames = new WeakMap<Prepared, Map<string, string | undefined>>();

function longestNameEndingIn(prepared: Prepared, last: string): string | undefined {
  let known = longestNames.get(prepared);
  if (!known) longestNames.set(prepared, (known = new Map()));
  if (!known.has(last)) known.set(last, searchLongestName(prepared, last));
  return known.get(last);
}

function searchLongestName(prepared: Prepared, last: string): string | undefined {
  let best: string | undefined;
  for (const words of prepared.words) {
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.lower !== last || words[i]!.tag !== 'PROPN') continue;
      let start = i;
      while (start > 0 && words[start - 1]!.tag === 'PROPN' && !/[,;:]/.test(words[start - 1]!.trail) && i - start < 3) start--;
      while (start < i && TITLES.has(words[start]!.lower.replace(/\.$/, ''))) start++;
      const candidate = words.slice(start, i + 1).map((w, k, run) => w.core + (k < run.length - 1 && w.trail === '.' ? '.' : '')).join(' ').replace(/[’']s$/, '');
      if (best === undefined || candidate.split(' ').length > best.split(' ').length) best = candidate;
    }
  }
  return best;
}

/** A quotation in a sentence, with its speaker, worth a slide of its own. */
export function quoteInSentence(prepared: Prepared, id: number): Quote | undefined {
  const text = prepared.article.sentences[id]!.text;
  const m = QUOTED.exec(text);
  if (!m) return undefined;
  const quoted = m[1]!.trim().replace(/[,;:]$/, '');
  const n = wordCount(quoted);
  if (n < MIN_QUOTE_WORDS || n > MAX_QUOTE_WORDS) return undefined;
  const by = speaker(prepared.words[id]!);
  if (!by) return undefined;
  return { text: quoted, by: fullName(prepared, by), from: [id] };
}

/** A quotation block of the article, as a section's quote. */
export function quoteBlock(prepared: Prepared, block: number): Quote | undefined {
  const b = prepared.article.blocks[block];
  if (!b || b.kind !== 'quote') return undefined;
  const from = prepared.article.sentences.filter((s) => s.block === block).map((s) => s.id);
  const quote: Quote = { text: b.text, from };
  if (b.by) quote.by = b.by;
  return quote;
}
