import { CELL_PAD_X, CELL_PAD_Y } from '../../compose/table.js';
import type { Box } from '../../compose/geometry.js';
import { tableColours } from '../../theme/table-colours.js';
import type { Theme } from '../../theme/theme.js';
import { solidFill } from './colours.js';
import type { Run, TableContent } from './slide-content.js';
import { plainLevel, type LevelStyle } from './text-styles.js';
import { centipoints, emu } from './units.js';
import { el, type Xml } from './xml.js';

/**
 * A table as PowerPoint's Insert Table makes one: a graphic frame holding an `a:tbl`
 * with a column grid and rows of cells, each with its own text body, so it edits like a
 * hand-made table. Sizes, padding, widths and colours are the HTML deck's.
 */

export interface TableContext {
  theme: Theme;
  lang: string;
  rtl: boolean;
  /** The cells' text size, as fitting chose it. */
  size: number;
  box: Box;
  /** A cell's runs at a level style (shared with the placeholders' text). */
  runs: (runs: Run[], style: LevelStyle) => Xml[];
}

const TABLE_URI = 'http://schemas.openxmlformats.org/drawingml/2006/table';

function line(name: string, theme: Theme, colour?: string): Xml {
  return colour ? el(name, { w: emu(1) }, solidFill(theme, colour)) : el(name, { w: 0 }, el('a:noFill'));
}

function cell(runs: Run[], style: LevelStyle, fill: string | undefined, rule: string, numeric: boolean, ctx: TableContext): Xml {
  const { theme, size } = ctx;
  const props = el(
    'a:pPr',
    // Figures go flush to the column's far side, as the HTML deck's text-align: end sets them.
    { algn: numeric !== ctx.rtl ? 'r' : ctx.rtl ? 'l' : undefined, rtl: ctx.rtl || undefined, marL: 0, indent: 0 },
    el('a:lnSpc', {}, el('a:spcPts', { val: centipoints(style.lineHeight) })),
    el('a:spcBef', {}, el('a:spcPts', { val: 0 })),
    el('a:buNone'),
  );
  const end = el('a:endParaRPr', { lang: ctx.lang, sz: centipoints(size), b: style.bold || undefined }, solidFill(theme, style.colour));
  const paragraph = el('a:p', {}, props, ...ctx.runs(runs, style), end);
  const pad = { marL: emu(CELL_PAD_X * size), marR: emu(CELL_PAD_X * size), marT: emu(CELL_PAD_Y * size), marB: emu(CELL_PAD_Y * size) };
  return el(
    'a:tc',
    {},
    el('a:txBody', {}, el('a:bodyPr'), el('a:lstStyle'), paragraph),
    el('a:tcPr', { ...pad, anchor: 't' }, line('a:lnL', theme), line('a:lnR', theme), line('a:lnT', theme), line('a:lnB', theme, rule), fill ? solidFill(theme, fill) : el('a:noFill')),
  );
}

/** The `p:graphicFrame` of a table, shape `id`, placed in the body's box under the title. */
export function tableFrame(id: number, table: TableContent, ctx: TableContext): Xml {
  const { theme, size, box } = ctx;
  const colours = tableColours(theme);
  const header = plainLevel(theme, size, colours.headerText, { bold: true });
  const body = plainLevel(theme, size, theme.colors.text);
  // Rows as tall as fitting measured them (one line and padding at least); clients grow a row to its text.
  const least = header.lineHeight + 2 * CELL_PAD_Y * size;
  const heights = table.heights.map((h) => emu(Math.max(h, least)));
  const rows = [
    el('a:tr', { h: heights[0] }, ...table.header.map((runs, i) => cell(runs, header, colours.headerFill, colours.rule, table.numeric[i] ?? false, ctx))),
    ...table.rows.map((row, k) => el('a:tr', { h: heights[k + 1] ?? emu(least) }, ...row.map((runs, i) => cell(runs, body, k % 2 === 1 ? colours.band : undefined, colours.rule, table.numeric[i] ?? false, ctx)))),
  ];
  const widths = table.widths.map(emu);
  const frame = { ...box, h: heights.reduce((a, b) => a + b, 0) };
  return el(
    'p:graphicFrame',
    {},
    el('p:nvGraphicFramePr', {}, el('p:cNvPr', { id, name: `Table ${id - 1}` }), el('p:cNvGraphicFramePr', {}, el('a:graphicFrameLocks', { noGrp: true })), el('p:nvPr')),
    el('p:xfrm', {}, el('a:off', { x: emu(frame.x), y: emu(frame.y + frame.top) }), el('a:ext', { cx: widths.reduce((a, b) => a + b, 0), cy: frame.h })),
    el(
      'a:graphic',
      {},
      el('a:graphicData', { uri: TABLE_URI }, el('a:tbl', {}, el('a:tblPr', { firstRow: true, bandRow: true, rtl: ctx.rtl || undefined }), el('a:tblGrid', {}, ...widths.map((w) => el('a:gridCol', { w }))), ...rows)),
    ),
  );
}
