import { InputError } from './input-error.js';

/**
 * How much deckwright takes on, so that no input makes it run for minutes or fill the
 * disk. The analyser takes about 1 s for 50,000 words and 4 s for 200,000 on a shared
 * 2-core machine (`npm run bench`), and a deck past a few hundred slides is no lecture.
 * The README states these numbers.
 */
export const LIMITS = {
  /** Words in an article (a Chinese or Japanese character counts as a word). */
  words: 50_000,
  /** Slides in a deck; an outline may have as many sections. */
  slides: 500,
  /** Points in an outline (takeaways, bullets and sub-points): laying out a thousand in one section takes ~10 s. */
  points: 2_000,
  /** Levels of points: a bullet, its sub-points, theirs… (checking each level doubles the time an outline takes to read). */
  depth: 6,
  /** Bytes a .docx may unpack to: its text and pictures take a few MB; a zip bomb takes gigabytes. */
  unpacked: 200 * 1024 * 1024,
  /** Brackets nested in an outline file (the YAML parser crashes the process at a few thousand). */
  brackets: 64,
} as const;

/** An input past one of the limits. */
export class LimitError extends InputError {}

const CJK: [number, number][] = [
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xff66, 0xff9f], // half-width Katakana
];

// Below the first range (all Latin, Greek, Cyrillic …) no range need be searched.
const isCjk = (code: number) => code >= 0x3040 && CJK.some(([from, to]) => code >= from && code <= to);
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029;

/**
 * Words of a text as the limit counts them: runs of non-space characters, and each
 * character of a script written without spaces. One pass, no allocation, so it can
 * be asked of a file far past the limit.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) inWord = false;
    else if (isCjk(code)) {
      words++;
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}

const number = (n: number) => n.toLocaleString('en');

export function tooManyWords(words: number): LimitError {
  return new LimitError(`has ${number(words)} words: deckwright makes decks from articles of up to ${number(LIMITS.words)} words (split it into parts and build a deck of each)`);
}

/** An outline's size: its sections, its points at every level, and how deep they nest. */
export function outlineSize(outline: unknown): { sections: number; points: number; depth: number } {
  const root = outline as { sections?: unknown; takeaways?: unknown } | null;
  const sections = Array.isArray(root?.sections) ? root.sections : [];
  let points = 0;
  let depth = 0;
  // A stack rather than recursion: a hostile outline may nest deeper than the call stack.
  const stack: [unknown, number][] = [[root?.takeaways, 1], ...sections.map((s): [unknown, number] => [(s as { points?: unknown } | null)?.points, 1])];
  while (stack.length) {
    const [list, level] = stack.pop()!;
    if (!Array.isArray(list)) continue;
    points += list.length;
    if (list.length) depth = Math.max(depth, level);
    for (const p of list) stack.push([(p as { points?: unknown } | null)?.points, level + 1]);
  }
  return { sections: sections.length, points, depth };
}

/** Refuse an outline (as parsed, or as built) past the limits, before it costs minutes to lay out. */
export function checkOutline(outline: unknown): void {
  const size = outlineSize(outline);
  if (size.sections > LIMITS.slides) throw tooManySlides(size.sections, true);
  if (size.points > LIMITS.points) throw new LimitError(`has ${number(size.points)} points: deckwright makes decks of up to ${number(LIMITS.points)} points (split it into parts and build a deck of each)`);
  if (size.depth > LIMITS.depth) throw new LimitError(`nests points ${number(size.depth)} levels deep: deckwright shows up to ${LIMITS.depth} levels (move the deeper ones up)`);
}

/**
 * Refuse outline text whose brackets nest past the limit, before a parser sees it. It
 * counts every bracket, quoted or not, so it errs on the side of refusing; a real
 * outline nests two or three.
 */
export function checkOutlineText(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > LIMITS.brackets) throw new LimitError(`nests brackets more than ${LIMITS.brackets} deep: an outline nests a few`);
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
}

export function tooManySlides(slides: number, atLeast = false): LimitError {
  return new LimitError(`makes ${atLeast ? 'at least ' : ''}${number(slides)} slides: deckwright makes decks of up to ${number(LIMITS.slides)} slides (split it into parts and build a deck of each)`);
}
