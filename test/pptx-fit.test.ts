/**
 * Fitting as LibreOffice lays the PPTX out: the long words, URLs, joined last words and
 * long titles of test/fixtures/long-words.outline.yaml, and the gallery, in every theme,
 * stay inside the placeholders that hold them (words placed by pdftotext, 3 pt tolerance
 * as ../shared/tools/check-pptx allows).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildFromOutline } from '../src/build.js';
import type { Layout } from '../src/compose/deck.js';
import { geometry, type Box, type Geometry, type SlideSize } from '../src/compose/geometry.js';
import { imageLoader } from '../src/cli/paths.js';
import { parseOutline } from '../src/outline/serialize.js';
import { themeNames } from './helpers/browser.js';
import { renderWithLibreOffice, type Word } from './helpers/clients.js';
import { FIXTURES } from './helpers/fixtures.js';

const TOLERANCE = 3;

/** The boxes that hold text on each layout (the footer and number boxes on numbered ones). */
function textBoxes(layout: Layout, g: Geometry): Box[] {
  const numbered = [g.footer, g.number];
  switch (layout) {
    case 'title':
    case 'closing':
      return [g.coverTitle, g.coverSubtitle, g.coverByline];
    case 'section':
      return [g.sectionTitle, g.sectionSubtitle, ...numbered];
    case 'quote':
      return [g.quoteHeading, g.quote, ...numbered];
    case 'image':
      return [g.heading, g.caption, ...numbered];
    case 'two-column':
      return [g.heading, g.left, g.right, ...numbered];
    default:
      return [g.heading, g.body, ...numbered];
  }
}

const inside = (w: Word, b: Box) => w.xMin >= b.x - TOLERANCE && w.xMax <= b.x + b.w + TOLERANCE && w.yMin >= b.y - TOLERANCE && w.yMax <= b.y + b.h + TOLERANCE;

const decks = await Promise.all(
  themeNames().flatMap((theme) =>
    (['16:9', '4:3'] as SlideSize[]).flatMap((size) =>
      ['long-words.outline.yaml', 'gallery.outline.yaml'].map(async (file) => ({
        name: `${theme}-${size.replace(':', 'x')}-${file.split('.')[0]}`,
        size,
        result: await buildFromOutline(parseOutline(readFileSync(join(FIXTURES, file), 'utf8'), 'yaml'), { theme, size, formats: ['pptx'], loadImage: imageLoader(FIXTURES, (p) => readFileSync(p)) }),
      })),
    ),
  ),
);

test('LibreOffice keeps every word of long words, URLs and fitted text inside its placeholder, in every theme and size', async () => {
  const rendered = await renderWithLibreOffice(decks.map((d) => ({ name: d.name, bytes: d.result.pptx! })), 300_000, { words: true });
  const outside: string[] = [];
  let words = 0;
  rendered.forEach((r, i) => {
    const { size, result } = decks[i]!;
    const g = geometry(size);
    assert.is(r.pages, result.deck.slides.length, r.name);
    r.words!.forEach((page, p) => {
      const boxes = textBoxes(result.deck.slides[p]!.layout, g);
      for (const w of page) {
        words++;
        if (!boxes.some((b) => inside(w, b))) outside.push(`${r.name} slide ${p + 1}: "${w.text}" at (${w.xMin.toFixed(0)},${w.yMin.toFixed(0)})-(${w.xMax.toFixed(0)},${w.yMax.toFixed(0)})`);
      }
    });
  });
  assert.ok(words > 1000, `${words} words read back`);
  assert.equal(outside, []);
  // The URL is broken into pieces, all of it shown.
  const long = rendered.find((r) => r.name.startsWith('lecture-16x9-long'))!;
  const shown = long.words!.flat().map((w) => w.text).join('');
  assert.ok(shown.includes('https://data.example.org/tides/stations/harbour-entrance/2024/hourly-heights.csv'.slice(0, 20)));
  assert.ok(shown.replace(/\s/g, '').includes('harbour-entrance/2024/hourly-heights.csv'), 'the whole address is on the slide');
});

test.run();
