import { CONTENT, SUBJECT_PRONOUNS, clauseComplete, endsOpen, interruptedThatClause, lacksMainClause, leavesBracketOpen, partWithoutWhole } from './clause-ends.js';
import { ALWAYS, CLAUSE_RULES, WHEN_LONG, count, dropDiscourseOpener, endsWithComma, hasFinite } from './compress-rules.js';
import { asComplements, hangingOf, leavesHanging, strandsAs } from './deletion-guards.js';
import { tokenize, type Tag, type Word } from './words.js';

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
    if (strandsAs(pairs, new Set(head))) continue;
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
  // A closing quote after a digit or a full stop is no apostrophe ("… on May 3.'"); it
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
