import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Fontkit from 'fontkit';
import { faceTable, fontkit, glyphAdvance, TABLE_SUBSETS, type FaceName } from './font-tables.js';
import { packageDir } from '../packages.js';
import type { FontSpec } from '../theme/theme.js';
import { InputError } from '../input-error.js';

/**
 * Text measurement with the real advance widths of the theme's fonts (from the
 * Fontsource files on npm), so line breaks computed here match the browser and
 * the Office clients, which use the same or metric-compatible fonts.
 */

export interface Metrics {
  /** Advance width of a code point, in ems. */
  advance(codePoint: number): number;
}

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'];
const cache = new Map<string, Metrics>();

export class FontError extends InputError {}

/** The folder of a Fontsource package's font files, and the font's id in their names. */
export function fontFiles(spec: FontSpec): { dir: string; id: string } {
  const dir = packageDir(spec.package);
  if (!dir) throw new FontError(`font package ${spec.package} (for ${spec.family}) is not installed: run \`npm install ${spec.package}\``);
  return { dir: join(dir, 'files'), id: spec.package.replace(/^@fontsource\//, '') };
}

/** Width of a character no subset of the font has: what a fallback font would roughly take. */
function fallbackAdvance(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(ch)) return 1;
  if (/\p{Extended_Pictographic}/u.test(ch)) return 1.25;
  if (/\p{M}|[\u200b-\u200f\ufe00-\ufe0f]/u.test(ch)) return 0;
  return 0.62;
}

export function loadMetrics(spec: FontSpec, bold = false, italic = false): Metrics {
  const key = `${spec.package}|${bold}|${italic}`;
  const known = cache.get(key);
  if (known) return known;
  const face: FaceName = `${bold ? 700 : 400}-${italic ? 'italic' : 'normal'}`;
  const table = faceTable(spec, face);
  // Without a table the font must exist now, so a missing package is reported at once.
  const opened = table ? undefined : openFace(spec, face);
  let lazily: ((cp: number) => number) | undefined = opened;
  const widths = new Map<number, number>();
  const metrics: Metrics = {
    advance(cp: number): number {
      const w = widths.get(cp);
      if (w !== undefined) return w;
      const units = table?.advances[cp];
      const advance = units !== undefined ? units / table!.unitsPerEm : (lazily ??= openFace(spec, face, table ? TABLE_SUBSETS : []))(cp);
      widths.set(cp, advance);
      return advance;
    },
  };
  cache.set(key, metrics);
  return metrics;
}

/**
 * Advances from the font files themselves, opening subsets as characters need them;
 * `skip` are subsets a table already covers.
 */
function openFace(spec: FontSpec, face: FaceName, skip: readonly string[] = []): (cp: number) => number {
  const { dir, id } = fontFiles(spec);
  const fonts: Fontkit.Font[] = [];
  const opened = new Set<string>(skip);
  const open = (subset: string): Fontkit.Font | undefined => {
    if (opened.has(subset)) return undefined;
    opened.add(subset);
    const file = join(dir, `${id}-${subset}-${face}.woff`);
    if (!existsSync(file)) return undefined;
    const font = fontkit().openSync(file) as Fontkit.Font;
    fonts.push(font);
    return font;
  };
  if (skip.length === 0 && !open('latin')) throw new FontError(`no Latin font file for ${spec.family} in ${spec.package}`);
  return (cp: number) => {
    let found = fonts.find((f) => f.hasGlyphForCodePoint(cp));
    for (const subset of SUBSETS) {
      if (found) break;
      const font = open(subset);
      if (font?.hasGlyphForCodePoint(cp)) found = font;
    }
    return found ? glyphAdvance(found, cp) / found.unitsPerEm : fallbackAdvance(cp);
  };
}

export function textWidth(text: string, metrics: Metrics, size: number): number {
  let em = 0;
  for (const ch of text) em += metrics.advance(ch.codePointAt(0)!);
  return em * size;
}

/** Text set in one face at a scale of the font size (code is set smaller). */
export interface Span {
  text: string;
  metrics: Metrics;
  scale?: number;
}

/** Monospaced code: DejaVu Sans Mono in the browser and Liberation Mono for Courier New both advance 0.6 em. */
export const MONOSPACE: Metrics = { advance: () => 0.602 };

/**
 * White space where a line may break: U+0020 and the other breaking spaces. No-break
 * spaces (U+00A0, U+2007, U+202F) are not, so words joined by one stay on one line.
 */
const BREAKING_SPACE = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;

/** Collapse breaking white space as HTML and the PPTX renderer do; no-break spaces are kept. */
export function collapseSpaces(text: string): string {
  return text.replace(BREAKING_SPACE, ' ');
}

/** Scripts written without spaces between words; all lie at or above U+2E80. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const isCjk = (ch: string) => ch.charCodeAt(0) >= 0x2e80 && CJK.test(ch);

/**
 * Where a line may break: after a space, after a hyphen between letters or digits, and
 * between characters of scripts written without spaces. Returns the pieces' end indices.
 */
function breaks(chars: readonly string[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1] ?? '';
    if (next === '') ends.push(i + 1);
    else if (ch === ' ' && next !== ' ') ends.push(i + 1);
    else if (ch === '-' && /[\p{L}\p{N}]/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(next)) ends.push(i + 1);
    else if (isCjk(ch) || (isCjk(next) && ch !== ' ')) ends.push(i + 1);
  }
  return ends;
}

/**
 * Lines the spans wrap to at this size and width, breaking as browsers and Office do:
 * at spaces (never at a no-break space), after hyphens, and a word longer than a whole
 * line between characters (overflow-wrap: anywhere).
 */
export function wrapSpans(spans: readonly Span[], size: number, width: number): string[] {
  // Characters and their advances in points, side by side: the fitter wraps each text at
  // many sizes, and a pair of arrays is two allocations where an object a character was many.
  const allChars: string[] = [];
  const allWidths: number[] = [];
  for (const span of spans) {
    for (const ch of collapseSpaces(span.text)) {
      allChars.push(ch);
      allWidths.push(span.metrics.advance(ch.codePointAt(0)!) * size * (span.scale ?? 1));
    }
  }
  // Leading and trailing breaking spaces take no room; collapse what spans joined.
  const chars: string[] = [];
  const widths: number[] = [];
  for (let i = 0; i < allChars.length; i++) {
    if (allChars[i] === ' ' && (i === 0 || allChars[i - 1] === ' ')) continue;
    chars.push(allChars[i]!);
    widths.push(allWidths[i]!);
  }
  while (chars.length && chars[chars.length - 1] === ' ') {
    chars.pop();
    widths.pop();
  }
  const lines: string[] = [];
  const textOf = (from: number, to: number) => chars.slice(from, to).join('').trimEnd();
  /** Width of characters from..to, without trailing spaces (they hang past the line's end). */
  const widthOf = (from: number, to: number) => {
    let end = to;
    while (end > from && chars[end - 1] === ' ') end--;
    let w = 0;
    for (let i = from; i < end; i++) w += widths[i]!;
    return w;
  };
  let start = 0;
  let at = 0;
  for (const end of breaks(chars)) {
    if (widthOf(start, end) <= width) {
      at = end;
      continue;
    }
    if (at > start) {
      lines.push(textOf(start, at));
      start = at;
    }
    if (widthOf(start, end) <= width) {
      at = end;
      continue;
    }
    // A piece longer than a whole line breaks between characters.
    let lineStart = start;
    for (let i = start; i < end; i++) {
      if (i > lineStart && widthOf(lineStart, i + 1) > width) {
        lines.push(textOf(lineStart, i));
        lineStart = i;
      }
    }
    start = lineStart;
    at = end;
  }
  if (at > start && textOf(start, at) !== '') lines.push(textOf(start, at));
  return lines;
}

/** Lines plain text wraps to in one face. */
export function wrap(text: string, metrics: Metrics, size: number, width: number): string[] {
  return wrapSpans([{ text, metrics }], size, width);
}
