import { MEANINGFUL_ADVERBS, REPORTING_VERBS, SUBJECT_ONLY_PRONOUNS, WEEKDAYS } from './lexicon.js';
import { surface, type Tag, type Word } from './words.js';

/**
 * The deletions sentence compression is made of. Each rule looks for one kind of
 * removable span (an opener, an attribution, an aside, a clause) and returns the words
 * without it, or undefined when it finds none; none ever adds or reorders a word.
 */

export type Rule = (words: Word[]) => Word[] | undefined;

const DISCOURSE_OPENERS = [
  'however', 'overall', 'moreover', 'furthermore', 'meanwhile', 'additionally', 'in addition', 'as a result',
  'in fact', 'indeed', 'instead', 'still', 'also', 'yet', 'thus', 'therefore', 'consequently', 'nevertheless',
  'nonetheless', 'for example', 'for instance', 'in contrast', 'by contrast', 'on the other hand',
  'at the same time', 'in other words', 'similarly', 'likewise', 'finally', 'first', 'firstly', 'second',
  'secondly', 'third', 'lastly', 'of course', 'notably', 'importantly', 'in short', 'in conclusion',
  'to sum up', 'in summary', 'in particular', 'specifically', 'above all', 'after all', 'ultimately',
  'interestingly', 'surprisingly', 'crucially', 'essentially', 'basically', 'clearly', 'obviously',
  'as such', 'in turn', 'in general', 'generally', 'typically', 'hence', 'besides', 'then', 'now', 'so',
  'in this paper', 'in this work', 'in this study', 'to this end', 'to do so', 'on the contrary', 'next', 'here',
  'more specifically', 'more importantly', 'more precisely', 'in practice', 'in particular', 'as expected',
  'further', 'again', 'altogether', 'henceforth', 'last', 'in sum', 'in brief', 'to conclude', 'in the end',
].map((m) => m.split(' '));

const BARE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'also', 'still', 'plus', 'first', 'second', 'third', 'finally', 'lastly', 'then']);
/** Openers that are words of degree before an adjective, an adverb or a quantity. */
const DEGREE_OPENERS = new Set(['so', 'still', 'yet']);
const DEGREE_AFTER = new Set(['much', 'many', 'far', 'long', 'few', 'little', 'more', 'less']);

const CLAUSE_OPENERS = new Set([
  'although', 'though', 'while', 'whereas', 'despite', 'as', 'since', 'with', 'during', 'amid', 'after',
  'before', 'following', 'in', 'on', 'at', 'by', 'for', 'given', 'when', 'once', 'through', 'under', 'unlike',
  'like', 'beyond', 'ahead', 'without', 'upon', 'over', 'across', 'throughout', 'whilst', 'until',
]);

/** Words that open a clause inside a phrase ("a survey held before the version was built"). */
const NESTING = new Set(['before', 'after', 'when', 'while', 'that', 'which', 'who', 'whom', 'whose', 'where', 'if', 'because', 'since', 'until', 'although', 'though', 'as', 'once']);

/** Whether a span has an auxiliary of its own clause, not of a clause nested in it. */
function hasOwnAuxiliary(span: readonly Word[]): boolean {
  for (const w of span) {
    if (NESTING.has(w.lower)) return false;
    if (w.tag === 'AUX') return true;
  }
  return false;
}

/** "At noon , it reads the gauge and …": a subject pronoun and its verb, a clause of its own. */
function hasSubjectAndVerb(span: readonly Word[]): boolean {
  return span.some((w, k) => SUBJECT_PRONOUNS.has(w.lower) && FINITE.has(span[k + 1]?.tag ?? 'PUNCT'));
}

const SUBJECT_PRONOUNS = new Set([...SUBJECT_ONLY_PRONOUNS, 'it']);

/** Openers that start a clause with its own verb ("While prices rose, …"); the others open a phrase. */
const SUBORDINATING = new Set(['although', 'though', 'while', 'whereas', 'as', 'since', 'when', 'once', 'whilst', 'until', 'after', 'before']);

const TRAILING_OPENERS = new Set([
  'including', 'such', 'particularly', 'especially', 'notably', 'like', 'with', 'according', 'along', 'citing',
  'amid', 'despite', 'while', 'whereas', 'although', 'though',
]);

const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'although', 'though', 'when', 'after', 'before', 'since', 'amid']);

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);

const SUBORDINATE_OPENERS = new Set([
  'although', 'though', 'while', 'whereas', 'if', 'unless', 'when', 'whenever', 'because', 'since', 'as', 'after',
  'before', 'until', 'once', 'whether', 'despite', 'given',
]);

const TRAILING_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'during', 'across', 'amid', 'over', 'within', 'around', 'throughout', 'under', 'among']);

const FINITE: ReadonlySet<Tag> = new Set(['VERB', 'AUX']);

export function count(words: readonly Word[]): number {
  return words.filter((w) => w.core !== '').length;
}

export function hasFinite(words: readonly Word[]): boolean {
  return words.some((w) => FINITE.has(w.tag));
}

export function endsWithComma(w: Word | undefined): boolean {
  return w !== undefined && /[,;]/.test(w.trail);
}

function isDash(w: Word): boolean {
  // A hyphen standing alone between spaces is a dash typed without the key for one.
  return w.core === '' && /^[–—-]$|^--$/.test(w.trail + w.lead);
}

function without(words: Word[], start: number, end: number): Word[] {
  return [...words.slice(0, start), ...words.slice(end)];
}

/** "However," / "As a result," / "But" at the start. */
export const dropDiscourseOpener: Rule = (words) => {
  for (const marker of DISCOURSE_OPENERS) {
    if (words.length <= marker.length + 3) continue;
    if (!marker.every((m, i) => words[i]?.lower === m)) continue;
    const last = words[marker.length - 1]!;
    if (endsWithComma(last)) return words.slice(marker.length);
  }
  // "So far, …", "So much so that …", "Still more …": a word of degree, not an opener.
  const next = words[1];
  const degree = DEGREE_OPENERS.has(words[0]?.lower ?? '') && next !== undefined && (DEGREE_AFTER.has(next.lower) || next.tag === 'ADJ' || (next.tag === 'ADV' && next.lower.endsWith('ly')));
  if (BARE_OPENERS.has(words[0]?.lower ?? '') && words.length > 5 && !degree) return words.slice(1);
  // Any sentence adverb set off by a comma: "Intuitively, …", "More specifically, …".
  const first = words[0];
  if (first && first.lower.endsWith('ly') && first.tag === 'ADV' && endsWithComma(first) && words.length > 5) return words.slice(1);
  if (first?.lower === 'more' && words[1]?.tag === 'ADV' && endsWithComma(words[1]) && words.length > 6) return words.slice(2);
  return undefined;
};

/** "LONDON (Reuters) --" / "New Delhi, India (CNN)": a news agency's dateline. */
const dropDateline: Rule = (words) => {
  const end = words.findIndex((w, i) => {
    const piece = w.lead + w.core + w.trail;
    if (i >= 6) return false;
    const next = words[i + 1];
    const dashFollows = next !== undefined && next.core === '' && /^[–—-]+$/.test(next.lead + next.trail);
    // "(CNN)As the earth shook" (the story glued to the agency, or its opening quote), "(AP) —", "(Reuters) --".
    // An acronym in brackets after a name ("Abstract Meaning Representation (AMR) is") is no dateline.
    if (/\(\p{Lu}[\p{Lu}.&-]+\)["“'‘]?\p{L}/u.test(piece)) return true;
    return /^\(\p{Lu}[\p{L}.&-]+\)$/u.test(piece) && dashFollows;
  });
  if (end < 0) return undefined;
  const agency = words[end]!;
  const after = /\)(.+)$/u.exec(agency.core);
  const rest = words.slice(end + 1);
  const dash = words[end + 1];
  if (dash && dash.core === '' && /^[–—-]+$/.test(dash.lead + dash.trail)) rest.shift();
  // "(CNN)As the earth shook": the first word is glued to the agency's bracket.
  if (after) rest.unshift({ ...agency, lead: '', core: after[1]! });
  return rest.length >= 4 ? rest : undefined;
};

/**
 * "In Section 4.2 we measure …", "As shown in Table 2, …": where in the document the
 * sentence stands, which a slide does not show.
 */
const dropDocumentReference: Rule = (words) => {
  let i = 0;
  if (words[0]?.lower === 'as' && /^(shown|described|discussed|explained|noted|seen)$/.test(words[1]?.lower ?? '') && words[2]?.lower === 'in') i = 3;
  else if (words[0]?.lower === 'in' || words[0]?.lower === 'see') i = 1;
  else return undefined;
  if (!/^(sections?|sect|chapters?|appendix|appendices|tables?|figures?|fig|figs)$/.test(words[i]?.lower ?? '')) return undefined;
  i++;
  // The numbers: "5.1", "3 and 4", "2, 3".
  let numbers = 0;
  while (i < words.length && (/^\d+(\.\d+)*[a-z]?$/.test(words[i]!.lower) || (numbers > 0 && words[i]!.lower === 'and'))) {
    if (words[i]!.lower !== 'and') numbers++;
    i++;
    if (endsWithComma(words[i - 1])) break;
  }
  const rest = words.slice(i);
  if (numbers === 0 || rest.length < 4 || !CLAUSE_START.has(rest[0]!.tag) || !hasFinite(rest)) return undefined;
  return rest;
};

/** "Guilty: Former teacher pleaded …": a caption or headline label before a colon. */
const dropLabel: Rule = (words) => {
  const colon = words.findIndex((w, i) => i < 6 && w.trail.includes(':'));
  if (colon < 0) return undefined;
  const label = words.slice(0, colon + 1);
  const rest = words.slice(colon + 1);
  // One word before the colon is a label even when it looks like a verb ("Remanded: Keith …"):
  // a clause needs a subject too.
  if ((label.length > 1 && hasFinite(label)) || rest.length < 6 || !hasFinite(rest)) return undefined;
  return rest;
};

/** "(2) Using the shaped policy …", "2. Intervene on …": the number of an item in an enumeration the slide does not show. */
const ITEM_MARKER = /^(\(?(\d{1,2}|[ivx]{1,4}|[a-h])\)|\d{1,2}\.)$/i;

const dropItemMarker: Rule = (words) => {
  const first = words[0];
  if (!first || !ITEM_MARKER.test(surface(first)) || words.length < 5) return undefined;
  return words.slice(1);
};

/**
 * "the the inner basin", "can be be read": a word typed twice, or
 * doubled where a PDF's line ended. Words that may stand twice ("had had", "that that")
 * and one-letter symbols ("W w") stay.
 */
const dropRepeatedWord: Rule = (words) => {
  const i = words.findIndex((w, k) => {
    const prev = words[k - 1];
    return k > 0 && prev !== undefined && w.lower === prev.lower && w.lower.length > 2 && !prev.trail && !w.lead && /^\p{L}+$/u.test(w.core) && !MAY_REPEAT.has(w.lower);
  });
  return i > 0 ? without(words, i, i + 1) : undefined;
};

const MAY_REPEAT = new Set(['had', 'that', 'very', 'many', 'far', 'long', 'more', 'bye', 'now', 'knock', 'tut', 'yes', 'no', 'ha', 'well', 'again']);

const RELATIVE_TIMES = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'afternoon']);

/**
 * "on Wednesday", "last week", "earlier this month", "yesterday": when something happened,
 * relative to a publication date the slide does not show.
 */
const dropTimeExpression: Rule = (words) => {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    let start = i;
    let end = -1;
    if (WEEKDAYS.has(w.lower) || RELATIVE_TIMES.has(w.lower)) {
      end = i + 1;
      if (words[i - 1]?.lower === 'on' || words[i - 1]?.lower === 'last' || words[i - 1]?.lower === 'next') start = i - 1;
      // "Wednesday night", "Tuesday evening"
      if (PERIODS.has(words[end]?.lower ?? '')) end++;
    } else if ((w.lower === 'last' || w.lower === 'this' || w.lower === 'next') && PERIODS.has(words[i + 1]?.lower ?? '')) {
      end = i + 2;
      if (words[i - 1]?.lower === 'earlier' || words[i - 1]?.lower === 'later') start = i - 1;
    }
    if (end < 0) continue;
    // Keep the words around intact: never strand a preposition or leave an empty sentence.
    if (start === 0 || end - start >= words.length - 3) return undefined;
    // "the end of last year", "a study published this week has …": the time is the object
    // of a preposition, or completes a participle after its noun.
    const prev = words[start - 1]!;
    if (prev.tag === 'PREP' || prev.tag === 'TO' || prev.tag === 'DET' || prev.tag === 'POSS') continue;
    if (prev.tag === 'VERB' && prev.lower.endsWith('ed') && !prev.trail && (words[start - 2]?.tag === 'NOUN' || words[start - 2]?.tag === 'PROPN')) continue;
    const kept = without(words, start, end);
    const before = kept[start - 1]!;
    const closing = words[end - 1]!.trail;
    // "In a survey published today, the port office …": the comma closes the opening phrase and stays.
    const closesOpening = (CLAUSE_OPENERS.has(words[0]!.lower) || words[0]!.tag === 'PREP') && !words.slice(0, start).some(endsWithComma);
    if (closing && !before.trail) kept[start - 1] = { ...before, trail: closesOpening ? closing : closing.replace(/^,$/, '') };
    return kept;
  }
  return undefined;
};

/**
 * After removing ", 48," from "The keeper, 48, pictured in …, rowed", the comma before
 * the gap stays when another aside follows, so that aside can go too.
 */
function asideFollows(words: readonly Word[], at: number): boolean {
  const next = words[at];
  if (!next || !(next.tag === 'DET' || (next.tag === 'VERB' && /(ed|ing|en)$/.test(next.lower)))) return false;
  return words.slice(at, at + 12).some((w, k) => k > 0 && endsWithComma(w));
}

/** "Ada Lovelace, 36," – an age after a name. */
const dropAge: Rule = (words) => {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!/^\d{1,3}$/.test(w.core) || !endsWithComma(words[i - 1]) || words[i - 1]!.tag !== 'PROPN') continue;
    if (!/,/.test(w.trail) && i !== words.length - 1) continue;
    const kept = without(words, i, i + 1);
    if (!asideFollows(words, i + 1)) kept[i - 1] = { ...kept[i - 1]!, trail: kept[i - 1]!.trail.replace(/[,;]/g, '') + (i === words.length - 1 ? w.trail.replace(/[^.!?]/g, '') : '') };
    return kept;
  }
  return undefined;
};

/** "…, he said." / "…, according to officials." at the end. */
const dropTrailingAttribution: Rule = (words) => {
  for (let i = words.length - 2; i >= 3 && words.length - i <= 10; i--) {
    if (!endsWithComma(words[i])) continue;
    const tail = words.slice(i + 1);
    const reported = tail.some((w) => w.tag === 'VERB' && REPORTING_VERBS.has(w.lower)) && !hasClause(tail);
    const according = tail[0]?.lower === 'according' && tail[1]?.lower === 'to';
    if (reported || according) return words.slice(0, i + 1);
  }
  // "… may close the channel in ten years said the port engineer": the comma left out.
  for (let i = words.length - 2; i >= 4 && words.length - i <= 8; i--) {
    const w = words[i]!;
    if (w.tag !== 'VERB' || !REPORTING_VERBS.has(w.lower) || endsWithComma(words[i - 1])) continue;
    const tail = words.slice(i + 1);
    if (CLAUSE_START.has(tail[0]!.tag) && !hasFinite(tail) && hasFinite(words.slice(0, i))) return words.slice(0, i);
  }
  return undefined;
};

/** Whether a span reads as a clause of its own beyond a reporting verb ("said it would …"). */
function hasClause(words: readonly Word[]): boolean {
  return words.filter((w) => FINITE.has(w.tag) && !REPORTING_VERBS.has(w.lower)).length > 0;
}

/** Tags a clause's subject may start with. */
const CLAUSE_START: ReadonlySet<Tag> = new Set(['DET', 'POSS', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/** "According to X, …" / "X said (that) …" at the start, when what follows is a clause. */
const dropLeadingAttribution: Rule = (words) => {
  if (words[0]?.lower === 'according' && words[1]?.lower === 'to') {
    const comma = words.findIndex((w, i) => i > 1 && endsWithComma(w));
    if (comma > 0 && comma < 10 && words.length - comma > 5) return words.slice(comma + 1);
  }
  const verb = words.findIndex((w) => w.tag === 'VERB' && REPORTING_VERBS.has(w.lower));
  if (verb < 1 || verb > 8) return undefined;
  const subject = words.slice(0, verb);
  if (subject.some((w) => w.tag === 'VERB' || w.tag === 'AUX' || w.tag === 'CONJ' || endsWithComma(w))) return undefined;
  let rest = verb + 1 + recipientLength(words, verb);
  // "X told the crowd: …" – the words up to the colon introduce the quotation.
  const colon = words.findIndex((w, i) => i >= verb && i <= verb + 5 && w.trail.includes(':'));
  if (colon >= 0) rest = colon + 1;
  else if (words[rest]?.lower === 'that') rest++;
  else if (endsWithComma(words[verb])) {
    // "Mardas said, without giving figures, that …": the aside goes with the attribution.
    const that = words.findIndex((w, i) => i > rest && i <= verb + 8 && w.lower === 'that' && endsWithComma(words[i - 1]));
    if (that > 0) rest = that + 1;
  } else if (colon < 0) {
    // Without "that", only a full clause may follow: "Officials said the plan failed.", not
    // "Officials found out about …", nor "She found the map she was given", where the first
    // verb after the object has a subject of its own: a clause inside the object.
    const following = words.slice(rest);
    // "it's", "they're": the clause's verb is in its first word.
    const contracted = following[0]?.tag === 'PRON' && /['’](s|re|ve|ll|d|m)$/i.test(following[0].core);
    const verbAt = contracted ? 0 : following.findIndex((w, i) => i > 0 && (w.tag === 'AUX' || (w.tag === 'VERB' && !w.lower.endsWith('ing'))));
    if (!(following.length > 4 && CLAUSE_START.has(following[0]!.tag) && verbAt >= 0)) return undefined;
    if (verbAt > 1 && following[verbAt - 1]!.tag === 'PRON') return undefined;
  }
  const remaining = words.slice(rest);
  if (remaining.length < 6 || !hasFinite(remaining)) return undefined;
  return remaining;
};

/** Verbs of telling, whose listener comes before what was said: "He told the court he …". */
const TELLING = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'warned', 'reminded', 'promised', 'convinced']);

/** How many words name the listener after a verb of telling ("the court", "reporters", "him"); 0 after other verbs. */
function recipientLength(words: readonly Word[], verb: number): number {
  if (!TELLING.has(words[verb]!.lower) || endsWithComma(words[verb])) return 0;
  let i = verb + 1;
  if (words[i]?.tag === 'PRON') return 1;
  if (words[i]?.tag === 'DET' || words[i]?.tag === 'POSS') i++;
  const start = i;
  while (i < words.length && (words[i]!.tag === 'NOUN' || words[i]!.tag === 'PROPN' || words[i]!.tag === 'ADJ') && i - start < 4) {
    i++;
    if (endsWithComma(words[i - 1]) || words[i - 1]!.trail.includes(':')) break;
  }
  return i > start ? i - verb - 1 : 0;
}

/** ", he argued," / ", officials said," inside a sentence. */
const dropMidAttribution: Rule = (words) => {
  for (let i = 1; i < words.length - 3; i++) {
    if (!endsWithComma(words[i - 1])) continue;
    for (let j = i + 1; j < Math.min(words.length - 1, i + 4); j++) {
      if (!endsWithComma(words[j])) continue;
      const verb = words[j]!;
      if (verb.tag === 'VERB' && REPORTING_VERBS.has(verb.lower)) {
        const kept = without(words, i, j + 1);
        kept[i - 1] = { ...kept[i - 1]!, trail: kept[i - 1]!.trail.replace(/[,;]/g, '') };
        return kept;
      }
      break;
    }
  }
  return undefined;
};

/** "( … )", "[ … ]" and "– … –" asides. */
const dropParenthetical: Rule = (words) => {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.lead.includes('(') || w.lead.includes('[')) {
      const close = w.lead.includes('(') ? ')' : ']';
      for (let j = i; j < words.length && j < i + 25; j++) {
        if (words[j]!.trail.includes(close) || words[j]!.core === '' && words[j]!.lead.includes(close)) {
          if (i === 0) return undefined;
          // "G = (V, E)": the brackets after a symbol are its operand, no aside.
          if (words[i - 1]!.tag === 'PUNCT') break;
          const kept = without(words, i, j + 1);
          // Punctuation after the bracket belongs to the word before it.
          const after = words[j]!.trail.replace(/^[^,;:.!?]*?[)\]]/, '');
          const prev = kept[i - 1];
          if (prev && after && !prev.trail) kept[i - 1] = { ...prev, trail: after };
          return kept;
        }
      }
    }
    if (isDash(w)) {
      for (let j = i + 1; j < words.length && j < i + 20; j++) {
        if (isDash(words[j]!)) return without(words, i, j + 1);
      }
    }
  }
  return undefined;
};

/** ", which …," / ", who …" */
const dropRelativeClause: Rule = (words) => {
  for (let i = 1; i < words.length - 1; i++) {
    if (!endsWithComma(words[i - 1]) || !RELATIVE.has(words[i]!.lower)) continue;
    let end = words.length;
    for (let j = i; j < words.length; j++) if (endsWithComma(words[j])) { end = j + 1; break; }
    const kept = without(words, i, end);
    // The comma that opened the clause goes with it; a closing period stays.
    const closing = end === words.length ? words[words.length - 1]!.trail.replace(/[^.!?]/g, '') : '';
    kept[i - 1] = { ...kept[i - 1]!, trail: kept[i - 1]!.trail.replace(/[,;]/g, '') + closing };
    return kept;
  }
  return undefined;
};

/** "Despite the criticism, Putin remains …" → "Putin remains …" */
const dropLeadingClause: Rule = (words) => {
  const first = words[0];
  if (!first) return undefined;
  const opener = CLAUSE_OPENERS.has(first.lower) || (first.tag === 'VERB' && /ing$|ed$/.test(first.lower));
  if (!opener) return undefined;
  const limit = Math.floor(words.length * 0.7);
  for (let i = 1; i < limit; i++) {
    if (!endsWithComma(words[i])) continue;
    // "In this work the input is phonemes, not sounds, …": a phrase opened by a preposition
    // holds no auxiliary of its own ("seeking to contain", "planted by" it may hold), so
    // one before the comma belongs to the main clause.
    if (first.tag === 'PREP' && !SUBORDINATING.has(first.lower) && (hasOwnAuxiliary(words.slice(1, i + 1)) || hasSubjectAndVerb(words.slice(1, i + 1)))) return undefined;
    const rest = words.slice(i + 1);
    // "…, to see how the tides compared": what follows the comma must be a main clause.
    if (rest.length >= 5 && hasFinite(rest) && rest[0]!.tag !== 'TO' && !SUBORDINATING.has(rest[0]!.lower)) return rest;
    return undefined;
  }
  return undefined;
};

/** ", marking a new era" / ", including …" / ", particularly in …" at the end. */
const dropTrailingPhrase: Rule = (words) => {
  for (let i = 3; i < words.length - 1; i++) {
    if (!endsWithComma(words[i])) continue;
    const next = words[i + 1]!;
    const participle = next.tag === 'VERB' && next.lower.endsWith('ing');
    if (participle || TRAILING_OPENERS.has(next.lower) || (next.lower === 'as' && words[i + 2]?.lower === 'well')) {
      const rest = words.slice(i + 1);
      if (rest.some((w, k) => k > 0 && endsWithComma(w) && words[i + 1 + k + 1]?.tag === 'PRON')) return undefined;
      return words.slice(0, i + 1);
    }
  }
  return undefined;
};

/** ", Apple's chief executive," between a name and its verb. */
const dropAppositive: Rule = (words) => {
  for (let i = 0; i < words.length - 3; i++) {
    const w = words[i]!;
    if (!endsWithComma(w) || (w.tag !== 'PROPN' && w.tag !== 'NOUN')) continue;
    for (let j = i + 1; j < Math.min(words.length - 1, i + 16); j++) {
      if (!endsWithComma(words[j])) continue;
      const span = words.slice(i + 1, j + 1);
      const after = words[j + 1]!;
      // "Gluten, a network of proteins formed when …, stretches": a noun phrase may carry a
      // clause; so may a participle phrase ("The keeper, pictured in 2012, rowed").
      const nounPhrase = span[0]!.tag === 'DET' && i <= 3;
      const participle = span[0]!.tag === 'VERB' && /(ed|en)$/.test(span[0]!.lower);
      if ((!hasFinite(span) || nounPhrase || participle) && FINITE.has(after.tag) && span[0]!.tag !== 'CONJ') {
        const kept = without(words, i + 1, j + 1);
        if (!asideFollows(words, j + 1)) kept[i] = { ...w, trail: w.trail.replace(/[,;]/g, '') };
        return kept;
      }
      break;
    }
  }
  return undefined;
};

/** " as Russia strengthens …" / " while prices rose …" closing the sentence. */
const dropTrailingSubordinate: Rule = (words) => {
  for (let i = 5; i < words.length - 2; i++) {
    const w = words[i]!;
    if (!SUBORDINATORS.has(w.lower)) continue;
    const head = words.slice(0, i);
    const tail = words.slice(i + 1);
    if (hasFinite(head) && hasFinite(tail) && tail.length >= 3) return head;
  }
  return undefined;
};

/** " and is using …" / ", but …": the second of two coordinated clauses. */
const dropSecondConjunct: Rule = (words) => {
  for (let i = 4; i < words.length - 3; i++) {
    const w = words[i]!;
    if (w.lower !== 'and' && w.lower !== 'but') continue;
    const next = words[i + 1]!;
    const head = words.slice(0, i);
    const clause = endsWithComma(words[i - 1]) && hasFinite(words.slice(i + 1));
    const predicate = FINITE.has(next.tag) || (next.tag === 'ADV' && FINITE.has(words[i + 2]?.tag ?? 'PUNCT'));
    if ((clause || predicate) && hasFinite(head) && head.length >= 5) return head;
  }
  return undefined;
};

/** Adverbs that only colour the claim: "inevitably", "also", "further". */
const COLOURING_ADVERBS = new Set(['also', 'further', 'still', 'even', 'just', 'very', 'really', 'already', 'currently', 'now', 'indeed']);

/** Words that grade the adverb after them ("most commonly"): without it they make no sense. */
const DEGREE = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather', 'as']);

const dropAdverb: Rule = (words) => {
  const colouring = (w: Word) => w.tag === 'ADV' && (COLOURING_ADVERBS.has(w.lower) || (w.lower.endsWith('ly') && !MEANINGFUL_ADVERBS.has(w.lower)));
  // "economically and strategically": one of a pair of adverbs cannot go alone.
  const joins = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or';
  const paired = (k: number) => (joins(words[k + 1]) && words[k + 2]?.tag === 'ADV') || (joins(words[k - 1]) && words[k - 2]?.tag === 'ADV');
  const i = words.findIndex((w, k) => k > 0 && colouring(w) && !endsWithComma(w) && !w.lead && !w.trail && !DEGREE.has(words[k - 1]!.lower) && !paired(k));
  return i > 0 ? without(words, i, i + 1) : undefined;
};

/** A closing prepositional phrase such as " in a changing global landscape". */
const dropTrailingPrepositionalPhrase: Rule = (words) => {
  for (let i = words.length - 2; i >= 6 && words.length - i <= 8; i--) {
    const w = words[i]!;
    if (w.tag === 'VERB' || w.tag === 'AUX' || endsWithComma(words[i - 1])) return undefined;
    if (w.tag === 'CONJ' && FINITE.has(words[i + 1]?.tag ?? 'PUNCT')) return undefined;
    // A phrase right after the verb completes it ("walked on the Moon") and stays.
    const complement = FINITE.has(words[i - 1]!.tag) || words[i - 1]!.tag === 'ADV';
    if (TRAILING_PREPOSITIONS.has(w.lower) && !complement && !words.slice(i).some((x) => x.tag === 'NUM')) {
      const head = words.slice(0, i);
      if (hasFinite(head)) return head;
    }
  }
  return undefined;
};

/** " and the need for …": a noun phrase coordinated onto the end of the sentence. */
const dropTrailingCoordinate: Rule = (words) => {
  for (let i = words.length - 3; i >= 6; i--) {
    const w = words[i]!;
    if (w.tag === 'VERB' || w.tag === 'AUX' || endsWithComma(w)) return undefined;
    const next = words[i + 1]!;
    if (w.lower === 'and' && (next.tag === 'DET' || next.tag === 'POSS')) {
      const head = words.slice(0, i);
      if (hasFinite(head)) return head;
    }
  }
  return undefined;
};

/** The first of several clauses or list items: cut at the first comma after the verb. */
const keepFirstClause: Rule = (words) => {
  // A clause that opens with "although", "if", "when" … cannot stand alone.
  if (SUBORDINATE_OPENERS.has(words[0]?.lower ?? '') || (words[0]?.lower === 'even' && SUBORDINATE_OPENERS.has(words[1]?.lower ?? ''))) return undefined;
  for (let i = 5; i < words.length - 2; i++) {
    if (!endsWithComma(words[i])) continue;
    const head = words.slice(0, i + 1);
    // "Within a week of daily feeding," is a phrase, not a clause: a gerund carries none.
    if (words[0]!.tag !== 'PREP' && head.some((w) => w.tag === 'AUX' || (w.tag === 'VERB' && !w.lower.endsWith('ing')))) return head;
  }
  return undefined;
};

/** Deletions that lose nothing of the claim: always made. */
export const ALWAYS: Rule[] = [dropDateline, dropLabel, dropItemMarker, dropRepeatedWord, dropDocumentReference, dropDiscourseOpener, dropLeadingAttribution, dropTrailingAttribution, dropMidAttribution, dropParenthetical];
/** Deletions made one at a time, least informative first, while the bullet is too long. */
export const WHEN_LONG: Rule[] = [
  dropTimeExpression, dropAge, dropRelativeClause, dropAppositive, dropTrailingPhrase, dropLeadingClause, dropParenthetical, dropTrailingSubordinate,
  dropAdverb, dropSecondConjunct, dropTrailingCoordinate, dropTrailingPrepositionalPhrase, keepFirstClause,
];
/** The ones that take a whole clause, made only when the options allow. */
export const CLAUSE_RULES: ReadonlySet<Rule> = new Set([
  dropLeadingClause, dropTrailingSubordinate, dropSecondConjunct, keepFirstClause, dropTrailingPrepositionalPhrase,
  dropTrailingCoordinate, dropAge,
]);
