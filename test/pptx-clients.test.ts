import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadTheme } from '../src/theme/theme.js';
import { renderWithLibreOffice, schemaErrors } from './helpers/clients.js';
import { allDecks, buildFormatting, buildTides, Pptx, XSD_DIR } from './helpers/pptx.js';

/**
 * The PPTX in real clients, as CI has them: every part of every test deck validates
 * against the ECMA-376 schemas (xmllint), and LibreOffice renders a few decks to one PDF
 * page per slide.
 */

const decks = await allDecks();
const variants = [
  { name: 'tides with a footer, 4:3', result: await buildTides({ theme: { ...loadTheme(), footer: 'Earth sciences · week 3' }, size: '4:3', formats: ['pptx'] }) },
  { name: 'formatting, 4:3', result: await buildFormatting({ size: '4:3', formats: ['pptx'] }) },
];

for (const { name, result } of [...decks, ...variants]) {
  test(`${name}: every part validates against the schemas`, async () => {
    assert.equal(schemaErrors(await Pptx.open(result.pptx!), XSD_DIR), []);
  });
}

test('LibreOffice renders one page per slide', async () => {
  const chosen = [...decks.filter((d) => ['seed', 'formatting', 'tides'].includes(d.name)), variants[0]!];
  const rendered = await renderWithLibreOffice(chosen.map((d, i) => ({ name: `deck${i}`, bytes: d.result.pptx! })));
  assert.equal(
    rendered.map((r) => r.pages),
    chosen.map((d) => d.result.deck.slides.length),
  );
});

test.run();
