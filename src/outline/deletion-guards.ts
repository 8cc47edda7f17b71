import { endsOnPromise, lacksMainClause, leavesBracketOpen } from './clause-ends.js';
import { endsWithComma } from './compress-rules.js';
import type { Word } from './words.js';

/**
 * What a deletion may not do to a bullet: leave it hanging where it was not (a bracket
 * open, a word that promises more, a main clause gone, an example first), strand a verb
 * without the "as" it needs, or change what someone is quoted as saying.
 */

/** What a bullet's words already leave open, before a deletion is tried on them. */
export interface Hanging {
  bracketOpen: boolean;
  lacksMainClause: boolean;
  lastCore: string | undefined;
  startsCutOff: boolean;
  /** Each "as" a verb before it needs ("treat the set as …"), with that verb. */
  asComplements: [verb: Word, as: Word][];
  /** The words themselves, and where each quotation in them starts and ends. */
  words: readonly Word[];
  quotations: [start: number, end: number][];
}

/**
 * "e.g., the harbour …", "i.e. …": an example or a gloss with what it explains gone; or
 * "2018, we …": the year of a citation whose authors went with the clause before it.
 */
export const startsCutOff = (words: readonly Word[]) => {
  const first = words[0];
  return first !== undefined && (/^(e\.g|i\.e)$/.test(first.lower) || (/^(1[89]|20)\d\d[a-z]?$/.test(first.core) && /^[),]/.test(first.trail)));
};

export function hangingOf(words: readonly Word[]): Hanging {
  return {
    bracketOpen: leavesBracketOpen(words),
    lacksMainClause: lacksMainClause(words),
    lastCore: words[words.length - 1]?.core,
    startsCutOff: startsCutOff(words),
    asComplements: asComplements(words),
    words,
    quotations: quotations(words),
  };
}

/** Where runs of words inside quotation marks start and end; one left open runs to the end. */
function quotations(words: readonly Word[]): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  words.forEach((w, i) => {
    if (start < 0 && /[“"‘]|^'/.test(w.lead)) start = i;
    if (start >= 0 && /[”"’']/.test(w.trail)) {
      spans.push([start, i + 1]);
      start = -1;
    }
  });
  if (start >= 0) spans.push([start, words.length]);
  return spans;
}

/**
 * Whether a deletion changes what someone is quoted as saying: "We are not experts, only
 * volunteers" cut to "We are not experts, volunteers", or to "We are not experts," with the
 * words after the quotation kept. A quotation may lose its start or its end, as a quoted excerpt
 * does, only where the bullet starts or ends with it.
 */
function altersQuotation(before: Hanging, kept: ReadonlySet<Word>): boolean {
  const { words } = before;
  return before.quotations.some(([start, end]) => {
    const shown = [];
    for (let i = start; i < end; i++) if (kept.has(words[i]!)) shown.push(i);
    if (shown.length === 0) return false;
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    if (last - first + 1 !== shown.length) return true;
    return (first > start && words.slice(0, start).some((w) => kept.has(w))) || (last < end - 1 && words.slice(end).some((w) => kept.has(w)));
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
export function asComplements(words: readonly Word[]): [Word, Word][] {
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
export function strandsAs(pairs: readonly [Word, Word][], kept: ReadonlySet<Word>): boolean {
  return pairs.some(([verb, as]) => kept.has(verb) && !kept.has(as));
}

/**
 * Whether a deletion leaves the bullet hanging where it was not: a bracket open, the last
 * word one that promises more ("… knocked on the office door and"), an opening purpose
 * or subordinate clause without its main clause ("To keep the channel clear"), or an
 * example first ("e.g., …").
 */
export function leavesHanging(before: Hanging, after: readonly Word[]): boolean {
  const kept = new Set(after);
  // A sentence may end on "her" or "that" as an object; a deletion that keeps its end keeps that.
  return (
    (!before.bracketOpen && leavesBracketOpen(after)) ||
    (endsOnPromise(after) && after[after.length - 1]?.core !== before.lastCore) ||
    (!before.lacksMainClause && lacksMainClause(after)) ||
    (!before.startsCutOff && startsCutOff(after)) ||
    strandsAs(before.asComplements, kept) ||
    altersQuotation(before, kept)
  );
}
