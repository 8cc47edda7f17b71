import { BULLET_INDENT, NUMBER_INDENT, PARAGRAPH_SPACE } from '../../compose/fit.js';
import type { Theme } from '../../theme/theme.js';
import { colour, solidFill } from './colours.js';
import { centipoints, emu } from './units.js';
import { el, type Xml } from './xml.js';

/**
 * Paragraph styles, level by level, as the layouts' list styles carry them: size, colour,
 * font, exact line spacing, space before, indents and bullet. The numbers are those of
 * the HTML deck's CSS and of fitting (src/compose/fit.ts), so both decks break lines alike.
 */

export interface LevelStyle {
  size: number;
  colour: string;
  font: 'major' | 'minor';
  bold: boolean;
  italic: boolean;
  /** Exact line height, in points. */
  lineHeight: number;
  spaceBefore: number;
  /** Where the text starts and where the bullet hangs, in points from the box's left edge. */
  marginLeft: number;
  indent: number;
  bullet?: { char: string; colour: string };
  align: 'l' | 'r';
}

/** Sub-points' size for a body size (as fitting computes it). */
export function subSize(theme: Theme, size: number): number {
  return Math.max(theme.sizes.min, Math.round((size * theme.sizes.subBody) / theme.sizes.body));
}

const lineHeight = (theme: Theme, size: number) => Math.round(size * theme.lineHeight * 100) / 100;

/** One line of plain text: titles, subtitles, captions. */
export function plainLevel(theme: Theme, size: number, colour: string, options: { font?: 'major' | 'minor'; bold?: boolean; italic?: boolean; spaceBefore?: number; align?: 'l' | 'r' } = {}): LevelStyle {
  return {
    size,
    colour,
    font: options.font ?? 'minor',
    bold: options.bold ?? false,
    italic: options.italic ?? false,
    lineHeight: lineHeight(theme, size),
    spaceBefore: options.spaceBefore ?? 0,
    marginLeft: 0,
    indent: 0,
    align: options.align ?? 'l',
  };
}

/** A level set at another size: its line height follows the size, the rest stays. */
export function resized(theme: Theme, style: LevelStyle, size: number): LevelStyle {
  return { ...style, size, lineHeight: lineHeight(theme, size) };
}

export function titleLevel(theme: Theme, size: number, colour: string): LevelStyle {
  return plainLevel(theme, size, colour, { font: 'major', bold: true });
}

/**
 * Bulleted levels for a body size: points with the accent-coloured bullet, sub-points
 * (and any deeper level a user adds) smaller, with a muted dash, one step further in.
 */
export function bulletLevels(theme: Theme, size: number, count = 2): LevelStyle[] {
  const c = theme.colors;
  const sub = subSize(theme, size);
  const first = BULLET_INDENT[0]! * size;
  const step = (BULLET_INDENT[1]! - BULLET_INDENT[0]!) * size;
  const levels: LevelStyle[] = [
    { ...plainLevel(theme, size, c.text), spaceBefore: PARAGRAPH_SPACE[0]! * size, marginLeft: first, indent: -first, bullet: { char: '•', colour: c.accent } },
  ];
  for (let k = 1; k < count; k++) {
    levels.push({ ...plainLevel(theme, sub, c.text), spaceBefore: PARAGRAPH_SPACE[1]! * sub, marginLeft: first + k * step, indent: -step, bullet: { char: '–', colour: c.muted } });
  }
  return levels;
}

/** Levels of a numbered list (the agenda): as bulletLevels, hanging wide enough for a number of two digits. */
export function numberedLevels(theme: Theme, size: number): LevelStyle[] {
  const [first, ...rest] = bulletLevels(theme, size);
  const hang = NUMBER_INDENT * size;
  return [{ ...first!, marginLeft: hang, indent: -hang }, ...rest];
}

function font(face: 'major' | 'minor'): Xml[] {
  const f = face === 'major' ? 'mj' : 'mn';
  return [el('a:latin', { typeface: `+${f}-lt` }), el('a:ea', { typeface: `+${f}-ea` }), el('a:cs', { typeface: `+${f}-cs` })];
}

/** Character defaults of a level (`a:defRPr`). */
function levelRunDefaults(style: LevelStyle, theme: Theme): Xml {
  return el('a:defRPr', { sz: centipoints(style.size), b: style.bold, i: style.italic }, solidFill(theme, style.colour), ...font(style.font));
}

function bullet(style: LevelStyle, theme: Theme): Xml[] {
  if (!style.bullet) return [el('a:buNone')];
  // The bullet in the body font: left to choose, LibreOffice sets it in a symbol font that stands taller than the text.
  return [el('a:buClr', {}, colour(theme, style.bullet.colour)), el('a:buFont', { typeface: theme.fonts.body.office }), el('a:buChar', { char: style.bullet.char })];
}

/** A whole level of a list style: `a:lvl1pPr` … `a:lvl9pPr`. */
function levelProperties(level: number, style: LevelStyle, theme: Theme): Xml {
  return el(
    `a:lvl${level + 1}pPr`,
    { marL: emu(style.marginLeft), indent: emu(style.indent), algn: style.align, rtl: false },
    el('a:lnSpc', {}, el('a:spcPts', { val: centipoints(style.lineHeight) })),
    el('a:spcBef', {}, el('a:spcPts', { val: centipoints(style.spaceBefore) })),
    ...bullet(style, theme),
    levelRunDefaults(style, theme),
  );
}

/** The levels as the children of a list style (`a:lstStyle`, `p:titleStyle`, `p:bodyStyle`). */
export function levelsProperties(levels: readonly LevelStyle[], theme: Theme): Xml[] {
  return levels.map((style, i) => levelProperties(i, style, theme));
}
