import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FIXTURES } from './fixtures.js';

/**
 * The bad-input suite: every input deckwright must either build valid decks from or
 * refuse with one line (exit code 1). The hand-written ones are in test/fixtures/hostile;
 * the binary and the big ones are made here when the suite runs, so none is committed.
 * Used by test/hostile.test.ts and scripts/check-hostile.ts.
 */

export const HOSTILE = join(FIXTURES, 'hostile');
const PNG = join(FIXTURES, 'tide-levels.png');

export interface HostileInput {
  /** The file name it is written under (its extension picks the reader). */
  name: string;
  /** What it is, for the report. */
  what: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** `decks` when it must build valid decks; else the one-line error it must give. */
  expect: 'decks' | RegExp;
  /** Files written beside it (pictures an outline shows). */
  beside?: Record<string, () => Uint8Array>;
  /** Run as `deckwright render` (an outline) rather than `build`. */
  render?: boolean;
  /** What its HTML deck must carry, such as dir="rtl". */
  rtl?: boolean;
}

const text = (s: string) => () => Buffer.from(s, 'utf8');
const fixture = (name: string) => () => readFileSync(join(HOSTILE, name));

/** Deterministic pseudo-random numbers (a linear congruential generator), so big inputs are the same every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const VOCABULARY =
  'city council river tree shade street summer heat park water rain garden school bus bicycle road market farmer bread wheat energy solar wind grid storm flood coast harbour ship port worker wage price rent house library';

/** Sentences of common words, in paragraphs, until the text is `bytes` long. */
export function bigText(bytes: number): string {
  const words = VOCABULARY.split(' ');
  const next = random(7);
  const parts: string[] = ['A very long article\n\n'];
  let size = parts[0]!.length;
  while (size < bytes) {
    const n = 6 + Math.floor(next() * 14);
    const sentence = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]!).join(' ');
    const s = `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.${next() < 0.15 ? '\n\n' : ' '}`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** One sentence of `n` words, under a title. */
export function longSentence(n: number): string {
  const words = VOCABULARY.split(' ');
  const body = Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]!);
  body[0] = 'The';
  return `One sentence without end\n\n${body.join(' ')}.\n`;
}

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(files)) z.file(name, content, { date: new Date(Date.UTC(2024, 0, 1)) });
  return z.generateAsync({ type: 'uint8array' });
}

/**
 * A zip bomb as the directory shows it: a small package whose central directory says a
 * part unpacks to `bytes` (deflating that many zeros for real takes seconds per test run).
 */
async function zipBomb(bytes: number): Promise<Uint8Array> {
  const out = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let at = 0; at + 4 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint32(at + 24, bytes, true);
    break;
  }
  return out;
}

const CONTROLS = [
  'Control characters in a text',
  '',
  'A bell\u0007 rings, a form feed\u000c breaks a page and a vertical tab\u000b moves down a line in old terminals. An escape sequence such as \u001b[31mred\u001b[0m colours a terminal. A delete\u007f and the C1 controls \u0085 and \u009b come from old encodings.',
  '',
  'Invisible characters hide in copied text: a zero\u200bwidth space, a zero\u200dwidth joiner, a byte\ufefforder mark in the middle and a soft\u00adhyphen. A line\u2028separator and a paragraph\u2029separator come from word processors.',
  '',
  'Some characters XML forbids: the noncharacters \ufffe and \uffff, and the shift codes \u000e and \u000f. A bidirectional override \u202eevil text\u202c can turn words around. None of them may break a deck.',
  '',
].join('\n');

const LONG_WORDS = [
  'Very long words and addresses',
  '',
  `Chemists name molecules with words such as ${'methylpropylbutylpentylhexyl'.repeat(20)} which no slide can break. German builds words like Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft from smaller ones.`,
  '',
  `A web address may run on for hundreds of characters, as in https://www.example.org/${'a-very-long-path-segment/'.repeat(20)}?query=${'x'.repeat(200)} and nobody reads it aloud. Tracking codes make addresses longer still.`,
  '',
  `Some text has no spaces at all: ${'abcdefghijklmnopqrstuvwxyz'.repeat(120)} is one word of over three thousand letters. A deck must still fit it on its slide.`,
  '',
].join('\n');

/** A hand-written outline with so many sections that its deck passes the slide limit. */
function manySections(n: number): string {
  const sections = Array.from({ length: n }, (_, i) => `  - heading: Part ${i + 1}\n    points:\n      - text: The point of part ${i + 1}.\n    notes: Notes of part ${i + 1}.\n`);
  return `title: A deck with too many slides\nlang: en\nsections:\n${sections.join('')}`;
}

/** Points nested `depth` levels deep (reading each level doubles the time the outline's checks take). */
function deepOutline(depth: number): string {
  let yaml = 'title: Deep\nlang: en\nsections:\n  - heading: Deep\n    points:\n';
  let indent = '      ';
  for (let i = 0; i < depth; i++) {
    yaml += `${indent}- text: Level ${i + 1}\n${indent}  points:\n`;
    indent += '    ';
  }
  return `${yaml}${indent}- text: The bottom\n`;
}

/** "Billion laughs": each alias list holds nine of the one before. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  return `${lines.join('\n')}\ntitle: Laughs\nsections: [{ heading: Laughs, points: [], notes: *i }]\n`;
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'empty.txt', what: 'an empty file', bytes: text(''), expect: /has no sentences to make slides from/ },
  { name: 'white-space.txt', what: 'only white space (spaces, tabs, no-break and ideographic spaces, a zero-width space, blank lines)', bytes: text(' \t\n\n\u00a0\u3000\n\u200b \n\r\n  '), expect: /has no sentences to make slides from/ },
  { name: 'picture.png', what: 'a PNG image', bytes: () => readFileSync(PNG), expect: /is a PNG image, not an article/ },
  { name: 'picture.txt', what: 'a PNG image named .txt', bytes: () => readFileSync(PNG), expect: /is a PNG image, not an article/ },
  { name: 'archive.zip', what: 'a zip archive', bytes: () => zip({ 'notes.txt': 'Not an article.' }), expect: /is a zip archive, not an article/ },
  { name: 'archive.docx', what: 'a zip archive named .docx (no Word document inside)', bytes: () => zip({ 'notes.txt': 'Not an article.' }), expect: /is not a Word document/ },
  { name: 'bomb.docx', what: 'a zip bomb named .docx (parts that unpack to 300 MB)', bytes: () => zipBomb(300 * 1024 * 1024), expect: /unpacks to 300 MB: deckwright opens Word documents that unpack to at most 200 MB/ },
  { name: 'picture.docx', what: 'a PNG image named .docx', bytes: () => readFileSync(PNG), expect: /is not a Word document/ },
  { name: 'latin-1.txt', what: 'invalid UTF-8 (Latin-1 text)', bytes: () => Buffer.from('Café crème and brûlée are French words.\n', 'latin1'), expect: /is not valid UTF-8 text/ },
  { name: 'truncated.txt', what: 'invalid UTF-8 (a multi-byte character cut short)', bytes: () => Buffer.concat([Buffer.from('A sentence that ends in the middle of a character '), Buffer.from([0xe2, 0x82])]), expect: /is not valid UTF-8 text/ },
  { name: 'broken-utf16.txt', what: 'a UTF-16 byte-order mark before bytes that are no UTF-16 (a lone surrogate, an odd byte)', bytes: () => Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42]), expect: /is not valid UTF-16 text/ },
  { name: 'nul-bytes.txt', what: 'text with NUL bytes', bytes: text('Some text.\u0000More text.\n'), expect: /holds NUL bytes/ },
  { name: 'big.txt', what: 'a 10 MB text', bytes: () => Buffer.from(bigText(10 * 1024 * 1024)), expect: /words: deckwright makes decks from articles of up to 50,000 words/ },
  { name: 'long-sentence.txt', what: 'one sentence of 5,000 words', bytes: () => Buffer.from(longSentence(5000)), expect: 'decks' },
  { name: 'no-punctuation.txt', what: 'text with no sentence punctuation', bytes: fixture('no-punctuation.txt'), expect: 'decks' },
  { name: 'only-headings.md', what: 'only headings', bytes: fixture('only-headings.md'), expect: /has no sentences to make slides from/ },
  { name: 'only-list.md', what: 'only a list', bytes: fixture('only-list.md'), expect: 'decks' },
  { name: 'date-palms.ar.txt', what: 'right-to-left text: Arabic', bytes: fixture('date-palms.ar.txt'), expect: 'decks', rtl: true },
  { name: 'water-reuse.he.md', what: 'right-to-left text: Hebrew', bytes: fixture('water-reuse.he.md'), expect: 'decks', rtl: true },
  { name: 'tea.zh.txt', what: 'Chinese text', bytes: fixture('tea.zh.txt'), expect: 'decks' },
  { name: 'shinkansen.ja.md', what: 'Japanese text', bytes: fixture('shinkansen.ja.md'), expect: 'decks' },
  { name: 'emoji.md', what: 'emoji (ZWJ sequences, skin tones, flags, keycaps)', bytes: fixture('emoji.md'), expect: 'decks' },
  { name: 'control-characters.txt', what: 'control characters, invisible characters and XML-forbidden noncharacters', bytes: text(CONTROLS), expect: 'decks' },
  { name: 'long-words.txt', what: 'very long words and URLs', bytes: text(LONG_WORDS), expect: 'decks' },
  { name: 'hostile-page.html', what: 'HTML with scripts, iframes, event handlers, javascript: links, a scripted SVG picture', bytes: fixture('hostile-page.html'), expect: 'decks' },
  { name: 'raw-html.md', what: 'Markdown with raw HTML and javascript:/data: links', bytes: fixture('raw-html.md'), expect: 'decks' },
  { name: 'markup.outline.yaml', what: 'an outline with markup in every field', bytes: fixture('markup.outline.yaml'), expect: 'decks', render: true, beside: { 'tide-levels.png': () => readFileSync(PNG) } },
  { name: 'deep.outline.yaml', what: 'an outline with points nested 40 levels deep', bytes: text(deepOutline(40)), expect: /nests points 41 levels deep: deckwright shows up to 6 levels/, render: true },
  { name: 'brackets.outline.yaml', what: 'an outline file of 20,000 nested brackets (crashes the YAML parser)', bytes: text(`title: x\nsections: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`), expect: /nests brackets more than 64 deep/, render: true },
  { name: 'aliases.outline.yaml', what: 'an outline file whose YAML aliases expand a billion times', bytes: text(aliasBomb()), expect: /is not valid YAML: Excessive alias count/, render: true },
  { name: 'too-many.outline.yaml', what: 'an outline of 600 sections', bytes: text(manySections(600)), expect: /slides: deckwright makes decks of up to 500 slides/, render: true },
];

/** Write an input (and what goes beside it) into `dir`; returns its path. */
export async function writeHostile(input: HostileInput, dir: string): Promise<string> {
  const path = join(dir, input.name);
  writeFileSync(path, await input.bytes());
  for (const [name, bytes] of Object.entries(input.beside ?? {})) writeFileSync(join(dir, name), bytes());
  return path;
}

/** The hand-written fixtures, so a test can check that each is in the suite. */
export function hostileFixtureNames(): string[] {
  return readdirSync(HOSTILE).sort();
}
