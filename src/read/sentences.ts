/**
 * Sentence splitting. A period ends a sentence unless it closes an abbreviation,
 * an initial or a number; the next sentence must start like one (capital, digit,
 * opening quote or bracket). Intl.Segmenter was tried and is both slower and
 * worse on quotations ('"Is it?" she asked.').
 */

// Abbreviations that are almost never the last word of a sentence.
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt',
  'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'mt', 'ft', 'fig', 'figs',
  'eq', 'eqs', 'vol', 'vols', 'no', 'nos', 'pp', 'vs', 'cf', 'al', 'approx', 'ca', 'ch', 'sec', 'dept', 'univ',
  'assn', 'bros', 'e.g', 'i.e', 'viz', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'ref', 'refs', 'tab', 'op', 'mssrs', 'messrs', 'spc', 'pvt', 'pfc', 'cpl', 'brig', 'lieut', 'cdr',
  'atty', 'reps', 'sens', 'msgr',
]);

const TERMINATOR = /[.!?…。！？]/;
const CLOSERS = '"\'”’»)]}';
const OPENERS = '"\'“‘«([{¿¡';

function startsLikeSentence(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && OPENERS.includes(text[i]!)) i++;
  const ch = text[i];
  if (ch === undefined) return false;
  if (/\p{Lu}|\p{Lt}|\p{N}/u.test(ch)) return true;
  // Scripts without case (CJK, Arabic, Hebrew, …) start a sentence with any letter.
  return /\p{L}/u.test(ch) && !/\p{Ll}/u.test(ch);
}

/** The word just before position `end` (exclusive), without leading punctuation. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start, end).replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * Whether the period at `dot` closes an abbreviation: 'always' (Mr., an initial),
 * 'maybe' (dotted forms such as "U.S." that can also end a sentence) or 'no'.
 */
function abbreviationAt(text: string, dot: number): 'always' | 'maybe' | 'no' {
  const word = wordBefore(text, dot);
  if (word === '') return 'no';
  if (NEVER_FINAL.has(word.toLowerCase())) return 'always';
  if (/^\p{Lu}$/u.test(word)) return 'always';
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return 'maybe';
  return 'no';
}

const COMMON_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but',
  'and', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'our', 'there', 'some', 'many', 'most', 'when',
  'after', 'as', 'if', 'while', 'for', 'however', 'meanwhile', 'officials', 'police',
]);

function nextWord(text: string, at: number): string {
  const m = /^[\s"'“‘«([{]*([\p{L}\p{N}]+)/u.exec(text.slice(at, at + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** Split one paragraph of text into sentences (trimmed, in order, none empty). */
export function splitSentences(paragraph: string): string[] {
  return splitAtStops(paragraph).flatMap(splitAtMissingStop);
}

/** Split a paragraph where a full stop, question or exclamation mark ends a sentence. */
export function splitAtStops(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!TERMINATOR.test(ch)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATOR.test(text[end]!) || CLOSERS.includes(text[end]!))) end++;
    const fullWidth = /[。！？]/.test(ch);
    if (!fullWidth) {
      if (end >= text.length || text[end] !== ' ') {
        i = end - 1;
        continue;
      }
      if (!startsLikeSentence(text, end + 1)) {
        i = end - 1;
        continue;
      }
      if (ch === '.' && end === i + 1) {
        const abbreviation = abbreviationAt(text, i);
        if (abbreviation === 'always') continue;
        // After "U.S." a new sentence is recognised only by a common opening word.
        if (abbreviation === 'maybe' && !COMMON_OPENERS.has(nextWord(text, end + 1))) continue;
        // "3." at the start of a numbered item, or a decimal number, is no sentence end.
        if (/^\d+$/.test(wordBefore(text, i)) && i - start < 4) continue;
      }
    }
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') out.push(sentence);
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return withoutListNumbers(out);
}

/** A sentence ending on a number after a word that does not count or name it ("… habits 1.", "… steps: 1."). */
const ENDS_ON_NUMBER = /\s(\S+)\s(\d{1,2})\.$/;
/** Words a number after them belongs to: "aged 27", "layer 2", "is 0", "Lemma 5". */
const TAKES_A_NUMBER = new Set([
  'is', 'are', 'was', 'were', 'be', 'to', 'of', 'and', 'or', 'than', 'from', 'by', 'with', 'at', 'in', 'on', 'for', 'about',
  'around', 'only', 'aged', 'age', 'layer', 'step', 'stage', 'phase', 'round', 'level', 'type', 'version', 'task', 'rule',
  'case', 'class', 'group', 'set', 'day', 'week', 'year', 'model', 'method', 'experiment', 'setting', 'condition',
  'question', 'line', 'row', 'column', 'chapter', 'part', 'item', 'example', 'topic', 'epoch', 'iteration', 'block',
  'head', 'hop', 'turn', 'run', 'fold', 'split', 'page', 'size', 'window', 'order', 'degree', 'rank', 'grade', 'point',
  'score', 'label', 'value', 'position', 'node', 'slot', 'number', 'equation', 'figure', 'table', 'section', 'footnote',
]);

function listNumberAt(sentence: string): number | undefined {
  const m = ENDS_ON_NUMBER.exec(sentence);
  if (!m) return undefined;
  const before = m[1]!;
  const word = /^\p{Ll}{3,}[,;:]?$/u.test(before) && !TAKES_A_NUMBER.has(before.replace(/[,;:]$/, ''));
  return word || /[;:]$/.test(before) ? Number(m[2]) : undefined;
}

/**
 * A numbered list run into one paragraph ("… three habits 1. He rows out at dawn 2. He
 * logs …"): each item's number ends the sentence before it. Where two consecutive numbers end
 * sentences so, they are the list's and go; a lone one stays.
 */
function withoutListNumbers(sentences: string[]): string[] {
  const found = sentences.map(listNumberAt);
  const numbers = new Set(found.filter((n) => n !== undefined));
  if (numbers.size < 2) return sentences;
  return sentences.map((s, i) => {
    const n = found[i];
    return n !== undefined && (numbers.has(n - 1) || numbers.has(n + 1)) ? s.replace(/\s\d{1,2}\.$/, '.') : s;
  });
}

/**
 * Where a caption or heading runs into the text without a full stop ("… the harbour at
 * dusk In a survey published …", "… wears a hat too He keeps it on"): in prose a
 * capitalised "He" or "In" after a lowercase word and before another starts a sentence.
 * So it does after a hyphen, a dash a PDF lost its spaces around ("… at a fair price-The
 * gauges are …").
 */
const NEXT_SENTENCE_OPENERS = 'He|She|It|Its|They|We|The|In|One|This|These|His|Her|Their|There|But|After|When|While|For|If|However|Meanwhile|Although|Because|According';
const MISSING_STOP = new RegExp(`(?<=(?:^|\\s)[\\p{Ll}\\d][\\p{Ll}\\d]+)[ -](?=(?:${NEXT_SENTENCE_OPENERS}) \\p{Ll})`, 'gu');

/** The opening words alone, a quick test before MISSING_STOP (whose look-behind is slow on long text). */
const OPENER_AHEAD = new RegExp(`[ -](?:${NEXT_SENTENCE_OPENERS}) \\p{Ll}`, 'u');

/** A bullet glyph inside a paragraph ("… two aims: • a new gauge …"): a PDF ran a list into the text. */
const LIST_GLYPH = /\s*[•▪◦‣●]\s+/u;

export function splitAtMissingStop(sentence: string): string[] {
  const items = LIST_GLYPH.test(sentence) ? sentence.split(LIST_GLYPH).filter((item) => item !== '') : [sentence];
  return items.flatMap((item) => (OPENER_AHEAD.test(item) ? item.split(MISSING_STOP) : [item]));
}
