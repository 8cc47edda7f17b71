import type { Point } from '../outline/outline.js';
import type { Theme } from '../theme/theme.js';
import { room, type Box } from './geometry.js';
import { parseInline } from '../render/inline.js';
import { loadMetrics, MONOSPACE, wrapSpans, type Metrics, type Span } from './measure.js';
import type { Face, TextSlot } from './slots.js';

/**
 * Fitting: how much room text takes in a box, with the theme's fonts, and how to
 * share points over slides so that none overflows.
 */

/** Indents of bullet text from the box edge, per level, as multiples of the body size. */
export const BULLET_INDENT = [1.1, 2.3];
/** Indent of numbered items (the agenda), room for a number of two digits and its point. */
export const NUMBER_INDENT = 1.7;
/** Space before a paragraph, as a multiple of its font size (top level, nested). */
export const PARAGRAPH_SPACE = [0.5, 0.25];
/** Part of a box's width and height that text may fill, to absorb renderer differences. */
export const SAFETY = 0.97;

/** How much wider than the browser one renderer may set a line (LibreOffice, here). */
const RENDERER_SLACK = 0.02;

/** Code in both decks is set at 0.85 of the text around it. */
const CODE_SCALE = 0.85;

export class Fitter {
  readonly body: Metrics;
  readonly heading: Metrics;
  /** Body text in italic (quotations) and bold (strong runs). */
  readonly italic: Metrics;
  readonly bold: Metrics;
  constructor(readonly theme: Theme) {
    this.body = loadMetrics(theme.fonts.body);
    this.heading = loadMetrics(theme.fonts.heading, true);
    this.italic = loadMetrics(theme.fonts.body, false, true);
    this.bold = loadMetrics(theme.fonts.body, true);
  }

  /** The text's inline runs in the faces they are set in, `metrics` being the face of plain text. */
  spans(text: string, metrics: Metrics = this.body): Span[] {
    const plainBody = metrics === this.body;
    return parseInline(text).map((s) => {
      if (s.kind === 'code') return { text: s.text, metrics: MONOSPACE, scale: CODE_SCALE };
      if (s.kind === 'strong' && plainBody) return { text: s.text, metrics: this.bold };
      if (s.kind === 'em' && plainBody) return { text: s.text, metrics: this.italic };
      return { text: s.text, metrics };
    });
  }

  /** The metrics of the face a slot's text is set in. */
  face(face: Face): Metrics {
    return face === 'heading' ? this.heading : face === 'italic' ? this.italic : this.body;
  }

  /** Height of a text slot set as its slide sets it, with `text` in its place (its own by default). */
  textSlotHeight(slot: TextSlot, text: string = slot.text): number {
    const after = slot.after ? PARAGRAPH_SPACE[0]! * slot.after.size + this.textHeight([slot.after.text], slot.after.size, slot.box.w) : 0;
    return this.textHeight([text], slot.size, slot.box.w, this.face(slot.face)) + after;
  }

  lines(text: string, size: number, width: number, metrics: Metrics = this.body): string[] {
    return wrapSpans(this.spans(text, metrics), size, width * SAFETY);
  }

  lineHeight(size: number): number {
    return size * this.theme.lineHeight;
  }

  /** Height of a list of points (with one level of sub-points) set at `size` in a box `width` wide. */
  pointsHeight(points: readonly Point[], size: number, width: number, numbered = false): number {
    const sub = this.subSize(size);
    let height = 0;
    let first = true;
    for (const p of points) {
      if (!first) height += PARAGRAPH_SPACE[0]! * size;
      first = false;
      height += this.lines(p.text, size, this.pointWidth(0, size, width, numbered)).length * this.lineHeight(size);
      for (const s of p.points ?? []) {
        height += PARAGRAPH_SPACE[1]! * sub;
        height += this.lines(s.text, sub, this.pointWidth(1, size, width)).length * this.lineHeight(sub);
      }
    }
    return height;
  }

  /** Width the text of a point (level 0) or sub-point (level 1) has in a box `width` wide at body size `size`. */
  pointWidth(level: 0 | 1, size: number, width: number, numbered = false): number {
    return width - (level === 0 && numbered ? NUMBER_INDENT : BULLET_INDENT[level]!) * size;
  }

  /**
   * The text with its last two words joined by a no-break space when its last line would
   * otherwise hold one word alone and joining them keeps the number of lines. Lines are
   * taken at the box's full width, where the renderers break them, and the join must not
   * cost a line at the narrower width fitting allows for either.
   */
  withoutOrphan(text: string, size: number, width: number, metrics: Metrics = this.body): string {
    // The renderers' lines differ by a fraction of a word: LibreOffice may fit on a line
    // a word the browser carries over, and leave the last word alone where the browser
    // does not. A last word alone is looked for at a slightly wider measure too.
    const widths = [width, width * (1 + RENDERER_SLACK)];
    const exact = (t: string, w: number) => wrapSpans(this.spans(t, metrics), size, w);
    // A last line of one word; after the join, its no-break space separates two.
    const alone = (lines: readonly string[], joined = false) => lines.length >= 2 && !/ /.test(joined ? lines[lines.length - 1]!.replace(/\u00a0/g, ' ') : lines[lines.length - 1]!);
    const laid = widths.map((w) => exact(text, w));
    if (!laid.some((lines) => alone(lines))) return text;
    const space = text.trimEnd().lastIndexOf(' ');
    if (space <= 0) return text;
    const joined = `${text.slice(0, space)}\u00a0${text.slice(space + 1)}`;
    const relaid = widths.map((w) => exact(joined, w));
    const keepsLines = relaid.every((lines, i) => lines.length === laid[i]!.length) && this.lines(joined, size, width, metrics).length <= this.lines(text, size, width, metrics).length;
    return keepsLines && !relaid.some((lines) => alone(lines, true)) ? joined : text;
  }

  /** The sub-point size that goes with a body size. */
  subSize(size: number): number {
    const ratio = this.theme.sizes.subBody / this.theme.sizes.body;
    return Math.max(this.theme.sizes.min, Math.round(size * ratio));
  }

  fitsPoints(points: readonly Point[], size: number, box: Box, numbered = false): boolean {
    return this.pointsHeight(points, size, box.w, numbered) <= room(box) * SAFETY;
  }

  /** Height of plain paragraphs of text (a quote, a subtitle). */
  textHeight(paragraphs: readonly string[], size: number, width: number, metrics: Metrics = this.body): number {
    return paragraphs.reduce((h, p, i) => h + (i > 0 ? PARAGRAPH_SPACE[0]! * size : 0) + this.lines(p, size, width, metrics).length * this.lineHeight(size), 0);
  }

  fitsText(paragraphs: readonly string[], size: number, box: Box, metrics: Metrics = this.body): boolean {
    return this.textHeight(paragraphs, size, box.w, metrics) <= room(box) * SAFETY;
  }

  /** The largest size from `size` down to the theme's minimum at which `fits` holds, if any. */
  largestFitting(size: number, fits: (size: number) => boolean): number | undefined {
    for (let s = size; s >= this.theme.sizes.min; s -= 1) if (fits(s)) return s;
    return undefined;
  }

  /** A title's size: the theme's, or smaller until it takes at most `maxLines` lines. */
  titleSize(title: string, size: number, box: Box, maxLines = 2): number {
    const fits = (s: number) => this.lines(title, s, box.w, this.heading).length <= maxLines && this.lines(title, s, box.w, this.heading).length * this.lineHeight(s) <= room(box);
    return this.largestFitting(size, fits) ?? this.theme.sizes.min;
  }
}

/** How far fitting may set points smaller than the theme's size to keep every slide of a section at two points or more. */
export const MAX_SHRINK = 0.85;

/**
 * Points over slides, and the size to set them at: the fewest slides at the theme's size
 * on which they fit with two points or more on each; failing that, the same at a size
 * down to MAX_SHRINK of it (never below the theme's minimum); failing that, whatever
 * split fits, each slide set as large as it can be.
 */
export function planPoints(points: readonly Point[], size: number, min: number, fitsAt: (part: readonly Point[], size: number) => boolean): { parts: Point[][]; size?: number } {
  const most = Math.max(1, Math.floor(points.length / 2));
  const paired = (s: number) => {
    for (let k = 1; k <= most; k++) {
      const split = k === 1 ? (fitsAt(points, s) ? [points.slice()] : undefined) : balancedSplit(points, k, (part) => fitsAt(part, s));
      if (split && split.every((part) => part.length >= Math.min(2, points.length))) return split;
    }
    return undefined;
  };
  const full = paired(size);
  if (full) return { parts: full };
  for (let s = size - 1; s >= Math.max(min, Math.ceil(size * MAX_SHRINK)); s--) {
    const parts = paired(s);
    if (parts) return { parts, size: s };
  }
  return { parts: splitPoints(points, (part) => fitsAt(part, size)) };
}

/**
 * Share points (or a table's rows) over the fewest slides on which they fit, as evenly
 * as possible and never leaving a slide with a single one when a fairer split exists.
 */
export function splitPoints<T>(points: readonly T[], fits: (part: readonly T[]) => boolean): T[][] {
  if (fits(points)) return [points.slice()];
  // Filling slides in order, each as full as it goes, gives the fewest slides possible:
  // start the search for an even split there rather than at two.
  const fewest = greedyParts(points, fits).length;
  for (let parts = Math.max(2, fewest); parts <= points.length; parts++) {
    const split = balancedSplit(points, parts, fits);
    if (split) return split;
  }
  return points.map((p) => [p]);
}

/** Points in order, each run as long as still fits. */
function greedyParts<T>(points: readonly T[], fits: (part: readonly T[]) => boolean): T[][] {
  const out: T[][] = [];
  let at = 0;
  while (at < points.length) {
    let end = at + 1;
    while (end < points.length && fits(points.slice(at, end + 1))) end++;
    out.push(points.slice(at, end));
    at = end;
  }
  return out;
}

/** Cut points into `parts` consecutive runs, sizes as equal as possible, each fitting. */
function balancedSplit<T>(points: readonly T[], parts: number, fits: (part: readonly T[]) => boolean): T[][] | undefined {
  const n = points.length;
  const base = Math.floor(n / parts);
  const extra = n % parts;
  const out: T[][] = [];
  let at = 0;
  for (let k = 0; k < parts; k++) {
    const size = base + (k < extra ? 1 : 0);
    out.push(points.slice(at, at + size));
    at += size;
  }
  if (out.every((part) => fits(part))) return out;
  // The even cut did not fit: let the first parts take as many as fit, if that still leaves
  // every later part with at least two points.
  const greedy = greedyParts(points, fits);
  if (greedy.length === parts && greedy.every((part) => fits(part)) && greedy.every((p) => p.length >= Math.min(2, n))) return greedy;
  return undefined;
}
