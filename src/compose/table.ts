import { clampText } from './clamp.js';
import { type Fitter, SAFETY, splitPoints } from './fit.js';
import { textWidth } from './measure.js';
import { room, type Box } from './geometry.js';

/**
 * Tables on slides: column widths, row heights and how rows share slides. Both renderers
 * draw a table with the widths, padding and line height chosen here, so what fits here
 * fits in the browser and in PowerPoint.
 */

/** Cell padding, as multiples of the cell text's size: left and right, top and bottom. */
export const CELL_PAD_X = 0.4;
export const CELL_PAD_Y = 0.2;
/** Room a row's rule takes (the HTML deck draws one point under each row). */
const RULE = 1;
/** Points a column gets beyond its text's width. */
const EDGE = 0.5;
/** Rows a slide shows at most: more than this is a wall of numbers nobody reads from the back. */
export const MAX_TABLE_ROWS = 10;
/** Lines a header cell and a body cell may take before they are cut on the slide (the notes keep them whole). */
const HEADER_LINES = 3;
const CELL_LINES = 6;

export interface TableLayout {
  header: string[];
  /** Each slide's body rows, in order. */
  parts: string[][][];
  size: number;
  widths: number[];
  /** Which columns hold figures, set flush right so their digits line up. */
  numeric: boolean[];
  /** Cells cut to fit, whole, for the notes: the header's, and each body row's. */
  cut: { header: string[]; rows: string[][] };
}

/** A cell that is a figure: a number with its sign, currency, unit or percent, or a time of day. */
const FIGURE = /^[-+\u2212\u00b1~\u2248<>]?\s?[$\u20ac\u00a3\u00a5]?\d[\d,.:\u00a0\u202f]*(?:\s?(?:%|\u2030|\u00b0[CF]?|[a-z\u00b5]{1,3}))?$/i;

/** Columns whose body cells (those not empty, at least one) are all figures. */
export function numericColumns(header: readonly string[], body: readonly (readonly string[])[]): boolean[] {
  return header.map((_, i) => {
    const cells = body.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    return cells.length > 0 && cells.every((c) => FIGURE.test(c));
  });
}

/** Every row as long as the longest, missing cells empty. */
export function squared(rows: readonly (readonly string[])[]): string[][] {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? ''));
}

/**
 * Column widths (points, summing to `width`) for cells set at `size`, as a browser's
 * automatic table layout shares them: each column gets its longest word; then, as far as
 * the width goes, its body cells on one line; then its header on one line (a header wraps
 * more gracefully than a column of figures); what is left is shared in proportion.
 */
export function columnWidths(fit: Fitter, header: readonly string[], rows: readonly (readonly string[])[], size: number, width: number): number[] {
  const pad = 2 * CELL_PAD_X * size;
  // Fitting sets a line in SAFETY of its width: a column is that much wider than its text,
  // and a little more, so that widths rounded to hundredths still hold it.
  const need = (w: number) => w / SAFETY + pad + EDGE;
  const whole = (text: string, bold: boolean) => need(textWidth(text, bold ? fit.bold : fit.body, size));
  const word = (text: string, bold: boolean) => need(Math.max(0, ...text.split(/\s+/).filter(Boolean).map((w) => textWidth(w, bold ? fit.bold : fit.body, size))));
  const least = header.map((h, i) => Math.max(word(h, true), ...rows.map((r) => word(r[i] ?? '', false))));
  const body = least.map((l, i) => Math.max(l, ...rows.map((r) => whole(r[i] ?? '', false))));
  const most = body.map((b, i) => Math.max(b, whole(header[i]!, true)));
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  // Hundredths of a point, rounded down, so the columns never add up to more than the box.
  const rounded = (xs: number[]) => xs.map((x) => Math.floor(x * 100) / 100);
  if (sum(most) <= width) return rounded(most.map((m) => (m * width) / sum(most)));
  if (sum(least) >= width) return rounded(least.map((m) => (m * width) / sum(least)));
  const [from, to] = sum(body) <= width ? [body, most] : [least, body];
  const share = (width - sum(from)) / (sum(to) - sum(from));
  return rounded(from.map((f, i) => f + (to[i]! - f) * share));
}

/** Height of one row: its tallest cell. */
export function rowHeight(fit: Fitter, cells: readonly string[], widths: readonly number[], size: number, bold = false): number {
  const pad = 2 * CELL_PAD_X * size;
  const lines = Math.max(1, ...cells.map((t, i) => fit.lines(t, size, widths[i]! - pad, bold ? fit.bold : fit.body).length));
  return lines * fit.lineHeight(size) + 2 * CELL_PAD_Y * size + RULE;
}

export function tableHeight(fit: Fitter, header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], size: number): number {
  return rows.reduce((h, r) => h + rowHeight(fit, r, widths, size), rowHeight(fit, header, widths, size, true));
}

/** A cell cut to at most `most` lines in its column. */
function clampCell(fit: Fitter, text: string, width: number, size: number, most: number, bold: boolean): string {
  return clampText(text, (t) => fit.lines(t, size, width - 2 * CELL_PAD_X * size, bold ? fit.bold : fit.body).length <= most);
}

/**
 * How a table goes on slides: the size (from `size` down to the theme's minimum) that
 * needs the fewest slides, the largest of those; its rows shared evenly over them, the
 * header repeated on each. Cells too long for a slide even alone are cut.
 */
export function layoutTable(fit: Fitter, rows: readonly (readonly string[])[], box: Box, size: number): TableLayout {
  const [header = [''], ...body] = squared(rows);
  const min = Math.min(size, fit.theme.sizes.min);
  const space = room(box) * SAFETY;
  const widthsAt = (s: number) => columnWidths(fit, header, body, s, box.w);
  // Clamping at the smallest size makes sure that, there, a header and any one row fit a slide.
  const narrow = widthsAt(min);
  const clamp = (cells: readonly string[], most: number, bold: boolean) => cells.map((t, i) => clampCell(fit, t, narrow[i]!, min, most, bold));
  const whole = (shown: readonly string[], cells: readonly string[]) => cells.filter((t, i) => shown[i] !== t);
  const shownHeader = clamp(header, HEADER_LINES, true);
  const shownBody = body.map((r) => clamp(r, CELL_LINES, false));
  const cut = { header: whole(shownHeader, header), rows: shownBody.map((r, i) => whole(r, body[i]!)) };
  const numeric = numericColumns(header, body);
  const fitsAt = (s: number, widths: readonly number[]) => (part: readonly string[][]) => part.length <= MAX_TABLE_ROWS && tableHeight(fit, shownHeader, part, widths, s) <= space;
  let best: TableLayout | undefined;
  for (let s = size; s >= min; s--) {
    const widths = s === min ? narrow : widthsAt(s);
    const fits = fitsAt(s, widths);
    // A row too tall for a slide at this size rules the size out.
    if (!shownBody.every((r) => fits([r])) || !fits([])) continue;
    const parts = shownBody.length ? splitPoints(shownBody, fits) : [[]];
    if (!best || parts.length < best.parts.length) best = { header: shownHeader, parts, size: s, widths, numeric, cut };
    if (parts.length === 1) break;
  }
  return best ?? { header: shownHeader, parts: shownBody.length ? shownBody.map((r) => [r]) : [[]], size: min, widths: narrow, numeric, cut };
}
