import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { FontSpec } from '../theme/theme.js';

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
const require = createRequire(import.meta.url);
const cache = new Map<string, Metrics>();

export class FontError extends Error {}

/** The folder of a Fontsource package's font files, and the font's id in their names. */
export function fontFiles(spec: FontSpec): { dir: string; id: string } {
  let pkgJson: string;
  try {
    pkgJson = require.resolve(`${spec.package}/package.json`);
  } catch {
    throw new FontError(`font package ${spec.package} (for ${spec.family}) is not installed: run \`npm install ${spec.package}\``);
  }
  return { dir: join(dirname(pkgJson), 'files'), id: spec.package.replace(/^@fontsource\//, '') };
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
  const { dir, id } = fontFiles(spec);
  const weight = bold ? 700 : 400;
  const style = italic ? 'italic' : 'normal';
  const fonts: fontkit.Font[] = [];
  const opened = new Set<string>();
  const open = (subset: string): fontkit.Font | undefined => {
    if (opened.has(subset)) return undefined;
    opened.add(subset);
    const file = join(dir, `${id}-${subset}-${weight}-${style}.woff`);
    if (!existsSync(file)) return undefined;
    const font = fontkit.openSync(file) as fontkit.Font;
    fonts.push(font);
    return font;
  };
  if (!open('latin')) throw new FontError(`no Latin font file for ${spec.family} in ${spec.package}`);
  const widths = new Map<number, number>();
  const metrics: Metrics = {
    advance(cp: number): number {
      const w = widths.get(cp);
      if (w !== undefined) return w;
      let found: fontkit.Font | undefined = fonts.find((f) => f.hasGlyphForCodePoint(cp));
      for (const subset of SUBSETS) {
        if (found) break;
        const font = open(subset);
        if (font?.hasGlyphForCodePoint(cp)) found = font;
      }
      const advance = found ? found.glyphForCodePoint(cp).advanceWidth / found.unitsPerEm : fallbackAdvance(cp);
      widths.set(cp, advance);
      return advance;
    },
  };
  cache.set(key, metrics);
  return metrics;
}

export function textWidth(text: string, metrics: Metrics, size: number): number {
  let em = 0;
  for (const ch of text) em += metrics.advance(ch.codePointAt(0)!);
  return em * size;
}

/**
 * Pieces a line may break after: words with their following space, and the parts of
 * hyphenated words. Text in scripts written without spaces breaks between characters.
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^\s]+\s*/g)) {
    const word = m[0];
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) out.push(...Array.from(word));
    else out.push(...word.split(/(?<=\p{L}-)(?=\p{L})/u));
  }
  return out;
}

/** Lines the text wraps to at this size and width, breaking as browsers and Office do. */
export function wrap(text: string, metrics: Metrics, size: number, width: number): string[] {
  const lines: string[] = [];
  const fits = (s: string) => textWidth(s.trimEnd(), metrics, size) <= width;
  let line = '';
  for (const piece of pieces(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    if (fits(piece)) {
      line = piece;
      continue;
    }
    // A piece longer than a whole line breaks between characters (overflow-wrap: anywhere).
    for (const ch of piece) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
