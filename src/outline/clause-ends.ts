import { endsWithComma, hasFinite } from './compress-rules.js';
import { SUBJECT_ONLY_PRONOUNS } from './lexicon.js';
import { surface, type Tag, type Word } from './words.js';

/**
 * Whether a bullet's words read as finished: nothing left open at the end (a word that
 * promises more, a bracket, a verb without what it needs) and a clause with its verb, not
 * an opening phrase or subordinate clause alone. Compression asks this of every cut and
 * deletion; scoring asks it of whole sentences.
 */

/** "in the shadow of one [of the largest ports]": a cut between a part and the whole it is a part of. */
export const partWithoutWhole = (words: readonly Word[], end: number) => words[end]?.lower === 'of' && PARTITIVES.has(words[end - 1]!.lower);

/** Words naming a part or a number of something, which "of" completes. */
const PARTITIVES = new Set(['one', 'some', 'many', 'most', 'each', 'all', 'none', 'any', 'both', 'several', 'few', 'much', 'part', 'number', 'lot', 'lots', 'kind', 'type', 'sort', 'member', 'rest', 'majority', 'half']);

export const CONTENT: ReadonlySet<Tag> = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'VERB', 'PRON']);
export const SUBJECT_PRONOUNS = new Set([...SUBJECT_ONLY_PRONOUNS, 'who', 'which', 'that']);
/** Words that open a clause of their own: what follows them needs its verb. */
const SUBORDINATORS = new Set(['if', 'that', 'because', 'although', 'though', 'when', 'while', 'whether', 'which', 'who', 'whom', 'since', 'unless', 'until', 'where', 'whereas']);
/**
 * Prepositions that need their object: a bullet ending on one is cut off ("… is often referred to").
 * Particles that also end phrasal verbs ("set up", "logged in") are not among them.
 */
const STRANDED = ['of', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'at', 'between', 'among', 'via', 'towards', 'toward', 'upon', 'within', 'without', 'during', 'against', 'across', 'through', 'like', 'including'];
/** Words that open an enumeration: a bullet ending on one stops before its first item. */
const ENUMERATING = ['firstly', 'secondly', 'namely', 'follows'];
/** Words that open a clause before the main one when they start a sentence ("Since we …", "When it …"). */
const OPENS_CLAUSE_AT_START = new Set(['since', 'when', 'while', 'once', 'after', 'before', 'until', 'whenever']);
/** Openings of a clause that cannot stand alone ("whether", "that", "since" … can also start one that does). */
const OPENS_SUBORDINATE = new Set(['if', 'although', 'though', 'because', 'unless', 'whereas']);
/**
 * Words that promise more: a bullet ending on one reads as cut off ("… indicated that",
 * "… words such", "… did not drift, even", "… a tree, i.e.").
 */
const PROMISSORY = new Set([...SUBORDINATORS, 'such', 'as', 'than', 'so', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'whose', 'even', 'e.g', 'i.e', 'viz', ...STRANDED, ...ENUMERATING]);
/** Forms of "be" that need their complement after them. */
const BE = new Set(['is', 'are', 'was', 'were']);
/** Nouns that announce a purpose or a hope after "in the" or "with the". */
const PURPOSE_NOUNS = new Set(['hope', 'hopes', 'effort', 'attempt', 'aim', 'bid', 'belief', 'expectation', 'intention', 'view']);
/** Words that let a clause end on its verb "to be" ("… what the cost was", "… how large the set is"). */
const WH = new Set(['what', 'how', 'which', 'who', 'where', 'whatever', 'whether', 'however', 'wherever']);

/**
 * Whether a bullet's last words leave it open, waiting for words that were cut: a word
 * that promises more, a subject without its verb ("…, we"), "in order" without its "to",
 * a verb "to be" without its complement ("… the readings are", "… the readings are often"),
 * or a clause after a semicolon reduced to a word or two ("…; however").
 */
export function endsOpen(words: readonly Word[]): boolean {
  const n = words.length;
  const last = words[n - 1];
  if (!last || last.tag === 'PUNCT') return true;
  if (PROMISSORY.has(last.lower) || SUBJECT_ONLY_PRONOUNS.has(last.lower) || /-(e\.g|i\.e)$/.test(last.lower)) return true;
  const before = words[n - 2];
  if (last.lower === 'order' && before?.lower === 'in') return true;
  // "… in the hope", "… in an effort", "… with the aim": a purpose announced, not given.
  if (PURPOSE_NOUNS.has(last.lower) && before?.tag === 'DET' && (words[n - 3]?.lower === 'in' || words[n - 3]?.lower === 'with')) return true;
  const be = BE.has(last.lower) ? n - 1 : last.tag === 'ADV' && before?.tag === 'AUX' ? n - 2 : -1;
  if (be >= 0 && !words.some((w, i) => i < be - 1 && WH.has(w.lower))) return true;
  return semicolonTail(words);
}

/** "… the spring readings; however": at most two words, none a verb, after the last semicolon outside brackets. */
function semicolonTail(words: readonly Word[]): boolean {
  let depth = 0;
  let semicolon = -1;
  words.forEach((w, i) => {
    depth += bracketBalance(w);
    // A semicolon set off by spaces is a word of its own.
    if (depth === 0 && (w.core === '' ? w.lead + w.trail : w.trail).includes(';')) semicolon = i;
  });
  if (semicolon < 0) return false;
  const tail = words.slice(semicolon + 1);
  return tail.length > 0 && tail.length <= 2 && !hasFinite(tail);
}

/** Whether the words open a bracket they do not close ("… a set S(x"). */
export function leavesBracketOpen(words: readonly Word[]): boolean {
  let depth = 0;
  for (const w of words) depth += bracketBalance(w);
  return depth > 0;
}

const BRACKET = /[()[\]{}]/;

/** Brackets a word opens less those it closes. */
function bracketBalance(w: Word): number {
  const text = surface(w);
  if (!BRACKET.test(text)) return 0;
  let depth = 0;
  for (const ch of text) depth += '([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0;
  return depth;
}

export function endsOnPromise(words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  return !last || endsOpen(words) || COORDINATORS.has(last.lower);
}

const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'yet']);

/**
 * "To keep the channel clear", "Since the gauges are read by hand", "Unlike the old
 * gauges": a purpose, a subordinate clause or an opening phrase at the start without the
 * main clause after it, set off by a comma or with a subject pronoun of its own ("To
 * compare them we report …").
 */
export function lacksMainClause(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first || !(first.tag === 'TO' || OPENS_CLAUSE_AT_START.has(first.lower) || opensWithAdjunct(words))) return false;
  const comma = words.findIndex((w) => endsWithComma(w));
  if (comma >= 0 && hasFinite(words.slice(comma + 1))) return false;
  const subject = words.findIndex((w, i) => i > 1 && w.tag === 'PRON' && SUBJECT_PRONOUNS.has(w.lower));
  return !(subject > 0 && hasFinite(words.slice(subject + 1)));
}

/** Phrases that open a sentence with what it is compared to or caused by, before the main clause. */
const ADJUNCT_OPENERS = [
  'similar to', 'compared to', 'compared with', 'due to', 'according to', 'contrary to', 'thanks to', 'owing to',
  'relative to', 'unlike', 'despite', 'regardless of', 'because of', 'apart from', 'as opposed to', 'in contrast to',
  'in comparison to', 'in comparison with', 'in addition to', 'in spite of',
].map((m) => m.split(' '));

/** "Similar to the inner basin", "Despite the rain": an opening phrase that needs the main clause after it. */
function opensWithAdjunct(words: readonly Word[]): boolean {
  return ADJUNCT_OPENERS.some((m) => m.every((x, i) => words[i]?.lower === x));
}

/** Whether a bullet's words end where a reader expects an end: on a content word, with the last clause holding its verb. */
export function clauseComplete(words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  if (!last || endsOpen(words) || leavesBracketOpen(words)) return false;
  if (lacksMainClause(words)) return false;
  // "… plays two roles: first", "… three levels: G", "… three methods: 1": one lowercase word, letter or number after a
  // colon starts the list the colon announces (a title, "Tides: A History", does not).
  if (words.length > 2 && words[words.length - 2]!.trail.includes(':') && /^(\p{Ll}|\p{L}$|\d+$|[Ff]irst(ly)?$)/u.test(last.core)) return false;
  // "Even though it is efficient", "For one pair, if all are classified": a subordinate
  // clause before any verb of the main clause needs that clause after its comma.
  const opens = words.findIndex((w) => OPENS_SUBORDINATE.has(w.lower));
  if (opens >= 0 && !hasFinite(words.slice(0, opens))) {
    const comma = words.findIndex((w, i) => i > opens && endsWithComma(w));
    if (comma < 0 || !hasFinite(words.slice(comma + 1))) return false;
  }
  if (interruptedThatClause(words)) return false;
  let opener = -1;
  words.forEach((w, i) => {
    if (i > 0 && SUBORDINATORS.has(w.lower)) opener = i;
  });
  // "… indicated that although they …": the clause after "that" goes on past the one it opens with.
  if (opener > 0 && words[opener - 1]!.lower === 'that') {
    const comma = words.findIndex((w, i) => i >= opener && endsWithComma(w));
    return comma >= 0 && hasFinite(words.slice(comma + 1));
  }
  return opener < 0 || hasFinite(words.slice(opener + 1));
}

/**
 * "The reason is that, unlike the radar gauges on the outer wall", "a survey that, we
 * think": a "that" clause interrupted after its comma by a phrase or an aside, and not
 * taken up again after a later comma.
 */
export function interruptedThatClause(words: readonly Word[]): boolean {
  const that = words.findIndex((w, i) => i > 0 && w.lower === 'that' && w.trail.includes(','));
  if (that < 0) return false;
  const rest = words.slice(that + 1);
  const first = rest[0];
  const interrupted = rest.length <= 2 || (first !== undefined && (first.tag === 'PREP' || first.tag === 'ADV' || SUBORDINATORS.has(first.lower) || OPENS_SUBORDINATE.has(first.lower)));
  if (!interrupted) return false;
  const comma = rest.findIndex((w) => endsWithComma(w));
  return comma < 0 || !hasFinite(rest.slice(comma + 1));
}
