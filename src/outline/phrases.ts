import type { Tag, Word } from './words.js';

/** A noun phrase found in a sentence: its words, as written. */
export interface Phrase {
  words: Word[];
  /** Index of the sentence it was found in. */
  sentence: number;
}

const MODIFIER: ReadonlySet<Tag> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD: ReadonlySet<Tag> = new Set(['NOUN', 'PROPN']);
const LINKING_PREPOSITIONS = new Set(['of', 'on', 'in', 'for', 'to', 'from', 'between', 'among', 'about']);
const MAX_WORDS = 8;

/** Longer words than this (and web addresses) make no heading: no slide title can hold them. */
const LONGEST_WORD = 32;

/** A word a heading, title or subtitle should not carry. */
export function isUnwieldy(w: Word): boolean {
  return [...w.core].length > LONGEST_WORD || /:\/\/|^www\./i.test(w.core);
}

/**
 * Whether a phrase ends after `w`. A period inside a sentence closes an abbreviation, not
 * the phrase ("Army Spc. Jane Roe"): the sentence would have ended there otherwise.
 */
function breaksAfter(w: Word, last = false): boolean {
  if (w.trail === '.' && !last && w.core !== '') return false;
  return /[,;:.!?)\]"”]/.test(w.trail) || w.core === '';
}

/** The longest run of modifiers ending in a noun that starts at `i`; returns its end (exclusive) or `i`. */
function simplePhraseEnd(words: readonly Word[], i: number): number {
  let j = i;
  let lastHead = i;
  while (j < words.length && j - i < MAX_WORDS) {
    const w = words[j]!;
    if (!MODIFIER.has(w.tag) || isUnwieldy(w)) break;
    // An opening quotation mark or bracket starts something else: "Harbour Institute (HI)".
    if (w.lead && j > i) break;
    j++;
    if (HEAD.has(w.tag)) lastHead = j;
    if (w.possessive || breaksAfter(w, j === words.length)) break;
  }
  // A possessive ends a phrase only as a determiner of the next one: "China's plan".
  const last = words[lastHead - 1];
  if (lastHead > i && last?.possessive && lastHead < words.length) {
    const rest = simplePhraseEnd(words, lastHead);
    if (rest > lastHead) return rest;
  }
  return lastHead;
}

/**
 * Noun phrases of a tagged sentence: modifiers ending in a noun, optionally joined to a
 * second phrase by a preposition ("tariffs on Chinese imports"). Determiners are left out.
 */
export function nounPhrases(words: readonly Word[], sentence: number): Phrase[] {
  const out: Phrase[] = [];
  // A phrase that stops right before another modifier or noun was cut short ("development of Russia-China [economic]").
  const cutShort = (end: number) => !breaksAfter(words[end - 1]!, end === words.length) && MODIFIER.has(words[end]?.tag ?? 'PUNCT');
  let i = 0;
  while (i < words.length) {
    const start = i;
    const end = simplePhraseEnd(words, i);
    if (end === start) {
      i++;
      continue;
    }
    let phraseEnd = end;
    // "Neil Armstrong and Buzz Aldrin": names joined by "and" stay together.
    const joiner = words[end];
    const fullName = (k: number) => words[k]?.tag === 'PROPN' && words[k + 1]?.tag === 'PROPN';
    if (fullName(end - 2) && joiner?.lower === 'and' && fullName(end + 1) && !breaksAfter(words[end - 1]!)) {
      const second = simplePhraseEnd(words, end + 1);
      if (second - start <= MAX_WORDS) phraseEnd = second;
    }
    if (!cutShort(phraseEnd)) out.push({ words: words.slice(start, phraseEnd), sentence });
    if (phraseEnd !== end) {
      i = phraseEnd;
      continue;
    }
    const prep = words[end];
    const prev = words[end - 1]!;
    if (prep && LINKING_PREPOSITIONS.has(prep.lower) && !breaksAfter(prev)) {
      let k = end + 1;
      while (k < words.length && (words[k]!.tag === 'DET' || words[k]!.tag === 'POSS') && !breaksAfter(words[k]!)) k++;
      let tail = simplePhraseEnd(words, k);
      // "between China and Russia": a short second noun after "and" belongs to the phrase.
      const conj = words[tail];
      if (tail > k && conj && (conj.lower === 'and' || conj.lower === 'or') && !breaksAfter(words[tail - 1]!)) {
        const second = simplePhraseEnd(words, tail + 1);
        if (second > tail + 1 && second - tail <= 3) tail = second;
      }
      if (tail > k && tail - start <= MAX_WORDS && !cutShort(tail)) {
        out.push({ words: words.slice(start, tail), sentence });
      }
    }
    i = end;
  }
  return out;
}

/** A news agency's bracket glued to the story's first word: "(AP)Firefighters". */
const GLUED_AGENCY = /^\p{Lu}[\p{Lu}.&-]+\)(?=\p{L})/u;

/** A phrase's words as display text, with the punctuation around the phrase removed. */
export function phraseText(words: readonly Word[]): string {
  return words
    .map((w, i) => (i === 0 ? w.core.replace(GLUED_AGENCY, '') : w.lead + w.core) + (i === words.length - 1 ? '' : w.trail))
    .join(' ')
    .replace(/\s+([,;:])/g, '$1')
    .trim();
}
