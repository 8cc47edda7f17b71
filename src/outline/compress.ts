import { ALWAYS, CLAUSE_RULES, WHEN_LONG, count, dropDiscourseOpener, endsWithComma, hasFinite } from './compress-rules.js';
import { surface, tokenize, type Tag, type Word } from './words.js';

/**
 * Sentence compression by deletion only: every rule removes a span of words, so a
 * bullet's words always appear, in order, in its source sentence. Safe deletions
 * (discourse openers, attributions, parentheticals) always apply; the others apply
 * one at a time, least informative first, while the bullet is longer than the target.
 */

export interface CompressOptions {
  /** Stop deleting optional material once the bullet has at most this many words. */
  target: number;
  /** Never delete optional material below this many words. */
  floor: number;
  /** A bullet never has more words than this; longer ones are cut at a phrase boundary. */
  max: number;
  /**
   * Whether whole clauses may go (a leading clause, a closing subordinate clause, a
   * second coordinated clause): shorter bullets, at some cost in content.
   */
  clauses: boolean;
}

/** Safe deletions may leave a short sentence shorter still, down to this. */
const SAFE_FLOOR = 4;

const BOUNDARY_BEFORE: ReadonlySet<Tag> = new Set(['CONJ', 'PREP', 'TO']);

/**
 * The last resort for a sentence still over the limit: its longest opening that ends
 * where a phrase ends (before a conjunction or preposition) and holds a verb.
 */
export function cutAtPhraseBoundary(words: Word[], max: number): Word[] {
  const pairs = asComplements(words);
  const ends: number[] = [];
  // Phrase ends in a sentence whose main clause lies past the limit ("Unlike the gauges
  // that …, we …"): no cut there is a whole clause, but one after a phrase reads best.
  const phraseEnds: number[] = [];
  for (let end = Math.min(words.length - 1, max); end >= 5; end--) {
    const next = words[end]!;
    const last = words[end - 1]!;
    if (!BOUNDARY_BEFORE.has(next.tag) && !endsWithComma(last)) continue;
    // End on a word that completes a phrase, never on "because", "the", "to" or "he".
    if (!CONTENT.has(last.tag) || SUBJECT_PRONOUNS.has(last.lower)) continue;
    // "shut [down streets]", "indicated [that …]": a verb's particle or complement follows; cutting there strands it.
    if (last.tag === 'VERB' && (next.tag === 'PREP' || next.tag === 'TO' || next.lower === 'that')) continue;
    if (partWithoutWhole(words, end)) continue;
    const head = words.slice(0, end);
    if (strandsAs(pairs, head)) continue;
    if (hasFinite(head) && clauseComplete(head)) ends.push(end);
    else if (!endsOpen(head) && !leavesBracketOpen(head)) phraseEnds.push(end);
  }
  // A cut at a comma ends a clause or a list item and reads as finished; take it if it keeps most of the room.
  const atComma = ends.find((end) => endsWithComma(words[end - 1]) && end >= max * 0.6);
  const end = atComma ?? ends[0] ?? (lacksMainClause(words.slice(0, max)) || interruptedThatClause(words.slice(0, max)) ? phraseEnds[0] : undefined);
  if (end !== undefined) return words.slice(0, end);
  // No clean end within reach: cut at the limit, but not on a word that promises more
  // ("… in Las Vegas in").
  const splitsNounPhrase = (end: number) => (words[end - 1]!.tag === 'ADJ' || words[end - 1]!.tag === 'NOUN') && !endsWithComma(words[end - 1]) && (words[end]?.tag === 'NOUN' || words[end]?.tag === 'PROPN');
  const hangs = (end: number) => !CONTENT.has(words[end - 1]!.tag) || endsOpen(words.slice(0, end)) || leavesBracketOpen(words.slice(0, end)) || partWithoutWhole(words, end);
  const cutAt = (avoid: (end: number) => boolean) => {
    let last = Math.min(max, words.length);
    while (last > 5 && avoid(last)) last--;
    return last;
  };
  // Nor, where it can be helped, inside a noun phrase ("… samples from a large [corpus]").
  const outside = cutAt((end) => hangs(end) || splitsNounPhrase(end));
  return words.slice(0, outside > 5 ? outside : cutAt(hangs));
}

/** "in the shadow of one [of the largest ports]": a cut between a part and the whole it is a part of. */
const partWithoutWhole = (words: readonly Word[], end: number) => words[end]?.lower === 'of' && PARTITIVES.has(words[end - 1]!.lower);

/** Words naming a part or a number of something, which "of" completes. */
const PARTITIVES = new Set(['one', 'some', 'many', 'most', 'each', 'all', 'none', 'any', 'both', 'several', 'few', 'much', 'part', 'number', 'lot', 'lots', 'kind', 'type', 'sort', 'member', 'rest', 'majority', 'half']);

const CONTENT: ReadonlySet<Tag> = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'VERB', 'PRON']);
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'who', 'which', 'that']);
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
/** Pronouns only ever a subject: a bullet ending on one stops before its verb. */
const SUBJECTS_ONLY = new Set(['i', 'he', 'she', 'we', 'they']);
/** Words that let a clause end on its verb "to be" ("… what the cost was", "… how large the set is"). */
const WH = new Set(['what', 'how', 'which', 'who', 'where', 'whatever', 'whether', 'however', 'wherever']);

/**
 * Whether a bullet's last words leave it open, waiting for words that were cut: a word
 * that promises more, a subject without its verb ("…, we"), "in order" without its "to",
 * a verb "to be" without its complement ("… the readings are", "… the readings are often"),
 * or a clause after a semicolon reduced to a word or two ("…; however").
 */
function endsOpen(words: readonly Word[]): boolean {
  const n = words.length;
  const last = words[n - 1];
  if (!last || last.tag === 'PUNCT') return true;
  if (PROMISSORY.has(last.lower) || SUBJECTS_ONLY.has(last.lower) || /-(e\.g|i\.e)$/.test(last.lower)) return true;
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
function leavesBracketOpen(words: readonly Word[]): boolean {
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

/** What a bullet's words already leave open, before a deletion is tried on them. */
interface Hanging {
  bracketOpen: boolean;
  lacksMainClause: boolean;
  lastCore: string | undefined;
  startsCutOff: boolean;
  /** Each "as" a verb before it needs ("treat the set as …"), with that verb. */
  asComplements: [verb: Word, as: Word][];
  /** Each quotation, with the words before and after it. */
  quotations: Quotation[];
}

/**
 * "e.g., the harbour …", "i.e. …": an example or a gloss with what it explains gone; or
 * "2018, we …": the year of a citation whose authors went with the clause before it.
 */
const startsCutOff = (words: readonly Word[]) => {
  const first = words[0];
  return first !== undefined && (/^(e\.g|i\.e)$/.test(first.lower) || (/^(1[89]|20)\d\d[a-z]?$/.test(first.core) && /^[),]/.test(first.trail)));
};

function hangingOf(words: readonly Word[]): Hanging {
  return {
    bracketOpen: leavesBracketOpen(words),
    lacksMainClause: lacksMainClause(words),
    lastCore: words[words.length - 1]?.core,
    startsCutOff: startsCutOff(words),
    asComplements: asComplements(words),
    quotations: quotations(words),
  };
}

interface Quotation {
  words: Word[];
  before: readonly Word[];
  after: readonly Word[];
}

/** Runs of words inside quotation marks (one left open runs to the end), each with the words around it. */
function quotations(words: readonly Word[]): Quotation[] {
  const spans: Quotation[] = [];
  let start = -1;
  const close = (end: number) => {
    spans.push({ words: words.slice(start, end), before: words.slice(0, start), after: words.slice(end) });
    start = -1;
  };
  words.forEach((w, i) => {
    if (start < 0 && /[“"‘]|^'/.test(w.lead)) start = i;
    if (start >= 0 && /[”"’']/.test(w.trail)) close(i + 1);
  });
  if (start >= 0) close(words.length);
  return spans;
}

/**
 * Whether a deletion changes what someone is quoted as saying: "We are not experts, only
 * volunteers" cut to "We are not experts, volunteers", or to "We are not experts," with the
 * words after the quotation kept. A quotation may lose its start or its end, as a quoted excerpt
 * does, only where the bullet starts or ends with it.
 */
function altersQuotation(spans: readonly Quotation[], after: readonly Word[]): boolean {
  return spans.some((q) => {
    const kept = q.words.flatMap((w, i) => (after.includes(w) ? [i] : []));
    if (kept.length === 0) return false;
    const first = kept[0]!;
    const last = kept[kept.length - 1]!;
    if (last - first + 1 !== kept.length) return true;
    return (first > 0 && q.before.some((w) => after.includes(w))) || (last < q.words.length - 1 && q.after.some((w) => after.includes(w)));
  });
}

/** Verbs whose object is followed by what it is taken as: "treat the set as noise", "is known as". */
const AS_VERBS = new Set([
  'treat', 'regard', 'view', 'define', 'denote', 'refer', 'describe', 'classify', 'cast', 'formulate', 'frame', 'formalize',
  'formalise', 'model', 'represent', 'interpret', 'label', 'know', 'use', 'employ', 'adopt', 'see', 'consider', 'perceive',
  'portray', 'depict', 'characterize', 'characterise', 'identify', 'serve', 'act', 'function', 'rank', 'rate', 'mark',
]);
const IRREGULAR_AS_VERBS = new Set(['known', 'knew', 'seen', 'saw']);

/** Whether a verb form is one of AS_VERBS ("treated", "defining", "classifies"). */
function asVerb(lower: string): boolean {
  if (IRREGULAR_AS_VERBS.has(lower)) return true;
  const forms = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/d$/, ''), lower.replace(/ed$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/ie[sd]$/, 'y'), lower.replace(/(.)\1(?:ed|ing)$/, '$1')];
  return forms.some((f) => AS_VERBS.has(f));
}

/** "we treat the spring set as noise": each "as" with the verb before it, in the same clause, that needs it. */
function asComplements(words: readonly Word[]): [Word, Word][] {
  const pairs: [Word, Word][] = [];
  words.forEach((w, i) => {
    // "… as he was away" opens a clause of its own.
    if (w.lower !== 'as' || words[i + 1]?.tag === 'PRON') return;
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      const v = words[k]!;
      // "praised for her work as …": the "as" belongs to the phrase after the preposition.
      if (endsWithComma(v) || v.tag === 'PUNCT' || (v.tag === 'PREP' && v.lower !== 'of' && v.lower !== 'to')) return;
      if (v.tag === 'VERB' && asVerb(v.lower)) {
        pairs.push([v, w]);
        return;
      }
    }
  });
  return pairs;
}

/** Whether the words keep a verb of `pairs` but lost the "as" it needs ("We treat the spring set"). */
function strandsAs(pairs: readonly [Word, Word][], words: readonly Word[]): boolean {
  return pairs.some(([verb, as]) => words.includes(verb) && !words.includes(as));
}

/**
 * Whether a deletion leaves the bullet hanging where it was not: a bracket open, the last
 * word one that promises more ("… knocked on the office door and"), an opening purpose
 * or subordinate clause without its main clause ("To keep the channel clear"), or an
 * example first ("e.g., …").
 */
function leavesHanging(before: Hanging, after: readonly Word[]): boolean {
  // A sentence may end on "her" or "that" as an object; a deletion that keeps its end keeps that.
  return (
    (!before.bracketOpen && leavesBracketOpen(after)) ||
    (endsOnPromise(after) && after[after.length - 1]?.core !== before.lastCore) ||
    (!before.lacksMainClause && lacksMainClause(after)) ||
    (!before.startsCutOff && startsCutOff(after)) ||
    strandsAs(before.asComplements, after) ||
    altersQuotation(before.quotations, after)
  );
}

function endsOnPromise(words: readonly Word[]): boolean {
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
function clauseComplete(words: readonly Word[]): boolean {
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
function interruptedThatClause(words: readonly Word[]): boolean {
  const that = words.findIndex((w, i) => i > 0 && w.lower === 'that' && w.trail.includes(','));
  if (that < 0) return false;
  const rest = words.slice(that + 1);
  const first = rest[0];
  const interrupted = rest.length <= 2 || (first !== undefined && (first.tag === 'PREP' || first.tag === 'ADV' || SUBORDINATORS.has(first.lower) || OPENS_SUBORDINATE.has(first.lower)));
  if (!interrupted) return false;
  const comma = rest.findIndex((w) => endsWithComma(w));
  return comma < 0 || !hasFinite(rest.slice(comma + 1));
}

export interface Compressed {
  words: Word[];
  /** Whether the sentence had to be cut at the length limit, which reads worse than a clean deletion. */
  cut: boolean;
}

/** Words of a sentence reduced to a bullet's words. */
export function compressWords(words: Word[], options: CompressOptions): Compressed {
  let current = words;
  let complete = clauseComplete(current);
  let hanging = hangingOf(current);
  for (const rule of ALWAYS) {
    for (let guard = 0; guard < 4; guard++) {
      const next = rule(current);
      if (!next || count(next) < SAFE_FLOOR) break;
      // No safe deletion turns a bullet that ended cleanly into one left hanging.
      const nextComplete = clauseComplete(next);
      if ((complete && !nextComplete) || leavesHanging(hanging, next)) break;
      current = next;
      complete = nextComplete;
      hanging = hangingOf(current);
    }
  }
  while (count(current) > options.target) {
    let changed = false;
    // Without `clauses`, a whole clause still goes rather than cutting the sentence mid-phrase.
    const clauses = options.clauses;
    for (const rule of WHEN_LONG) {
      if (!clauses && CLAUSE_RULES.has(rule)) continue;
      const next = rule(current);
      // Whatever else is incomplete, a deletion never cuts into a bracket ("… a set S(x") or ends on "and".
      if (next && count(next) >= options.floor && count(next) < count(current) && (!complete || clauseComplete(next)) && !leavesHanging(hanging, next)) {
        // Cutting a clause can bring a conjunction to the front ("…, so the people …").
        const opener = dropDiscourseOpener(next);
        current = opener && count(opener) >= SAFE_FLOOR ? opener : next;
        complete = clauseComplete(current);
        hanging = hangingOf(current);
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  return count(current) > options.max ? { words: cutAtPhraseBoundary(current, options.max), cut: true } : { words: current, cut: false };
}

/** Join words back into text: capitalised, brackets and quotes balanced, no closing period. */
export function wordsToText(words: readonly Word[]): string {
  const pieces = words.map((w) => w.lead + w.core + w.trail);
  let text = pieces.join(' ');
  text = text
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/([,;:])(?=[,;:.!?])/g, '')
    .replace(/^[\s,;:.–—-]+/, '')
    .replace(/[\s,;:–—*†‡-]+$/, '');
  text = balance(text, '(', ')');
  text = balance(text, '[', ']');
  text = balance(text, '“', '”');
  text = withoutDanglingSingleQuote(text);
  if ((text.match(/"/g) ?? []).length % 2 === 1) text = text.replace(/(^|\s)"|"(?=\s|$|[,;:.!?])/g, '$1');
  // "et al.." where an aside after "et al." gave its full stop back; a row of dots that
  // leads the eye to a table's figure is no ellipsis.
  text = text.replace(/(?<!\.)\.\.$/, '.').replace(/\s*\.{4,}$/, '');
  // No closing full stop, but an abbreviation keeps its own ("Smith et al.").
  if (!/\b(al|etc|inc|ltd|co|corp|jr|sr)\.["”’']*$/i.test(text)) text = text.replace(/([^.])\.(["”’']*)$/, '$1$2');
  text = text.replace(/[,;:]+(["”’')]*)$/, '$1').trim();
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Remove brackets or quotes left without their partner, but only where they stand at the
 * edge of a word: a bracket inside a word ("S(x") stays, since removing it would fuse
 * two words into one the source never had.
 */
function balance(text: string, open: string, close: string): string {
  const opens = text.split(open).length - 1;
  const closes = text.split(close).length - 1;
  if (opens === closes) return text;
  const o = escapeRegExp(open);
  const c = escapeRegExp(close);
  return text.replace(new RegExp(`(^|\\s)${o}+`, 'g'), '$1').replace(new RegExp(`${c}+(?=\\s|$|[,;:.!?])`, 'g'), '');
}

/**
 * An opening single quote whose quotation the bullet cut off ("'There is a candidate …").
 * Single quotes double as apostrophes, so only the opening one is judged: it stays when a
 * quote closes a word later on (one after an "s" may be a plural possessive, "bankers'").
 */
function withoutDanglingSingleQuote(text: string): string {
  if (/^['‘]/.test(text)) return /[^\s's]['’](?=\s|$|[,;:.!?])/u.test(text.slice(1)) ? text : text.slice(1);
  // A closing quote after a digit or a full stop is no apostrophe ("… on April 9.'"); it
  // goes when no quotation opens before it.
  if (/[\d.!?,]['’]$/.test(text) && !/(^|\s)['‘]/.test(text)) return text.slice(0, -1);
  return text;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compress one sentence into bullet text. */
export function compressSentence(sentence: string, options: CompressOptions, proper?: ReadonlySet<string>): string {
  return wordsToText(compressWords(tokenize(sentence, proper), options).words);
}
