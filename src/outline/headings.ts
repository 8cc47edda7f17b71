import type { Prepared } from './prepare.js';
import { nounPhrases, phraseText, type Phrase } from './phrases.js';
import { IRREGULAR_PLURALS, MONTHS, REPORTING_VERBS, VERB_FORMS, WEEKDAYS } from './lexicon.js';
import { terms, type Tag, type Word } from './words.js';

/** Head nouns too vague to name a section on their own. */
const GENERIC = new Set([
  'time', 'way', 'thing', 'things', 'part', 'kind', 'lot', 'number', 'case', 'fact', 'fronts', 'front', 'matter',
  'point', 'issue', 'issues', 'aspect', 'aspects', 'example', 'result', 'results', 'end', 'means', 'face', 'side',
  'type', 'types', 'sort', 'level', 'amount', 'people', 'year', 'years', 'day', 'days', 'week', 'month', 'today',
  'one', 'ones', 'other', 'others', 'place', 'use', 'work', 'paper', 'section', 'approach', 'method', 'study',
  'he', 'she', 'it', 'they', 'we', 'response', 'context', 'importance', 'combination', 'implications', 'prospect',
  'moment', 'while', 'crowd', 'passage',
]);

/** Times of day and year: a phrase ending in one ("a calm summer evening") sets a scene, never a topic. */
const TIME = new Set([
  'evening', 'evenings', 'morning', 'mornings', 'afternoon', 'night', 'nights', 'summer', 'winter', 'spring',
  'autumn', 'decade', 'decades', 'century', 'centuries', 'hour', 'hours', 'minute', 'minutes', 'weekend',
  ...MONTHS, ...WEEKDAYS,
]);

const WH = new Set(['which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'why', 'how', 'that']);
/** Verbs in -s that follow a subject far more often than they end a noun phrase. */
const LIKELY_VERBS = new Set(['comes', 'goes', 'seems', 'remains', 'appears', 'happens', 'stands', 'lies', 'takes', 'makes', 'gets', 'looks', 'becomes', 'boasts', 'admits', 'reveals', 'claims', 'asks', 'wants', 'needs', 'uses', 'tells', 'shows']);

const LENGTH_FACTOR = [0, 0.3, 0.9, 1, 1, 0.9, 0.75, 0.6, 0.5];

interface Candidate {
  text: string;
  key: string;
  score: number;
}

/** Terms that make a heading: frequent in the section, rare in the others. */
export function termWeights(sectionTerms: string[][], index: number): Map<string, number> {
  const count = sectionTerms.length;
  const df = new Map<string, number>();
  for (const ts of sectionTerms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const tf = new Map<string, number>();
  for (const t of sectionTerms[index]!) tf.set(t, (tf.get(t) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [t, f] of tf) {
    const spread = count > 1 ? Math.log(1 + count / df.get(t)!) / Math.log(1 + count) : 1;
    weights.set(t, (1 + Math.log(f)) * (0.35 + spread));
  }
  return weights;
}

/** Sentences a phrase's candidates are taken from, at most: enough to find the topic, bounded for long texts. */
const SOURCE_SENTENCES = 40;

export function candidatesFor(
  prepared: Prepared,
  sentences: readonly number[],
  weights: Map<string, number>,
  favoured: ReadonlySet<number>,
  favour = 1.5,
): Candidate[] {
  // Which sentences hold each term, to count how often a phrase's words come back together.
  const postings = new Map<string, Set<number>>();
  for (const id of sentences) {
    for (const t of prepared.terms[id]!) {
      let set = postings.get(t);
      if (!set) postings.set(t, (set = new Set()));
      set.add(id);
    }
  }
  const together = (content: readonly string[]): number => {
    const lists = content.map((t) => postings.get(t) ?? new Set<number>()).sort((a, b) => a.size - b.size);
    let n = 0;
    for (const id of lists[0] ?? []) if (lists.every((l) => l.has(id))) n++;
    return n;
  };
  // In a long section, phrases come from its strongest sentences (the favoured ones first) and its opening.
  const sources = sentences.length <= SOURCE_SENTENCES ? sentences : [...new Set([...favoured, ...sentences.slice(0, SOURCE_SENTENCES)])];
  const byKey = new Map<string, { text: string; base: number; favoured: boolean }>();
  for (const id of sources) {
    for (const p of nounPhrases(prepared.words[id]!, id)) {
      const text = phraseText(p.words);
      const key = text.toLowerCase();
      const known = byKey.get(key);
      if (known) {
        known.favoured ||= favoured.has(id);
        continue;
      }
      const base = phraseScore(prepared, p, text, weights, together);
      if (base > 0) byKey.set(key, { text, base, favoured: favoured.has(id) });
    }
  }
  // Ties go by code units: localeCompare followed the user's locale (LANG=lt_LT sorts y
  // before j), so the same article could get other headings on another machine, and its
  // first call started ICU's collator (~7 ms of a small build).
  return [...byKey.entries()]
    .map(([key, c]) => ({ text: c.text, key, score: c.base * (c.favoured ? favour : 1) }))
    .sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** How well a noun phrase would name a topic, or 0 when it cannot be a heading. */
function phraseScore(prepared: Prepared, p: Phrase, text: string, weights: Map<string, number>, together: (content: readonly string[]) => number): number {
  const words = p.words;
  const last = words[words.length - 1]!;
  if ((GENERIC.has(last.lower) && words.length < 3) || TIME.has(last.lower)) return 0;
  const content = terms(text);
  if (content.length === 0 || words.length > 8) return 0;
  // "street trees provides shade": a verb the tagger took for a noun.
  if (words.some((w, i) => i > 0 && i < words.length - 1 && w.lower.endsWith('s') && VERB_FORMS.has(w.lower) && /s$/.test(words[i - 1]!.lower))) return 0;
  // "First time I'd", "Way in which all float gauges", "Best part of getting": a clause or a
  // phrase cut short, not a name for a topic.
  if (words.some((w) => w.tag === 'PRON' || /'(d|ll|re|ve|m)$|n't$/.test(w.lower) || WH.has(w.lower))) return 0;
  // A quotation mark or bracket inside the phrase means it runs across the edge of a
  // quotation or an aside ("Harbour Institute (HI").
  if (words.some((w, i) => (i > 0 && /["“”'‘’([]/.test(w.lead)) || (i < words.length - 1 && /["“”'‘’)\]]/.test(w.trail)))) return 0;
  if (VERB_FORMS.has(last.lower) && last.lower.endsWith('ing')) return 0;
  // "NASA scientist says", "Money comes": a verb the tagger took for a noun.
  if (words.some((w, i) => i > 0 && (REPORTING_VERBS.has(w.lower) || LIKELY_VERBS.has(w.lower)))) return 0;
  // "access Chinese markets" after a comma or at the start: a verb phrase, not a name for a topic.
  const sentenceWords = prepared.words[p.sentence]!;
  const before = sentenceWords[sentenceWords.indexOf(words[0]!) - 1];
  const determined = before && (before.tag === 'DET' || before.tag === 'POSS' || before.tag === 'PREP' || before.tag === 'NUM' || before.possessive);
  if (VERB_FORMS.has(words[0]!.lower) && words[0]!.tag !== 'PROPN' && !determined) return 0;
  // "The old volcano spews [out a plume]": a word in -s before an object or a
  // particle is the sentence's verb, not the phrase's noun.
  const after = sentenceWords[sentenceWords.indexOf(last) + 1];
  if (words.length > 1 && /[^su]s$/.test(last.lower) && !last.possessive && after && (after.tag === 'DET' || after.tag === 'POSS' || PARTICLES.has(after.lower))) return 0;
  // "Harbour keepers get", "if Rovers win", "City Rangers beat Harbour Town": a verb in its
  // base form after its subject (a name or a plural), at the end or before its object, with no
  // determiner before the phrase, is the sentence's verb. A capital ("Seaview Live") makes it
  // part of a name, a possessive before it ("Ada Marsh's attempt") a noun.
  const subjectOf = (w: Word) => !w.possessive && (w.tag === 'PROPN' || (w.tag === 'NOUN' && (/[^su]s$/.test(w.lower) || IRREGULAR_PLURALS.has(w.lower))));
  const baseVerb = (w: Word) => /^\p{Ll}/u.test(w.core) && VERB_FORMS.has(w.lower) && !/(s|ed|ing)$/.test(w.lower);
  if (!determined && words.some((w, i) => i > 0 && baseVerb(w) && subjectOf(words[i - 1]!) && (i === words.length - 1 || OBJECT_START.has(words[i + 1]!.tag)))) return 0;
  // "Due to the build": a compound preposition, not a noun.
  if (words[0]!.lower === 'due' && words[1]?.lower === 'to') return 0;
  // "Lot of boats", "Couple of weeks": an amount, not a topic; "Monday of the storm": a day.
  if (AMOUNT_WORDS.has(words[0]!.lower) || (WEEKDAYS.has(words[0]!.lower) && !words[0]!.possessive)) return 0;
  // "The harbour alone", "Repairs asap", "Storm last week": a phrase that runs on into the
  // sentence's adverbs or its time.
  if (last.tag === 'ADV' || ADVERB_ENDS.has(last.lower) || (words.length > 1 && /^(last|next|this)$/.test(words[words.length - 2]!.lower) && TIME_UNITS.has(last.lower))) return 0;
  // "Loyal to the harbour": an adjective and its complement describe, they do not name.
  if (words[0]!.tag === 'ADJ' && words[1]?.tag === 'PREP') return 0;
  const salience = content.reduce((s, t) => s + (weights.get(t) ?? 0), 0) / content.length ** 0.35;
  const length = LENGTH_FACTOR[Math.min(words.length, LENGTH_FACTOR.length - 1)]!;
  // "Ms Altice" names a person the text introduced by full name; that name ranks before it.
  const proper = HONORIFICS.has(words[0]!.lower.replace(/\.$/, '')) ? 0.5 : words.some((w) => w.tag === 'PROPN') ? 1.1 : 1;
  // A phrase whose words keep coming back together names a topic, not a passing detail.
  const support = 1 + 0.25 * Math.max(0, together(content) - 1);
  return salience * length * proper * support;
}

const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away']);
/** Words that measure out an amount of what follows them. */
const AMOUNT_WORDS = new Set(['lot', 'lots', 'couple', 'bit', 'plenty', 'handful', 'dozens', 'hundreds', 'thousands', 'millions']);
/** Last words that the tagger may take for nouns but that end a clause, not a name. */
const ADVERB_ENDS = new Set(['alone', 'asap', 'ago', 'too', 'also', 'again', 'yet', 'instead', 'anyway', 'later', 'earlier']);
const TIME_UNITS = new Set(['year', 'week', 'month', 'night', 'season', 'summer', 'winter', 'spring', 'autumn', 'time', 'weekend']);
/** What a verb's object may start with inside a phrase the tagger took for a noun phrase. */
const OBJECT_START = new Set<Tag>(['PROPN', 'ADJ', 'NUM']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);

export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * A heading for every section that lacks one: the noun phrase that best names what
 * the section says and the others do not. Headings stay unique in the deck.
 */
export function writeHeadings(
  prepared: Prepared,
  sections: readonly { heading?: string; sentences: number[]; favoured: number[] }[],
  taken: Set<string>,
): string[] {
  const sectionTerms = sections.map((s) => s.sentences.flatMap((id) => prepared.terms[id]!));
  const own = sections.map((s) => (s.heading ? shortenHeading(s.heading) : undefined));
  for (const h of own) if (h) taken.add(h.toLowerCase());
  const seen = new Set<string>();
  return sections.map((s, i) => {
    const weights = termWeights(sectionTerms, i);
    const candidates = () => candidatesFor(prepared, s.sentences, weights, new Set(s.favoured));
    const authored = own[i];
    if (authored) {
      const key = authored.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        return authored;
      }
      // A second "Results": tell it apart by what this one is about.
      const qualifier = candidates().find((c) => !key.includes(c.key) && wordsIn(authored) + wordsIn(c.text) <= MAX_HEADING_WORDS);
      const distinct = qualifier ? `${authored}: ${qualifier.text}` : `${authored} (${[...seen].filter((k) => k.startsWith(key)).length + 1})`;
      seen.add(distinct.toLowerCase());
      taken.add(distinct.toLowerCase());
      return distinct;
    }
    const pick = candidates().find((c) => !taken.has(c.key) && ![...taken].some((t) => t.includes(c.key)));
    const heading = sentenceCase(pick?.text ?? fallbackHeading(prepared, s.favoured[0] ?? s.sentences[0]));
    taken.add(heading.toLowerCase());
    seen.add(heading.toLowerCase());
    return heading;
  });
}

const MAX_HEADING_WORDS = 8;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Words an authored heading never ends on, in any case. */
const NEVER_LAST = /^(a|an|the|of|and|or|with|via)$/i;
/** Those, and a preposition left in lowercase after a heading in title case. */
const NEVER_LAST_OR_LOWERCASE_PREPOSITION = /^([aA]n?|[tT]he|[oO]f|[aA]nd|[oO]r|[wW]ith|[vV]ia|in|on|for|to|by|from|at|as)$/;

/** An author's heading of more than eight words, cut to its part before a colon or to its first phrase. */
export function shortenHeading(heading: string): string {
  // An authored heading may end on "for" or "from" ("What to Look For", "What to look for"),
  // not on "of", "the" or "with"; a lowercase "for" or "in" after a title-case phrase is
  // one the extraction cut ("Soft vs Hard Attention for").
  if (wordsIn(heading) <= MAX_HEADING_WORDS) return endOnContent(heading.split(/\s+/), Infinity, /^(what|where|who|how|which|when)\b/i.test(heading) ? NEVER_LAST : NEVER_LAST_OR_LOWERCASE_PREPOSITION);
  const beforeColon = heading.split(/\s*[:–—]\s+/)[0]!;
  if (wordsIn(beforeColon) <= MAX_HEADING_WORDS && wordsIn(beforeColon) >= 2) return beforeColon;
  return endOnContent(heading.split(/\s+/), MAX_HEADING_WORDS);
}

/**
 * The first `max` words, ending on a content word, never on "of", "the" or "and": a cut
 * heading, or one the article's extraction cut ("Redistributing Training Dataset with").
 */
function endOnContent(words: readonly string[], max: number, dangling = /^(a|an|the|of|in|on|for|and|or|to|with|by|from|at|as|via)$/i): string {
  let end = Math.min(max, words.length);
  while (end > 2 && dangling.test(words[end - 1]!.replace(/\W+$/, ''))) end--;
  return words.slice(0, end).join(' ').replace(/[,;:]$/, '');
}

/** When no noun phrase names a section (text in a script without spaces, say): the opening words of its first sentence. */
function fallbackHeading(prepared: Prepared, id: number | undefined): string {
  const text = id === undefined ? '' : prepared.article.sentences[id]!.text.replace(/[.!?。！？]+$/, '');
  const words = text.split(/\s+/);
  if (words.length > 1) return words.slice(0, Math.min(6, words.length)).join(' ');
  return Array.from(text).slice(0, 16).join('');
}

/** A title for an article without one: the phrase that best names the whole text. */
export function writeTitle(prepared: Prepared, lead: readonly number[]): string | undefined {
  const all = prepared.article.sentences.map((s) => s.id);
  const weights = termWeights([all.flatMap((id) => prepared.terms[id]!)], 0);
  const candidates = candidatesFor(prepared, all, weights, new Set(lead), 1.5);
  const pick = candidates.find((c) => c.text.split(/\s+/).length >= 2 && c.text.split(/\s+/).length <= 10);
  return pick ? sentenceCase(pick.text) : undefined;
}
