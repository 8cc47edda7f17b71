import { stemmer } from 'stemmer';
import {
  ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, IRREGULAR_PLURALS, NEGATIONS, NOT_VERBS, NUMBER_WORDS, POSSESSIVES, PREPOSITIONS,
  PRONOUNS, STOPWORDS, VERB_FORMS, IRREGULAR_PAST, looksAdjective,
} from './lexicon.js';

export type Tag =
  | 'DET' | 'POSS' | 'PRON' | 'PREP' | 'TO' | 'CONJ' | 'AUX' | 'NEG' | 'NUM' | 'ADV' | 'VERB' | 'ADJ' | 'NOUN'
  | 'PROPN' | 'PUNCT';

/** One white-space separated piece of a sentence, split into its word and the punctuation around it. */
export interface Word {
  lead: string;
  core: string;
  trail: string;
  /** Lowercase core with curly apostrophes straightened and a possessive 's removed. */
  lower: string;
  tag: Tag;
  possessive: boolean;
}

const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}%]*)$/su;

export function surface(w: Word): string {
  return w.lead + w.core + w.trail;
}

const LY_NOT_ADVERBS = new Set(['family', 'italy', 'july', 'supply', 'apply', 'reply', 'rely', 'ally', 'early', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'only', 'friendly', 'elderly', 'holy', 'fly', 'belly', 'jelly', 'rally', 'assembly', 'anomaly', 'monopoly', 'poly']);

function isCapitalised(core: string): boolean {
  return /^\p{Lu}/u.test(core);
}

function baseTag(lower: string): Tag | undefined {
  // "don't", "can't", "wasn't": an auxiliary with its negation.
  if (lower.endsWith("n't") && lower.length > 3) return 'AUX';
  if (/\d/.test(lower) || NUMBER_WORDS.has(lower)) return 'NUM';
  if (lower === 'to') return 'TO';
  if (AUXILIARIES.has(lower)) return 'AUX';
  if (NEGATIONS.has(lower)) return 'NEG';
  if (POSSESSIVES.has(lower)) return 'POSS';
  if (DETERMINERS.has(lower)) return 'DET';
  if (PRONOUNS.has(lower)) return 'PRON';
  if (PREPOSITIONS.has(lower)) return 'PREP';
  if (CONJUNCTIONS.has(lower)) return 'CONJ';
  if (ADVERBS.has(lower)) return 'ADV';
  return undefined;
}

/** A context-free guess at a word's tag, for looking one word ahead. */
function guessTag(lower: string): Tag | undefined {
  const closed = baseTag(lower);
  if (closed) return closed;
  if (lower.length > 4 && lower.endsWith('ly') && !LY_NOT_ADVERBS.has(lower)) return 'ADV';
  if (VERB_FORMS.has(lower) && /ed$/.test(lower)) return 'VERB';
  if (looksAdjective(lower)) return 'ADJ';
  return undefined;
}

const NOMINAL_BEFORE: ReadonlySet<Tag> = new Set(['DET', 'POSS', 'ADJ', 'NUM', 'PREP', 'VERB']);
const SUBJECT_BEFORE: ReadonlySet<Tag> = new Set(['TO', 'AUX', 'PRON', 'NEG']);
/** Tags that follow a finite verb far more often than a noun. */
const OBJECT_AFTER: ReadonlySet<Tag> = new Set(['DET', 'POSS', 'PRON', 'NUM', 'TO', 'ADV']);
/** After a noun, a word ending in -s is a verb when one of these follows ("prices rose sharply"). */
const PREDICATE_AFTER: ReadonlySet<Tag> = new Set([...OBJECT_AFTER, 'ADJ', 'VERB', 'NEG']);

/** Past forms that are also nouns. */
const PAST_AND_NOUN = new Set(['set', 'cut', 'hit', 'cost', 'split', 'spread', 'fit', 'bet', 'bid', 'run', 'shed']);

/** Coarse part of speech from the lexicon, word shape and the tag before. */
function tagWord(w: Word, prev: Word | undefined, next: Word | undefined, first: boolean, proper: ReadonlySet<string>): Tag {
  if (w.core === '') return 'PUNCT';
  const lower = w.lower;
  const closed = baseTag(lower);
  if (lower === 'that' && prev && (prev.tag === 'VERB' || prev.tag === 'NOUN' || prev.tag === 'ADJ')) return 'CONJ';
  // An acronym such as "US" is a name, not the pronoun.
  if (/^\p{Lu}{2,}$/u.test(w.core)) return 'PROPN';
  if (closed) return closed;
  if (isCapitalised(w.core) && (!first || proper.has(lower))) return 'PROPN';
  // After a possessive ("Putin's visit") comes a noun, as after a determiner.
  const before = prev?.possessive ? 'DET' : prev?.tag;
  if (lower.length > 4 && lower.endsWith('ly') && !LY_NOT_ADVERBS.has(lower)) return 'ADV';
  const after = next?.tag;
  const endsClause = /[,;:.!?]/.test(w.trail);
  const inflected = lower.length > 5 && /[^e]ed$|[^aeiou]ing$/.test(lower) && !NOT_VERBS.has(lower);
  if (VERB_FORMS.has(lower) || inflected) {
    if (lower.endsWith('ing')) {
      // A gerund after a preposition names an activity: "in navigating", "for ending".
      if (before === 'PREP') return 'NOUN';
      // One before an auxiliary is the subject: "Urban beekeeping has grown".
      if (after === 'AUX' && before !== 'AUX' && before !== 'NEG') return 'NOUN';
      if (before && (before === 'DET' || before === 'POSS' || before === 'ADJ')) return next?.tag === 'PREP' ? 'NOUN' : 'ADJ';
      return 'VERB';
    }
    if (/(?:ed|en|wn|un|ught|elt)$/.test(lower) || IRREGULAR_PAST.has(lower)) {
      // "the full set", "a clean cut": a past form that is also a noun names a thing after an adjective.
      if (before === 'ADJ' && PAST_AND_NOUN.has(lower)) return 'NOUN';
      return before === 'DET' || before === 'POSS' ? 'ADJ' : 'VERB';
    }
    if (before && NOMINAL_BEFORE.has(before)) return 'NOUN';
    if (before && SUBJECT_BEFORE.has(before)) return 'VERB';
    const objectFollows = after !== undefined && OBJECT_AFTER.has(after) && !endsClause;
    if (lower.endsWith('s')) {
      // After a phrase closed by a comma ("Gluten, a network …, stretches around"), a verb resumes.
      if (prev && /,$/.test(prev.trail) && (after === 'PREP' || after === 'DET' || after === 'ADV')) return 'VERB';
      const predicate = after !== undefined && PREDICATE_AFTER.has(after) && !endsClause;
      return (before === 'NOUN' || before === 'PROPN') && predicate ? 'VERB' : 'NOUN';
    }
    // "roofs absorb sunlight": a base form after a plural noun is its verb.
    const afterPlural = before === 'NOUN' && (/[^s']s$/.test(prev?.lower ?? '') || IRREGULAR_PLURALS.has(prev?.lower ?? '')) && !endsClause;
    return (objectFollows || afterPlural) && !first ? 'VERB' : 'NOUN';
  }
  if (before === 'TO' && (after === 'DET' || after === 'POSS' || after === 'PRON' || endsClause)) return 'VERB';
  if (looksAdjective(lower)) return 'ADJ';
  // A comparative after a verb: "cities are warmer".
  if (/[^e]er$/.test(lower) && lower.length > 4 && (before === 'AUX' || before === 'NOUN')) return 'ADJ';
  return 'NOUN';
}

/** Split a sentence into words and tag them; `proper` holds words seen capitalised mid-sentence. */
export function tokenize(sentence: string, proper: ReadonlySet<string> = new Set()): Word[] {
  const words: Word[] = sentence.split(/\s+/).filter(Boolean).map((piece) => {
    const m = EDGE.exec(piece)!;
    const core = m[2] ?? '';
    const normal = core.toLowerCase().replace(/[’‘`]/g, "'");
    const possessive = /'s?$/.test(normal) && normal.length > 2;
    const lower = possessive ? normal.replace(/'s?$/, '') : normal;
    return { lead: m[1] ?? '', core, trail: m[3] ?? '', lower, tag: 'NOUN' as Tag, possessive };
  });
  let first = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const nextTag = next ? guessTag(next.lower) : undefined;
    w.tag = tagWord(w, words[i - 1], next && nextTag ? { ...next, tag: nextTag } : undefined, first, proper);
    if (w.core !== '') first = false;
  }
  return words;
}

/** Words written with a capital in the middle of a sentence: names, places, organisations. */
export function properNouns(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const s of sentences) {
    const pieces = s.split(/\s+/);
    pieces.forEach((p, i) => {
      const core = p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const lower = core.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s?$/, '');
      if (!core) return;
      if (/^\p{Ll}/u.test(core)) lowerSeen.add(lower);
      else if (i > 0 && /^\p{Lu}/u.test(core)) out.add(lower);
    });
  }
  for (const w of lowerSeen) out.delete(w);
  return out;
}

// The same words recur through an article, and a batch: each is stemmed once (the Porter
// stemmer is a run of regular expressions). Bounded, for a long-running server.
const stems = new Map<string, string>();

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 100_000) stems.clear();
    stems.set(word, (s = stemmer(word)));
  }
  return s;
}

/** Lowercase content-word stems of a text, for similarity and salience. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/[’‘`]/g, "'").split(/[^\p{L}\p{N}'-]+/u)) {
    const w = raw.replace(/^[-']+|[-']+$/g, '').replace(/'s?$/, '');
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(/^\d/.test(w) ? w : stem(w));
  }
  return out;
}
