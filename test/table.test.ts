import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { deckMarkup, loadTemplates, TEMPLATES_DIR } from '../src/render/markup.js';
import { compose } from '../src/compose/compose.js';
import type { TableSlide } from '../src/compose/deck.js';
import { MAX_TABLE_ROWS, numericColumns } from '../src/compose/table.js';
import { overfullSlides } from '../src/compose/verify.js';
import type { Outline } from '../src/outline/outline.js';
import { outlineProblems } from '../src/outline/validate.js';
import { wcagContrast } from 'culori/fn';
import { AA } from '../src/theme/contrast.js';
import { tableColours } from '../src/theme/table-colours.js';
import { loadTheme } from '../src/theme/theme.js';
import { themeNames } from './helpers/browser.js';
import { ARTICLES, buildOf } from './helpers/fixtures.js';
import { all, children, first, Pptx, textOf } from './helpers/pptx.js';

/**
 * Tables carry over from an article to slides of their own: a table in the outline, an
 * HTML table with header cells, a real PowerPoint table, and rows shared over continuation
 * slides with the header repeated when a table is too big for one slide.
 */

const HEADER = ['Roof', 'Area (m²)', 'Rain in a wet month (mm)', 'Water collected (litres)', 'Butts filled (200 l)'];
const build = await buildOf(ARTICLES['rain-barrels']!);
const tables = (slides: readonly { layout: string }[]) => slides.filter((s): s is TableSlide => s.layout === 'table');

test('outline: the section holding a Markdown table carries it, header row first', () => {
  const section = build.outline.sections.find((s) => s.tables);
  assert.ok(section, 'no section with a table');
  assert.is(section.heading, 'How much a roof collects');
  assert.is(section.tables!.length, 1);
  const [table] = section.tables!;
  assert.equal(table!.rows[0], HEADER);
  assert.is(table!.rows.length, 7);
  assert.equal(table!.rows[6], ['Shared pavilion', '40', '60', '1920', '9.6']);
  assert.equal(outlineProblems(build.outline), []);
  assert.is(build.outline.sections.filter((s) => s.tables).length, 1);
});

test('deck: one table slide with every row, notes naming its header and rows, and no overflow', () => {
  const [slide, ...more] = tables(build.deck.slides);
  assert.ok(slide);
  assert.is(more.length, 0);
  assert.equal(slide.header, HEADER);
  assert.is(slide.rows.length, 6);
  assert.is(slide.widths.length, 5);
  assert.ok(slide.widths.reduce((a, b) => a + b, 0) <= 848 + 1e-6);
  // The section's notes went with its bullets slide: the table slide's name what it shows.
  assert.equal(slide.notes, ['A table of Roof, Area (m²), Rain in a wet month (mm), Water collected (litres), Butts filled (200 l): 6 rows.']);
  assert.equal(overfullSlides(build.deck), []);
});

test('HTML: the table slide holds a <table> with <th> header cells and a row per table row', () => {
  const doc = parseDocument(build.html!);
  const section = all(doc, 'section').find((s) => s.attribs['data-layout'] === 'table');
  assert.ok(section);
  const table = first(section, 'table')!;
  assert.equal(all(first(table, 'thead')!, 'th').map(textOf), HEADER);
  assert.ok(all(table, 'th').every((th) => th.attribs.scope === 'col'));
  const rows = all(first(table, 'tbody')!, 'tr').map((tr) => all(tr, 'td').map(textOf));
  assert.is(rows.length, 6);
  assert.equal(rows[1], ['Standard shed', '4.5', '60', '216', '1.1']);
});

test('PPTX: a real table (a:tbl) in a Title Only slide, its rows and cells holding the text', async () => {
  const pptx = await Pptx.open(build.pptx!);
  const index = build.deck.slides.findIndex((s) => s.layout === 'table');
  const part = pptx.slides()[index]!;
  const doc = pptx.xml(part);
  const layout = pptx.rels(part).find((r) => r.target.includes('slideLayout'))!.target.replace('..', 'ppt');
  assert.is(first(pptx.xml(layout), 'p:cSld')!.attribs.name, 'Title Only');
  assert.is(textOf(first(doc, 'p:sp')!), 'How much a roof collects');
  const frame = first(doc, 'p:graphicFrame')!;
  const tbl = first(frame, 'a:tbl')!;
  assert.is(all(first(tbl, 'a:tblGrid')!, 'a:gridCol').length, 5);
  const rows = children(tbl, 'a:tr').map((tr) => children(tr, 'a:tc').map(textOf));
  assert.is(rows.length, 7);
  assert.equal(rows[0], HEADER);
  assert.equal(rows[3], ['Large shed', '7', '60', '336', '1.7']);
  assert.ok(all(children(tbl, 'a:tr')[0]!, 'a:rPr').every((r) => r.attribs.b === '1'), 'header cells are bold');
});

function bigOutline(rows: string[][], notes?: string): Outline {
  return { title: 'Tables', lang: 'en', takeaways: [], sections: [{ heading: 'Rainfall by month', points: [], tables: [{ rows }], ...(notes ? { notes } : {}) }] };
}

const theme = loadTheme();

test('a table of 30 rows × 5 columns goes on balanced (cont.) slides, header on each, nothing overflowing', () => {
  const header = ['Station', 'Month', 'Rain (mm)', 'Days of rain', 'Warmest day (°C)'];
  const body = Array.from({ length: 30 }, (_, i) => [`Station ${i + 1} on the upland ridge`, `Month ${(i % 12) + 1}`, `${40 + i}`, `${8 + (i % 9)}`, `${14 + (i % 11)}.5`]);
  const deck = compose(bigOutline([header, ...body]), { theme });
  const parts = tables(deck.slides);
  assert.ok(parts.length >= 3, `${parts.length} slides`);
  assert.equal(parts.flatMap((p) => p.rows), body);
  for (const p of parts) {
    assert.equal(p.header, header);
    assert.ok(p.rows.length <= MAX_TABLE_ROWS);
    assert.ok(p.bodySize >= theme.sizes.min);
  }
  const counts = parts.map((p) => p.rows.length);
  assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, counts.join(','));
  assert.equal(parts.map((p) => p.title), ['Rainfall by month', ...parts.slice(1).map(() => 'Rainfall by month (cont.)')]);
  assert.equal(parts.map((p) => p.origin.part), parts.map((_, i) => i + 1));
  // Without notes of its own, a slide names the table's header and its rows.
  assert.match(parts[1]!.notes[0]!, /^A table of Station, Month, Rain \(mm\), Days of rain, Warmest day \(°C\): rows \d+–\d+ of 30\.$/);
  assert.equal(overfullSlides(deck), []);
});

test('a wide table of long cells still fits: narrow columns wrap, overlong cells are cut on the slide and kept in the notes', () => {
  const header = Array.from({ length: 9 }, (_, i) => `Measured quantity number ${i + 1}`);
  const essay = 'a cell that holds a whole paragraph of words where a number was expected, '.repeat(8).trim();
  const body = Array.from({ length: 14 }, (_, r) => header.map((_, c) => (r === 3 && c === 2 ? essay : `value ${r}.${c}`)));
  for (const t of [theme, loadTheme('high-contrast')]) {
    const deck = compose(bigOutline([header, ...body]), { theme: t });
    const parts = tables(deck.slides);
    assert.ok(parts.length >= 2);
    assert.equal(overfullSlides(deck), [], t.name);
    const cut = parts.find((p) => p.rows.some((r) => r[2] !== essay && r[2]!.endsWith('…')));
    assert.ok(cut, 'the overlong cell is cut');
    assert.ok(cut.notes.includes(essay), 'the notes keep the whole cell');
  }
});

test('a ragged table is squared up, and a lone header row still makes a slide', () => {
  const deck = compose(bigOutline([['A', 'B', 'C'], ['1'], ['2', '3']]), { theme });
  const [slide] = tables(deck.slides);
  assert.equal(slide!.rows, [['1', '', ''], ['2', '3', '']]);
  const lone = tables(compose(bigOutline([['Only', 'a header']]), { theme }).slides);
  assert.is(lone.length, 1);
  assert.equal(lone[0]!.rows, []);
});

test('columns of figures are found, and set flush right in both decks', async () => {
  assert.equal(numericColumns(['a', 'b', 'c', 'd', 'e'], [['Shed', '4.5', '05:12', '12 %', ''], ['Store', '−2', '17:40', '1,920 mm', 'x']]), [false, true, true, true, false]);
  assert.equal(numericColumns(['a'], [['']]), [false]);
  const [slide] = tables(build.deck.slides);
  assert.equal(slide!.numeric, [false, true, true, true, true]);
  const doc = parseDocument(build.html!);
  const section = all(doc, 'section').find((s) => s.attribs['data-layout'] === 'table')!;
  assert.equal(all(section, 'th').map((th) => th.attribs.class === 'num'), [false, true, true, true, true]);
  const pptx = await Pptx.open(build.pptx!);
  const part = pptx.slides()[build.deck.slides.indexOf(slide!)]!;
  const firstRow = children(all(pptx.xml(part), 'a:tbl')[0]!, 'a:tr')[1]!;
  assert.equal(children(firstRow, 'a:tc').map((tc) => first(tc, 'a:pPr')!.attribs.algn), [undefined, 'r', 'r', 'r', 'r']);
});

test('table colours keep AA contrast in every built-in theme: header text on its fill, body text on the band', () => {
  for (const name of themeNames()) {
    const t = loadTheme(name);
    const c = tableColours(t);
    assert.ok(wcagContrast(c.headerText, c.headerFill) >= AA, `${name}: header`);
    assert.ok(wcagContrast(t.colors.text, c.band) >= AA, `${name}: band`);
    assert.is.not(c.band, t.colors.background, `${name}: the band shows`);
  }
});

test('a templates folder copied before tables existed still renders a table slide, with the built-in template', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-templates-'));
  cpSync(TEMPLATES_DIR, dir, { recursive: true });
  rmSync(join(dir, 'table.hbs'));
  const templates = loadTemplates(dir, { fresh: true });
  const [markup] = deckMarkup({ ...build.deck, slides: tables(build.deck.slides) }, templates);
  assert.match(markup!, /<th scope="col">Roof<\/th>/);
  rmSync(join(dir, 'bullets.hbs'));
  assert.throws(() => loadTemplates(dir, { fresh: true }), /bullets\.hbs: template not found/);
  rmSync(dir, { recursive: true });
});

test.run();
